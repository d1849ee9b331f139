"""Measure a legacy .xls sheet's extent before calamine allocates its whole grid.

calamine reserves rows × columns cells from a sheet's DIMENSIONS record and from the
positions of its value cells, so a crafted (or odd) file with cells far apart would ask for
gigabytes and abort the process. The sheet's BIFF records are scanned first (blank cells do
not count: calamine skips them). The workbook stream is taken out of its OLE2 compound file by
olefile, in its strict mode: a chain that loops or a stream larger than the file is refused as
damaged instead of being read on, so what is read never exceeds the file's own size.
"""

from __future__ import annotations

import struct
from pathlib import Path

import olefile

from importer.columns import MAX_COLUMNS
from importer.errors import ResourceLimitError
from importer.i18n import _, format_count
from importer.sources.damaged import damaged
from importer.sources.sheet_extent import MAX_CELL_AREA, too_many_columns

_BOF = 0x0809
_EOF = 0x000A
_BOUNDSHEET = 0x0085
_DIMENSIONS = 0x0200
_FILEPASS = 0x002F
"""The workbook is encrypted: record data is unreadable, and calamine refuses it anyway."""
_MULRK = 0x00BD
_VALUE_CELLS = frozenset({0x0006, 0x0206, 0x0406, 0x0203, 0x0204, 0x0205, 0x00FD, 0x027E, 0x00D6})
"""FORMULA (three BIFF versions), NUMBER, LABEL, BOOLERR, LABELSST, RK, RSTRING."""
_HEAD = struct.Struct("<HH")
_CELL = struct.Struct("<HH")
_OFFSET = struct.Struct("<I")


def check_xls_extent(path: Path) -> None:
    """Raise :class:`ResourceLimitError` if any sheet of the .xls at ``path`` would span too
    many cells (calamine reads every sheet when the workbook is opened)."""
    try:
        stream = _workbook_stream(path)
    except (OSError, ValueError, struct.error) as exc:  # olefile's errors are OSErrors
        raise damaged(path, exc) from None
    if stream is None:
        return
    for name, offset in _sheets(stream):
        rows, columns = _sheet_extent(stream, offset)
        if rows * columns > MAX_CELL_AREA:
            raise ResourceLimitError(
                path,
                _(
                    "The sheet spans {rows} rows × {columns} columns, more than the program "
                    "can read safely."
                ).format(rows=format_count(rows), columns=format_count(columns)),
                hint=_(
                    "Delete the unused rows and columns far below or right of the data (or "
                    "copy the data to a new sheet), save as .xlsx, and try again."
                ),
                sheet=name,
            )
        if columns > MAX_COLUMNS:
            raise too_many_columns(path, columns, name)


def _workbook_stream(path: Path) -> bytes | None:
    """The BIFF8 "Workbook" (or BIFF5 "Book") stream of the .xls at ``path``, if it has one."""
    with olefile.OleFileIO(str(path), raise_defects=olefile.DEFECT_INCORRECT) as ole:
        for name in ("Workbook", "Book"):
            if ole.exists(name):
                data: bytes = ole.openstream(name).read()
                return data
    return None


def _records(stream: bytes, offset: int) -> list[tuple[int, int, int]]:
    """(type, data offset, data length) from ``offset`` to the end of the substream there."""
    found = []
    depth = 0
    end = len(stream) - _HEAD.size
    while offset <= end:
        kind, length = _HEAD.unpack_from(stream, offset)
        found.append((kind, offset + 4, length))
        offset += 4 + length
        if kind == _BOF:
            depth += 1
        elif kind == _EOF:
            depth -= 1
            if depth <= 0:
                break
    return found


def _sheets(stream: bytes) -> list[tuple[str, int]]:
    """(name, substream offset) of each BOUNDSHEET record, in workbook order."""
    records = _records(stream, 0)
    if any(kind == _FILEPASS for kind, _size, _data in records):
        return []
    biff8 = bool(records) and records[0][2] >= 2 and stream[records[0][1] + 1] >= 0x06
    return [
        (
            _sheet_name(stream[start + 6 : start + length], biff8),
            _OFFSET.unpack_from(stream, start)[0],
        )
        for kind, start, length in records
        if kind == _BOUNDSHEET and length >= 7
    ]


def _sheet_name(data: bytes, biff8: bool) -> str:
    count = data[0]
    if not biff8:
        return data[1 : 1 + count].decode("cp1252", "replace")
    if len(data) > 1 and data[1] & 1:
        return data[2 : 2 + 2 * count].decode("utf-16-le", "replace")
    return data[2 : 2 + count].decode("latin-1")


def _sheet_extent(stream: bytes, offset: int) -> tuple[int, int]:
    """(rows, columns) calamine would reserve for the substream at ``offset``: the larger of
    what its DIMENSIONS record declares and what its value cells span."""
    if offset >= len(stream):
        return 0, 0
    declared = (0, 0)
    first_row = first_column = 1 << 32
    last_row = last_column = -1
    for kind, start, length in _records(stream, offset):
        if kind == _DIMENSIONS:
            declared = max(declared, _dimensions(stream, start, length), key=_area)
            continue
        if kind in _VALUE_CELLS and length >= 4:
            row, column = _CELL.unpack_from(stream, start)
            end_column = column
        elif kind == _MULRK and length >= 6:
            row, column = _CELL.unpack_from(stream, start)
            end_column = struct.unpack_from("<H", stream, start + length - 2)[0]
        else:
            continue
        first_row, last_row = min(first_row, row), max(last_row, row)
        first_column, last_column = min(first_column, column), max(last_column, end_column)
    if last_row < 0:
        return declared
    spanned = (last_row - first_row + 1, last_column - first_column + 1)
    return max(declared, spanned, key=_area)


def _area(extent: tuple[int, int]) -> int:
    return extent[0] * extent[1]


def _dimensions(stream: bytes, start: int, length: int) -> tuple[int, int]:
    """(rows, columns) a DIMENSIONS record declares (BIFF8: 32-bit rows; BIFF5: 16-bit)."""
    if length >= 14:
        first_row, end_row, first_column, end_column = struct.unpack_from("<IIHH", stream, start)
    elif length >= 8:
        first_row, end_row, first_column, end_column = struct.unpack_from("<HHHH", stream, start)
    else:
        return 0, 0
    return max(end_row - first_row, 0), max(end_column - first_column, 0)
