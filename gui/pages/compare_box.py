"""The "Comparing with Sociocs" phase: a progress bar, what is being read, Stop, and Compare
again once it stopped.

Runs a :class:`~gui.workers.compare_worker.CompareWorker` for the page it sits on; its
questions (rate limits, repeated failures, a refused key) are answered with the same prompts
as the upload's. ``compared`` carries the engine's ``CompareRun`` when the reading ended
(finished, stopped by the user, or given up).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QVBoxLayout, QWidget

from gui.dialogs.job_prompts import JobPrompts
from gui.errors import user_text
from gui.widgets.status_label import StatusLabel
from gui.workers.base import start_worker
from gui.workers.compare_worker import CompareWorker
from importer.api.client import SociocsClient
from importer.check.result import CheckResult
from importer.compare.engine import CompareProgress, CompareRun
from importer.compare.reader import ReadStage
from importer.compare.texts import compare_progress_text
from importer.jobs.stops import StopKind


class CompareBox(QWidget):
    """Progress and Stop while the account is read; hidden when idle."""

    started = Signal()
    """A reading started (again)."""
    compared = Signal(object)
    """The ``CompareRun`` once the reading ended."""

    def __init__(self, parent: QWidget, new_key: Callable[[str], None]) -> None:
        super().__init__(parent)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Comparing with Sociocs"))
        self.status = StatusLabel(self)
        self.status.setObjectName("compareStatus")
        self.stop_button = QPushButton(self.tr("S&top comparing"), self)
        self.stop_button.setToolTip(
            self.tr("Nothing has been sent. The upload compares again before sending.")
        )
        self.stop_button.clicked.connect(self.stop)
        self.again_button = QPushButton(self.tr("Compare a&gain"), self)
        self.again_button.setToolTip(self.tr("Read the contacts in Sociocs again."))
        self.again_button.clicked.connect(self._again)
        self.prompts = JobPrompts(self, self.status.show_busy, new_key)
        self._worker: CompareWorker | None = None
        self._last: tuple[SociocsClient, CheckResult, int | None] | None = None
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.stop_button)
        row.addWidget(self.again_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self.setVisible(False)

    def start(self, client: SociocsClient, result: CheckResult, list_id: int | None) -> None:
        """Read the account for ``result``'s ready rows and ``list_id`` (None: a new list)."""
        self._last = (client, result, list_id)
        worker = CompareWorker(client, result, list_id)
        worker.job_progress.connect(self._progress)
        worker.result.connect(self._finished)
        worker.failed.connect(self._failed)
        self.prompts.watch(worker)
        self._worker = worker
        self.progress.setRange(0, 0)
        self.status.show_busy(self.tr("Comparing with Sociocs…"))
        self._show_running(True)
        self.stop_button.setEnabled(True)
        self.setVisible(True)
        start_worker(worker, self)
        self.started.emit()

    def running(self) -> bool:
        """True while the account is being read."""
        return self._worker is not None

    @Slot()
    def stop(self) -> None:
        """Stop reading once the request in flight is answered."""
        if self._worker is not None:
            self.stop_button.setEnabled(False)
            self.status.show_busy(self.tr("Stopping once Sociocs answers…"))
            self._worker.cancel()

    @Slot(object)
    def _progress(self, progress: CompareProgress) -> None:
        step = progress.step
        if step is not None and step.stage is ReadStage.SEARCH:
            self.progress.setRange(0, max(1, step.to_search))
            self.progress.setValue(step.searched)
        self.status.show_busy(compare_progress_text(progress))

    def _show_running(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.stop_button.setVisible(running)
        self.again_button.setVisible(not running)

    @Slot()
    def _again(self) -> None:
        if self._last is not None:
            self.start(*self._last)

    @Slot(object)
    def _finished(self, run: CompareRun) -> None:
        self._worker = None
        self._show_running(False)
        if run.snapshot is not None:
            self.setVisible(False)
        elif run.stop_kind is StopKind.CANCELLED:
            self.status.show_busy(run.stop_message)
        else:
            self.status.show_error(run.stop_message)
        self.compared.emit(run)

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        self._worker = None
        self._show_running(False)
        self.status.show_error(user_text(exc))
        self.compared.emit(CompareRun(None, StopKind.API_ERROR, user_text(exc)))
