"""Generators of test spreadsheets: xlsx (with sheets, hidden sheets, formulas) and CSV bytes.

Used by the tests of every engine module; files go in the test's ``tmp_path``.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

import xlsxwriter

Cells = Sequence[Sequence[object]]


@dataclass(frozen=True)
class Formula:
    """A formula cell written with a cached value, as Excel saves it."""

    text: str
    value: object = None


def write_xlsx(
    path: Path,
    rows: Cells,
    *,
    sheet: str = "Sheet1",
    extra_sheets: Mapping[str, Cells] | None = None,
    hidden: Iterable[str] = (),
    first_row: int = 1,
) -> Path:
    """Write ``rows`` to sheet ``sheet`` (then ``extra_sheets`` in order) of an xlsx file.

    ``None`` leaves a cell empty; dates get a date format; :class:`Formula` cells carry their
    cached value; ``hidden`` names sheets to hide; ``first_row`` is where ``rows`` start.
    """
    workbook = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False})
    date_format = workbook.add_format({"num_format": "yyyy-mm-dd"})
    datetime_format = workbook.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"})
    hidden_names = set(hidden)
    sheets = {sheet: rows, **(extra_sheets or {})}
    for name, sheet_rows in sheets.items():
        worksheet = workbook.add_worksheet(name)
        for row_index, values in enumerate(sheet_rows, start=first_row - 1):
            for column, value in enumerate(values):
                _write_cell(worksheet, row_index, column, value, date_format, datetime_format)
        if name in hidden_names:
            worksheet.hide()
    workbook.close()
    return path


def _write_cell(
    worksheet: xlsxwriter.worksheet.Worksheet,
    row: int,
    column: int,
    value: object,
    date_format: xlsxwriter.format.Format,
    datetime_format: xlsxwriter.format.Format,
) -> None:
    if value is None:
        return
    if isinstance(value, Formula):
        worksheet.write_formula(row, column, value.text, None, value.value)
    elif isinstance(value, dt.datetime):
        worksheet.write_datetime(row, column, value, datetime_format)
    elif isinstance(value, dt.date):
        worksheet.write_datetime(row, column, value, date_format)
    elif isinstance(value, str):
        worksheet.write_string(row, column, value)
    else:
        worksheet.write(row, column, value)


def csv_bytes(
    rows: Cells,
    *,
    encoding: str = "utf-8",
    delimiter: str = ",",
    bom: bool = False,
    newline: str = "\r\n",
    quoting: int = csv.QUOTE_MINIMAL,
    sep_line: bool = False,
) -> bytes:
    """``rows`` as the bytes of a CSV file (``None`` → empty field)."""
    buffer = io.StringIO(newline="")
    if sep_line:
        buffer.write(f"sep={delimiter}{newline}")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator=newline, quoting=quoting)
    writer.writerows([["" if value is None else value for value in row] for row in rows])
    data = buffer.getvalue().encode(encoding)
    if bom and encoding.replace("_", "-").lower() in ("utf-8", "utf8"):
        data = b"\xef\xbb\xbf" + data
    return data


def write_csv(
    path: Path,
    rows: Cells,
    *,
    encoding: str = "utf-8",
    delimiter: str = ",",
    bom: bool = False,
    newline: str = "\r\n",
    quoting: int = csv.QUOTE_MINIMAL,
    sep_line: bool = False,
) -> Path:
    """Write ``rows`` as a CSV file; "utf-16" adds its own BOM, ``bom`` adds UTF-8's."""
    path.write_bytes(
        csv_bytes(
            rows,
            encoding=encoding,
            delimiter=delimiter,
            bom=bom,
            newline=newline,
            quoting=quoting,
            sep_line=sep_line,
        )
    )
    return path


def write_excel_csv(path: Path, rows: Cells) -> Path:
    """Excel's "CSV UTF-8 (comma delimited)": UTF-8 with BOM, commas, CRLF."""
    return write_csv(path, rows, encoding="utf-8", bom=True)


def write_excel_legacy_csv(path: Path, rows: Cells) -> Path:
    """Excel's plain "CSV" on a European Windows: cp1252, semicolons, CRLF."""
    return write_csv(path, rows, encoding="cp1252", delimiter=";")


def write_unicode_text(path: Path, rows: Cells) -> Path:
    """Excel's "Unicode Text (*.txt)": UTF-16 LE with BOM, tabs, CRLF."""
    return write_csv(path, rows, encoding="utf-16", delimiter="\t")


_ODS_MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
 manifest:version="1.2">
 <manifest:file-entry manifest:full-path="/"
  manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>"""

_ODS_CONTENT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
<office:body><office:spreadsheet><table:table table:name="{sheet}">{rows}</table:table>
</office:spreadsheet></office:body></office:document-content>"""


def _ods_cell(value: object) -> str:
    if value is None:
        return "<table:table-cell/>"
    if isinstance(value, int | float) and not isinstance(value, bool):
        return (
            f'<table:table-cell office:value-type="float" office:value="{value}">'
            f"<text:p>{value}</text:p></table:table-cell>"
        )
    text = escape(str(value))
    return (
        f'<table:table-cell office:value-type="string"><text:p>{text}</text:p></table:table-cell>'
    )


def write_ods(path: Path, rows: Cells, *, sheet: str = "Sheet1") -> Path:
    """A minimal OpenDocument spreadsheet (as LibreOffice writes it) with text and numbers."""
    body = "".join(
        "<table:table-row>" + "".join(_ods_cell(v) for v in row) + "</table:table-row>"
        for row in rows
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("META-INF/manifest.xml", _ODS_MANIFEST)
        archive.writestr("content.xml", _ODS_CONTENT.format(sheet=escape(sheet), rows=body))
    return path
