"""What the upload reports while it runs: counts, speed, time left, and what it is doing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from importer.upload.decisions import RetryKind


class UploadState(StrEnum):
    """What the upload is doing right now."""

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


@dataclass(frozen=True, slots=True)
class UploadProgress:
    """One progress report; rows count the rows to send (ready rows), resumed ones included."""

    rows_done: int
    rows_total: int
    batches_done: int
    batches_total: int
    rows_per_second: float
    eta_seconds: float | None
    state: UploadState
    wait: WaitInfo | None = None

    @property
    def fraction(self) -> float:
        """rows_done / rows_total, 1.0 when there is nothing to send."""
        return self.rows_done / self.rows_total if self.rows_total else 1.0


ProgressCallback = Callable[[UploadProgress], None]


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
