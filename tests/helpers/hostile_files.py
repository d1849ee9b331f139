"""Generators of hostile and broken spreadsheets, built byte by byte so tests stay small.

OLE2 containers (a password-protected xlsx, a legacy .xls with far-apart cells), OpenDocument
sheets with huge repeat counts, and zip bombs whose deflate stream is repeated rather than
computed, so a "4 GB" sheet costs the test a few megabytes and milliseconds.
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from collections.abc import Sequence
from pathlib import Path

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_SECTOR = 512
_END_OF_CHAIN = 0xFFFFFFFE
_FAT_SECTOR = 0xFFFFFFFD
_FREE = 0xFFFFFFFF
_NO_STREAM = 0xFFFFFFFF
_MIN_STREAM = 4096
"""Streams this long or longer live in ordinary sectors (no mini stream needed)."""

_OOXML = "application/vnd.openxmlformats"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    f'<Default Extension="rels" ContentType="{_OOXML}-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    f'ContentType="{_OOXML}-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    f'ContentType="{_OOXML}-officedocument.spreadsheetml.worksheet+xml"/>'
    "</Types>"
)
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
)
SHEET_START = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
)
SHEET_END = b"</sheetData></worksheet>"
SHEET_MEMBER = "xl/worksheets/sheet1.xml"


# --- OLE2 (compound file) ---------------------------------------------------------------------


def ole2_container(streams: dict[str, bytes]) -> bytes:
    """A minimal version-3 compound file holding ``streams`` at the root (up to ~60 KB)."""
    names = sorted(streams, key=lambda name: (len(name), name.upper()))
    datas = [streams[name].ljust(_MIN_STREAM, b"\x00") for name in names]
    fat = [_FAT_SECTOR, _END_OF_CHAIN]
    starts = []
    for data in datas:
        count = -(-len(data) // _SECTOR)
        first = len(fat)
        starts.append(first)
        fat.extend(range(first + 1, first + count))
        fat.append(_END_OF_CHAIN)
    if len(fat) > _SECTOR // 4:
        raise ValueError("streams too large for a one-sector FAT")
    fat.extend([_FREE] * (_SECTOR // 4 - len(fat)))
    entries = [_dir_entry("Root Entry", 5, child=1 if names else _NO_STREAM, start=_END_OF_CHAIN)]
    for position, (name, data, start) in enumerate(zip(names, datas, starts, strict=True)):
        right = position + 2 if position + 1 < len(names) else _NO_STREAM
        entries.append(_dir_entry(name, 2, right=right, start=start, size=len(data)))
    directory = b"".join(entries).ljust(_SECTOR * (-(-len(entries) * 128 // _SECTOR)), b"\x00")
    if len(directory) > _SECTOR:
        raise ValueError("at most three streams")
    header = struct.pack(
        "<8s16sHHHHH6sIIIIIIIII",
        OLE2_MAGIC,
        b"\x00" * 16,
        0x3E,
        3,
        0xFFFE,
        9,
        6,
        b"\x00" * 6,
        0,
        1,
        1,
        0,
        _MIN_STREAM,
        _END_OF_CHAIN,
        0,
        _END_OF_CHAIN,
        0,
    )
    header += struct.pack("<109I", 0, *([_FREE] * 108))
    body = (
        struct.pack(f"<{_SECTOR // 4}I", *fat)
        + directory
        + b"".join(data.ljust(_SECTOR * (-(-len(data) // _SECTOR)), b"\x00") for data in datas)
    )
    return header + body


def _dir_entry(
    name: str, kind: int, *, child: int = _NO_STREAM, right: int = _NO_STREAM, start: int, size=0
) -> bytes:
    encoded = (name + "\x00").encode("utf-16-le")
    return struct.pack(
        "<64sHBBIII16sI8s8sII",
        encoded,
        len(encoded),
        kind,
        1,
        _NO_STREAM,
        right,
        child,
        b"\x00" * 16,
        0,
        b"\x00" * 8,
        b"\x00" * 8,
        start,
        size,
    ) + struct.pack("<I", 0)


def write_encrypted_xlsx(path: Path) -> Path:
    """What Excel saves for a workbook with a password: an OLE2 box with an EncryptedPackage."""
    info = struct.pack("<HHI", 4, 4, 0x40) + b"<encryption/>"
    package = struct.pack("<Q", 2048) + bytes(range(256)) * 8
    path.write_bytes(ole2_container({"EncryptionInfo": info, "EncryptedPackage": package}))
    return path


# --- BIFF8 (.xls) -----------------------------------------------------------------------------


def xls_record(kind: int, data: bytes = b"") -> bytes:
    return struct.pack("<HH", kind, len(data)) + data


def _bof(kind: int) -> bytes:
    return xls_record(0x0809, struct.pack("<HHHHII", 0x0600, kind, 0x0DBB, 0x07CC, 0, 0x0006))


def write_xls(
    path: Path, cells: Sequence[tuple[int, int, float | str]], *, extra: bytes = b""
) -> Path:
    """A one-sheet BIFF8 workbook; ``cells`` are (0-based row, 0-based column, value).

    ``extra`` is raw records (see :func:`xls_record`) put before the cells.
    """
    name = b"Sheet1"
    sheet = _bof(0x0010) + extra
    for row, column, value in cells:
        if isinstance(value, str):
            text = value.encode("latin-1")
            sheet += xls_record(0x0204, struct.pack("<HHHHB", row, column, 0, len(text), 0) + text)
        else:
            sheet += xls_record(0x0203, struct.pack("<HHHd", row, column, 0, value))
    sheet += xls_record(0x000A)

    def globals_with(offset: int) -> bytes:
        return (
            _bof(0x0005)
            + xls_record(0x0042, struct.pack("<H", 1200))
            + xls_record(0x0085, struct.pack("<IBBBB", offset, 0, 0, len(name), 0) + name)
            + xls_record(0x000A)
        )

    globals_ = globals_with(len(globals_with(0)))
    path.write_bytes(ole2_container({"Workbook": globals_ + sheet}))
    return path


# --- OpenDocument (.ods) ----------------------------------------------------------------------


def write_ods(path: Path, table_xml: str) -> Path:
    """An .ods whose only table holds ``table_xml`` (table:table-row elements)."""
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        '<office:body><office:spreadsheet><table:table table:name="Sheet1">'
        f"{table_xml}</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
        '<manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            "mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED
        )
        archive.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
        archive.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
    return path


def ods_text_row(values: Sequence[str], repeat_row: int = 1, repeat_last_cell: int = 1) -> str:
    """One table row of text cells; the row and its last cell may carry repeat counts."""
    cells = []
    for position, value in enumerate(values):
        repeat = repeat_last_cell if position == len(values) - 1 else 1
        attr = f' table:number-columns-repeated="{repeat}"' if repeat > 1 else ""
        cells.append(
            f'<table:table-cell office:value-type="string"{attr}><text:p>{value}</text:p>'
            "</table:table-cell>"
        )
    row_attr = f' table:number-rows-repeated="{repeat_row}"' if repeat_row > 1 else ""
    return f"<table:table-row{row_attr}>{''.join(cells)}</table:table-row>"


# --- xlsx written by hand ---------------------------------------------------------------------


def write_raw_xlsx(path: Path, sheet_xml: bytes) -> Path:
    """A one-sheet xlsx whose sheet part is exactly ``sheet_xml`` (no styles, no strings)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        _write_package_parts(archive)
        archive.writestr(SHEET_MEMBER, sheet_xml)
    return path


