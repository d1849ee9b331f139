"""A row of widgets that stacks them one above the other when the window is too narrow for them
side by side (an 800×600 screen, a long German caption), instead of cutting them."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QComboBox, QLayout, QLayoutItem, QWidget

Direction = QBoxLayout.Direction


class ResponsiveRow(QWidget):
    """Side by side while the row's width holds every part's minimum width, else stacked."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 10) -> None:
        super().__init__(parent)
        self._layout = QBoxLayout(Direction.LeftToRight, self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(spacing)

    def add(self, part: QWidget | QLayout, stretch: int = 0) -> None:
        """Add ``part`` at the end of the row."""
        if isinstance(part, QWidget):
            self._layout.addWidget(part, stretch)
        else:
            self._layout.addLayout(part, stretch)

    def set_parts(self, parts: list[QWidget]) -> None:
        """Show ``parts`` in this order (the parts shown before are taken out), then room."""
        while self._layout.count():
            self._layout.takeAt(0)
        for part in parts:
            self._layout.addWidget(part)
        self._layout.addStretch(1)

    def stacked(self) -> bool:
        """Whether the parts are one above the other."""
        return self._layout.direction() is Direction.TopToBottom

    def side_by_side_width(self) -> int:
        """The narrowest the row can be with its parts side by side."""
        widths = [item.minimumSize().width() for item in self._items()]
        return sum(widths) + self._layout.spacing() * max(0, len(widths) - 1)

    def _items(self) -> list[QLayoutItem]:
        items = (self._layout.itemAt(i) for i in range(self._layout.count()))
        return [item for item in items if item is not None and not item.isEmpty()]

    def minimumSizeHint(self) -> QSize:
        """As narrow as the widest part (stacked), as tall as the parts are now."""
        widest = max((item.minimumSize().width() for item in self._items()), default=0)
        return QSize(widest, self._layout.minimumSize().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Stack the parts when the new width cannot hold them side by side."""
        wanted = (
            Direction.LeftToRight
            if event.size().width() >= self.side_by_side_width()
            else Direction.TopToBottom
        )
        if wanted is not self._layout.direction():
            self._layout.setDirection(wanted)
            self.updateGeometry()
        super().resizeEvent(event)


def fit_items(combo: QComboBox) -> None:
    """Make ``combo`` at least as wide as its longest item (call after filling it), so that a
    row holding it stacks before the item is cut."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    combo.setMinimumWidth(combo.sizeHint().width())
