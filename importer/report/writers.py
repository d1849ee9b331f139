"""Streaming table files for reports: .xlsx (openpyxl write-only) or .csv (UTF-8 with BOM).

Rows are written one at a time, so a million-row report needs little memory. The file is
written beside its destination under a temporary name and moved into place at the end, so a
failure never leaves half a report; failures become an :class:`ImporterError` in plain words.
A report is never lost for want of its place: a name held by a file open in another program,
or a folder that cannot be written, sends it to the next free name or to Documents
(:class:`TableFile` with ``elsewhere``, :class:`Saved` says where).
"""

from __future__ import annotations

import contextlib
import csv
import errno
import secrets
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from importer.errors import ImporterError
from importer.i18n import _
from importer.report.cells import csv_text, is_formula_like, xlsx_value
from importer.report.location import free_path, short_path
from importer.settings_paths import documents_dir
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


@dataclass(frozen=True)
class Saved:
    """Where a table file was written: ``path``, or, when ``wanted`` could not be written,
    where it went instead and ``reason`` in plain words."""

    path: Path
    wanted: Path
    reason: str = ""

    @property
    def moved(self) -> bool:
        """True when the file is not where it was wanted."""
        return self.path != self.wanted

    def note(self) -> str:
        """The sentence that says where the file went instead ("" when it is where wanted)."""
        if not self.moved:
            return ""
        return _(
            'The report could not be saved as "{wanted}": {reason}. It is saved as '
            '"{path}" instead.'
        ).format(wanted=short_path(self.wanted), reason=self.reason, path=short_path(self.path))


class TableFile:
    """``with TableFile(path, title) as table:`` writes rows to ``path`` (.xlsx or .csv); the
    file appears only when all went well, else an :class:`ImporterError` says why.

    With ``elsewhere``, a place that cannot be written does not fail the file: when a file of
    that name cannot be replaced (still open in Excel, which Windows locks) it is saved under
    the next free name beside it ("… (2).xlsx"); when the folder cannot be written (read-only,
    no permission, gone), in Documents. :attr:`saved` says where it went, and why.
    """

    def __init__(self, path: Path, title: str = "Report", *, elsewhere: bool = False) -> None:
        self._title = title
        self._elsewhere = elsewhere
        self.saved = Saved(path, path)
        self._temporary: Path | None = None
        self._sink: CsvSink | XlsxSink | None = None

    def __enter__(self) -> TableSink:
        wanted = self.saved.wanted
        suffix = check_format(wanted)
        try:
            self._temporary = self._start()
            temporary = self._temporary
            self._sink = (
                CsvSink(temporary) if suffix == ".csv" else XlsxSink(temporary, self._title)
            )
        except OSError as exc:
            self._remove_temporary()
            raise save_error(wanted, exc) from exc
        return self._sink

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, _tb: object
    ) -> None:
        sink, self._sink = self._sink, None
        try:
            if exc is not None:
                if sink is not None:
                    sink.discard()
                if isinstance(exc, OSError):
                    raise save_error(self.saved.path, exc) from exc
                return
            if sink is not None:
                sink.finish()
            self._place()
        except OSError as error:
            raise save_error(self.saved.path, error) from error
        finally:
            self._remove_temporary()

    def _start(self) -> Path:
        """The temporary file beside the wanted place, else (``elsewhere``) in Documents."""
        wanted = self.saved.wanted
        try:
            return _created(partial_path(wanted))
        except OSError as exc:
            if not self._elsewhere:
                raise
            problem = exc
        try:
            folder = documents_dir()
            folder.mkdir(parents=True, exist_ok=True)
            target = free_path(folder / wanted.name)
            temporary = _created(partial_path(target))
        except OSError:
            raise problem from None
        self.saved = Saved(target, wanted, folder_reason(problem))
        return temporary

    def _place(self) -> None:
        """Move the finished file into place; when the name is taken by a file that cannot be
        replaced (``elsewhere``), under the next free name beside it, else in Documents."""
        temporary, target = self._temporary, self.saved.path
        assert temporary is not None
        try:
            temporary.replace(target)
            self._temporary = None
            return
        except OSError as exc:
            if not self._elsewhere:
                raise
            problem = exc
        for other in (free_path(target, first=2), free_path(documents_dir() / target.name)):
            try:
                other.parent.mkdir(parents=True, exist_ok=True)
                shutil.move(temporary, other)
            except OSError:
                continue
            self._temporary = None
            self.saved = Saved(other, self.saved.wanted, replace_reason(problem))
            return
        raise problem

    def _remove_temporary(self) -> None:
        if self._temporary is not None:
            with contextlib.suppress(OSError):
                self._temporary.unlink()
            self._temporary = None


def open_table(path: Path, title: str = "Report", *, elsewhere: bool = False) -> TableFile:
    """A :class:`TableFile` for ``path``: ``with open_table(path) as table: …``."""
    return TableFile(path, title, elsewhere=elsewhere)


def _created(path: Path) -> Path:
    path.touch(exist_ok=False)
    return path


def folder_reason(exc: OSError) -> str:
    """Why no new file could be made in a folder, in plain words."""
    if isinstance(exc, FileNotFoundError):
        return _("the folder does not exist")
    if isinstance(exc, PermissionError) or exc.errno == errno.EROFS:
        return _("the folder may not be written to")
    return plain_reason(exc)


def replace_reason(exc: OSError) -> str:
    """Why a file could not be replaced by the new one, in plain words."""
    if isinstance(exc, PermissionError) or exc.errno in (errno.EBUSY, errno.ETXTBSY):
        return _("a file of that name is open in another program")
    return plain_reason(exc)


def plain_reason(exc: OSError) -> str:
    """What the system said, for any other failure (the disk is full …)."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return _("the disk is full")
    return exc.strerror or str(exc)


def partial_path(path: Path) -> Path:
    """A hidden, unused name beside ``path`` to write to before moving the file into place."""
    return path.with_name(f".{path.stem}.{secrets.token_hex(4)}.partial{path.suffix}")


def save_error(path: Path, exc: OSError) -> ImporterError:
    """A plain-language error for a report that could not be written."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        reason, hint = plain_reason(exc), _("Free some space or save the report elsewhere.")
    elif isinstance(exc, PermissionError):
        reason = _("the file is open in another program, or the folder may not be written to")
        hint = _("Close the file (in Excel, for example) or choose another place, then try again.")
    elif isinstance(exc, FileNotFoundError):
        reason, hint = folder_reason(exc), _("Choose an existing folder.")
    elif isinstance(exc, IsADirectoryError):
        reason, hint = _("a folder has that name"), _("Choose another file name.")
    else:
        reason, hint = plain_reason(exc), _("Choose another place and try again.")
    return ImporterError(
        _('Could not save the report to "{path}": {reason}.').format(path=path, reason=reason),
        hint=hint,
    )
