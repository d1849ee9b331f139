"""Excel (.xlsx/.xlsm/.xls) and LibreOffice (.ods) workbooks read through python-calamine."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType

import python_calamine as calamine

from importer.errors import CorruptFileError, EmptyFileError, EncryptedFileError, SourceError
from importer.sources.base import Row, SheetInfo
from importer.sources.cells import normalize_row
from importer.sources.sheet_extent import check_sheet_extent

RESAVE_HINT = "Open it in Excel or LibreOffice, save it again, and try again."
PASSWORD_HINT = "Remove the password in Excel (File → Info → Protect Workbook) and save again."


class WorkbookSource:
    """A workbook; one sheet at a time is loaded (the last one is kept for re-reading)."""

    def __init__(self, path: Path, kind: str) -> None:
        self.path = path
        self.kind = kind
        self._workbook = _open_workbook(path, kind)
        self._sheets = [
            SheetInfo(name=meta.name, index=index, hidden=meta.visible != _VISIBLE)
            for index, meta in enumerate(self._workbook.sheets_metadata)
            if meta.typ == _WORKSHEET
        ]
        self._calamine_index = {
            meta.name: index for index, meta in enumerate(self._workbook.sheets_metadata)
        }
        self._loaded: tuple[str, calamine.CalamineSheet] | None = None

    def sheets(self) -> list[SheetInfo]:
        """Worksheets in workbook order; chart sheets are left out, hidden ones marked."""
        return list(self._sheets)

    def default_sheet(self) -> str:
        """The first visible sheet with data (else the first sheet with data at all)."""
        ordered = [s for s in self._sheets if not s.hidden] + [s for s in self._sheets if s.hidden]
        for info in ordered:
            if self._load(info.name).start is not None:
                return info.name
        raise EmptyFileError(
            self.path, "No sheet of this workbook holds any data.", hint="Choose another file."
        )

    def iter_rows(self, sheet: str | None = None) -> Iterator[Row]:
        """Stream the rows of ``sheet`` with their Excel row numbers; blank rows skipped."""
        name = self.default_sheet() if sheet is None else sheet
        loaded = self._load(name)
        start = loaded.start
        if start is None:
            return
        padding: list[None] = [None] * start[1]
        for index, raw in enumerate(loaded.iter_rows()):
            values = normalize_row(raw)
            if values:
                yield index + 1, padding + values if padding else values

    def close(self) -> None:
        """Release the workbook and the loaded sheet."""
        self._loaded = None
        with contextlib.suppress(calamine.WorkbookClosed):
            self._workbook.close()

    def __enter__(self) -> WorkbookSource:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def _load(self, name: str) -> calamine.CalamineSheet:
        if self._loaded is not None and self._loaded[0] == name:
            return self._loaded[1]
        if name not in {info.name for info in self._sheets}:
            choices = ", ".join(f'"{info.name}"' for info in self._sheets)
            raise SourceError(
                self.path, f'There is no sheet named "{name}".', hint=f"Choose one of: {choices}."
            )
        self._loaded = None
        if self.kind == "xlsx":
            check_sheet_extent(self.path, self._calamine_index[name], name)
        try:
            sheet = self._workbook.get_sheet_by_name(name)
        except calamine.CalamineError as exc:
            raise CorruptFileError(
                self.path, f"This sheet is damaged ({exc}).", hint=RESAVE_HINT, sheet=name
            ) from None
        self._loaded = (name, sheet)
        return sheet


_VISIBLE = calamine.SheetVisibleEnum.Visible
_WORKSHEET = calamine.SheetTypeEnum.WorkSheet
_EXTENSIONS = {"xlsx": (".xlsx", ".xlsm"), "xls": (".xls",), "ods": (".ods",)}


def _open_workbook(path: Path, kind: str) -> calamine.CalamineWorkbook:
    """calamine picks its reader by extension; a misnamed file is handed over by content."""
    try:
        if path.suffix.lower() in _EXTENSIONS[kind]:
            return calamine.CalamineWorkbook.from_path(str(path))
        with path.open("rb") as handle:
            return calamine.CalamineWorkbook.from_filelike(handle)
    except calamine.PasswordError:
        raise EncryptedFileError(
            path, "The workbook is protected with a password.", hint=PASSWORD_HINT
        ) from None
    except (calamine.CalamineError, OSError, ValueError) as exc:
        raise CorruptFileError(
            path, f"The workbook is damaged and cannot be read ({exc}).", hint=RESAVE_HINT
        ) from None
