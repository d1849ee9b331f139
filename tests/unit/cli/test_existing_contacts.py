"""End to end over real HTTP with contacts already in the account: `upload --dry-run --json`,
`upload --existing keep|replace|skip`, `undo`, `history` (the issue's "done when")."""

from __future__ import annotations

import copy
import csv
import functools
import json
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from importer.cli.main import main
from importer.compare.engine import CompareEngine
from importer.history.store import ImportHistory, history_file
from importer.pipeline import importing
from importer.report.cells import CSV_GUARD
from importer.report.location import short_path
from importer.sandbox.faults import READ_METHODS
from importer.sandbox.server import SandboxServer
from importer.sandbox.store import RecordedRequest
from importer.settings_paths import data_dir
from tests.helpers.sandbox import TEST_API_KEY
from tests.helpers.upload_faults import FakeTime

LIST_ID = 10001
SAME = "+16172000000"
RENAMED = "+16172000001"
MORE_FIELDS = "+16172000002"
OUTSIDE = "+16172000003"
BYSTANDERS = ("+14155550199", "+14155550100")


def phone(index: int) -> str:
    return f"+1617200{index:04d}"


def write_file(path: Path) -> Path:
    """Rows 0-3 exist in the account, 4-7 are new, row 8 is invalid, row 9 repeats row 4."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Phone", "Name", "City"])
        for i in range(8):
            writer.writerow([phone(i), f"Person {i}", f"City {i}"])
        writer.writerow(["12", "Too short", "Nowhere"])
        writer.writerow([phone(4), "Person 4 again", "City 4"])
    return path


@pytest.fixture
def account(sandbox: SandboxServer) -> dict[str, Any]:
    """The account before any import; the sandbox records every request from now on."""
    store = sandbox.store
    store.upsert(
        LIST_ID,
        [
            {"phone_number": SAME, "name": "Person 0", "extra_fields": {"city": "City 0"}},
            {"phone_number": RENAMED, "name": "Old name", "extra_fields": {"city": "City 1"}},
            {
                "phone_number": MORE_FIELDS,
                "name": "Person 2",
                "extra_fields": {"city": "Paris", "tier": "gold"},
            },
            {"phone_number": BYSTANDERS[0], "name": "Not in the file", "extra_fields": {"x": 1}},
        ],
    )
    store.upsert(
        0,
        [
            {"phone_number": OUTSIDE, "name": "Person 3", "extra_fields": {"city": "City 3"}},
            {"phone_number": BYSTANDERS[1], "name": "Also not in the file"},
        ],
    )
    return copy.deepcopy(store.contacts())


@pytest.fixture
def requests_seen(sandbox: SandboxServer) -> list[RecordedRequest]:
    seen: list[RecordedRequest] = []
    record = sandbox.store.record_request

    def keep(request: RecordedRequest) -> None:
        seen.append(request)
        record(request)

    sandbox.store.record_request = keep  # type: ignore[method-assign]
    return seen


@pytest.fixture
def source(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SOCIOCS_API_KEY", TEST_API_KEY)
    monkeypatch.setenv("SOCIOCS_IMPORTER_HOME", str(tmp_path / "home"))
    return write_file(tmp_path / "contacts.csv")


def upload(sandbox: SandboxServer, source: Path, *extra: str) -> int:
    command = ["upload", str(source), "--api-url", sandbox.url, "--list-id", str(LIST_ID)]
    return main([*command, "--yes", *extra])


def sent_phones(seen: list[RecordedRequest]) -> list[str]:
    bodies = [json.loads(r.body) for r in seen if r.path == "/contacts/bulk"]
    return sorted(record["phone_number"] for body in bodies for record in body["records"])


def test_dry_run_counts_right_and_sends_nothing(
    sandbox: SandboxServer,
    account: dict[str, Any],
    source: Path,
    requests_seen: list[RecordedRequest],
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert upload(sandbox, source, "--dry-run", "--json") == 1
    plan = json.loads(capsys.readouterr().out)
    counts = {key: plan[key] for key in ("new", "updated", "unchanged", "skipped")}
    assert counts == {"new": 4, "updated": 3, "unchanged": 1, "skipped": 0}
    assert (plan["invalid"], plan["duplicates"], plan["joining_list"]) == (1, 1, 1)
    assert {r.method for r in requests_seen} == {"GET"}
    assert sandbox.store.contacts() == account
    report = Path(plan["report"])
    assert report.parent == source.parent, "the plan report is saved beside the file"
    assert report.name.startswith("contacts — import plan ") and report.suffix == ".csv"
    with report.open(encoding="utf-8-sig") as handle:
        lines = {line["Phone number"].lstrip(CSV_GUARD): line for line in csv.DictReader(handle)}
    assert lines[RENAMED]["In Sociocs"] == "updated"
    assert "Name: “Old name” → “Person 1”." in lines[RENAMED]["Details"]
    assert lines[SAME]["In Sociocs"] == "unchanged"
    assert lines[phone(5)]["In Sociocs"] == "new"

    assert upload(sandbox, source, "--dry-run", "--json", "--existing", "replace") == 1
    replace = json.loads(capsys.readouterr().out)
    assert (replace["updated"], replace["losing_fields"]) == (3, 1)
    assert upload(sandbox, source, "--dry-run", "--json", "--existing", "skip") == 1
    skip = json.loads(capsys.readouterr().out)
    assert (skip["new"], skip["skipped"], skip["unchanged"]) == (4, 3, 1)
    assert sandbox.store.contacts() == account


def test_keep_preserves_fields_sends_only_changes_and_undo_restores_exactly(
    sandbox: SandboxServer,
    account: dict[str, Any],
    source: Path,
    requests_seen: list[RecordedRequest],
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert upload(sandbox, source) == 1
    out = capsys.readouterr().out
    assert "4 new, 3 updated, 1 unchanged" in out
    assert sent_phones(requests_seen) == sorted(
        [RENAMED, MORE_FIELDS, OUTSIDE, phone(4), phone(5), phone(6), phone(7)]
    )
    now = sandbox.store.contacts()
    assert now[MORE_FIELDS]["extra_fields"] == {"city": "City 2", "tier": "gold"}
    assert now[RENAMED]["name"] == "Person 1"
    assert now[OUTSIDE]["lists"] == {LIST_ID}
    assert now[phone(4)]["name"] == "Person 4 again"
    for bystander in BYSTANDERS:
        assert now[bystander] == account[bystander]
    (entry,) = ImportHistory(history_file(data_dir())).entries()
    report = Path(entry.report_path)
    assert report.parent == source.parent and report.name.startswith("contacts — import report ")
    assert f"Report saved to {report}." in out, "the report is named where it is"
    sheet = openpyxl.load_workbook(report).worksheets[0]
    statuses = {phone: status for _row, status, phone, *_ in sheet.iter_rows(values_only=True)}
    assert statuses[SAME] == "unchanged"

    assert main(["undo", "--yes"]) == 0
    assert sandbox.store.contacts() == account


def test_replace_drops_the_fields_the_file_lacks_and_undo_restores_them(
    sandbox: SandboxServer, account: dict[str, Any], source: Path
) -> None:
    assert upload(sandbox, source, "--existing", "replace") == 1
    assert sandbox.store.contacts()[MORE_FIELDS]["extra_fields"] == {"city": "City 2"}
    assert main(["undo", "--yes"]) == 0
    assert sandbox.store.contacts() == account


def test_skip_leaves_existing_contacts_alone(
    sandbox: SandboxServer,
    account: dict[str, Any],
    source: Path,
    requests_seen: list[RecordedRequest],
) -> None:
    assert upload(sandbox, source, "--existing", "skip") == 1
    assert sent_phones(requests_seen) == [phone(4), phone(5), phone(6), phone(7)]
    now = sandbox.store.contacts()
    assert all(now[p] == account[p] for p in account)
    assert main(["undo", "--yes"]) == 0
    assert sandbox.store.contacts() == account


def test_reads_that_fail_are_retried(
    sandbox: SandboxServer,
    account: dict[str, Any],
    source: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fake_time = FakeTime()  # the backoff waits cost no real time
    fast = functools.partial(CompareEngine, clock=fake_time.clock, sleeper=fake_time.sleep)
    monkeypatch.setattr(importing, "CompareEngine", fast)
    plan = sandbox.faults
    plan.only_methods, plan.retry_after_seconds = READ_METHODS, 0
    plan.rate_limit_next, plan.server_error_next, plan.drop_connection_next = 1, 1, 1
    assert upload(sandbox, source, "--list-id", "0") == 1
    assert sandbox.store.contacts()[MORE_FIELDS]["extra_fields"]["tier"] == "gold"
    assert fake_time.slept > 0, "the failed reads were waited for, then retried"


def test_history_lists_the_imports_and_whether_they_were_undone(
    sandbox: SandboxServer,
    account: dict[str, Any],
    source: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert upload(sandbox, source) == 1
    assert upload(sandbox, source, "--existing", "replace") == 1
    assert main(["undo", "--yes"]) == 0
    capsys.readouterr()
    assert main(["history", "--json"]) == 0
    latest, first = json.loads(capsys.readouterr().out)
    assert (latest["existing"], latest["undo"], first["existing"], first["undo"]) == (
        "replace",
        "undone",
        "keep",
        "",
    )
    assert first["counts"]["uploaded"] == 7 and latest["state"] == "finished"
    assert Path(first["backup_path"]).exists()
    assert first["consent_confirmed"] is True, "--yes confirmed the contacts' consent"
    assert Path(first["report_path"]).is_file()
    assert main(["history"]) == 0
    out = capsys.readouterr().out
    assert "contacts.csv" in out and "    consent: confirmed\n" in out
    for entry in (latest, first):
        assert f"    report: {short_path(Path(entry['report_path']))}\n" in out
        assert f"    backup: {short_path(Path(entry['backup_path']))}\n" in out
    monkeypatch.setenv("LANGUAGE", "de")
    assert main(["history"]) == 0
    out = capsys.readouterr().out
    assert "„Newsletter“  4 neu, 3 aktualisiert, 1 unverändert, 0 übersprungen  (abge" in out
    assert "    Einwilligung: bestätigt\n    Bericht: " in out
    monkeypatch.setenv("LANGUAGE", "en")
    assert main(["undo", "--yes"]) == 0
    assert sandbox.store.contacts() == account
    assert main(["history", "--forget", "all"]) == 0
    assert not Path(first["backup_path"]).exists()
