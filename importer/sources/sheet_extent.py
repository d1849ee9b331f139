"""Measure an xlsx sheet's real extent before calamine allocates its whole grid.

calamine builds a dense grid from the first to the last cell of a sheet, so two cells at A1
and XFD1048576 would ask for 17 billion cells and abort the process. The sheet XML is scanned
(streamed, never held whole) for the highest row and column actually used.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

from importer.columns import MAX_COLUMNS, column_index
from importer.errors import CorruptFileError, ResourceLimitError
from importer.i18n import _, format_count
from importer.sources.damaged import damaged

MAX_CELL_AREA = 16_000_000
"""Rows × columns calamine may allocate (~0.5 GB): e.g. 1,048,576 rows × 15 columns."""
MAX_WORKBOOK_XML = 16 * 1024 * 1024
_CHUNK = 1024 * 1024
_ROW_NUMBER = re.compile(rb"<row r=\"(\d+)\"")
_ANY_ROW_NUMBER = re.compile(rb"<(?:\w+:)?row\b[^>]*?\sr=\"(\d+)\"")
_BIG_VALUE_CELL = re.compile(rb"r=\"(?:[A-Z]{2,3}|[P-Z]|[A-O]\d{7})[^>/]*>")
"""A value cell in a column from P on or a row from 1,000,000 on: only such cells can take a
sheet past the limit (15 columns × 999,999 rows < 16M), so only chunks holding one are read
cell by cell. calamine places a cell by its own reference, whatever its row element says.
Kept to a literal prefix so the regex engine can skip ahead quickly."""
_VALUE_CELL = re.compile(rb"r=\"([A-Z]{1,3})(\d+)\"[^>/]*>")
_OVERLAP = 256
_VALUE_ENDS = (b"</v>", b"</t>", b"</is>")
_NARROW_COLUMNS = 15
"""Columns up to O are not told apart: the scan assumes 15, which is safe under the limit."""
_REL_NS = "relationships"


def check_sheet_extent(path: Path, sheet_index: int, sheet_name: str) -> None:
    """Raise :class:`ResourceLimitError` if sheet ``sheet_index`` spans too many cells."""
    try:
        with zipfile.ZipFile(path) as archive:
            part = sheet_part(archive, sheet_index)
            if part is not None:
                check_member_extent(path, archive, part, sheet_name)
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise _damaged(path, sheet_name, exc) from None


def check_member_extent(path: Path, archive: zipfile.ZipFile, member: str, sheet_name: str) -> None:
    """Raise :class:`ResourceLimitError` if the sheet XML ``member`` spans too many cells."""
    try:
        with archive.open(member) as stream:
            rows, columns = _scan_extent(iter(lambda: stream.read(_CHUNK), b""))
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise _damaged(path, sheet_name, exc) from None
    _check_area(path, rows, columns, sheet_name)


def check_part_extent(path: Path, xml: bytes, last_row: int, sheet_name: str) -> None:
    """Raise :class:`ResourceLimitError` if ``xml``, a part of a sheet held in memory (see
    :mod:`importer.sources.sheet_parts`) whose row elements ascend up to ``last_row``, spans too
    many cells."""
    rows, columns = _big_cells(xml)
    rows = max(rows, _last_value_row(xml, last_row))
    _check_area(path, rows, max(columns, _NARROW_COLUMNS), sheet_name)


def too_many_columns(path: Path, columns: int, sheet_name: str) -> ResourceLimitError:
    """The error for a sheet of ``columns`` columns, past Excel's last column (XFD)."""
    return ResourceLimitError(
        path,
        _(
            "The sheet has {columns} columns, more than a spreadsheet can have (Excel stops at "
            "{limit}, column XFD)."
        ).format(columns=format_count(columns), limit=format_count(MAX_COLUMNS)),
        hint=_(
            "Delete the columns right of the data (or copy the data to a new sheet), save, and "
            "try again."
        ),
        sheet=sheet_name,
    )


def _check_area(path: Path, rows: int, columns: int, sheet_name: str) -> None:
    if rows * columns > MAX_CELL_AREA:
        raise ResourceLimitError(
            path,
            _(
                "The sheet spans {rows} rows × {columns} columns, more than the program can "
                "read safely."
            ).format(rows=format_count(rows), columns=format_count(columns)),
            hint=_(
                "Delete the unused rows and columns far below or right of the data (or copy the "
                "data to a new sheet), save, and try again."
            ),
            sheet=sheet_name,
        )
    if columns > MAX_COLUMNS:
        raise too_many_columns(path, columns, sheet_name)


