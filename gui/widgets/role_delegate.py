"""The "Import as" drop-down shown in every row of the Match columns table."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Slot,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from gui.models.mapping_model import ROLE_LABELS

AnyIndex = QModelIndex | QPersistentModelIndex
TAB_KEYS = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)


class RoleDelegate(QStyledItemDelegate):
    """A combo box listing the roles; the choice is written to the model at once."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        combo = QComboBox(parent)
        column = index.siblingAtColumn(0).data(Qt.ItemDataRole.DisplayRole)
        combo.setAccessibleName(f"Import column {' '.join(str(column).split())} as")
        for role, label in ROLE_LABELS.items():
            combo.addItem(label, role.value)
        combo.activated.connect(self._commit)
        return combo

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        """Tab moves on to the next control like anywhere else (the drop-downs stay open)."""
        if isinstance(event, QKeyEvent) and event.key() in TAB_KEYS:
            return False
        return super().eventFilter(editor, event)

    @Slot()
    def _commit(self) -> None:
        editor = self.sender()
        if isinstance(editor, QWidget):
            self.commitData.emit(editor)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            position = editor.findData(index.data(Qt.ItemDataRole.EditRole))
            if position != editor.currentIndex():
                editor.setCurrentIndex(position)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
