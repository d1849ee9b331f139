"""The table of past imports: date, file, list (or the lists groups made, with their
contacts), counts, and whether each was undone."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, Qt

from gui.language import QT_TRANSLATE_NOOP
from gui.models.flat_table import AnyIndex, FlatTableModel
from importer.history.store import HistoryEntry, ImportState, UndoState
from importer.lists.texts import history_lists_text

HEADERS = (
    QT_TRANSLATE_NOOP("HistoryModel", "Date"),
    QT_TRANSLATE_NOOP("HistoryModel", "File"),
    QT_TRANSLATE_NOOP("HistoryModel", "List"),
    QT_TRANSLATE_NOOP("HistoryModel", "New"),
    QT_TRANSLATE_NOOP("HistoryModel", "Updated"),
    QT_TRANSLATE_NOOP("HistoryModel", "Unchanged"),
    QT_TRANSLATE_NOOP("HistoryModel", "Skipped"),
    QT_TRANSLATE_NOOP("HistoryModel", "State"),
)
DATE, FILE, LIST, NEW, UPDATED, UNCHANGED, SKIPPED, STATE = range(len(HEADERS))
_COUNTS = {NEW: "new", UPDATED: "updated", UNCHANGED: "unchanged", SKIPPED: "skipped"}
STATES = {
    ImportState.RUNNING: QT_TRANSLATE_NOOP("HistoryModel", "running"),
    ImportState.INTERRUPTED: QT_TRANSLATE_NOOP("HistoryModel", "interrupted"),
    ImportState.FINISHED: QT_TRANSLATE_NOOP("HistoryModel", "finished"),
    ImportState.STOPPED: QT_TRANSLATE_NOOP("HistoryModel", "stopped"),
}
UNDONE = {
    UndoState.UNDONE: QT_TRANSLATE_NOOP("HistoryModel", "undone"),
    UndoState.PARTLY: QT_TRANSLATE_NOOP("HistoryModel", "partly undone"),
}


class HistoryModel(FlatTableModel):
    """The imports of the history, newest first (a few hundred at most)."""

    titles = HEADERS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[HistoryEntry] = []

    def set_entries(self, entries: list[HistoryEntry]) -> None:
        """Show ``entries``."""
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> HistoryEntry | None:
        """The import on table row ``row``."""
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def row_count(self) -> int:
        """Imports shown."""
        return len(self._entries)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The cell text."""
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _COUNTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == FILE:
            return entry.file_path or entry.file_name
        if role == Qt.ItemDataRole.ToolTipRole and column == LIST and entry.lists:
            return self.tr("The lists of this import, with their contacts: {lists}").format(
                lists=history_lists_text(entry.lists)
            )
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._text(entry, column)

    def _text(self, entry: HistoryEntry, column: int) -> str:
        if column == DATE:
            return entry.started_at().astimezone().strftime("%Y-%m-%d %H:%M")
        if column == FILE:
            return entry.file_name
        if column == LIST:
            return history_lists_text(entry.lists) if entry.lists else entry.list_name
        if column in _COUNTS:
            return QLocale().toString(entry.counts.get(_COUNTS[column], 0))
        state = self.tr(STATES[entry.state])
        if entry.undo in UNDONE:
            return self.tr("{state}, {undone}").format(
                state=state, undone=self.tr(UNDONE[entry.undo])
            )
        return state
