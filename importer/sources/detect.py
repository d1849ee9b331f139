"""Tell a file's format from its content (magic bytes), not from its extension."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from importer.errors import (
    CorruptFileError,
    EmptyFileError,
    EncryptedFileError,
    SourceError,
    UnsupportedFormatError,
)
from importer.i18n import N_, _
from importer.os_errors import os_reason
from importer.sources.base import Format
from importer.sources.text_encoding import utf16_without_bom
from importer.sources.zip_guard import check_zip_limits, member_names

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
TEXT_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
"""The name of the stream an encrypted xlsx hides in, as OLE2 directory entries spell it."""
_VCARD_START = re.compile(
    rb"(?:\xef\xbb\xbf|\xff\xfe|\xfe\xff)?\s*begin\s*:\s*vcard", re.IGNORECASE
)
"""A vCard file starts with its first card (in UTF-16 once the zero bytes are dropped)."""

_BINARY_KINDS: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", N_("a PDF document")),
    (b"\x89PNG", N_("a PNG image")),
    (b"\xff\xd8\xff", N_("a JPEG image")),
    (b"GIF8", N_("a GIF image")),
    (b"II*\x00", N_("a TIFF image")),
    (b"MM\x00*", N_("a TIFF image")),
    (b"RIFF", N_("a media file")),
    (b"Rar!", N_("a RAR archive")),
    (b"7z\xbc\xaf", N_("a 7-Zip archive")),
    (b"\x1f\x8b", N_("a gzip archive")),
    (b"{\\rtf", N_("a rich-text (RTF) document")),
    (b"\x7fELF", N_("a program")),
    (b"MZ", N_("a program")),
    (b"SQLite format 3", N_("a database file")),
)


def detect_format(path: Path) -> Format:
    """The readable format of ``path``, or a :class:`SourceError` saying what the file is."""
    try:
        with path.open("rb") as handle:
            head = handle.read(8192)
    except FileNotFoundError:
        raise SourceError(
            path, _("The file does not exist."), hint=_("Check the file name.")
        ) from None
    except OSError as exc:
        raise SourceError(
            path,
            _("The file cannot be opened: {reason}.").format(reason=os_reason(exc)),
            hint=open_hint(exc),
        ) from None
    if not head:
        raise EmptyFileError(
            path, _("The file is empty (0 bytes)."), hint=_("Choose another file.")
        )
    if head.startswith(ZIP_MAGICS):
        return _zip_format(path)
    if head.startswith(OLE2_MAGIC):
        if _holds_encrypted_package(path):
            raise EncryptedFileError(
                path,
                _("The workbook is protected with a password."),
                hint=_(
                    "Remove the password in Excel (File → Info → Protect Workbook) and save again."
                ),
            )
        return Format.XLS
    if head.startswith(TEXT_BOMS) or head.startswith((b"\x00\x00\xfe\xff", b"\xff\xfe\x00\x00")):
        return _text_format(path, head)
    for magic, what in _BINARY_KINDS:
        if head.startswith(magic):
            raise _unsupported(path, _(what))
    return _text_format(path, head)


def _holds_encrypted_package(path: Path) -> bool:
    """True for an Office file encrypted with a password: an OLE2 box around the real xlsx."""
    overlap = len(_ENCRYPTED_PACKAGE) - 1
    previous = b""
    with path.open("rb") as handle:
        while chunk := handle.read(1024 * 1024):
            if _ENCRYPTED_PACKAGE in previous + chunk:
                return True
            previous = chunk[-overlap:]
    return False


def open_hint(exc: OSError) -> str:
    """What to do when the file could not be opened for ``exc``."""
    if isinstance(exc, IsADirectoryError):
        return _("Choose a file, not a folder.")
    if isinstance(exc, PermissionError):
        return _("Check you may read it and no other program holds it locked.")
    return _("Check it is not in use.")


def _zip_format(path: Path) -> Format:
    try:
        with zipfile.ZipFile(path) as archive:
            check_zip_limits(path, archive)
            names = member_names(archive)
            if any(name.startswith("xl/") for name in names):
                return Format.XLSX
            if "content.xml" in names and _is_ods(archive):
                return Format.ODS
    except zipfile.BadZipFile:
        raise CorruptFileError(
            path,
            _("The file is damaged or was not copied completely."),
            hint=_("Open it in Excel and save it again, or get a fresh copy."),
        ) from None
    if any(name.startswith("word/") for name in names):
        raise _unsupported(path, _("a Word document"))
    if any(name.startswith("ppt/") for name in names):
        raise _unsupported(path, _("a PowerPoint presentation"))
    if "content.xml" in names:
        raise _unsupported(path, _("an OpenDocument file that is not a spreadsheet"))
    raise _unsupported(path, _("a zip archive"))


def _is_ods(archive: zipfile.ZipFile) -> bool:
    try:
        mimetype = archive.read("mimetype")[:100]
    except KeyError:
        return True
    return b"spreadsheet" in mimetype


def _text_format(path: Path, head: bytes) -> Format:
    sniff = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if _VCARD_START.match(head.replace(b"\x00", b"")):
        return Format.VCARD
    if sniff.startswith((b"<!doctype html", b"<html", b"<table")):
        raise _unsupported(path, _("a web page (HTML) saved with a spreadsheet name"))
    if sniff.startswith(b"<?xml"):
        if b"urn:schemas-microsoft-com:office:spreadsheet" in head:
            raise _unsupported(path, _("an Excel 2003 XML spreadsheet"))
        raise _unsupported(path, _("an XML file"))
    if _looks_binary(head):
        raise _unsupported(path, _("a binary file of an unknown kind"))
    return Format.CSV


def _looks_binary(head: bytes) -> bool:
    """True when the sample has control bytes no text file has (UTF-16 without BOM excepted)."""
    if head.startswith(TEXT_BOMS) or utf16_without_bom(head):
        return False
    controls = sum(1 for byte in head if byte < 9 or (13 < byte < 32 and byte != 27))
    return controls > max(2, len(head) // 100)


def _unsupported(path: Path, what: str) -> UnsupportedFormatError:
    return UnsupportedFormatError(
        path,
        _("This file is {what}, not a spreadsheet the program can read.").format(what=what),
        hint=_(
            "Choose an Excel (.xlsx, .xls), LibreOffice (.ods), CSV or vCard (.vcf) file. Open it "
            "in Excel or LibreOffice and save it as .xlsx or .csv, then try again."
        ),
    )
