"""Readers: open any supported file (spreadsheet, CSV, vCard) and stream rows of normalized
cells.

:func:`open_source` picks the reader by content (:mod:`.detect`): :mod:`.workbook_source`
(xlsx, xls, ods through python-calamine), :mod:`.csv_source` (with :mod:`.text_encoding` and
:mod:`.csv_dialect`), :mod:`.vcard_source`. Size guards run before a workbook is loaded
(:mod:`.zip_guard`, :mod:`.sheet_extent`, :mod:`.ods_extent`, :mod:`.xls_extent`);
:mod:`.table` finds the header row; :mod:`.cells` normalizes every value.
"""

from __future__ import annotations

from pathlib import Path
from types import TracebackType
from typing import Protocol, Self

from importer.sources.base import CellValue, Format, Row, SheetInfo, Source
from importer.sources.csv_source import CsvSource
from importer.sources.detect import detect_format
from importer.sources.vcard_source import VcardSource
from importer.sources.workbook_source import WorkbookSource

__all__ = ["CellValue", "Format", "OpenedSource", "Row", "SheetInfo", "Source", "open_source"]


class OpenedSource(Source, Protocol):
    """What :func:`open_source` returns: a :class:`Source` usable in a ``with`` block."""

    def default_sheet(self) -> str:
        """The sheet read when none is chosen: the first visible sheet with data."""
        ...

    def __enter__(self) -> Self: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None: ...


def open_source(path: str | Path) -> OpenedSource:
    """Open ``path`` by what its content is (not its extension).

    Raises a :class:`importer.errors.SourceError` subclass with a plain-language message when
    the file is empty, encrypted, damaged, too large to read safely, or not a spreadsheet.
    """
    file_path = Path(path)
    detected = detect_format(file_path)
    if detected is Format.CSV:
        return CsvSource(file_path)
    if detected is Format.VCARD:
        return VcardSource(file_path)
    return WorkbookSource(file_path, detected)
