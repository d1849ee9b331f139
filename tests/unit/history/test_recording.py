"""An import's backup and history entry: begun before the first batch, followed on resume,
ended with its counts; an undone import is not offered for continuation."""

from __future__ import annotations

from pathlib import Path

from importer.choices import ExistingPolicy, ImportChoices
from importer.compare.classify import classify
from importer.compare.snapshot import AccountSnapshot
from importer.history.recording import (
    begin_import,
    end_import,
    forget_unfinished_upload,
    record_report,
    record_undo,
    resumed_plan,
)
from importer.history.store import ImportHistory, ImportState, UndoState
from importer.jobs.stops import StopKind
from importer.undo.backup import backup_path, read_backup
from importer.undo.engine import UndoSummary
from importer.upload.journal import Journal, find_resumable
from importer.upload.summary import UploadSummary
from tests.helpers.upload_rows import make_result

CHOICES = ImportChoices(
    Path("contacts.csv"), list_id=10001, list_name="Newsletter", consent_confirmed=True
)
API_URL = "https://api.sociocs.com"


def summary(**counts: int) -> UploadSummary:
    values = {"uploaded": 0, "invalid": 0, "duplicate": 0, "rejected": 0, "not_sent": 0}
    return UploadSummary(**{**values, **counts}, elapsed_seconds=1.0, rows_per_second=1.0)


def test_a_new_import_is_backed_up_named_in_the_journal_and_recorded(tmp_path: Path) -> None:
    result = make_result(4, invalid={3})
    plan = classify(result, AccountSnapshot(), 10001, ExistingPolicy.KEEP)
    history = ImportHistory(tmp_path / "history.json")
    with Journal.open(tmp_path, "identity", file_name="contacts.csv", rows_total=3) as journal:
        import_id = begin_import(
            journal, result, plan, CHOICES, history, api_url=API_URL, identity="identity"
        )
        assert journal.backup_id == import_id
        assert begin_import(
            journal, result, plan, CHOICES, history, api_url=API_URL, identity="identity"
        ) == (import_id)
    assert import_id.endswith("-identity")
    (entry,) = history.entries()
    assert (entry.id, entry.list_name, entry.existing, entry.api_url) == (
        import_id,
        "Newsletter",
        "keep",
        "https://api.sociocs.com",
    )
    assert entry.consent_confirmed, "the user's confirmation is recorded"
    assert entry.counts == {
        "new": 3,
        "updated": 0,
        "unchanged": 0,
        "skipped": 0,
        "invalid": 1,
        "duplicates": 0,
    }
    assert read_backup(Path(entry.backup_path)).id == import_id
    info = find_resumable(tmp_path, "identity")
    assert info is not None and info.backup_id == import_id, "offered before any batch"
    again = resumed_plan(tmp_path, info.backup_id, result)
    assert again is not None and again.send == plan.send
    assert resumed_plan(tmp_path, "gone", result) is None

    end_import(history, import_id, summary(uploaded=2, not_sent=1))
    (ended,) = history.entries()
    assert ended.state is ImportState.FINISHED and ended.counts["uploaded"] == 2
    assert ended.report_path == ""
    record_report(history, import_id, tmp_path / "report.csv")
    assert history.entries()[0].report_path == str(tmp_path / "report.csv")

    backup = read_backup(backup_path(tmp_path, import_id))
    forget_unfinished_upload(backup)
    assert find_resumable(tmp_path, "identity") is None
    record_undo(history, import_id, UndoSummary(0, 0, 3, 0, {5: "changed"}, {}))
    assert history.entries()[0].undo is UndoState.PARTLY
    record_undo(history, import_id, UndoSummary(0, 0, 3, 0, {}, {}))
    assert history.entries()[0].undo is UndoState.UNDONE


def test_the_same_import_begun_twice_in_a_second_gets_two_backups(tmp_path: Path) -> None:
    result = make_result(2)
    plan = classify(result, AccountSnapshot(), 10001, ExistingPolicy.KEEP)
    history = ImportHistory(tmp_path / "history.json")
    ids = []
    for attempt in range(2):
        with Journal.open(
            tmp_path, "same", file_name="c.csv", rows_total=2, restart=attempt > 0
        ) as journal:
            ids.append(
                begin_import(
                    journal, result, plan, CHOICES, history, api_url=API_URL, identity="same"
                )
            )
    assert len(set(ids)) == 2 and len(history.entries()) == 2
    assert all(backup_path(tmp_path, i).exists() for i in ids)


def test_a_stopped_import_is_recorded_as_stopped(tmp_path: Path) -> None:
    result = make_result(2)
    plan = classify(result, AccountSnapshot(), 10001, ExistingPolicy.KEEP)
    history = ImportHistory(tmp_path / "history.json")
    with Journal.open(tmp_path, "i", file_name="c.csv", rows_total=2) as journal:
        import_id = begin_import(
            journal, result, plan, CHOICES, history, api_url=API_URL, identity="i"
        )
    stopped = UploadSummary(0, 0, 0, 0, 2, 1.0, 0.0, StopKind.CANCELLED, "stopped")
    end_import(history, import_id, stopped)
    assert history.entries()[0].state is ImportState.STOPPED
