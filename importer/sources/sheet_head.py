"""The first rows of a big xlsx sheet, readable without loading the whole sheet.

calamine only loads whole sheets: a million-row sheet takes seconds and hundreds of MB before
the first row is seen. For a quick look (the preview, the default sheet), a copy of the
workbook is made in memory whose sheet XML is cut after its first rows; calamine reads that
copy exactly as it reads the original, so the rows are the same cells, parsed the same way.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from importer.sources.sheet_extent import check_member_extent, sheet_part

HEAD_ROWS = 1_000
"""Row elements kept in the copy: enough for header detection and a preview."""
MIN_SHEET_BYTES = 4 * 1024 * 1024
"""Smaller sheets are loaded whole at once: cutting them would not save time."""
MAX_OTHER_PART_BYTES = 1024 * 1024
"""Other big parts (other sheets, images) are left out of the copy; calamine does not read
them before their sheet is asked for."""
_CHUNK = 256 * 1024
_TAIL = 16
"""Bytes at the end of what was read that may hold a tag cut in two: looked at next time."""
_ROW_START = re.compile(rb"<(?:\w+:)?row\b")
_SHEET_DATA = re.compile(rb"<(\w+:)?sheetData\b")
_SHEET_DATA_END = re.compile(rb"</(?:\w+:)?sheetData>")
_KEEP_WHOLE = ("sharedstrings.xml", "styles.xml", "workbook.xml", ".rels")


def head_copy(path: Path, sheet_index: int, sheet_name: str) -> bytes | None:
    """An xlsx workbook (bytes) like ``path`` whose sheet ``sheet_index`` holds only its first
    :data:`HEAD_ROWS` rows; ``None`` when the sheet is small enough to load whole.

    The cut sheet goes through the same extent check as a whole sheet. Raises
    ``zipfile.BadZipFile``/``OSError`` when the file cannot be read (callers then load the sheet
    whole, which reports the damage properly).
    """
    with zipfile.ZipFile(path) as archive:
        part = sheet_part(archive, sheet_index)
        if part is None or archive.getinfo(part).file_size < MIN_SHEET_BYTES:
            return None
        head = _cut_sheet(archive, part)
        if head is None:
            return None
        buffer = workbook_copy(other_parts(archive, part), part, head)
        with zipfile.ZipFile(buffer) as cut:
            check_member_extent(path, cut, part, sheet_name)
    return buffer.getvalue()


def other_parts(archive: zipfile.ZipFile, sheet: str) -> list[tuple[str, bytes]]:
    """(name, content) of the parts of ``archive`` other than ``sheet`` that a copy of the
    workbook must hold."""
    return [
        (info.filename, archive.read(info))
        for info in archive.infolist()
        if info.filename != sheet
        and (info.file_size <= MAX_OTHER_PART_BYTES or info.filename.lower().endswith(_KEEP_WHOLE))
    ]


def workbook_copy(others: list[tuple[str, bytes]], sheet: str, xml: bytes) -> io.BytesIO:
    """A stored (uncompressed) zip, in memory, holding ``others`` and ``xml`` as ``sheet``."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as copy:
        for name, content in others:
            copy.writestr(name, content)
        copy.writestr(sheet, xml)
    buffer.seek(0)
    return buffer


def _cut_sheet(archive: zipfile.ZipFile, member: str) -> bytes | None:
    """The sheet XML up to its (HEAD_ROWS + 1)-th row, closed properly; ``None`` when the
    sheet has no more rows than that (or is not laid out as expected)."""
    data = bytearray()
    opening: re.Match[bytes] | None = None
    position = seen = 0
    with archive.open(member) as stream:
        while chunk := stream.read(_CHUNK):
            data += chunk
            if opening is None:
                opening = _SHEET_DATA.search(data)
                if opening is None:
                    continue
                position = opening.end()
            end = _SHEET_DATA_END.search(data, position)
            for match in _ROW_START.finditer(
                data, position, end.start() if end else len(data) - _TAIL
            ):
                if seen == HEAD_ROWS:
                    prefix = (opening.group(1) or b"").decode("ascii")
                    closing = f"</{prefix}sheetData></{prefix}worksheet>".encode("ascii")
                    return bytes(data[: match.start()]) + closing
                seen += 1
                position = match.end()
            if end is not None:
                return None
    return None
