"""Format detection by content, and the errors for files that are not spreadsheets."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from importer.errors import (
    CorruptFileError,
    EmptyFileError,
    EncryptedFileError,
    SourceError,
    UnsupportedFormatError,
)
from importer.sources import open_source
from importer.sources.base import Format
from importer.sources.detect import OLE2_MAGIC, detect_format
from tests.helpers.make_files import write_csv, write_xlsx


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "contacts.xlsx"
    path.write_bytes(b"")
    with pytest.raises(EmptyFileError, match=r'"contacts.xlsx".*empty'):
        open_source(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="does not exist"):
        open_source(tmp_path / "nope.csv")


def test_folder_is_not_a_file(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="it is a folder, not a file") as caught:
        open_source(tmp_path)
    assert caught.value.hint == "Choose a file, not a folder."


@pytest.mark.parametrize(
    ("content", "what"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG image"),
        (b"<!DOCTYPE html><html><table><tr><td>1</td></tr></table>", "web page"),
        (
            b'<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">',
            "XML",
        ),
        (bytes(range(256)) * 4, "binary"),
    ],
)
def test_not_a_spreadsheet(tmp_path: Path, content: bytes, what: str) -> None:
    path = tmp_path / "contacts.xlsx"
    path.write_bytes(content)
    with pytest.raises(UnsupportedFormatError, match=what) as caught:
        open_source(path)
    assert "contacts.xlsx" in str(caught.value)
    assert "save it as .xlsx or .csv" in str(caught.value)


def test_plain_zip_is_unsupported(tmp_path: Path) -> None:
    path = tmp_path / "contacts.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("notes.txt", "hello")
    with pytest.raises(UnsupportedFormatError, match="zip archive"):
        open_source(path)


def test_word_document_is_unsupported(tmp_path: Path) -> None:
    path = tmp_path / "contacts.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w/>")
    with pytest.raises(UnsupportedFormatError, match="Word document"):
        open_source(path)


def test_truncated_xlsx_is_corrupt(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "full.xlsx", [["Name", "Phone"], ["Ann", "1"]])
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    with pytest.raises(CorruptFileError, match=r'"cut.xlsx".*damaged'):
        open_source(cut)


def test_garbage_ole2_file_is_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "old.xls"
    path.write_bytes(OLE2_MAGIC + b"\x00" * 1000)
    with pytest.raises(CorruptFileError, match=r"old\.xls"):
        open_source(path)


def test_xlsx_with_csv_extension_is_read_as_xlsx(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "contacts.csv", [["Name"], ["Ann"]])
    assert detect_format(path) is Format.XLSX
    with open_source(path) as source:
        assert source.kind == "xlsx"
        assert list(source.iter_rows()) == [(1, ["Name"]), (2, ["Ann"])]


def test_csv_with_xlsx_extension_is_read_as_csv(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "contacts.xlsx", [["Name", "Phone"], ["Ann", "555"]])
    with open_source(path) as source:
        assert source.kind == "csv"
        assert list(source.iter_rows()) == [(1, ["Name", "Phone"]), (2, ["Ann", "555"])]


def test_utf16_text_without_bom_is_text(tmp_path: Path) -> None:
    path = tmp_path / "export.txt"
    path.write_bytes("Name\tPhone\r\nAnn\t555\r\n".encode("utf-16-le"))
    with open_source(path) as source:
        assert list(source.iter_rows()) == [(1, ["Name", "Phone"]), (2, ["Ann", "555"])]


def test_password_protected_xlsx_is_encrypted(tmp_path: Path) -> None:
    path = tmp_path / "locked.xlsx"
    entry = "EncryptedPackage".encode("utf-16-le")
    path.write_bytes(OLE2_MAGIC + b"\x00" * (1024 * 1024 - 10) + entry + b"\x00" * 64)
    with pytest.raises(EncryptedFileError, match="Remove the password in Excel"):
        open_source(path)
