"""What every spreadsheet reader provides: sheets, then rows of normalized cell values."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Protocol

CellValue = str | int | float | bool | None
"""A cell after normalization: text stripped, integral floats as int, dates as ISO 8601 text."""

Row = tuple[int, list[CellValue]]
"""A row as the user sees it in Excel: (1-based row number, values from column A on)."""


class Format(StrEnum):
    """The formats a file's content can be read as."""

    XLSX = "xlsx"
    XLS = "xls"
    ODS = "ods"
    CSV = "csv"
    VCARD = "vcf"


@dataclass(frozen=True, slots=True)
class SheetInfo:
    """One sheet of a workbook (a CSV file has exactly one)."""

    name: str
    index: int
    hidden: bool = False


class Source(Protocol):
    """An open spreadsheet. Readers stream: rows are produced one at a time."""

    path: Path
    kind: Format
    """The format the content was read as (its value is the short name shown to users)."""

    def sheets(self) -> list[SheetInfo]:
        """All sheets in workbook order (chart sheets excluded)."""
        ...

    def iter_rows(self, sheet: str | None = None) -> Iterator[Row]:
        """Stream the rows of ``sheet`` (default: first visible sheet), blank rows skipped.

        Trailing empty cells are dropped from each row. Raises a :class:`SourceError`
        subclass, naming file, sheet and row, when the data cannot be read.
        """
        ...

    def close(self) -> None:
        """Release the file handle."""
        ...
