"""Streaming table files for reports: .xlsx (openpyxl write-only) or .csv (UTF-8 with BOM).

Rows are written one at a time, so a million-row report needs little memory. The file is
written beside its destination under a temporary name and moved into place at the end, so a
failure never leaves half a report; failures become an :class:`ImporterError` in plain words.
"""

from __future__ import annotations

import contextlib
import csv
import errno
import secrets
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, Protocol

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from importer.errors import ImporterError
from importer.i18n import _
from importer.report.cells import csv_text, is_formula_like, xlsx_value
from importer.sources.base import CellValue

FORMATS = (".xlsx", ".csv")


class TableSink(Protocol):
    """Receives the rows of one table, header first."""

    def write_row(self, values: Sequence[CellValue]) -> None:
        """Append one row."""
        ...

    def add_sheet(self, title: str, rows: Sequence[Sequence[CellValue]]) -> None:
        """After the rows: a further sheet of ``rows`` (an .xlsx file; a CSV file holds one
        table, so it leaves them out)."""
        ...


class CsvSink:
    """Rows as CSV that Excel opens correctly (UTF-8 with BOM, formula-like text guarded)."""

    def __init__(self, path: Path) -> None:
        self._stream = path.open("w", encoding="utf-8-sig", newline="")
        self._writer = csv.writer(self._stream)

    def write_row(self, values: Sequence[CellValue]) -> None:
        """Append one row."""
        self._writer.writerow([csv_text(v) for v in values])

    def add_sheet(self, title: str, rows: Sequence[Sequence[CellValue]]) -> None:
        """Nothing: a CSV file holds one table."""

    def finish(self) -> None:
        """Flush and close the file."""
        self._stream.close()

    def discard(self) -> None:
        """Close without caring about errors (the file is being thrown away)."""
        with contextlib.suppress(OSError):
            self._stream.close()


class XlsxSink:
    """Rows in a workbook (one sheet, and any added after it); text is always a text cell,
    never a formula."""

    def __init__(self, path: Path, title: str) -> None:
        self._path = path
        self._book = Workbook(write_only=True)
        self._sheet: Any = self._book.create_sheet(title)
        self._sheet.freeze_panes = "A2"
        self._header_written = False

    def write_row(self, values: Sequence[CellValue]) -> None:
        """Append one row (the first one in bold)."""
        self._sheet.append([self._cell(v) for v in values])
        self._header_written = True

    def add_sheet(self, title: str, rows: Sequence[Sequence[CellValue]]) -> None:
        """A further sheet of ``rows``, after the first one's."""
        self._sheet = self._book.create_sheet(title)
        for row in rows:
            self._sheet.append([self._cell(v) for v in row])

    def _cell(self, value: CellValue) -> object:
        value = xlsx_value(value)
        if not self._header_written:
            cell = WriteOnlyCell(self._sheet, value=value)
            cell.data_type = "s" if isinstance(value, str) else cell.data_type
            cell.font = Font(bold=True)
            return cell
        if isinstance(value, str) and is_formula_like(value):
            cell = WriteOnlyCell(self._sheet, value=value)
            cell.data_type = "s"
            cell.quotePrefix = True
            return cell
        return value

    def finish(self) -> None:
        """Write the workbook to disk."""
        self._book.save(self._path)

    def discard(self) -> None:
        """Nothing to release: the workbook is written only by :meth:`finish`."""


def check_format(path: Path) -> str:
    """The report format from ``path``'s extension; ImporterError for any other extension."""
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ImporterError(
            _('Cannot save a report as "{name}".').format(name=path.name),
            hint=_("Give the file name the extension .xlsx (Excel) or .csv."),
        )
    return suffix


def check_destination(path: Path) -> None:
    """Refuse early a report ``path`` that could not be saved: wrong extension, a folder, or
    a folder that does not exist (raises the :class:`ImporterError` saving would raise)."""
    check_format(path)
    if path.is_dir():
        raise save_error(path, IsADirectoryError(errno.EISDIR, "Is a directory"))
    if not path.parent.is_dir():
        raise save_error(path, FileNotFoundError(errno.ENOENT, "No such file or directory"))


@contextlib.contextmanager
def open_table(path: Path, title: str = "Report") -> Iterator[TableSink]:
    """A sink writing ``path`` (.xlsx or .csv); the file appears only when all went well."""
    suffix = check_format(path)
    temporary: Path | None = None
    sink: CsvSink | XlsxSink | None = None
    try:
        temporary = partial_path(path)
        temporary.touch(exist_ok=False)
        sink = CsvSink(temporary) if suffix == ".csv" else XlsxSink(temporary, title)
        yield sink
        sink.finish()
        sink = None
        temporary.replace(path)
        temporary = None
    except OSError as exc:
        raise save_error(path, exc) from exc
    finally:
        if sink is not None:
            sink.discard()
        if temporary is not None:
            with contextlib.suppress(OSError):
                temporary.unlink()


def partial_path(path: Path) -> Path:
    """A hidden, unused name beside ``path`` to write to before moving the file into place."""
    return path.with_name(f".{path.stem}.{secrets.token_hex(4)}.partial{path.suffix}")


def save_error(path: Path, exc: OSError) -> ImporterError:
    """A plain-language error for a report that could not be written."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        reason, hint = _("the disk is full"), _("Free some space or save the report elsewhere.")
    elif isinstance(exc, PermissionError):
        reason = _("the file is open in another program, or the folder may not be written to")
        hint = _("Close the file (in Excel, for example) or choose another place, then try again.")
    elif isinstance(exc, FileNotFoundError):
        reason, hint = _("the folder does not exist"), _("Choose an existing folder.")
    elif isinstance(exc, IsADirectoryError):
        reason, hint = _("a folder has that name"), _("Choose another file name.")
    else:
        reason, hint = exc.strerror or str(exc), _("Choose another place and try again.")
    return ImporterError(
        _('Could not save the report to "{path}": {reason}.').format(path=path, reason=reason),
        hint=hint,
    )
