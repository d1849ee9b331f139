"""Page 7, Upload: comparing with Sociocs if Confirm did not, then progress, speed, time left,
a chart of the contacts sent over time, Pause/Resume/Stop, and the waits and prompts on trouble.

When the session holds no plan yet (the comparison on Confirm was stopped), the page first
compares the file with Sociocs (a :class:`~gui.pages.compare_box.CompareBox`) and classifies
the rows. The upload runs in an :class:`UploadWorker` (the pipeline's send step: it backs up
what it changes before the first batch and records the import in the history). Rate limits,
server and network failures are retried automatically: the wait shows inline
(:class:`~gui.widgets.retry_banner.RetryBanner`: the countdown, the try, Retry now, beside Stop
and save progress) until the engine's automatic retries are used up, then a prompt asks
(:class:`~gui.dialogs.job_prompts.JobPrompts`). A refused key asks for a new one. When the run
ends the report is written in the background (the pipeline's report step), then the wizard
moves on to the Done page.
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget, QWizard

from gui.dialogs.job_prompts import JobPrompts
from gui.dialogs.message_boxes import show_error
from gui.dialogs.retry_dialog import RetryDialog
from gui.errors import user_text
from gui.pages.base import WizardPage, import_history, journal_folder
from gui.pages.compare_box import CompareBox
from gui.session import ImportSession
from gui.settings import AppSettings
from gui.widgets.charts import ProgressChart
from gui.widgets.retry_banner import RetryBanner
from gui.widgets.status_label import StatusLabel
from gui.workers.base import start_worker
from gui.workers.compare_worker import Classified, ClassifyWorker
from gui.workers.report_worker import ReportWorker
from gui.workers.upload_worker import UploadJob, UploadWorker
from importer.compare.engine import CompareRun
from importer.jobs.decisions import format_seconds
from importer.jobs.progress import JobState
from importer.jobs.stops import StopKind
from importer.lists.texts import lists_result_lines
from importer.pipeline.outcome import ImportPlace, Reported, Sent
from importer.report.unsent import UnsentRows
from importer.upload.progress import UploadProgress, UploadStage
from importer.upload.summary import UploadSummary, unsent_outcomes

log = logging.getLogger(__name__)


class UploadPageWords(QObject):
    """The upload's counted phrases (Qt's plural forms need a class's ``tr``)."""

    def speed(self, per_second: int) -> str:
        return self.tr("%Ln contacts a second", "", per_second)

    def time_left(self, left: str) -> str:
        return self.tr("about {time} left").format(time=left)

    def making_lists(self) -> str:
        return self.tr("Step 1 of 3: creating the lists the groups need…")

    def sending_to_lists(self) -> str:
        return self.tr("Step 2 of 3: sending the contacts, each once…")

    def adding(self, added: int, to_add: int) -> str:
        return self.tr(
            "Step 3 of 3: adding contacts to their other lists — {added} of %Ln added…",
            "",
            to_add,
        ).format(added=QLocale().toString(added))


def speed_text(progress: UploadProgress, *, pausing: bool = False) -> str:
    """ "1,250 contacts a second · about 0:40 left" (or what is known so far).

    The time left is told only while sending: not while paused (or ``pausing``), nor while
    waiting to retry.
    """
    words = UploadPageWords()
    parts = []
    if progress.rows_per_second > 0:
        parts.append(words.speed(round(progress.rows_per_second)))
    sending = progress.state is JobState.RUNNING and not pausing
    if sending and progress.eta_seconds is not None and progress.rows_done < progress.rows_total:
        parts.append(words.time_left(format_seconds(progress.eta_seconds)))
    return " · ".join(parts)


def stage_text(progress: UploadProgress, with_lists: bool, list_name: str) -> str:
    """What the upload is doing, while it runs: creating lists, sending (to ``list_name``
    when no groups make lists), adding contacts to their other lists."""
    words = UploadPageWords()
    if progress.stage is UploadStage.MAKING_LISTS:
        return words.making_lists()
    if progress.stage is UploadStage.ADDING:
        return words.adding(progress.added, progress.to_add)
    if with_lists:
        return words.sending_to_lists()
    return QCoreApplication.translate("UploadPage", "Sending to {list}…").format(list=list_name)


