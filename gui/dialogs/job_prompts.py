"""Answering a background job's questions: the retry prompt and the new-key dialog.

Rate limits, server and network failures are retried automatically (the countdown shows on
the page) until the engine's automatic retries are used up; only then does the retry prompt
ask. A refused key asks for a new one. Used by every page
that runs a :class:`~gui.workers.prompting.PromptingWorker` (compare, upload, undo).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QWidget

from gui.dialogs.new_key_dialog import NewKeyDialog
from gui.dialogs.retry_dialog import RetryDialog
from gui.log_file import hide_secret
from gui.workers.prompting import PromptingWorker
from importer.jobs.decisions import RetryChoice, RetryEvent


class JobPrompts(QObject):
    """Shows the prompts of the worker being watched; ``status(text)`` says what happens and
    ``new_key(key)`` is told a key the user gave."""

    def __init__(
        self,
        parent: QWidget,
        status: Callable[[str], None],
        new_key: Callable[[str], None],
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._status = status
        self._new_key = new_key
        self._worker: PromptingWorker | None = None
        self.retry_prompt: RetryDialog | None = None
        """The retry prompt on screen, if any."""

    def watch(self, worker: PromptingWorker) -> None:
        """Answer ``worker``'s questions from now on (connect before starting it)."""
        self._worker = worker
        worker.retry_asked.connect(self._retry_asked)
        worker.key_asked.connect(self._key_asked)

    @Slot(object)
    def _retry_asked(self, event: RetryEvent) -> None:
        worker = self._worker
        if worker is None:
            return
        if not event.exhausted:
            worker.answer_retry(RetryChoice.WAIT)
            return
        self._status(event.message)
        self.retry_prompt = RetryDialog.ask(self._parent, event, self._retry_answered)

    def _retry_answered(self, choice: RetryChoice) -> None:
        self.retry_prompt = None
        if self._worker is not None:
            self._worker.answer_retry(choice)
        if choice is RetryChoice.STOP:
            self._status(self.tr("Stopping and saving progress…"))

    @Slot()
    def _key_asked(self) -> None:
        NewKeyDialog.ask(self._parent, self._key_answered)

    def _key_answered(self, key: str | None) -> None:
        if key:
            hide_secret(key)
            self._new_key(key)
        if self._worker is not None:
            self._worker.answer_key(key)
