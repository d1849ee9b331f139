"""An import's backup and history entry: written before its first batch, followed on resume,
updated when it ends.

The CLI and the wizard both call :func:`begin_import` once the journal is open and the plan is
known: a new import gets its backup (durably, beside the journal), the journal names it, and
the history records the import; a resumed import already has all three and follows the plan
its backup holds (:func:`resumed_plan`), so nothing is compared again.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from importer.check.result import CheckResult
from importer.choices import ImportChoices
from importer.compare.plan import ComparePlan
from importer.errors import ImporterError
from importer.history.store import HistoryEntry, ImportHistory, ImportState, UndoState
from importer.sources.checked_copy import delete_copy
from importer.undo.backup import (
    Backup,
    BackupError,
    backup_path,
    new_backup_id,
    read_backup,
    write_backup,
)
from importer.undo.engine import UndoSummary
from importer.upload.journal import Journal, ResumeInfo, find_resumable
from importer.upload.summary import UploadSummary


def resumed_plan(folder: Path, backup_id: str | None, result: CheckResult) -> ComparePlan | None:
    """The plan of an import to continue, from its backup ``backup_id`` in the journal folder
    ``folder``; None when there is none (or it is gone: then the import is compared again)."""
    if backup_id is None:
        return None
    try:
        return read_backup(backup_path(folder, backup_id)).plan(result)
    except BackupError:
        return None


def begin_import(
    journal: Journal,
    result: CheckResult,
    plan: ComparePlan,
    choices: ImportChoices,
    history: ImportHistory,
    *,
    api_url: str,
    identity: str,
) -> str:
    """Write the backup and the history entry of a new import (nothing for a resumed one);
    returns the import's id. The entry keeps ``choices`` as ``result`` was checked with them
    (their list chosen, the consent answered; the file's path made absolute, as every path it
    holds), the import's identity and the API address (never the key). Raises
    ``BackupError`` (nothing sent) when it cannot be saved."""
    folder = journal.path.parent
    if journal.backup_id is not None and backup_path(folder, journal.backup_id).exists():
        return journal.backup_id
    now = datetime.now(UTC)
    backup_id = new_backup_id(identity, now)
    path = backup_path(folder, backup_id)
    repeat = 1
    while path.exists():  # the same import started again within the same second
        repeat += 1
        path = backup_path(folder, f"{new_backup_id(identity, now)}-{repeat}")
        backup_id = path.stem
    created = now.isoformat(timespec="seconds")
    header = {
        "id": backup_id,
        "identity": identity,
        "created": created,
        "file_name": result.path.name,
        "list_id": choices.list_id,
        "list_name": choices.list_name,
    }
    write_backup(path, header, result, plan)
    journal.note_backup(backup_id, plan.settled())
    checked = choices.with_checked(result.choices)
    history.add(
        HistoryEntry(
            id=backup_id,
            started=created,
            choices=checked.with_changes(path=checked.path.absolute()),
            backup_path=str(path.absolute()),
            api_url=api_url,
            counts=plan_counts(result, plan),
            identity=identity,
        )
    )
    return backup_id


def end_import(
    history: ImportHistory,
    import_id: str,
    summary: UploadSummary,
    lists: list[dict[str, Any]] | None = None,
) -> None:
    """Record how the import ended (state, counts, and the lists of its groups when they made
    lists: :func:`imported_lists`) in the history."""
    entry = history.find(import_id)
    counts = dict(entry.counts) if entry is not None else {}
    counts.update(uploaded=summary.uploaded, rejected=summary.rejected, not_sent=summary.not_sent)
    history.update(
        import_id,
        state=ImportState.STOPPED if summary.stopped else ImportState.FINISHED,
        counts=counts,
        **({"lists": lists} if lists else {}),
    )


def imported_lists(plan: ComparePlan | None, joined: Sequence[int]) -> list[dict[str, Any]]:
    """The lists an upload's groups made, as the history keeps them: ``{"name", "id",
    "created", "contacts"}`` with the contacts Sociocs confirmed in each (none without lists);
    a list to create that an upload stopped before making is not "created"."""
    if plan is None or plan.lists is None:
        return []
    return [
        {
            **target.to_json(),
            "created": target.created and target.list_id is not None,
            "contacts": contacts,
        }
        for target, contacts in zip(plan.lists.targets, joined, strict=True)
    ]


def record_report(history: ImportHistory, import_id: str, report: Path) -> None:
    """Record where the import's report was saved."""
    history.update(import_id, report_path=str(report.absolute()))


def plan_counts(result: CheckResult, plan: ComparePlan) -> dict[str, int]:
    """The plan's counts with the check's: new, updated, unchanged, skipped, invalid,
    duplicates."""
    counts = plan.counts()
    summary = result.summary()
    return {
        "new": counts["new"],
        "updated": counts["updated"],
        "unchanged": counts["unchanged"],
        "skipped": counts["skipped"],
        "invalid": summary["invalid"],
        "duplicates": summary["duplicates"],
    }


def supersede(folder: Path, earlier: ResumeInfo, history: ImportHistory | None) -> None:
    """Close ``earlier``, an unfinished import of a file that changed since it was checked,
    now that a new import of the file as it is has begun: it is no longer offered for
    continuation, the copy of its rows goes, and the history says it stopped (it can still
    be undone). Nothing when another process is sending it."""
    try:
        journal = Journal.open(
            folder, earlier.identity, file_name=earlier.file_name, rows_total=earlier.rows_total
        )
    except ImporterError:
        return
    journal.finish()
    if earlier.copy_token is not None:
        delete_copy(folder, earlier.copy_token)
    if history is not None and earlier.backup_id is not None:
        history.update(earlier.backup_id, state=ImportState.STOPPED)


def forget_unfinished_upload(backup: Backup) -> None:
    """Delete the unfinished journal of the import ``backup`` saved, and the copy of the rows
    it kept, so an undone import is not offered for continuation."""
    folder = backup.path.parent
    identity = str(backup.header.get("identity", ""))
    info = find_resumable(folder, identity) if identity else None
    if info is not None and info.backup_id == backup.id:
        info.journal_path.unlink(missing_ok=True)
        if info.copy_token is not None:
            delete_copy(folder, info.copy_token)


def record_undo(history: ImportHistory, import_id: str, summary: UndoSummary) -> None:
    """Record in the history that the import was undone: wholly only when every contact was
    confirmed as before, else partly, with how many are left."""
    history.update(
        import_id,
        undo=UndoState.UNDONE if summary.complete else UndoState.PARTLY,
        undone_at=datetime.now(UTC).isoformat(timespec="seconds"),
        undo_left_alone=len(summary.left_alone),
        undo_left=summary.left,
    )
