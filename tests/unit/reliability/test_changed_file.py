"""Issue 20, case 7: the file changes while its rows are being sent.

The check copies the file's bytes (hashed on the way) and reads the copy; the report, the rows
to fix and a continued upload read that copy too, never the file again. So a file edited,
emptied or deleted while ``contact-importer upload`` sends it changes nothing that is sent or
reported: each row's status stands beside the row as it was sent, and the user is told the file
changed. The upload is held half-way by the sandbox (real HTTP): the file is changed while the
second batch's request is in the server.
"""

from __future__ import annotations

import csv
import re
import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook

from importer.check.result import CheckResult
from importer.choices import ImportChoices
from importer.cli import check_cmd
from importer.cli.main import main
from importer.errors import SourceError
from importer.history.store import ImportHistory, history_file
from importer.mapping.model import ColumnChoice, Mapping, Role
from importer.pipeline.checking import check_file
from importer.report.source_note import Written, source_note
from importer.report.write import save_attention_file
from importer.report.writers import Saved
from importer.sandbox.server import SandboxServer
from importer.settings_paths import data_dir, journal_dir
from importer.sources import checked_copy
from importer.upload.journal import list_resumable
from tests.helpers.make_files import write_csv, write_xlsx
from tests.helpers.upload_faults import at_request
from tests.unit.reliability.conftest import e164, write_contacts

LIST_ID = 10001
CHECKED = [
    ["Phone", "Name", "City"],
    ["+49 151 23456771", "Anna", "Berlin"],
    ["+49 151 23456772", "Ben", "Bonn"],
    ["12", "Cy", "Köln"],
    ["+49 151 23456774", "Dora", "Essen"],
    ["+49 151 23456775", "Emil", "Jena"],
    ["+49 151 23456776", "Frida", "Kiel"],
]
"""The file as it is checked: five good rows and one whose number is too short."""
EDITED = [["Phone", "Name", "City"]] + [["+49 151 23456779", "Zed CHANGED", "Nowhere"]] * 3
"""What the file holds once it was edited half-way through the upload."""
SENT = {
    "+4915123456771": "Anna",
    "+4915123456772": "Ben",
    "+4915123456774": "Dora",
    "+4915123456775": "Emil",
    "+4915123456776": "Frida",
}
UNDO_LINE = re.compile(r"To undo this import: contact-importer undo (\S+)")


def upload(sandbox: SandboxServer, source: Path, *extra: str) -> int:
    return main(
        [
            "upload",
            str(source),
            "--api-url",
            sandbox.url,
            "--list-id",
            str(LIST_ID),
            "--batch-size",
            "2",
            "--yes",
            *extra,
        ]
    )


def held(sandbox: SandboxServer) -> dict[str, str | None]:
    return {phone: contact["name"] for phone, contact in sandbox.store.contacts().items()}


def report_lines(path: Path) -> list[tuple[object, ...]]:
    sheet = load_workbook(path, read_only=True)["Report"]
    return [tuple(row) for row in sheet.iter_rows(values_only=True)]