class UploadPage(WizardPage):
    """Compares if needed, runs the upload; Next is enabled once it ended and the report is
    written."""

    def __init__(
        self, session: ImportSession, settings: AppSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, settings, parent)
        self.setTitle(self.tr("Upload"))
        self.setSubTitle(
            self.tr(
                "You can use other programs meanwhile. Stopping or closing keeps what was sent."
            )
        )
        self.setCommitPage(True)  # no way back to a finished upload (Back would not undo it)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Next >"))
        self._worker: UploadWorker | None = None
        self._finished = False
        self._paused = False
        self._closing = False
        self._build()

    def _build(self) -> None:
        self.compare = CompareBox(self, self._new_key)
        self.compare.started.connect(self._comparing)
        self.compare.compared.connect(self._compared)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Upload progress"))
        self.counts = QLabel(self)
        self.counts.setObjectName("uploadCounts")
        self.speed = QLabel(self)
        self.speed.setObjectName("uploadSpeed")
        self.status = StatusLabel(self)
        self.chart = ProgressChart(self.tr("Contacts sent over time"), self)
        self._started_at = time.monotonic()
        self.prompts = JobPrompts(self, self.status.show_busy, self._new_key)
        self.retry_banner = RetryBanner(self)
        self.retry_banner.retry_now.connect(self._retry_now)
        self.pause_button = QPushButton(self.tr("&Pause"), self)
        self.pause_button.setAccessibleName(self.tr("Pause or resume the upload"))
        self.pause_button.setAccessibleDescription(
            self.tr("Pauses after the current batch; click again to go on.")
        )
        self.pause_button.clicked.connect(self._toggle_pause)
        self.stop_button = QPushButton(self.tr("&Stop and save progress"), self)
        self.stop_button.setToolTip(
            self.tr("Stops after the current batch. What was sent is kept; you can continue later.")
        )
        self.stop_button.clicked.connect(self._stop)
        buttons = QHBoxLayout()
        for button in (self.pause_button, self.stop_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.body.addWidget(self.compare)
        for widget in (self.progress, self.counts, self.speed, self.status, self.retry_banner):
            self.body.addWidget(widget)
        self.body.addLayout(buttons)
        self.body.addSpacing(8)
        self.body.addWidget(self.chart, 1)
        self.body.addStretch(0)  # takes the room while the chart is hidden (comparing)

    @property
    def retry_prompt(self) -> RetryDialog | None:
        """The retry prompt on screen, if any (the upload's or the comparison's)."""
        return self.prompts.retry_prompt or self.compare.prompts.retry_prompt

    # ----- starting -----------------------------------------------------------------------
    def initializePage(self) -> None:
        """Compare if no plan is known yet, then upload, as soon as the page shows."""
        super().initializePage()
        self._finished = False
        self._start()

    def _start(self) -> None:
        self._paused = False
        self.pause_button.setText(self.tr("&Pause"))
        session = self.session
        result, choices = session.result, session.choices
        if result is None or session.client is None or choices is None or choices.list_id is None:
            self.status.show_error(
                self.tr("Nothing to send yet: go back and check the file first.")
            )
            return
        if session.plan is None:
            self._show_uploading(False)
            self.status.clear_status()
            self.setSubTitle(self.tr("First, the file is compared with the contacts in Sociocs."))
            self.compare.start(session.client, result, choices.list_id)
        else:
            self._upload()
        self.completeChanged.emit()

    @Slot()
    def _comparing(self) -> None:
        """A comparison (re)started: whatever it stopped with before is forgotten."""
        self._finished = False
        self.session.upload_summary = None
        self.session.unsent = None
        self.completeChanged.emit()

    def _show_uploading(self, uploading: bool) -> None:
        shown = (self.progress, self.counts, self.speed, self.chart)
        for widget in (*shown, self.pause_button, self.stop_button):
            widget.setVisible(uploading)
        self._end_wait()
        self.pause_button.setEnabled(uploading)
        self.stop_button.setEnabled(uploading)

    @Slot(object)
    def _compared(self, run: CompareRun) -> None:
        session = self.session
        session.snapshot = run.snapshot
        if run.snapshot is None or session.result is None or session.choices is None:
            self._not_compared(run)
            return
        worker = ClassifyWorker(session.result, run.snapshot, session.choices)
        worker.result.connect(self._classified)
        worker.failed.connect(self._failed)
        start_worker(worker, self)

    @Slot(object)
    def _classified(self, classified: Classified) -> None:
        self.session.plan = classified.plan
        self._upload()

    def _not_compared(self, run: CompareRun) -> None:
        """The comparison stopped: nothing was sent; Compare again, or go on to Done."""
        result = self.session.result
        if result is not None:
            outcomes = unsent_outcomes(result.status)
            self.session.unsent = UnsentRows(result, outcomes)
            self.session.upload_summary = UploadSummary.count(
                outcomes,
                elapsed_seconds=0.0,
                rows_per_second=0.0,
                stop_kind=run.stop_kind or StopKind.API_ERROR,
                stop_message=run.stop_message,
            )
        self._finished = True
        self.completeChanged.emit()

    def _upload(self) -> None:
        self.setSubTitle(
            self.tr(
                "You can use other programs meanwhile. Stopping or closing keeps what was sent."
            )
        )
        session = self.session
        result, choices, client = session.result, session.choices, session.client
        assert result is not None and choices is not None and client is not None
        place = ImportPlace(
            journal_folder(session.practice_mode), import_history(session.practice_mode)
        )
        job = UploadJob(
            choices=choices,
            result=result,
            place=place,
            plan=session.plan,
            identity=session.import_identity,
            restart=session.restart_upload,
            supersedes=session.supersedes,
        )
        worker = UploadWorker(client, job)
        worker.job_progress.connect(self._progress)
        worker.result.connect(self._uploaded)
        worker.failed.connect(self._failed)
        self.prompts.watch(worker)
        self._worker = worker
        self._show_uploading(True)
        self.progress.setRange(0, 0)
        sending = len(session.plan.send) if session.plan is not None else result.counts().to_send
        self.counts.setText(self.tr("Getting ready to send %Ln contacts…", "", sending))
        self.speed.clear()
        self.speed.setVisible(False)
        self.chart.clear()
        self.chart.add_point(0.0, 0, sending)  # the scale is known before the first batch
        self._started_at = time.monotonic()
        self.status.show_busy(self._first_stage_text())
        start_worker(worker, self)

    def _first_stage_text(self) -> str:
        """What the upload does first: create the lists groups need, else send."""
        lists = self.session.plan.lists if self.session.plan is not None else None
        if lists is None:
            return self.tr("Sending to {list}…").format(list=self._list_name())
        words = UploadPageWords()
        return words.making_lists() if lists.to_create() else words.sending_to_lists()

    # ----- while it runs --------------------------------------------------------------------
    @Slot(object)
    def _progress(self, progress: UploadProgress) -> None:
        if progress.stage is UploadStage.ADDING and progress.to_add:
            self.progress.setRange(0, progress.to_add)  # the bar follows the additions
            self.progress.setValue(progress.added)
        else:
            self.progress.setRange(0, max(1, progress.rows_total))
            self.progress.setValue(progress.rows_done)
        elapsed = time.monotonic() - self._started_at
        self.chart.add_point(elapsed, progress.rows_done, progress.rows_total)
        batches = max(1, progress.batches_total)
        self.counts.setText(
            self.tr(
                "{done} of %Ln contacts sent (batch {batch} of {batches})", "", progress.rows_total
            ).format(
                done=QLocale().toString(progress.rows_done),
                batch=QLocale().toString(min(progress.batches_done + 1, batches)),
                batches=QLocale().toString(batches),
            )
        )
        speed = speed_text(progress, pausing=self._paused)
        self.speed.setText(speed)
        self.speed.setVisible(bool(speed))
        if progress.state is JobState.WAITING and progress.wait is not None:
            self.status.clear_status()
            self.status.setVisible(False)  # the banner says it; no empty line above it
            self.retry_banner.show_wait(progress.wait)
            return
        self._end_wait()
        if progress.state is JobState.PAUSED:
            self.status.show_busy(self.tr("Paused. Click Resume to go on."))
        elif progress.state is JobState.RUNNING:
            plan = self.session.plan
            with_lists = plan is not None and plan.lists is not None
            self.status.show_busy(stage_text(progress, with_lists, self._list_name()))

    def _end_wait(self) -> None:
        """No wait before a retry (any more): the banner goes, the status line is back."""
        self.retry_banner.end_wait()
        self.status.setVisible(True)

    def _list_name(self) -> str:
        choices = self.session.choices
        return (choices.list_name if choices is not None else "") or self.tr("the list")

    def _new_key(self, key: str) -> None:
        self.session.api_key = key

    @Slot()
    def _toggle_pause(self) -> None:
        worker = self._worker
        if worker is None:
            return
        self._paused = not self._paused
        if self._paused:
            self._end_wait()
            worker.pause()
            self.pause_button.setText(self.tr("&Resume"))
            self.status.show_busy(self.tr("Pausing after the current batch…"))
        else:
            worker.resume()
            self.pause_button.setText(self.tr("&Pause"))

    @Slot()
    def _retry_now(self) -> None:
        if self._worker is not None:
            self._worker.retry_now()

    @Slot()
    def _stop(self) -> None:
        self._end_wait()
        if self._worker is not None:
            self.status.show_busy(self.tr("Stopping after the current batch; progress is saved…"))
            self.stop_button.setEnabled(False)
            self._worker.cancel()

    # ----- when it ends ---------------------------------------------------------------------
    @Slot(object)
    def _uploaded(self, sent: Sent) -> None:
        self._worker = None
        self._end_wait()
        self.pause_button.setEnabled(False)
        self.stop_button.setEnabled(False)
        session = self.session
        session.upload_summary = sent.summary
        session.import_id = sent.import_id
        plan = sent.plan
        session.uploaded_lists = (
            lists_result_lines(plan.list_counts(), sent.joined, sent.summary)
            if plan is not None and plan.lists is not None
            else []
        )
        if session.result is not None:
            session.unsent = UnsentRows(session.result, sent.outcomes, sent.messages)
        if session.result is None or session.choices is None or self._closing:
            return
        self.status.show_busy(self.tr("Writing the report…"))
        history = import_history(session.practice_mode)
        worker = ReportWorker(session.choices, session.result, sent, history)
        worker.result.connect(self._report_written)
        worker.failed.connect(self._report_failed)
        start_worker(worker, self)

    @Slot(object)
    def _report_written(self, reported: Reported) -> None:
        self.session.report_path = reported.saved.path
        self.session.report_note = reported.saved.note()
        self.session.source_note = reported.source_note
        self._complete()

    @Slot(object)
    def _report_failed(self, exc: BaseException) -> None:
        self.session.report_path = None
        show_error(self, exc, self.tr("The report could not be written"))
        self._complete()

    def _complete(self) -> None:
        self._finished = True
        summary = self.session.upload_summary
        if summary is not None and summary.stopped:
            self.status.show_error(summary.stop_message)
        else:
            self.status.show_ok(self.tr("All contacts were sent."))
        self.completeChanged.emit()
        wizard = self.wizard()
        if wizard is not None and wizard.currentPage() is self:
            wizard.next()

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        self._worker = None
        self._end_wait()
        self._finished = True
        self.pause_button.setEnabled(False)
        self.stop_button.setEnabled(False)
        self.status.show_error(user_text(exc))
        show_error(self, exc, self.tr("The upload could not start"))
        self.completeChanged.emit()

    # ----- wizard hooks ---------------------------------------------------------------------
    def isComplete(self) -> bool:
        """Next once the run ended and the report is written."""
        return self._finished and self.session.upload_summary is not None

    def close_warning(self) -> str | None:
        """Closing mid-upload stops it (the journal keeps what was sent)."""
        if self.is_busy():
            return self.tr(
                "Contacts are being sent right now. If you close, the upload stops after the "
                "current batch. Nothing already sent is lost: next time you import this file to "
                "the same list, the program continues where it stopped."
            )
        return None

    def shutdown(self) -> None:
        """Stop the upload (the journal keeps what was sent); start no report afterwards."""
        self._closing = True
        super().shutdown()
