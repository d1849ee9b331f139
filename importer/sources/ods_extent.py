"""Measure an .ods workbook's real extent before calamine expands its repeated rows and cells.

OpenDocument stores "this row 1,000,000 times" or "this cell 16,384 times" as one element
with a repeat count; calamine expands them into a dense grid when the workbook is opened, so
a file of a few hundred bytes can ask for gigabytes. content.xml is scanned first (streamed,
never held whole); only repeats up to the last cell holding a value count, as for calamine.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from pathlib import Path

from importer.columns import MAX_COLUMNS
from importer.errors import ResourceLimitError
from importer.i18n import _, format_count
from importer.sources.damaged import damaged
from importer.sources.sheet_extent import MAX_CELL_AREA, too_many_columns

_CHUNK = 1024 * 1024
_TAG = re.compile(
    rb"<(/?)table:(table-row|table-cell|covered-table-cell|table)(?=[\s/>])([^>]*?)(/?)>", re.DOTALL
)
_NAME = re.compile(rb'table:name="([^"]*)"')
_ROWS = re.compile(rb'number-rows-repeated="(\d+)"')
_COLUMNS = re.compile(rb'number-columns-repeated="(\d+)"')
_VALUE = re.compile(rb"value-type=")


class _Table:
    """Running extent of one table while its rows stream past."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.rows = 0
        self.last_row = 0
        self.width = 0
        self.row_repeat = 1
        self.column = 0
        self.last_column = 0

    def start_row(self, attributes: bytes) -> None:
        self.row_repeat = _count(_ROWS, attributes)
        self.column = self.last_column = 0

    def cell(self, attributes: bytes, empty_element: bool) -> None:
        self.column += _count(_COLUMNS, attributes)
        if not empty_element or _VALUE.search(attributes):
            self.last_column = self.column

    def end_row(self) -> None:
        self.rows += self.row_repeat
        if self.last_column:
            self.last_row = self.rows
            self.width = max(self.width, self.last_column)


def check_ods_extent(path: Path) -> None:
    """Raise :class:`ResourceLimitError` if a table of the .ods at ``path`` spans too many
    cells once its repeated rows and cells are expanded."""
    try:
        with zipfile.ZipFile(path) as archive, archive.open("content.xml") as stream:
            _scan(path, stream.read)
    except (KeyError, zipfile.BadZipFile, OSError, EOFError) as exc:
        raise damaged(
            path, exc, hint=_("Open it in LibreOffice, save it again, and try again.")
        ) from None


def _scan(path: Path, read: Callable[[int], bytes]) -> None:
    table: _Table | None = None
    tail = b""
    while chunk := read(_CHUNK):
        data = tail + chunk
        end = data.rfind(b"<")
        end = len(data) if end < 0 or data.find(b">", end) >= 0 else end
        for match in _TAG.finditer(data, 0, end):
            closing, kind, attributes, empty = match.groups()
            if kind == b"table":
                if not closing:
                    _check(path, table)
                    name = _NAME.search(attributes)
                    table = _Table(name.group(1).decode("utf-8", "replace") if name else "")
            elif table is None:
                continue
            elif kind == b"table-row":
                if closing:
                    table.end_row()
                else:
                    table.start_row(attributes)
            elif not closing:
                table.cell(attributes, bool(empty))
        tail = data[end:]
    _check(path, table)


def _check(path: Path, table: _Table | None) -> None:
    if table is None:
        return
    if table.last_row * table.width <= MAX_CELL_AREA:
        if table.width > MAX_COLUMNS:
            raise too_many_columns(path, table.width, table.name)
        return
    raise ResourceLimitError(
        path,
        _(
            "The sheet spans {rows} rows × {columns} columns once its repeated rows and "
            "cells are expanded, more than the program can read safely."
        ).format(rows=format_count(table.last_row), columns=format_count(table.width)),
        hint=_(
            "Delete the unused rows and columns far below or right of the data (or copy the "
            "data to a new sheet), save, and try again."
        ),
        sheet=table.name,
    )


def _count(pattern: re.Pattern[bytes], attributes: bytes) -> int:
    match = pattern.search(attributes)
    return int(match.group(1)) if match else 1
