"""Open a spreadsheet in the background: its sheets, header row and first rows."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from gui.workers.base import Worker
from importer.errors import CancelledError
from importer.sources import SheetInfo, open_source
from importer.sources.base import Format
from importer.sources.table import TablePreview, count_data_rows, read_preview

PREVIEW_ROWS = 200
STEPS = 3
"""Progress steps: opened, sheets listed, first rows read."""


@dataclass(frozen=True)
class LoadedFile:
    """What the Choose file page shows: every sheet and a preview of the chosen one."""

    path: Path
    sheets: list[SheetInfo]
    preview: TablePreview
    header_chosen: bool
    """True when the user set the header row, False when it was detected."""
    kind: Format = Format.XLSX
    """The file's format as the engine names it ("xlsx", "csv", …)."""


class LoadWorker(Worker):
    """Reads ``path``; ``result`` carries a :class:`LoadedFile`, any error goes to ``failed``.

    ``sheet`` None means the file's default sheet; ``header_row`` None means detect it.
    """

    def __init__(self, path: Path, sheet: str | None = None, header_row: int | None = None) -> None:
        super().__init__()
        self.path = path
        self.sheet = sheet
        self.header_row = header_row

    def work(self) -> LoadedFile:
        self.report(0, STEPS)
        with open_source(self.path) as source:
            self._step(1)
            sheets, kind = source.sheets(), source.kind
            self._step(2)
            preview = read_preview(source, self.sheet, self.header_row, limit=PREVIEW_ROWS)
        self._step(3)
        return LoadedFile(self.path, sheets, preview, self.header_row is not None, kind)

    def _step(self, done: int) -> None:
        if self.is_cancelled():
            raise CancelledError()
        self.report(done, STEPS)


@dataclass(frozen=True)
class RowCount:
    """How many data rows the sheet of ``path`` has below ``header_row``."""

    path: Path
    sheet: str
    header_row: int
    rows: int


class RowCountWorker(Worker):
    """Counts the data rows of a sheet whose first rows are shown; ``result`` is a RowCount."""

    def __init__(self, path: Path, sheet: str, header_row: int) -> None:
        super().__init__()
        self.path = path
        self.sheet = sheet
        self.header_row = header_row

    def work(self) -> RowCount:
        with open_source(self.path) as source:
            rows = count_data_rows(source, self.sheet, self.header_row, self.is_cancelled)
        return RowCount(self.path, self.sheet, self.header_row, rows)
