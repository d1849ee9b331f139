"""Why a job stopped before the end: every stopped job can be run again to continue."""

from __future__ import annotations

from enum import StrEnum

from importer.errors import ImporterError


class StopKind(StrEnum):
    """Why a run stopped before its work was done; every stopped run can be resumed."""

    CANCELLED = "cancelled"
    """The user cancelled."""
    GAVE_UP = "gave_up"
    """Retries failed and the user (or the automatic policy) chose to stop trying."""
    AUTH = "auth"
    ENDPOINT_NOT_FOUND = "endpoint_not_found"
    API_ERROR = "api_error"
    JOURNAL = "journal"
    """The journal could not be written (disk full…)."""
    NOT_CONFIRMED = "not_confirmed"
    """Sociocs answered that something was done, or was already so, and a read showed it was
    not (a delete answered "not found" while the contact is still there)."""


class StopRun(Exception):
    """The job must stop (resumably): ``kind`` says why, ``message`` in plain words."""

    def __init__(self, kind: StopKind, message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message


class JobJournalError(ImporterError):
    """A job's journal (what it did, for resuming) cannot be written: the job must stop."""
