"""What a job reports while it runs: its state, the wait before a retry, and its pace.

Every job (comparing with Sociocs, uploading, undoing) reports progress of its own shape;
each holds a :class:`JobState` and, while waiting to retry, a :class:`WaitInfo`
(:class:`JobProgress`), so a front end can show the state and the countdown of any of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from importer.jobs.decisions import RetryKind


class JobState(StrEnum):
    """What a job is doing right now."""

    RUNNING = "running"
    PAUSED = "paused"
    WAITING = "waiting"
    STOPPED = "stopped"
    FINISHED = "finished"


@dataclass(frozen=True, slots=True)
class WaitInfo:
    """A wait before retrying: why (kind and plain-language message), how long is left, and
    how many tries of the request failed so far (the next one is ``attempt + 1``)."""

    kind: RetryKind
    message: str
    seconds_left: float
    attempt: int = 1


class JobProgress(Protocol):
    """What every job's progress report holds."""

    @property
    def state(self) -> JobState:
        """What the job is doing."""
        ...

    @property
    def wait(self) -> WaitInfo | None:
        """The wait before a retry, while ``state`` is WAITING."""
        ...


class RateMeter:
    """Rows per second over the time spent running (pauses excluded), and the time left."""

    def __init__(self, start: float) -> None:
        self._active_since: float | None = start
        self._active_seconds = 0.0
        self._rows = 0

    def add_rows(self, count: int) -> None:
        """Rows sent (acknowledged or rejected) during this run."""
        self._rows += count

    def pause(self, now: float) -> None:
        """Stop counting time (paused)."""
        if self._active_since is not None:
            self._active_seconds += now - self._active_since
            self._active_since = None

    def resume(self, now: float) -> None:
        """Count time again."""
        if self._active_since is None:
            self._active_since = now

    def rate(self, now: float) -> float:
        """Rows per second so far in this run (0.0 before the first batch)."""
        elapsed = self._active_seconds
        if self._active_since is not None:
            elapsed += now - self._active_since
        return self._rows / elapsed if elapsed > 0 and self._rows else 0.0

    def eta(self, now: float, rows_left: int) -> float | None:
        """Seconds until ``rows_left`` more rows are sent at the current rate; None if unknown."""
        if rows_left == 0:
            return 0.0
        rate = self.rate(now)
        return rows_left / rate if rate > 0 else None