def sheet_part(archive: zipfile.ZipFile, index: int) -> str | None:
    """The zip member holding the ``index``-th sheet of xl/workbook.xml, if it can be found.

    A workbook.xml or relationships part that is not XML raises ``zipfile.BadZipFile``.
    """
    names = {info.filename.replace("\\", "/"): info.filename for info in archive.infolist()}
    try:
        return _sheet_part(archive, names, index)
    except ET.ParseError as exc:
        raise zipfile.BadZipFile(str(exc)) from None


def _damaged(path: Path, sheet_name: str, exc: BaseException) -> CorruptFileError:
    return damaged(path, exc, sheet=sheet_name)


def _sheet_part(archive: zipfile.ZipFile, names: dict[str, str], index: int) -> str | None:
    """The zip member holding the ``index``-th sheet of xl/workbook.xml, if it can be found."""
    workbook = _read_small(archive, names, "xl/workbook.xml")
    rels = _read_small(archive, names, "xl/_rels/workbook.xml.rels")
    if workbook is None or rels is None:
        return None
    targets = {
        rel.get("Id"): rel.get("Target", "")
        for rel in ET.fromstring(rels).iter()
        if rel.tag.endswith("Relationship")
    }
    sheets = [el for el in ET.fromstring(workbook).iter() if _local(el.tag) == "sheet"]
    if index >= len(sheets):
        return None
    rel_id = next(
        (v for k, v in sheets[index].attrib.items() if _REL_NS in k and k.endswith("}id")), None
    )
    target = targets.get(rel_id, "").replace("\\", "/")
    if not target:
        return None
    full = target.lstrip("/") if target.startswith("/") else str(PurePosixPath("xl") / target)
    return names.get(full)


def _scan_extent(chunks: Iterable[bytes]) -> tuple[int, int]:
    """(last row holding a value, widest column holding a value), erring on the large side.

    Styled but empty cells (``<c r="XFD9" s="1"/>``) do not count: calamine skips them too.
    When row numbers are not in ascending order the highest row tag counts instead; a value
    cell far below or right of its row element counts by its own reference.
    """
    last_value_row = 0
    highest_row = 0
    ascending = True
    max_column = _NARROW_COLUMNS
    cell_row = 0
    tail = b""
    for chunk in chunks:
        data = tail + chunk
        numbers = [int(n) for n in _ROW_NUMBER.findall(data)]
        if chunk.count(b"<row") > len(numbers):
            numbers = [int(n) for n in _ANY_ROW_NUMBER.findall(data)]
        if numbers:
            ascending = ascending and numbers[0] >= highest_row and numbers == sorted(numbers)
            highest_row = max(highest_row, numbers[-1], max(numbers))
        last_value_row = max(last_value_row, _last_value_row(data, highest_row))
        rows, columns = _big_cells(data)
        cell_row, max_column = max(cell_row, rows), max(max_column, columns)
        tail = data[-_OVERLAP:]
    return max(last_value_row if ascending else highest_row, cell_row), max_column


def _big_cells(data: bytes) -> tuple[int, int]:
    """(highest row, widest column) of the value cells in ``data`` if one of them is in a
    column from P on or a row from 1,000,000 on; (0, 0) otherwise."""
    if _BIG_VALUE_CELL.search(data) is None:
        return 0, 0
    rows = columns = 0
    for letters, digits in _VALUE_CELL.findall(data):
        rows = max(rows, int(digits))
        columns = max(columns, column_index(letters.decode()) + 1)
    return rows, columns


def _last_value_row(data: bytes, highest_row: int) -> int:
    """The row of the last value in ``data``, if rows are in order (0 when there is none)."""
    end = max(data.rfind(marker) for marker in _VALUE_ENDS)
    if end < 0:
        return 0
    start = data.rfind(b"<row", 0, end)
    match = _ANY_ROW_NUMBER.match(data, start) if start >= 0 else None
    return int(match.group(1)) if match else highest_row


def _read_small(archive: zipfile.ZipFile, names: dict[str, str], name: str) -> bytes | None:
    member = names.get(name)
    if member is None or archive.getinfo(member).file_size > MAX_WORKBOOK_XML:
        return None
    return archive.read(member)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]
