"""The outcome of checking a sheet, held column by column (compact for a million rows)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from importer.issues import Issue, RowStatus
from importer.mapping import Mapping
from importer.sources.base import CellValue


@dataclass
class CheckResult:
    """Mapped values and verdicts for every data row of one sheet.

    Index ``i`` in every list refers to the same data row; ``row_numbers[i]`` is the row number
    the user sees in Excel. Only the mapped columns are kept.
    """

    path: Path
    sheet: str
    header_row: int
    headers: list[str]
    mapping: Mapping
    country: str
    duplicates_policy: str
    row_numbers: list[int] = field(default_factory=list)
    raw_phones: list[CellValue] = field(default_factory=list)
    phones: list[str | None] = field(default_factory=list)
    names: list[str | None] = field(default_factory=list)
    extras: dict[str, list[CellValue]] = field(default_factory=dict)
    status: bytearray = field(default_factory=bytearray)
    issues: dict[int, list[Issue]] = field(default_factory=dict)
    """Data-row index → its issues (errors and warnings); rows without issues are absent."""

    def __len__(self) -> int:
        return len(self.row_numbers)

    def count(self, status: RowStatus) -> int:
        """How many rows have ``status``."""
        return self.status.count(status)
