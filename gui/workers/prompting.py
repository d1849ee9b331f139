"""The base of the workers that run an engine job which may need the user: a comparison with
Sociocs, an upload, an undo. It is the wizard's :class:`~importer.jobs.host.JobHost`: the
pipeline's steps run their job through it.

The job runs in the worker thread and reports through ``job_progress``. When it needs the user
(rate limit, repeated failures, refused key) its ``PromptDecider`` emits ``retry_asked`` /
``key_asked`` and blocks the worker thread; the page shows a prompt and hands the answer back
with :meth:`answer_retry` / :meth:`answer_key` (thread-safe). Pause, resume, retry now and
cancel are forwarded to the job, which honours them between requests and during waits.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import Signal

from gui.workers.base import Worker
from importer.api.client import SociocsClient
from importer.jobs.decisions import PromptDecider, RetryChoice, RetryDecider, RetryEvent
from importer.jobs.job import ControlledJob
from importer.jobs.progress import JobProgress

T = TypeVar("T")


class PromptingWorker(Worker):
    """Runs the jobs of one pipeline step; subclasses call the step in :meth:`work`, handing
    it this worker as its host."""

    job_progress = Signal(object)
    """The running job's progress: a ``CompareProgress``, ``UploadProgress`` or
    ``UndoProgress``."""
    retry_asked = Signal(object)
    """A ``RetryEvent``: answer with :meth:`answer_retry`."""
    key_asked = Signal()
    """The key was refused: answer with :meth:`answer_key` (a new key, or None to stop)."""

    def __init__(self, client: SociocsClient) -> None:
        super().__init__()
        self._client = client
        self._decider = PromptDecider(self._ask_retry, self._ask_key)
        self._lock = threading.Lock()
        self._job: ControlledJob[Any] | None = None
        self._paused = False

    @property
    def decider(self) -> RetryDecider:
        """Asks the page (``retry_asked``, ``key_asked``) and waits for its answer."""
        return self._decider

    def show(self, progress: JobProgress) -> None:
        """Hand the job's progress to the page (``job_progress``)."""
        self.job_progress.emit(progress)

    def run_job(self, job: ControlledJob[Any], work: Callable[[], T]) -> T:
        """``work()`` here, in the worker thread; pause, resume and cancel act on ``job``."""
        self._attach(job)
        return work()

    def _attach(self, job: ControlledJob[Any]) -> None:
        with self._lock:
            self._job = job
            if self._paused:
                job.pause()
            if self.is_cancelled():
                job.cancel()

    def pause(self) -> None:
        """Pause at the job's next safe point (thread-safe)."""
        with self._lock:
            self._paused = True
            if self._job is not None:
                self._job.pause()

    def resume(self) -> None:
        """Continue after :meth:`pause` (thread-safe)."""
        with self._lock:
            self._paused = False
            if self._job is not None:
                self._job.resume()

    def retry_now(self) -> None:
        """End the job's wait before an automatic retry now (thread-safe)."""
        with self._lock:
            if self._job is not None:
                self._job.retry_now()

    def cancel(self) -> None:
        """Stop as soon as possible; what was done is kept (thread-safe)."""
        super().cancel()
        with self._lock:
            if self._job is not None:
                self._job.cancel()
        self._decider.interrupt()

    def answer_retry(self, choice: RetryChoice) -> None:
        """The user's answer to ``retry_asked`` (from the GUI thread)."""
        self._decider.answer(choice)

    def answer_key(self, key: str | None) -> None:
        """A new API key after ``key_asked``, or None to stop (from the GUI thread)."""
        self._decider.answer_key(key)

    def _ask_retry(self, event: RetryEvent) -> None:
        self.retry_asked.emit(event)

    def _ask_key(self) -> None:
        self.key_asked.emit()
