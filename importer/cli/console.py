"""Running a job (comparison, upload, undo) from a terminal: a progress line on stderr and
console answers.

The job runs on a worker thread; the main thread answers its questions (automatically, or
by asking when the automatic retries are used up and a person is at the keyboard) and turns
Ctrl+C into a clean, resumable stop.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable
from typing import Any, TextIO, TypeVar

from importer.compare.engine import CompareProgress
from importer.compare.texts import compare_progress_text
from importer.i18n import _
from importer.jobs.decisions import PromptDecider, RetryChoice, RetryEvent
from importer.jobs.progress import JobProgress, JobState
from importer.undo.engine import UndoProgress
from importer.undo.texts import undo_progress_text
from importer.upload.progress import UploadProgress
from importer.upload.texts import upload_progress_text

T = TypeVar("T")

QUIET_SECONDS = 5.0
"""Without a terminal, at most one progress line per this many seconds (state changes aside)."""


def progress_line(progress: JobProgress) -> str:
    """One line for the progress of any job: a comparison, an upload or an undo."""
    if isinstance(progress, CompareProgress):
        return compare_progress_text(progress)
    if isinstance(progress, UndoProgress):
        return undo_progress_text(progress)
    assert isinstance(progress, UploadProgress)
    return upload_progress_text(progress)


class ProgressPrinter:
    """Progress callback writing to ``stream``: one rewritten line on a terminal, else lines.

    ``line`` words a progress report (by default any job's, with :func:`progress_line`).
    """

    def __init__(
        self,
        stream: TextIO,
        *,
        live: bool,
        clock: Callable[[], float] = time.monotonic,
        line: Callable[[Any], str] = progress_line,
    ) -> None:
        self._stream = stream
        self._live = live
        self._clock = clock
        self._line = line
        self._last_state: JobState | None = None
        self._last_time = float("-inf")
        self._width = 0

    def __call__(self, progress: JobProgress) -> None:
        """Show ``progress`` (called on the engine's thread)."""
        changed = progress.state is not self._last_state
        now = self._clock()
        self._last_state = progress.state
        if self._live:
            self._rewrite(self._line(progress))
        elif changed or now - self._last_time >= QUIET_SECONDS:
            self._stream.write(self._line(progress) + "\n")
        else:
            return
        self._last_time = now
        self._stream.flush()

    def close(self) -> None:
        """End the rewritten line so later output starts on a new one."""
        if self._live and self._width:
            self._stream.write("\n")
            self._stream.flush()
            self._width = 0

    def _rewrite(self, line: str) -> None:
        padding = " " * max(0, self._width - len(line))
        self._stream.write("\r" + line + padding)
        self._width = len(line)


class ConsoleAnswers:
    """How a terminal answers the engine: wait automatically; ask only when retries run out."""

    def __init__(
        self,
        *,
        interactive: bool,
        ask_line: Callable[[str], str] = input,
        ask_secret: Callable[[str], str] | None = None,
        before_asking: Callable[[], None] = lambda: None,
    ) -> None:
        self.interactive = interactive
        self._ask_line = ask_line
        self._ask_secret = ask_secret or ask_line
        self._before_asking = before_asking

    def retry(self, event: RetryEvent) -> RetryChoice:
        """WAIT while automatic retries remain; then ask (or STOP without a terminal)."""
        if not event.exhausted:
            return RetryChoice.WAIT
        if not self.interactive:
            return RetryChoice.STOP
        self._before_asking()
        answer = self._ask_line(_("{message}\nKeep trying? [y/N] ").format(message=event.message))
        return RetryChoice.WAIT if answer.strip().lower() in {"y", "yes"} else RetryChoice.STOP

    def new_key(self) -> str | None:
        """A new key typed (hidden) at the terminal, or None."""
        if not self.interactive:
            return None
        self._before_asking()
        key = self._ask_secret(
            _("Sociocs did not accept the API key. Paste a new key (or press Enter to stop): ")
        )
        return key.strip() or None


class ConsoleSession:
    """Runs a job (an upload, a comparison, an undo) on a worker thread while this thread
    answers its questions; Ctrl+C cancels.

    Build the job with :attr:`decider`, then call :meth:`run`. After Ctrl+C the job stops
    once the request in flight is answered; ``on_interrupt`` tells the user so.
    """

    def __init__(
        self, answers: ConsoleAnswers, *, on_interrupt: Callable[[], None] = lambda: None
    ) -> None:
        self._answers = answers
        self._on_interrupt = on_interrupt
        self._questions: queue.Queue[RetryEvent | None] = queue.Queue()
        self.decider = PromptDecider(self._questions.put, lambda: self._questions.put(None))

    def run(self, work: Callable[[], T], cancel: Callable[[], None]) -> T:
        """What ``work()`` returns once it finished or stopped; Ctrl+C calls ``cancel()``."""
        done: list[T | BaseException] = []

        def in_thread() -> None:
            try:
                done.append(work())
            except BaseException as exc:  # handed to this thread and raised here
                done.append(exc)

        thread = threading.Thread(target=in_thread, name="job", daemon=True)
        thread.start()
        try:
            self._answer_until_done(thread)
        except (KeyboardInterrupt, EOFError):
            cancel()
            self._on_interrupt()
        thread.join()  # a second Ctrl+C interrupts this wait: the journal is kept either way
        outcome = done[0]
        if isinstance(outcome, BaseException):
            raise outcome
        return outcome

    def _answer_until_done(self, thread: threading.Thread) -> None:
        while thread.is_alive():
            try:
                question = self._questions.get(timeout=0.1)
            except queue.Empty:
                continue
            if question is None:
                self.decider.answer_key(self._answers.new_key())
            else:
                self.decider.answer(self._answers.retry(question))
