"""The questions a job (upload, comparison, undo) asks its caller: wait and retry, or stop?

A job never decides on its own to give up or to wait: every wait and every "give up?"
goes through a :class:`RetryDecider`. The command line waits automatically and prints a
countdown; the wizard shows a prompt. Deciders are called from the engine's thread and may
block; :meth:`RetryDecider.interrupt` is called from another thread when the user cancels, and
must make a pending call return promptly.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from importer.i18n import N_, _
from importer.wording import plural


class RetryKind(StrEnum):
    """Why a batch must be tried again."""

    RATE_LIMITED = "rate_limited"
    SERVER_ERROR = "server_error"
    NETWORK = "network"


class RetryChoice(StrEnum):
    """The caller's answer to a :class:`RetryEvent`."""

    RETRY_NOW = "retry_now"
    WAIT = "wait"
    """Wait out the suggested delay (pause and cancel interrupt the wait), then retry."""
    STOP = "stop"
    """Stop the run; everything acknowledged so far is kept and the import can be resumed."""


@dataclass(frozen=True, slots=True)
class RetryEvent:
    """A failed attempt: what happened, in plain words, and how long the engine suggests waiting."""

    kind: RetryKind
    message: str
    delay_seconds: float
    attempt: int
    exhausted: bool
    """True when the automatic retries are used up: the caller should ask the user."""

    def message_with_countdown(self, seconds_left: float) -> str:
        """The message for a live countdown ("… Retrying in 0:27 — nothing is lost.")."""
        return retry_message(self.kind, seconds_left, exhausted=self.exhausted)


class RetryDecider(Protocol):
    """What the caller of a job implements (the terminal and the wizard each have one)."""

    def wait(self, event: RetryEvent) -> RetryChoice:
        """Answer a failed attempt (called on the engine's thread; may block)."""
        ...

    def on_auth_failed(self) -> str | None:
        """A new API key to continue with, or None to stop (the import stays resumable)."""
        ...

    def interrupt(self) -> None:
        """Make a pending :meth:`wait` or :meth:`on_auth_failed` return now (from any thread)."""
        ...


_OPENINGS = {
    RetryKind.RATE_LIMITED: N_("Sociocs asked us to slow down."),
    RetryKind.SERVER_ERROR: N_("Sociocs had a problem on its side."),
    RetryKind.NETWORK: N_("Could not reach Sociocs (network problem)."),
}


def format_seconds(seconds: float) -> str:
    """``seconds`` as a clock: 27 → "0:27", 3725 → "1:02:05" (rounded up)."""
    total = max(0, int(-(-seconds // 1)))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def retry_reason(kind: RetryKind) -> str:
    """Why a request is tried again, in one sentence ("Sociocs asked us to slow down.")."""
    return _(_OPENINGS[kind])


def retry_message(kind: RetryKind, seconds: float, *, exhausted: bool) -> str:
    """The plain-language message shown while waiting to retry."""
    opening = retry_reason(kind)
    if exhausted:
        return _(
            "{opening} It keeps failing. Keep trying (next try in {time}) or stop and "
            "save progress — nothing is lost either way."
        ).format(opening=opening, time=format_seconds(seconds))
    return _("{opening} Retrying in {time} — nothing is lost.").format(
        opening=opening, time=format_seconds(seconds)
    )


class Activity(StrEnum):
    """Which job asks: the words of its stop message differ."""

    UPLOAD = "upload"
    COMPARE = "compare"
    UNDO = "undo"


_STOPPED = {
    Activity.UPLOAD: N_("{opening} The upload stopped after {tries}; what was sent is kept."),
    Activity.COMPARE: N_(
        "{opening} Reading the contacts in Sociocs stopped after {tries}; nothing was sent."
    ),
    Activity.UNDO: N_("{opening} The undo stopped after {tries}; what was already undone is kept."),
}


def stop_message(
    kind: RetryKind, attempts: int, last_error: str = "", activity: Activity = Activity.UPLOAD
) -> str:
    """Why ``activity`` stopped after ``attempts`` failed tries of one request; ``last_error``
    (the last failure in plain words, e.g. "… the server name could not be found (DNS)")
    is appended so the user knows what to fix."""
    tries = plural(attempts, "{n} try", "{n} tries")
    text = _(_STOPPED[activity]).format(opening=retry_reason(kind), tries=tries)
    return (
        _("{text} Last error: {error}").format(text=text, error=last_error) if last_error else text
    )


class AutoDecider:
    """Waits the suggested delay every time; gives up (stops, resumable) once retries run out."""

    def __init__(self, *, keep_trying: bool = False) -> None:
        self.keep_trying = keep_trying

    def wait(self, event: RetryEvent) -> RetryChoice:
        """WAIT, or STOP when the automatic retries are exhausted (unless ``keep_trying``)."""
        if event.exhausted and not self.keep_trying:
            return RetryChoice.STOP
        return RetryChoice.WAIT

    def on_auth_failed(self) -> str | None:
        """No other key to offer: stop."""
        return None

    def interrupt(self) -> None:
        """Nothing blocks here."""


class PromptDecider:
    """Bridges the engine's thread to a user interface on another thread.

    ``ask(event)`` / ``ask_key()`` are called on the engine's thread to show a prompt (e.g.
    emit a Qt signal); the engine thread then blocks until the interface calls :meth:`answer`
    or :meth:`answer_key`, or until :meth:`interrupt` (cancel) — which answers STOP / None.
    """

    def __init__(self, ask: Callable[[RetryEvent], None], ask_key: Callable[[], None]) -> None:
        self._ask = ask
        self._ask_key = ask_key
        self._ready = threading.Condition()
        self._answer: RetryChoice | None = None
        self._key: str | None = None
        self._answered = False
        self._interrupted = False

    def wait(self, event: RetryEvent) -> RetryChoice:
        """Show the prompt and block until answered; STOP when interrupted."""
        self._arm()
        self._ask(event)
        self._block()
        return RetryChoice.STOP if self._answer is None else self._answer

    def on_auth_failed(self) -> str | None:
        """Ask for a new key and block until answered; None when refused or interrupted."""
        self._arm()
        self._ask_key()
        self._block()
        return self._key or None

    def answer(self, choice: RetryChoice) -> None:
        """The user's answer to the pending retry prompt (from any thread)."""
        with self._ready:
            self._answer = choice
            self._answered = True
            self._ready.notify_all()

    def answer_key(self, key: str | None) -> None:
        """The new API key, or None to stop (from any thread)."""
        with self._ready:
            self._key = key
            self._answered = True
            self._ready.notify_all()

    def interrupt(self) -> None:
        """Unblock a pending prompt as if the user had chosen to stop; later prompts stop too."""
        with self._ready:
            self._interrupted = True
            self._ready.notify_all()

    def _arm(self) -> None:
        with self._ready:
            self._answer = None
            self._key = None
            self._answered = False

    def _block(self) -> None:
        with self._ready:
            self._ready.wait_for(lambda: self._answered or self._interrupted)
            if self._interrupted:
                self._answer = None
                self._key = None
