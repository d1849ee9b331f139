"""How many rows are ready, ready with a note, cannot be sent, or repeat a number — each row
counted once, so the four add up to the rows of the sheet."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from importer.check.issues import RowStatus

_READY = RowStatus.READY.value


@dataclass(frozen=True, slots=True)
class RowCounts:
    """The rows of a check in four groups that do not overlap."""

    ready: int
    """Sent as they are: nothing to say about them."""
    noted: int
    """Sent, with a note (a leading 0 put back, an extension left out, a long name …)."""
    invalid: int
    """Cannot be sent until fixed."""
    duplicates: int
    """Not sent: another row has the same number and is imported instead."""

    @property
    def rows(self) -> int:
        """All data rows."""
        return self.ready + self.noted + self.invalid + self.duplicates

    @property
    def to_send(self) -> int:
        """The rows that will be sent (ready, with a note or not)."""
        return self.ready + self.noted

    def as_json(self) -> dict[str, int]:
        """The counts under the keys ``check --json`` prints."""
        return {
            "rows": self.rows,
            "ready": self.ready,
            "ready_with_note": self.noted,
            "invalid": self.invalid,
            "duplicates": self.duplicates,
            "to_send": self.to_send,
        }


def count_rows(status: bytearray, rows_with_issues: Iterable[int]) -> RowCounts:
    """The :class:`RowCounts` of rows with ``status``; a ready row with any issue (only
    warnings keep a row ready) counts as ready with a note."""
    noted = sum(status[index] == _READY for index in rows_with_issues)
    ready = status.count(_READY)
    return RowCounts(
        ready - noted,
        noted,
        status.count(RowStatus.INVALID.value),
        status.count(RowStatus.DUPLICATE.value),
    )
