"""Problems found in a data row, as shown to the user."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import IntEnum, StrEnum


class Severity(StrEnum):
    """An error keeps the row from being sent; a warning does not."""

    ERROR = "error"
    WARNING = "warning"


class RowStatus(IntEnum):
    """Where a data row stands after checking (stored compactly, one byte per row)."""

    READY = 0
    INVALID = 1
    DUPLICATE = 2


@dataclass(frozen=True, slots=True)
class Issue:
    """One problem in one cell: ``row`` is the Excel row number, ``column`` its letter ("C")."""

    row: int
    column: str
    severity: Severity
    code: str
    message: str


class Outcome(StrEnum):
    """The single final outcome of every data row after an upload run."""

    UPLOADED = "uploaded"
    INVALID = "invalid"
    DUPLICATE = "duplicate"
    REJECTED = "rejected"
    NOT_SENT = "not_sent"
    UNCHANGED = "unchanged"
    """Sociocs already holds the same values (and the contact is in the list): not sent."""
    SKIPPED = "skipped"
    """The contact exists in Sociocs and the import leaves existing contacts alone."""


def keys_between(table: Mapping[int, object], start: int, stop: int) -> list[int]:
    """The keys of ``table`` (data-row indices) from ``start`` up to ``stop``, in order.

    It walks the smaller of the two: ``table.keys() & range(0, 1_000_000)`` walks a million
    numbers in one C call, holding the GIL (and freezing the wizard) for up to 100 ms.
    """
    if len(table) < stop - start:
        return sorted(key for key in table if start <= key < stop)
    return sorted(table.keys() & range(start, stop))
