"""The first rows of the chosen sheet, as a read-only table (Excel row numbers on the left)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from importer.cell_text import as_in_file
from importer.columns import column_letter
from importer.sources.table import TablePreview

AnyIndex = QModelIndex | QPersistentModelIndex


class PreviewModel(QAbstractTableModel):
    """Headers across the top, row numbers down the side, cell values as text."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._preview: TablePreview | None = None

    def set_preview(self, preview: TablePreview | None) -> None:
        """Show ``preview`` (None empties the table)."""
        self.beginResetModel()
        self._preview = preview
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._preview is None:
            return 0
        return len(self._preview.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._preview is None:
            return 0
        return len(self._preview.headers)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._preview is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values = self._preview.rows[index.row()][1]
            column = index.column()
            return as_in_file(values[column]) if column < len(values) else ""
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self._preview is None:
            return None
        if orientation is Qt.Orientation.Horizontal:
            if not 0 <= section < len(self._preview.headers):
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                return self._preview.headers[section]
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Column {letter}: {title}").format(
                    letter=column_letter(section), title=self._preview.headers[section]
                )
            return None
        if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._preview.rows):
            return str(self._preview.rows[section][0])
        return None
