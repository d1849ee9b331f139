"""Excel (.xlsx/.xlsm/.xls) and LibreOffice (.ods) workbooks read through python-calamine."""

from __future__ import annotations

import contextlib
import io
import logging
import zipfile
from collections.abc import Iterable, Iterator
from functools import partial
from pathlib import Path

import python_calamine as calamine

from importer.closing import ClosesOnExit
from importer.columns import MAX_COLUMNS
from importer.errors import CorruptFileError, EmptyFileError, EncryptedFileError, SourceError
from importer.i18n import N_, _
from importer.sources.base import Format, Row, SheetInfo
from importer.sources.cells import normalize_row
from importer.sources.damaged import SHEET_DAMAGED, damaged
from importer.sources.ods_extent import check_ods_extent
from importer.sources.read_ahead import map_ahead
from importer.sources.sheet_extent import check_sheet_extent, too_many_columns
from importer.sources.sheet_head import head_copy
from importer.sources.sheet_parts import Uncuttable, part_copies, part_size
from importer.sources.xls_extent import check_xls_extent

logger = logging.getLogger(__name__)

PASSWORD_HINT = N_("Remove the password in Excel (File → Info → Protect Workbook) and save again.")


class WorkbookSource(ClosesOnExit):
    """A workbook; one sheet at a time is loaded (the last one is kept for re-reading).

    Rows of a big xlsx sheet are first read from a copy holding only its first rows (see
    :mod:`importer.sources.sheet_head`), so a preview never waits for the whole sheet; a reader
    going past those rows gets the rest part by part (:mod:`importer.sources.sheet_parts`), the
    next parts cut and parsed in helper threads while the current one is read, or from the
    whole sheet when it cannot be cut.
    """

    def __init__(self, path: Path, kind: Format) -> None:
        self.path = path
        self.kind = Format(kind)
        if self.kind is Format.XLS:
            check_xls_extent(path)
        elif self.kind is Format.ODS:
            check_ods_extent(path)
        self._workbook = _open_workbook(path, self.kind)
        self._sheets = [
            SheetInfo(name=meta.name, index=index, hidden=meta.visible != _VISIBLE)
            for index, meta in enumerate(self._workbook.sheets_metadata)
            if meta.typ == _WORKSHEET
        ]
        self._calamine_index = {
            meta.name: index for index, meta in enumerate(self._workbook.sheets_metadata)
        }
        self._loaded: tuple[str, calamine.CalamineSheet] | None = None
        self._heads: dict[str, calamine.CalamineSheet | None] = {}

    def sheets(self) -> list[SheetInfo]:
        """Worksheets in workbook order; chart sheets are left out, hidden ones marked."""
        return list(self._sheets)

    def default_sheet(self) -> str:
        """The first visible sheet with data (else the first sheet with data at all)."""
        ordered = [s for s in self._sheets if not s.hidden] + [s for s in self._sheets if s.hidden]
        for info in ordered:
            head = self._head(info.name)
            if head is not None and head.start is not None:
                return info.name
            if self._load(info.name).start is not None:
                return info.name
        raise EmptyFileError(
            self.path,
            _("No sheet of this workbook holds any data."),
            hint=_("Choose another file."),
        )

    def iter_rows(self, sheet: str | None = None) -> Iterator[Row]:
        """Stream the rows of ``sheet`` with their Excel row numbers; blank rows skipped."""
        name = self.default_sheet() if sheet is None else sheet
        last = given = 0
        head = self._head(name)
        if head is not None:
            for last, values in _sheet_rows(head):
                given += 1
                yield last, values
            index = self._calamine_index[name]
            part_bytes = _part_size(self.path, index)
            if part_bytes is not None:
                try:
                    copies = part_copies(self.path, index, name, part_bytes)
                    parse = partial(self._parse_part, name=name)
                    for part in map_ahead(parse, copies, "sheet-part"):
                        rows = _part_rows(part, after=last)
                        del part
                        if rows:
                            last = rows[-1][0]
                            given += len(rows)
                            yield from rows
                    return
                except Uncuttable:
                    logger.debug("%s: the sheet cannot be cut; loading it whole", self.path.name)
        yield from self._rows_after(name, last, given)

    def _rows_after(self, name: str, last: int, given: int) -> Iterator[Row]:
        """The rows of the whole sheet ``name`` numbered beyond ``last``, once the ``given``
        rows read before (from the head or parts) are found to be all its rows up to ``last``
        (a row out of order further on would otherwise be skipped)."""
        rows = _sheet_rows(self._load(name))
        before = 0
        following = None
        for row in rows:
            if row[0] > last:
                following = row
                break
            before += 1
        if before != given:
            raise self._sheet_damaged(name, ValueError("row elements out of order"))
        if following is not None:
            yield following
            yield from rows

    def close(self) -> None:
        """Release the workbook and the loaded sheet."""
        self._loaded = None
        self._heads.clear()
        with contextlib.suppress(calamine.WorkbookClosed):
            self._workbook.close()

    def _head(self, name: str) -> calamine.CalamineSheet | None:
        """The first rows of a big xlsx sheet (``None`` for small sheets and other formats)."""
        if self.kind is not Format.XLSX or name not in self._calamine_index:
            return None
        if name not in self._heads:
            self._heads[name] = None
            with contextlib.suppress(calamine.CalamineError, zipfile.BadZipFile, OSError, EOFError):
                copy = head_copy(self.path, self._calamine_index[name], name)
                if copy is not None:
                    workbook = calamine.CalamineWorkbook.from_filelike(io.BytesIO(copy))
                    self._heads[name] = self._narrow(workbook.get_sheet_by_name(name), name)
        return self._heads[name]

    def _parse_part(self, copy: io.BytesIO, name: str) -> calamine.CalamineSheet:
        """Sheet ``name`` of the workbook copy ``copy`` (a part of it), parsed by calamine."""
        try:
            sheet = calamine.CalamineWorkbook.from_filelike(copy).get_sheet_by_name(name)
        except calamine.CalamineError as exc:
            raise self._sheet_damaged(name, exc) from None
        return self._narrow(sheet, name)

    def _narrow(self, sheet: calamine.CalamineSheet, name: str) -> calamine.CalamineSheet:
        """``sheet`` (named ``name``) if it ends by column XFD; cells that carry no reference
        are placed one after the other, past any limit the extent scans could see."""
        end = sheet.end
        if end is not None and end[1] >= MAX_COLUMNS:
            raise too_many_columns(self.path, end[1] + 1, name)
        return sheet

    def _sheet_damaged(self, name: str, cause: BaseException) -> CorruptFileError:
        """The error for sheet ``name`` found damaged (``cause`` goes to the debug log)."""
        return damaged(self.path, cause, message=_(SHEET_DAMAGED), sheet=name)

    def _load(self, name: str) -> calamine.CalamineSheet:
        if self._loaded is not None and self._loaded[0] == name:
            return self._loaded[1]
        if name not in {info.name for info in self._sheets}:
            choices = ", ".join(f'"{info.name}"' for info in self._sheets)
            raise SourceError(
                self.path,
                _('There is no sheet named "{name}".').format(name=name),
                hint=_("Choose one of: {choices}.").format(choices=choices),
            )
        self._loaded = None
        if self.kind is Format.XLSX:
            check_sheet_extent(self.path, self._calamine_index[name], name)
        try:
            sheet = self._workbook.get_sheet_by_name(name)
        except calamine.CalamineError as exc:
            raise self._sheet_damaged(name, exc) from None
        self._loaded = (name, self._narrow(sheet, name))
        return sheet


