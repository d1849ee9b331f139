"""An undo in the background: first what Sociocs holds now (:class:`UndoPlan`), then, once the
user agreed, the undo itself.

Both steps run the engine's :class:`UndoEngine` (its questions, pause and cancel through
:class:`~gui.workers.prompting.PromptingWorker`), each in its own worker; the undo journal
makes the second one resumable. When the undo ends, the history records it and an unfinished
upload of that import is no longer offered for continuation.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Signal

from gui.workers.prompting import PromptingWorker
from importer.api.client import SociocsClient
from importer.history.recording import forget_unfinished_upload, record_undo
from importer.history.store import HistoryEntry, ImportHistory
from importer.undo.backup import read_backup
from importer.undo.engine import UndoEngine, UndoSummary
from importer.undo.undo_journal import UndoJournal
from importer.undo.undo_plan import UndoPlan


@dataclass(frozen=True)
class UndoJob:
    """Which import to undo, where it is recorded, and whether to undo contacts changed since
    (``insist``)."""

    entry: HistoryEntry
    history: ImportHistory
    insist: bool = False


class UndoWorker(PromptingWorker):
    """Inspects (``plan`` None: ``result`` is an UndoPlan, or an UndoSummary when reading
    stopped) or executes ``plan`` (``result`` is an UndoSummary)."""

    undo_progress = Signal(object)
    """An ``UndoProgress`` (stage, contacts done, waits, pauses)."""

    def __init__(self, client: SociocsClient, job: UndoJob, plan: UndoPlan | None = None) -> None:
        super().__init__(client)
        self._undo = job
        self._plan = plan

    def work(self) -> UndoPlan | UndoSummary:
        """Read the backup, then inspect or execute (never raises for API trouble)."""
        job = self._undo
        backup = read_backup(Path(job.entry.backup_path))
        with UndoJournal.open(backup.path.parent, backup.id) as journal:
            engine = UndoEngine(
                self._client,
                backup,
                journal=journal,
                decider=self._decider,
                insist=job.insist,
                progress=self.undo_progress.emit,
                reconnect=self._reconnect,
            )
            self.attach(engine)
            if self._plan is None:
                return engine.inspect()
            summary = engine.execute(self._plan)
        forget_unfinished_upload(backup)
        record_undo(job.history, job.entry.id, summary)
        return summary
