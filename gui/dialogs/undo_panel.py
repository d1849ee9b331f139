"""Undoing one import from the wizard: a button, then progress, the question, and the result.

"Undo this import" reads what Sociocs holds now (an :class:`UndoWorker`), asks with the
:class:`UndoDialog` (showing what will be undone and how many contacts changed since the
import are left alone), then undoes; its questions (rate limits, failures, a refused key) use
the upload's prompts. ``finished`` carries the engine's ``UndoSummary``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QVBoxLayout, QWidget

from gui.dialogs.job_prompts import JobPrompts
from gui.dialogs.undo_dialog import UndoAnswer, UndoDialog
from gui.errors import user_text
from gui.widgets.status_label import StatusLabel
from gui.workers.base import start_worker
from gui.workers.undo_worker import UndoWorker
from importer.api.client import SociocsClient
from importer.history.store import HistoryEntry, ImportHistory
from importer.pipeline.undoing import UndoRequest
from importer.undo.engine import UndoProgress, UndoSummary
from importer.undo.texts import created_lists_sentence, undo_plan_lines, undo_progress_text
from importer.undo.undo_plan import UndoPlan


class UndoPanelWords(QObject):
    """The undo's counted sentences (Qt's plural forms need a class's ``tr``)."""

    def deleted(self, count: int) -> str:
        return self.tr("%Ln contacts were deleted (they were new).", "", count)

    def restored(self, count: int) -> str:
        return self.tr("%Ln contacts were restored as they were before the import.", "", count)

    def unlisted(self, count: int) -> str:
        return self.tr(
            "%Ln contacts were taken out of the list (they were in Sociocs before).", "", count
        )

    def already(self, count: int) -> str:
        return self.tr("%Ln contacts were already as before the import.", "", count)

    def undone(self, what: str) -> str:
        if not what:
            return self.tr("Nothing needed undoing.")
        return self.tr("Undone: {what}").format(what=what)

    def partly(self, what: str) -> str:
        if not what:
            return self.tr("Nothing was undone yet.")
        return self.tr("Partly undone: {what}").format(what=what)

    def left_alone(self, count: int) -> str:
        return self.tr(
            "%Ln contacts changed in Sociocs since the import were left as they are.", "", count
        )

    def not_undone(self, count: int) -> str:
        return self.tr(
            "%Ln contacts are not undone yet: Sociocs did not confirm the change. Undo this "
            "import again to continue.",
            "",
            count,
        )


def summary_text(summary: UndoSummary) -> str:
    """How the undo went, in sentences that tell apart contacts deleted (the import created
    them), restored (it changed them) and taken out of the list (it only added them to it),
    those left alone (changed since) and those not undone yet (Sociocs refused, or a read
    showed its answer untrue: undoing again continues); the lists the import created are
    named, never deleted, and those empty now said so."""
    if summary.stopped:
        return summary.stop_message
    words = UndoPanelWords()
    done = [
        say(count)
        for say, count in (
            (words.deleted, summary.deleted),
            (words.restored, summary.restored),
            (words.unlisted, summary.unlisted),
            (words.already, summary.already),
        )
        if count
    ]
    what = " ".join(done)
    parts = [words.undone(what) if summary.complete else words.partly(what)]
    if summary.left_alone:
        parts.append(words.left_alone(len(summary.left_alone)))
    not_undone = summary.left - len(summary.left_alone)
    if not_undone > 0:
        parts.append(words.not_undone(not_undone))
    if summary.created_lists:
        parts.append(created_lists_sentence(summary.created_lists))
    return " ".join(parts)


class UndoPanel(QWidget):
    """The Undo button of one import, and the undo's progress and result."""

    finished = Signal(object)
    """The ``UndoSummary`` once an undo ended (finished or stopped)."""

    def __init__(self, parent: QWidget, new_key: Callable[[str], None]) -> None:
        super().__init__(parent)
        self.button = QPushButton(self.tr("&Undo this import"), self)
        self.button.setToolTip(
            self.tr(
                "Delete the contacts this import created and give the contacts it changed their "
                "earlier name and fields back."
            )
        )
        self.button.clicked.connect(self.start)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Undo progress"))
        self.status = StatusLabel(self)
        self.status.setObjectName("undoStatus")
        self.prompts = JobPrompts(self, self.status.show_busy, new_key)
        self._client: SociocsClient | None = None
        self._request: UndoRequest | None = None
        self._worker: UndoWorker | None = None
        self._agreed = False
        """The user already agreed to undo everything: the next plan is undone at once."""
        row = QHBoxLayout()
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        row.addWidget(self.progress, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self.progress.setVisible(False)

    def set_import(
        self, client: SociocsClient | None, entry: HistoryEntry | None, history: ImportHistory
    ) -> None:
        """The import the button undoes (None: nothing to undo); what the panel said about
        another import is cleared."""
        before = self._request.entry.id if self._request is not None else None
        self._client = client
        self._request = None if entry is None else UndoRequest(entry, history)
        self.button.setEnabled(client is not None and entry is not None and not self.running())
        if entry is None or entry.id != before:
            self.status.clear_status()

    def running(self) -> bool:
        """True while reading or undoing."""
        return self._worker is not None

    @Slot()
    def start(self) -> None:
        """Read what Sociocs holds now, then ask (the button)."""
        if self._request is not None:
            self._agreed = False
            self._run(self._request, None)

    def _run(self, request: UndoRequest, plan: UndoPlan | None) -> None:
        if self._client is None:
            return
        worker = UndoWorker(self._client, request, plan)
        worker.job_progress.connect(self._progress)
        worker.result.connect(self._answered)
        worker.failed.connect(self._failed)
        self.prompts.watch(worker)
        self._worker = worker
        self.button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.status.show_busy(self.tr("Reading what Sociocs holds now…"))
        start_worker(worker, self)

    @Slot(object)
    def _progress(self, progress: UndoProgress) -> None:
        if progress.total:
            self.progress.setRange(0, progress.total)
            self.progress.setValue(progress.done)
        self.status.show_busy(undo_progress_text(progress))

    @Slot(object)
    def _answered(self, answer: UndoPlan | UndoSummary) -> None:
        self._worker = None
        self.progress.setVisible(False)
        if isinstance(answer, UndoSummary):
            self._ended(answer)
            return
        if self._agreed and self._request is not None:
            self._run(self._request, answer)
            return
        self.status.clear_status()
        UndoDialog.ask(self, undo_plan_lines(answer), len(answer.left_alone), self._decided(answer))

    def _decided(self, plan: UndoPlan) -> Callable[[UndoAnswer], None]:
        def decided(answer: UndoAnswer) -> None:
            request = self._request
            if request is None or answer is UndoAnswer.CANCEL:
                self.button.setEnabled(True)
                return
            if answer is UndoAnswer.INSIST:
                self._request = UndoRequest(request.entry, request.history, insist=True)
                self._agreed = True
                self._run(self._request, None)  # read again: contacts changed since are undone too
            else:
                self._run(request, plan)

        return decided

    def _ended(self, summary: UndoSummary) -> None:
        if summary.complete:
            self.status.show_ok(summary_text(summary))
        else:
            self.status.show_error(summary_text(summary))
            self.button.setEnabled(True)
        self.finished.emit(summary)

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        self._worker = None
        self.progress.setVisible(False)
        self.button.setEnabled(True)
        self.status.show_error(user_text(exc))