_VISIBLE = calamine.SheetVisibleEnum.Visible
_WORKSHEET = calamine.SheetTypeEnum.WorkSheet
_EXTENSIONS = {Format.XLSX: (".xlsx", ".xlsm"), Format.XLS: (".xls",), Format.ODS: (".ods",)}


def _sheet_rows(sheet: calamine.CalamineSheet) -> Iterator[Row]:
    """The non-blank rows of a loaded sheet, numbered as in Excel."""
    start = sheet.start
    if start is not None:
        yield from _numbered(sheet.iter_rows(), 1, start[1])


def _part_rows(sheet: calamine.CalamineSheet, after: int) -> list[Row]:
    """The non-blank rows of a part of a sheet numbered beyond ``after``, numbered as in Excel.

    A part is small: its rows come from one call (per row, calamine would first produce every
    empty row above the part).
    """
    start = sheet.start
    if start is None:
        return []
    return list(_numbered(sheet.to_python(), start[0] + 1, start[1], after))


def _numbered(
    raw_rows: Iterable[Iterable[object]], first: int, columns_before: int, after: int = 0
) -> Iterator[Row]:
    """The non-blank ``raw_rows`` normalized, numbered from ``first`` and shifted right by
    ``columns_before`` empty cells, leaving out those numbered up to ``after``."""
    padding: list[None] = [None] * columns_before
    for number, raw in enumerate(raw_rows, start=first):
        if number > after:
            values = normalize_row(raw)
            if values:
                yield number, padding + values if padding else values


def _part_size(path: Path, index: int) -> int | None:
    """The part size for reading sheet ``index`` in parts (None: load it whole)."""
    try:
        return part_size(path, index)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError):
        return None


def _open_workbook(path: Path, kind: Format) -> calamine.CalamineWorkbook:
    """calamine picks its reader by extension; a misnamed file is handed over by content."""
    try:
        if path.suffix.lower() in _EXTENSIONS[kind]:
            return calamine.CalamineWorkbook.from_path(str(path))
        with path.open("rb") as handle:
            return calamine.CalamineWorkbook.from_filelike(handle)
    except calamine.PasswordError:
        raise EncryptedFileError(
            path, _("The workbook is protected with a password."), hint=_(PASSWORD_HINT)
        ) from None
    except (calamine.CalamineError, OSError, ValueError) as exc:
        raise damaged(path, exc) from None
