"""Pause, resume and cancel, shared safely between a job's thread and the caller's thread."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

Clock = Callable[[], float]


class Cancelled(Exception):
    """Raised on the job's thread at the next checkpoint after :meth:`RunControl.cancel`."""


class RunControl:
    """Flags set from any thread and observed by the job's thread at safe points.

    ``wait_until`` is the only way the job's thread sleeps, so pause and cancel interrupt
    every wait. ``clock`` and ``sleeper`` are injectable: tests pass a fake clock whose
    ``sleeper`` advances it, so backoff tests never really wait.
    """

    def __init__(
        self, clock: Clock = time.monotonic, sleeper: Callable[[float], None] | None = None
    ):
        self._clock = clock
        self._sleeper = sleeper
        self._changed = threading.Condition()
        self._paused = False
        self._cancelled = False
        self._skip_wait = False

    @property
    def cancelled(self) -> bool:
        """Whether cancel was requested."""
        return self._cancelled

    @property
    def paused(self) -> bool:
        """Whether pause was requested (and not resumed)."""
        return self._paused

    def now(self) -> float:
        """The control's clock (seconds, monotonic)."""
        return self._clock()

    def pause(self) -> None:
        """Ask the job to pause at its next checkpoint (or wake it from a wait)."""
        self._set(paused=True)

    def resume(self) -> None:
        """Let a paused job continue."""
        self._set(paused=False)

    def skip_wait(self) -> None:
        """End the wait in progress now, as if its time were up (the user's "Retry now")."""
        with self._changed:
            self._skip_wait = True
            self._changed.notify_all()

    def cancel(self) -> None:
        """Ask the job to stop at its next checkpoint (or wake it from a pause or wait)."""
        with self._changed:
            self._cancelled = True
            self._changed.notify_all()

    def checkpoint(self, on_pause: Callable[[bool], None] | None = None) -> None:
        """Block while paused; raise :class:`Cancelled` if cancelled.

        ``on_pause(True)`` is called when the thread starts waiting for resume, ``on_pause(False)``
        when it resumes (outside the lock), so progress can show "paused".
        """
        with self._changed:
            self._raise_if_cancelled()
            if not self._paused:
                return
        if on_pause is not None:
            on_pause(True)
        with self._changed:
            self._changed.wait_for(lambda: not self._paused or self._cancelled)
            self._raise_if_cancelled()
        if on_pause is not None:
            on_pause(False)

    def wait_until(self, deadline: float, tick: Callable[[float], None] | None = None) -> bool:
        """Sleep until ``deadline`` on the clock (or :meth:`skip_wait`); False if woken early
        by pause or cancel.

        ``tick(seconds_left)`` is called about once a second (for a countdown).
        """
        while True:
            with self._changed:
                if self._interrupted():
                    return False
                left = deadline - self._clock()
                if left <= 0 or self._skip_wait:
                    self._skip_wait = False
                    return True
            if tick is not None:
                tick(left)
            with self._changed:
                if self._interrupted():
                    return False
                step = left % 1.0 or 1.0
                if self._sleeper is None:
                    self._changed.wait(step)
                    continue
            self._sleeper(step)

    def _interrupted(self) -> bool:
        return self._cancelled or self._paused

    def _set(self, *, paused: bool) -> None:
        with self._changed:
            self._paused = paused
            self._changed.notify_all()

    def _raise_if_cancelled(self) -> None:
        if self._cancelled:
            raise Cancelled
