"""Undoing one import: read its backup, see what Sociocs holds now, agree, undo, record.

:func:`run_undo` is the whole undo for a front end that agrees as it goes
(:class:`UndoFrontEnd`: the command line). The wizard runs the same two steps in two workers
with its dialog between them: :meth:`Undoing.inspect`, then :meth:`Undoing.execute`. Both
steps are jobs run through the front end (:class:`~importer.jobs.host.JobHost`); the undo
journal makes a stopped undo continue where it stopped, and the history records how it went.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from importer.api.client import SociocsClient
from importer.history.recording import forget_unfinished_upload, record_undo
from importer.history.store import HistoryEntry, ImportHistory
from importer.import_lock import ImportLock, lock_path
from importer.jobs.host import JobHost
from importer.pipeline.importing import reconnection
from importer.undo.backup import Backup, read_backup
from importer.undo.engine import UndoEngine, UndoSummary
from importer.undo.undo_journal import UndoJournal
from importer.undo.undo_plan import UndoPlan


@dataclass(frozen=True)
class UndoRequest:
    """Which import to undo, where it is recorded, and whether to undo contacts changed in
    Sociocs since (``insist``)."""

    entry: HistoryEntry
    history: ImportHistory
    insist: bool = False


class Undoing:
    """The undo of one import; reads its backup (``BackupError`` when it cannot be read)."""

    def __init__(self, request: UndoRequest) -> None:
        self.request = request
        self.backup: Backup = read_backup(Path(request.entry.backup_path))

    def inspect(self, client: SociocsClient, host: JobHost) -> UndoPlan | UndoSummary:
        """What the undo will do, from what Sociocs holds now (a summary when reading
        stopped)."""
        with UndoJournal.open(self.backup.path.parent, self.backup.id) as journal:
            engine = self._engine(client, journal, host)
            return host.run_job(engine, engine.inspect)

    def execute(self, client: SociocsClient, plan: UndoPlan, host: JobHost) -> UndoSummary:
        """Undo as ``plan`` says, holding the import's lock (another undo of it is waited
        for, and what it did is left out); the import is then no longer offered for
        continuation, and the history records the undo (whole, or partly)."""
        lock = ImportLock(lock_path(self.backup.path.parent, f"{self.backup.id}.undo"))
        with UndoJournal.open(self.backup.path.parent, self.backup.id) as journal:
            engine = self._engine(client, journal, host, lock)
            summary = host.run_job(engine, lambda: engine.execute(plan))
        forget_unfinished_upload(self.backup)
        record_undo(self.request.history, self.request.entry.id, summary)
        return summary

    def _engine(
        self,
        client: SociocsClient,
        journal: UndoJournal,
        host: JobHost,
        lock: ImportLock | None = None,
    ) -> UndoEngine:
        return UndoEngine(
            client,
            self.backup,
            journal=journal,
            decider=host.decider,
            insist=self.request.insist,
            lock=lock,
            progress=host.show,
            reconnect=reconnection(client),
        )


@dataclass(frozen=True)
class UndoEnd:
    """How a whole undo ended: ``plan`` None when reading what Sociocs holds stopped (the
    ``summary`` says why); ``summary`` None when the user did not agree (nothing undone)."""

    plan: UndoPlan | None
    summary: UndoSummary | None


class UndoFrontEnd(JobHost, Protocol):
    """Shows what the undo will do and agrees to it (or not)."""

    def planned(self, plan: UndoPlan, backup: Backup) -> None:
        """What the undo will do to the contacts of ``backup``."""
        ...

    def confirmed(self, plan: UndoPlan) -> bool:
        """True to undo as ``plan`` says."""
        ...


def run_undo(undoing: Undoing, client: SociocsClient, front: UndoFrontEnd) -> UndoEnd:
    """Inspect, agree, undo, record."""
    plan = undoing.inspect(client, front)
    if isinstance(plan, UndoSummary):
        return UndoEnd(None, plan)
    front.planned(plan, undoing.backup)
    if plan.work and not front.confirmed(plan):
        return UndoEnd(plan, None)
    return UndoEnd(plan, undoing.execute(client, plan, front))
