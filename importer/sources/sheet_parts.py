"""A big xlsx sheet cut into parts that calamine reads one after the other.

calamine only loads whole sheets: a million-row sheet is hundreds of MB of XML, parsed in one
call of several seconds before the first row can be checked, then held whole, then freed in one
call that holds the GIL for ~100 ms (a visible freeze of the wizard). Cut into parts of a few
MB of rows — each an in-memory copy of the workbook whose sheet holds only those rows, as
:mod:`importer.sources.sheet_head` makes for the preview — the sheet is parsed, held and freed a
part at a time, and the next part can be parsed while the current one is checked.

Only sheets whose every row element starts ``<row r="N"`` are cut (Excel, LibreOffice, Google
Sheets and the Python writers all write them so): calamine places a part's rows by those
numbers, so they keep their place in the sheet. Any other sheet raises :class:`Uncuttable`
and is loaded whole. Each part is extent-checked before calamine reads it, as a whole sheet
is. Row numbers must strictly ascend, as the file format requires: a row out of order or
repeated would be placed or merged within its part, so such a sheet is reported as damaged.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Generator, Iterator
from itertools import pairwise
from pathlib import Path
from typing import NamedTuple

from importer.i18n import _
from importer.sources.damaged import SHEET_DAMAGED, damaged
from importer.sources.sheet_extent import check_part_extent, sheet_part
from importer.sources.sheet_head import other_parts, workbook_copy

PART_BYTES = 8 * 1024 * 1024
"""Sheet XML per part: ~20,000 rows of 7 columns; calamine turns one into Python rows in
~40 ms."""
MIN_CUT_BYTES = 64 * 1024 * 1024
"""Smaller sheets (~175,000 rows of 7 columns) are loaded whole: in parts they are checked no
faster and the parts in flight cost more memory than the whole sheet (100,000 messy rows,
medians of 4 runs alternated: 2.8 s in parts, 2.9 s whole; peak 217 MB against 122 MB)."""
SHARED_STRINGS_FACTOR = 8
"""A part holds at least this many times the bytes of the shared strings: every copy carries
them and calamine parses them again for each part, which then costs at most an eighth more."""
_CHUNK = 1024 * 1024
_ROW = b'<row r="'
_ROW_NUMBER = re.compile(rb'<row r="(\d+)"')
_ANY_ROW = b"<row"
_SHEET_DATA = b"<sheetData"
_SHEET_DATA_END = b"</sheetData>"
_CLOSING = b"</sheetData></worksheet>"


class Uncuttable(Exception):
    """The sheet is not laid out as the cutting expects: load it whole instead."""


class UnorderedRows(ValueError):
    """Row numbers that do not strictly ascend, which the file format does not allow."""


def part_size(path: Path, sheet_index: int) -> int | None:
    """The bytes of sheet XML per part for sheet ``sheet_index``; ``None`` when the sheet is
    better loaded whole (below :data:`MIN_CUT_BYTES` or one part) or cannot be found."""
    with zipfile.ZipFile(path) as archive:
        member = sheet_part(archive, sheet_index)
        if member is None:
            return None
        strings = sum(
            info.file_size
            for info in archive.infolist()
            if info.filename.lower().endswith("sharedstrings.xml")
        )
        part_bytes = max(PART_BYTES, SHARED_STRINGS_FACTOR * strings)
        size = archive.getinfo(member).file_size
        return None if size <= max(part_bytes, MIN_CUT_BYTES) else part_bytes


def part_copies(
    path: Path, sheet_index: int, sheet_name: str, part_bytes: int
) -> Generator[io.BytesIO, None, None]:
    """Workbooks (in memory) holding the rows of sheet ``sheet_index``, about ``part_bytes``
    bytes of XML each, in order.

    Raises :class:`Uncuttable` for a sheet laid out otherwise, ``ResourceLimitError`` for a
    part spanning too many cells and ``CorruptFileError`` for a damaged file.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            member = sheet_part(archive, sheet_index)
            if member is None:
                raise Uncuttable("the sheet's part is not found")
            others = other_parts(archive, member)
            with archive.open(member) as stream:
                for part in cut_sheet(iter(lambda: stream.read(_CHUNK), b""), part_bytes):
                    check_part_extent(path, part.xml, part.last_row, sheet_name)
                    copy = workbook_copy(others, member, part.xml)
                    del part
                    yield copy
    except UnorderedRows as exc:
        raise damaged(path, exc, message=_(SHEET_DAMAGED), sheet=sheet_name) from None
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError) as exc:
        raise damaged(path, exc, sheet=sheet_name) from None


class SheetPart(NamedTuple):
    """A whole sheet document holding some of the sheet's rows."""

    xml: bytes
    last_row: int
    """The number of its last row element (0 when it holds none)."""


def cut_sheet(chunks: Iterator[bytes], part_bytes: int) -> Iterator[SheetPart]:
    """The sheet XML read from ``chunks`` as whole sheet documents of about ``part_bytes``
    bytes of rows each, cut before a ``<row r="N"`` element.

    Raises :class:`UnorderedRows` when row numbers do not strictly ascend (a part's rows are
    placed by calamine, so a row out of order or repeated would be read out of place or
    merged), :class:`Uncuttable` for rows not all numbered so, or no place to cut.
    """
    data = bytearray()
    header = b""
    last = 0
    for chunk in chunks:
        searched = max(0, len(data) - len(_SHEET_DATA_END))
        data += chunk
        if not header:
            found = data.find(_SHEET_DATA)
            opened = data.find(b">", found) if found >= 0 else -1
            if opened < 0:
                if len(data) > part_bytes:
                    raise Uncuttable("no sheetData element near the start")
                continue
            if data[opened - 1 : opened] == b"/":
                raise Uncuttable("an empty sheetData element")
            header = bytes(data[: opened + 1])
            del data[: opened + 1]
            searched = 0
        end = data.find(_SHEET_DATA_END, searched)
        rows_end = len(data) if end < 0 else end
        while rows_end > part_bytes:
            cut = data.rfind(_ROW, 1, part_bytes + len(_ROW))
            if cut <= 0:
                cut = data.find(_ROW, part_bytes, rows_end)
            if cut <= 0:
                break
            last = _check_rows(data[:cut], last)
            yield SheetPart(b"".join((header, data[:cut], _CLOSING)), last)
            del data[:cut]
            rows_end -= cut
        if end >= 0:
            last = _check_rows(data[:rows_end], last)
            yield SheetPart(b"".join((header, data[:rows_end], _CLOSING)), last)
            return
        if len(data) > 2 * part_bytes:
            raise Uncuttable("no row element to cut before")
    raise Uncuttable("the sheetData element does not end")


def _check_rows(rows: bytearray, after: int) -> int:
    """The number of the last row element of ``rows``, checked: all numbered (else
    :class:`Uncuttable`) and strictly ascending after ``after`` (else :class:`UnorderedRows`)."""
    numbers = list(map(int, _ROW_NUMBER.findall(rows)))
    if any(b <= a for a, b in pairwise([after, *numbers])):
        raise UnorderedRows("row elements out of order or repeated")
    if len(numbers) != rows.count(_ANY_ROW):
        raise Uncuttable("a row element without its number first")
    return numbers[-1] if numbers else after
