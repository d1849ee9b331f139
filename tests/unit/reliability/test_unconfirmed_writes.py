"""Issue 20, case 3: rows are counted as uploaded only when Sociocs confirms them.

A bulk answer counts only in its documented success form. Any other shape — ``{}``,
``{"status": "fail"}``, ``"ERROR"``, ``{"success": false}``, a page that is not JSON — is read
back: what Sociocs holds counts, the rest is sent again. ``{"status": "success", "errors":
[…]}`` names records the server dropped: they are isolated and reported refused. Through
``contact-importer upload`` against the sandbox over real HTTP.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from importer.cli.main import main
from importer.history.store import ImportHistory, history_file
from importer.sandbox.server import SandboxServer
from importer.settings_paths import data_dir
from tests.unit.reliability.conftest import e164, write_contacts

ROWS = 10
ODD_ANSWERS = [
    b"{}",
    b'{"status":"fail"}',
    b'{"status":"ERROR"}',
    b'"ERROR"',
    b'{"success":false}',
    b"<html><body>OK</body></html>",
]


def upload(sandbox: SandboxServer, source: Path, *extra: str) -> int:
    return main(
        ["upload", str(source), "--api-url", sandbox.url, "--list-id", "10001", "--yes", *extra]
    )


def held(sandbox: SandboxServer) -> dict[str, str | None]:
    return {
        phone: contact["name"]
        for phone, contact in sandbox.store.contacts().items()
        if 10001 in contact["lists"]
    }


def everyone(first: int = 0, count: int = ROWS) -> dict[str, str | None]:
    return {e164(i): f"Person {i}" for i in range(first, first + count)}


@pytest.mark.parametrize("answer", ODD_ANSWERS)
def test_an_answer_that_confirms_nothing_is_read_back_and_the_rest_sent_again(
    sandbox: SandboxServer,
    home: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    answer: bytes,
) -> None:
    source = write_contacts(tmp_path / "contacts.csv", ROWS)
    sandbox.faults.odd_bulk_next = 1
    sandbox.faults.odd_bulk_body = answer
    assert upload(sandbox, source) == 0
    out = capsys.readouterr().out
    assert "Uploaded 10 rows" in out and "0 not sent" in out
    assert held(sandbox) == everyone()
    assert sandbox.store.requests_to("POST", "/contacts/bulk") == 2, "nothing saved: sent again"


def test_a_saved_batch_whose_answer_is_not_json_counts_once_read_back(
    sandbox: SandboxServer, home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_contacts(tmp_path / "contacts.csv", ROWS)
    sandbox.faults.odd_bulk_next = 1
    sandbox.faults.odd_bulk_body = b"<html>Gateway says OK</html>"
    sandbox.faults.odd_bulk_saves = True
    assert upload(sandbox, source) == 0
    assert "Uploaded 10 rows" in capsys.readouterr().out
    assert held(sandbox) == everyone()
    assert sandbox.store.requests_to("POST", "/contacts/bulk") == 1, "held: not sent again"
    (entry,) = ImportHistory(history_file(data_dir())).entries()
    assert entry.counts["uploaded"] == 10


def test_answers_that_never_confirm_stop_with_nothing_counted(
    sandbox: SandboxServer,
    home: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    no_waits: None,
) -> None:
    source = write_contacts(tmp_path / "contacts.csv", ROWS)
    sandbox.faults.odd_bulk_next = 1000
    sandbox.faults.odd_bulk_body = b'{"status":"fail"}'
    assert upload(sandbox, source) == 3
    out, err = capsys.readouterr()
    assert "Uploaded 0 rows" in out and "10 not sent" in out
    assert "did not confirm the contacts were saved" in err and '{"status":"fail"}' in err
    assert "--resume" in err
    assert held(sandbox) == {}
    (entry,) = ImportHistory(history_file(data_dir())).entries()
    assert (entry.counts["uploaded"], entry.counts["not_sent"]) == (0, 10)
    assert "To undo" not in out

    sandbox.faults.odd_bulk_next = 0
    assert upload(sandbox, source, "--resume") == 0
    assert held(sandbox) == everyone()


def test_records_an_answer_lists_as_errors_are_isolated_and_reported_refused(
    sandbox: SandboxServer, home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``{"status": "success", "errors": [...]}`` after the server dropped two records."""
    source = write_contacts(tmp_path / "contacts.csv", ROWS)
    sandbox.faults.dropped_phones = frozenset({e164(3), e164(7)})
    report = tmp_path / "report.csv"
    assert upload(sandbox, source, "--report", str(report)) == 1
    out = capsys.readouterr().out
    assert "Uploaded 8 rows" in out and "2 rejected by Sociocs" in out
    expected = everyone()
    del expected[e164(3)], expected[e164(7)]
    assert held(sandbox) == expected
    with report.open(encoding="utf-8-sig") as handle:
        lines = list(csv.DictReader(handle))
    assert [line["Status"] for line in lines].count("uploaded") == 8
    assert lines[3]["Status"] == "rejected"
    assert f"{e164(3)}: this number cannot be saved." in lines[3]["Details"]