def test_a_file_edited_during_the_upload_is_reported_as_it_was_sent(
    sandbox: SandboxServer, home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_xlsx(tmp_path / "contacts-sample.xlsx", CHECKED)
    at_request(sandbox, "POST", 2, lambda: write_xlsx(source, EDITED))
    report = tmp_path / "report.xlsx"
    assert upload(sandbox, source, "--country", "DE", "--report", str(report)) == 1
    out, err = capsys.readouterr()
    assert "Uploaded 5 rows" in out and "1 invalid" in out
    assert UNDO_LINE.search(out)
    assert (
        "contacts-sample.xlsx changed after it was checked: the report shows the rows as they "
        "were sent." in err
    )
    assert held(sandbox) == SENT, "what was checked is sent, never the edited rows"
    lines = report_lines(report)
    assert lines[0] == (
        "Row",
        "Status",
        "Phone number",
        "Name",
        "Details",
        "In Sociocs",
        "Phone",
        "Name",
        "City",
    )
    assert [line[:4] for line in lines[1:]] == [
        (2, "uploaded", "+4915123456771", "Anna"),
        (3, "uploaded", "+4915123456772", "Ben"),
        (4, "invalid", None, "Cy"),
        (5, "uploaded", "+4915123456774", "Dora"),
        (6, "uploaded", "+4915123456775", "Emil"),
        (7, "uploaded", "+4915123456776", "Frida"),
    ]
    assert [list(line[6:]) for line in lines[1:]] == CHECKED[1:], "each row as it was sent"
    everything = repr(lines)
    assert "CHANGED" not in everything and "23456779" not in everything


@pytest.mark.parametrize(
    ("change", "said"),
    [
        pytest.param(lambda path: path.write_bytes(b""), "changed", id="emptied"),
        pytest.param(Path.unlink, "was moved or deleted", id="deleted"),
    ],
)
def test_a_file_emptied_or_deleted_during_the_upload_ends_normally_and_can_be_undone(
    sandbox: SandboxServer,
    home: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    change: object,
    said: str,
) -> None:
    source = write_contacts(tmp_path / "contacts.csv", 7)
    at_request(sandbox, "POST", 2, lambda: change(source))  # type: ignore[operator]
    assert upload(sandbox, source) == 0
    out, err = capsys.readouterr()
    assert "Uploaded 7 rows" in out and "0 not sent" in out
    assert (
        f"contacts.csv {said} after it was checked: the report shows the rows as they were sent."
        in err
    )
    assert "Traceback" not in err
    found = UNDO_LINE.search(out)
    assert found is not None
    (report,) = tmp_path.glob("contacts — import report *.xlsx")
    lines = report_lines(report)
    assert [line[1] for line in lines[1:]] == ["uploaded"] * 7
    assert [line[3] for line in lines[1:]] == [f"Person {i}" for i in range(7)]
    assert set(held(sandbox)) == {e164(i) for i in range(7)}

    assert main(["undo", found.group(1), "--yes", "--api-url", sandbox.url]) == 0
    assert held(sandbox) == {}


def test_the_rows_to_fix_saved_after_an_edit_are_the_bad_rows_as_checked(tmp_path: Path) -> None:
    rows = [
        ["Phone", "Name"],
        ["(617) 253-2001", "Ann"],
        ["12", "Bob"],
        ["617 253 2003", "Cleo"],
        ["555", "Dan"],
    ]
    source = write_csv(tmp_path / "contacts.csv", rows)
    mapping = Mapping((ColumnChoice(0, "Phone", Role.PHONE), ColumnChoice(1, "Name", Role.NAME)))
    result = check_file(ImportChoices(source, mapping=mapping), None)
    write_csv(source, [rows[0], ["34", "Ann"], ["(617) 253-2002", "Bob"], ["617 253 2003", "Cleo"]])
    target = tmp_path / "rows to fix.xlsx"
    assert save_attention_file(target, result) == 2
    sheet = load_workbook(target, read_only=True).active
    saved = list(sheet.iter_rows(values_only=True))
    assert [row[:2] for row in saved[1:]] == [("12", "Bob"), ("555", "Dan")]
    assert all(row[2] for row in saved[1:]), "each says what is wrong with it"
    assert source_note(result, Written.ROWS_TO_FIX) == (
        "contacts.csv changed after it was checked: the rows to fix are saved as they were checked."
    )


def test_the_check_reads_a_private_copy_that_goes_once_the_rows_are_let_go(
    tmp_path: Path,
) -> None:
    source = write_csv(tmp_path / "contacts.csv", [["Phone"], ["(617) 253-2001"]])
    mapping = Mapping((ColumnChoice(0, "Phone", Role.PHONE),))
    result = check_file(ImportChoices(source, mapping=mapping), None)
    checked = result.checked
    assert checked is not None
    copy = checked.path
    assert copy.read_bytes() == source.read_bytes() and copy.name == "contacts.csv"
    assert copy.is_relative_to(journal_dir())
    assert copy.stat().st_mode & 0o777 == 0o600 and copy.parent.stat().st_mode & 0o777 == 0o700
    assert checked.stamp.size == source.stat().st_size
    assert source_note(result, Written.REPORT_SENT) == ""
    del result, checked
    assert not copy.exists() and not copy.parent.exists()


def test_the_report_of_a_check_shows_the_rows_checked_when_the_file_changed_meanwhile(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    source = write_csv(tmp_path / "contacts.csv", [["Phone", "Name"], ["(617) 253-2001", "Ann"]])
    save_report = check_cmd.save_report

    def edited_first(path: Path, result: CheckResult) -> Saved:
        write_csv(source, [["Phone", "Name"], ["(617) 253-2099", "Zed CHANGED"]])
        return save_report(path, result)

    monkeypatch.setattr(check_cmd, "save_report", edited_first)
    report = tmp_path / "report.csv"
    assert main(["check", str(source), "--report", str(report)]) == 0
    assert (
        "contacts.csv changed after it was checked: the report shows the rows as they were "
        "checked." in capsys.readouterr().err
    )
    with report.open(encoding="utf-8-sig") as handle:
        lines = list(csv.reader(handle))
    assert lines[1][2:4] == ["'+16172532001", "Ann"]  # a + is kept from reading as a formula
    assert lines[1][-2:] == ["(617) 253-2001", "Ann"]


def stopped_half_way(
    sandbox: SandboxServer, source: Path, capsys: pytest.CaptureFixture[str]
) -> str:
    """Upload ``source`` until Sociocs fails for good at the third batch: 4 of its 8 rows are
    sent; the import's id."""
    faults = sandbox.faults
    at_request(sandbox, "POST", 3, lambda: setattr(faults, "server_error_next", 1000))
    assert upload(sandbox, source) == 3
    out = capsys.readouterr().out
    assert "Uploaded 4 rows" in out
    faults.server_error_next = 0
    (entry,) = ImportHistory(history_file(data_dir())).entries()
    return entry.id


def edit(source: Path) -> None:
    """Change a row the upload sent and one it did not."""
    lines = source.read_text(encoding="utf-8").splitlines()
    lines[1] = lines[1].replace("Person 0", "Zed CHANGED")
    lines[8] = lines[8].replace("Person 7", "Zed CHANGED")
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")


CHANGED_SAID = (
    "contacts.csv changed after the upload of it to this list that stopped (4 of 8 rows were "
    "done) was checked."
)


def test_resume_refuses_a_changed_file_unless_asked_then_sends_the_rows_as_checked(
    sandbox: SandboxServer,
    home: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    no_waits: None,
) -> None:
    source = write_contacts(tmp_path / "contacts.csv", 8)
    import_id = stopped_half_way(sandbox, source, capsys)
    edit(source)
    posts = sandbox.store.requests_to("POST", "/contacts/bulk")
    for refused in (["--resume"], []):
        assert upload(sandbox, source, *refused) == 2
        out, err = capsys.readouterr()
        assert CHANGED_SAID in err
        assert "Pass --resume --accept-changed-file to continue it so, or --restart" in err
        assert sandbox.store.requests_to("POST", "/contacts/bulk") == posts, "nothing sent"
    assert upload(sandbox, source, "--accept-changed-file") == 2
    assert "--accept-changed-file goes with --resume." in capsys.readouterr().err

    report = tmp_path / "continued.xlsx"
    assert (
        upload(sandbox, source, "--resume", "--accept-changed-file", "--report", str(report)) == 0
    )
    out, err = capsys.readouterr()
    assert CHANGED_SAID in out and "Continuing it with the rows as they were checked then" in out
    assert f"To undo this import: contact-importer undo {import_id}" in out
    assert "contacts.csv changed after it was checked: the report shows the rows" in err
    assert held(sandbox) == {e164(i): f"Person {i}" for i in range(8)}, "the rows as checked"
    assert sandbox.store.requests_to("POST", "/contacts/bulk") == posts + 2, "the 4 rows left"
    (entry,) = ImportHistory(history_file(data_dir())).entries()
    assert (entry.id, entry.state, entry.counts["uploaded"]) == (import_id, "finished", 8)
    names = [line[3] for line in report_lines(report)[1:]]
    assert names == [f"Person {i}" for i in range(8)]
    assert [p.name for p in (journal_dir() / "checked").iterdir()] == [], "no copy kept"

    assert upload(sandbox, source) == 0, "the file as it is now: a new import"
    assert "Compared with Sociocs: 0 new, 2 updated, 6 unchanged" in capsys.readouterr().out
    assert held(sandbox)[e164(7)] == "Zed CHANGED"


def test_restart_imports_the_changed_file_as_it_is_and_closes_the_upload_that_stopped(
    sandbox: SandboxServer,
    home: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    no_waits: None,
) -> None:
    source = write_contacts(tmp_path / "contacts.csv", 8)
    first = stopped_half_way(sandbox, source, capsys)
    edit(source)
    assert upload(sandbox, source, "--restart") == 0
    out, err = capsys.readouterr()
    assert f"{CHANGED_SAID} Starting over with the file as it is now." in out
    assert "Compared with Sociocs: 4 new, 1 updated, 3 unchanged" in out
    assert "changed after it was checked" not in err
    names = held(sandbox)
    assert (names[e164(0)], names[e164(7)], names[e164(5)]) == ("Zed CHANGED",) * 2 + ("Person 5",)
    history = ImportHistory(history_file(data_dir()))
    states = {entry.id: entry.state for entry in history.entries()}
    assert states.pop(first) == "stopped" and list(states.values()) == ["finished"]
    assert list_resumable(journal_dir()) == [], "the upload that stopped is not offered again"
    assert upload(sandbox, source, "--resume") == 0
    assert "No interrupted upload of this file to this list was found" in capsys.readouterr().out


def test_continuing_over_rows_no_longer_kept_is_refused_in_words(
    sandbox: SandboxServer,
    home: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    no_waits: None,
) -> None:
    source = write_contacts(tmp_path / "contacts.csv", 8)
    stopped_half_way(sandbox, source, capsys)
    edit(source)
    (kept,) = (p for p in (journal_dir() / "checked").iterdir() if p.is_dir())
    shutil.rmtree(kept)
    posts = sandbox.store.requests_to("POST", "/contacts/bulk")
    assert upload(sandbox, source, "--resume", "--accept-changed-file") == 2
    err = capsys.readouterr().err
    assert (
        "The upload of contacts.csv that stopped cannot be continued: the rows it was checked "
        "with are no longer kept." in err
    )
    assert "Traceback" not in err
    assert sandbox.store.requests_to("POST", "/contacts/bulk") == posts, "nothing sent"
    assert upload(sandbox, source, "--restart") == 0, "the file as it is now can still go"
    assert held(sandbox)[e164(7)] == "Zed CHANGED"


def test_a_file_that_keeps_changing_while_it_is_copied_is_refused_and_leaves_no_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = write_csv(tmp_path / "contacts.csv", [["Phone"], ["(617) 253-2001"]])
    copy_hashing = checked_copy._copy_hashing

    def still_being_written(path: Path, target: Path, folder: Path) -> tuple[str, int]:
        copied = copy_hashing(path, target, folder)
        with path.open("a", encoding="utf-8") as handle:
            handle.write("(617) 253-2002\n")  # the program writing it is not done
        return copied

    monkeypatch.setattr(checked_copy, "_copy_hashing", still_being_written)
    mapping = Mapping((ColumnChoice(0, "Phone", Role.PHONE),))
    with pytest.raises(SourceError) as raised:
        check_file(ImportChoices(source, mapping=mapping), None)
    assert raised.value.user_text().startswith('"contacts.csv": The file kept changing while')
    assert "Save and close it in the program that is writing it" in raised.value.user_text()
    assert list((journal_dir() / "checked").iterdir()) == [], "no copy or lock is left"


def test_a_copy_that_cannot_be_written_is_said_with_the_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_csv(tmp_path / "contacts.csv", [["Phone"], ["(617) 253-2001"]])
    journal_dir().parent.mkdir(parents=True, exist_ok=True)
    journal_dir().write_text("a file where the journal folder should be", encoding="utf-8")
    assert main(["check", str(source), "--phone", "Phone"]) == 2
    err = capsys.readouterr().err
    assert 'Could not keep a copy of "contacts.csv" to check in' in err
    assert "the rows are checked, reported and sent from that copy" in err.lower()
    assert "Traceback" not in err