def _write_package_parts(archive: zipfile.ZipFile) -> None:
    archive.writestr("[Content_Types].xml", CONTENT_TYPES)
    archive.writestr("_rels/.rels", ROOT_RELS)
    archive.writestr("xl/workbook.xml", WORKBOOK)
    archive.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)


def inline_cell(reference: str, text: str) -> bytes:
    """An inline-string cell, ``text`` escaped for XML."""
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f'<c r="{reference}" t="inlineStr"><is><t>{escaped}</t></is></c>'.encode()


# --- zip bombs --------------------------------------------------------------------------------


def write_xlsx_bomb(path: Path, inflated_size: int, *, declared_size: int | None = None) -> Path:
    """An xlsx whose sheet part inflates to ``inflated_size`` bytes of one huge text cell.

    The deflate stream of a 1 MiB chunk is computed once and repeated (full flushes make the
    blocks independent), so the file is ~1/1000 of ``inflated_size`` and built in
    milliseconds. ``declared_size`` makes the zip headers lie about the inflated size (the CRC
    then matches the declared prefix, as a crafted bomb's would).
    """
    head = SHEET_START + b'<row r="1"><c r="A1" t="inlineStr"><is><t>'
    tail = b"</t></is></c></row>" + SHEET_END
    chunk = b"A" * (1024 * 1024)
    repeats = max(1, (inflated_size - len(head) - len(tail)) // len(chunk))
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    start = compressor.compress(head) + compressor.flush(zlib.Z_FULL_FLUSH)
    block = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    end = compressor.compress(tail) + compressor.flush(zlib.Z_FINISH)
    compressed_size = len(start) + len(block) * repeats + len(end)
    real_size = len(head) + len(chunk) * repeats + len(tail)
    size = real_size if declared_size is None else declared_size
    crc = _crc_of_prefix(head, chunk, repeats, tail, size)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        _write_package_parts(archive)
    _append_raw_member(path, SHEET_MEMBER, crc, compressed_size, size, [start, block, end], repeats)
    return path


def _crc_of_prefix(head: bytes, chunk: bytes, repeats: int, tail: bytes, size: int) -> int:
    """CRC-32 of the first ``size`` bytes of head + chunk * repeats + tail."""
    crc = zlib.crc32(head[:size])
    left = size - len(head)
    chunk_crc_steps = 0
    while left > 0 and chunk_crc_steps < repeats:
        crc = zlib.crc32(chunk[:left], crc)
        left -= len(chunk)
        chunk_crc_steps += 1
    if left > 0:
        crc = zlib.crc32(tail[:left], crc)
    return crc


def _append_raw_member(
    path: Path,
    name: str,
    crc: int,
    compressed_size: int,
    size: int,
    parts: list[bytes],
    repeats: int,
) -> None:
    """Add a deflated member whose data is parts[0] + parts[1] * repeats + parts[2] (zip64)."""
    with zipfile.ZipFile(path) as archive:
        infos = archive.infolist()
    data = path.read_bytes()
    central_start = struct.unpack("<I", data[-6:-2])[0]
    locals_ = data[:central_start]
    central = data[central_start:-22]
    encoded = name.encode()
    extra = struct.pack("<HHQQ", 0x0001, 16, size, compressed_size)
    local_header = (
        struct.pack(
            "<4sHHHHHIIIHH",
            b"PK\x03\x04",
            45,
            0,
            8,
            0,
            0x21,
            crc,
            0xFFFFFFFF,
            0xFFFFFFFF,
            len(encoded),
            len(extra),
        )
        + encoded
        + extra
    )
    offset = len(locals_)
    with path.open("wb") as handle:
        handle.write(locals_)
        handle.write(local_header)
        handle.write(parts[0])
        for _ in range(repeats):
            handle.write(parts[1])
        handle.write(parts[2])
        central_offset = handle.tell()
        handle.write(central)
        central_extra = struct.pack("<HHQQQ", 0x0001, 24, size, compressed_size, offset)
        handle.write(
            struct.pack(
                "<4sHHHHHHIIIHHHHHII",
                b"PK\x01\x02",
                45,
                45,
                0,
                8,
                0,
                0x21,
                crc,
                0xFFFFFFFF,
                0xFFFFFFFF,
                len(encoded),
                len(central_extra),
                0,
                0,
                0,
                0,
                0xFFFFFFFF,
            )
            + encoded
            + central_extra
        )
        central_end = handle.tell()
        count = len(infos) + 1
        handle.write(
            struct.pack(
                "<4sQHHIIQQQQ",
                b"PK\x06\x06",
                44,
                45,
                45,
                0,
                0,
                count,
                count,
                central_end - central_offset,
                central_offset,
            )
        )
        handle.write(struct.pack("<4sIQI", b"PK\x06\x07", 0, central_end, 1))
        handle.write(
            struct.pack(
                "<4sHHHHIIH",
                b"PK\x05\x06",
                0,
                0,
                count,
                count,
                central_end - central_offset,
                central_offset,
                0,
            )
        )
