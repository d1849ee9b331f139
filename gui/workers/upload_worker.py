"""The upload in the background: thin glue between the engine's UploadEngine and the page.

The engine runs in the worker thread and reports progress through ``upload_progress``. When it
needs the user (rate limit, repeated failures, refused key) the engine's ``PromptDecider``
emits ``retry_asked`` / ``key_asked`` and blocks the worker thread; the page shows a prompt and
hands the answer back with :meth:`UploadWorker.answer_retry` / :meth:`answer_key` (thread-safe).
Pause, resume and cancel are forwarded to the engine, which honours them between batches and
during waits. The journal is opened here, so an interrupted upload can be continued later.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import Signal

from gui.workers.base import Worker
from importer.api.client import SociocsClient
from importer.check.issues import Outcome
from importer.check.result import CheckResult
from importer.choices import ImportChoices
from importer.upload.decisions import PromptDecider, RetryChoice, RetryEvent
from importer.upload.engine import MAX_BATCH_SIZE, UploadEngine
from importer.upload.identity import existing_key, identity_of
from importer.upload.journal import ResumeInfo, find_resumable
from importer.upload.journal_details import open_import_journal
from importer.upload.summary import UploadSummary


@dataclass(frozen=True)
class UploadJob:
    """Where to send which rows: ``choices`` name the list (``list_id`` must be set)."""

    choices: ImportChoices
    result: CheckResult
    phone_number_cc: str | None
    journal_folder: Path | None
    batch_size: int = MAX_BATCH_SIZE
    restart: bool = False
    """Forget an unfinished earlier run of the same import and send everything again."""
    identity: str | None = None
    """``identity_of(result, list_id)`` when already known (it hashes the whole file)."""

    @property
    def list_id(self) -> int:
        """The list the rows go to."""
        if self.choices.list_id is None:
            raise ValueError("an upload needs the list it goes to")
        return self.choices.list_id


@dataclass(frozen=True)
class UploadRun:
    """What the finished (or stopped) run returns to the page."""

    summary: UploadSummary
    outcomes: list[Outcome]
    messages: dict[int, str] = field(default_factory=dict)
    journal_path: Path | None = None


@dataclass(frozen=True)
class ResumeLookup:
    """The answer of :class:`ResumeLookupWorker` (never a bare None through a signal: PySide6
    miscounts None's references when it crosses threads in a ``Signal(object)``)."""

    info: ResumeInfo | None
    identity: str
    """The import's identity the lookup computed, so the upload need not hash the file again."""
    generation: int
    """The page's count of lookups when this one started (later answers replace it)."""


class ResumeLookupWorker(Worker):
    """Whether an earlier run of this very import stopped half-way; ``result`` is ResumeLookup.

    Computing the import's identity reads the whole file (a content hash), hence a worker.
    """

    def __init__(
        self, result: CheckResult, choices: ImportChoices, folder: Path, generation: int = 0
    ) -> None:
        super().__init__()
        self._result = result
        self._choices = choices
        self._folder = folder
        self._generation = generation

    def work(self) -> ResumeLookup:
        """``find_resumable`` for the import's identity."""
        list_id = self._choices.list_id
        assert list_id is not None
        identity = identity_of(self._result, list_id, existing_key(self._choices))
        return ResumeLookup(find_resumable(self._folder, identity), identity, self._generation)


class UploadWorker(Worker):
    """Runs one :class:`UploadEngine`; ``result`` carries an :class:`UploadRun`."""

    upload_progress = Signal(object)
    """An ``UploadProgress`` (rows done, rows/s, time left, state, wait countdown)."""
    retry_asked = Signal(object)
    """A ``RetryEvent``: answer with :meth:`answer_retry`."""
    key_asked = Signal()
    """The key was refused: answer with :meth:`answer_key` (a new key, or None to stop)."""

    def __init__(self, client: SociocsClient, job: UploadJob) -> None:
        super().__init__()
        self._client = client
        self._job = job
        self._decider = PromptDecider(self._ask_retry, self._ask_key)
        self._lock = threading.Lock()
        self._engine: UploadEngine | None = None
        self._paused = False

    def work(self) -> UploadRun:
        """Open the journal, run the engine, return the outcomes (never raises for API trouble)."""
        job = self._job
        journal = None
        if job.journal_folder is not None:
            journal = open_import_journal(
                job.journal_folder,
                job.choices,
                job.result,
                identity=job.identity,
                restart=job.restart,
            )
        engine = UploadEngine(
            self._client,
            job.result,
            list_id=job.list_id,
            phone_number_cc=job.phone_number_cc,
            decider=self._decider,
            batch_size=job.batch_size,
            journal=journal,
            progress=self.upload_progress.emit,
            reconnect=self._reconnect,
        )
        with self._lock:
            self._engine = engine
            if self._paused:
                engine.pause()
            if self.is_cancelled():
                engine.cancel()
        try:
            summary = engine.run()
        finally:
            if journal is not None:
                journal.close()
        return UploadRun(
            summary, engine.outcomes, engine.messages, journal.path if journal else None
        )

    def pause(self) -> None:
        """Pause between batches (thread-safe)."""
        with self._lock:
            self._paused = True
            if self._engine is not None:
                self._engine.pause()

    def resume(self) -> None:
        """Continue after :meth:`pause` (thread-safe)."""
        with self._lock:
            self._paused = False
            if self._engine is not None:
                self._engine.resume()

    def cancel(self) -> None:
        """Stop as soon as possible; what was sent stays in the journal (thread-safe)."""
        super().cancel()
        with self._lock:
            if self._engine is not None:
                self._engine.cancel()
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

    def _reconnect(self, key: str) -> SociocsClient:
        self._client = SociocsClient(key, self._client.base_url)
        return self._client
