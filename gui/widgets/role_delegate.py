"""The "Import as" drop-down shown in every row of the Match columns table."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Slot,
)
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent, QPalette, QPen, QWheelEvent
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from gui.models.mapping_model import ROLE_LABELS

AnyIndex = QModelIndex | QPersistentModelIndex
TAB_KEYS = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
STEP_KEYS = (
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_Left,
    Qt.Key.Key_Right,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
    Qt.Key.Key_Home,
    Qt.Key.Key_End,
)
FOCUS_FRAME = 3
"""Width in pixels of the frame drawn round the focused drop-down."""


class RoleCombo(QComboBox):
    """A drop-down that changes only when opened: Space, F4 or Alt+Down open the list.

    Arrow keys and the mouse wheel on the closed box do nothing (one key press must not
    silently change what a column becomes), and a thick frame shows which box has the focus.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel does not take the focus
        self.setToolTip(self.tr("Press Space to open the list of choices."))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Arrows step nothing; Alt+Down still opens the list."""
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        if event.key() in STEP_KEYS and not alt:
            event.accept()
            return
        super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        """The wheel scrolls the table, never the choice."""
        event.ignore()

    def paintEvent(self, event: QPaintEvent) -> None:
        """The usual box, framed in the highlight colour while it has the focus."""
        super().paintEvent(event)
        if not self.hasFocus():
            return
        painter = QPainter(self)
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), FOCUS_FRAME)
        painter.setPen(pen)
        half = FOCUS_FRAME // 2
        painter.drawRect(self.rect().adjusted(half, half, -half - 1, -half - 1))
        painter.end()


class RoleDelegate(QStyledItemDelegate):
    """A combo box listing the roles; the choice is written to the model at once."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        combo = RoleCombo(parent)
        column = index.sibling(index.row(), 0).data(Qt.ItemDataRole.DisplayRole)
        combo.setAccessibleName(
            self.tr("Import column {column} as").format(column=" ".join(str(column).split()))
        )
        for role, label in ROLE_LABELS.items():
            combo.addItem(QCoreApplication.translate("MappingModel", label), role.value)
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
