"""What the upload reports while it runs: counts, speed, time left, and what it is doing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from importer.jobs.progress import JobState, WaitInfo


class UploadStage(StrEnum):
    """What the upload is doing."""

    MAKING_LISTS = "making_lists"
    """Creating the lists the groups need (before any contact is sent)."""
    SENDING = "sending"
    ADDING = "adding"
    """Adding contacts to their other lists."""


@dataclass(frozen=True, slots=True)
class UploadProgress:
    """One progress report; rows count the rows to send (ready rows), resumed ones included."""

    rows_done: int
    rows_total: int
    batches_done: int
    batches_total: int
    rows_per_second: float
    eta_seconds: float | None
    state: JobState
    wait: WaitInfo | None = None
    stage: UploadStage = UploadStage.SENDING
    added: int = 0
    """List memberships added so far (with :attr:`to_add`: only when groups make lists)."""
    to_add: int = 0

    @property
    def fraction(self) -> float:
        """rows_done / rows_total, 1.0 when there is nothing to send."""
        return self.rows_done / self.rows_total if self.rows_total else 1.0


ProgressCallback = Callable[[UploadProgress], None]
