"""The wizard's side: which Sociocs it talks to (:class:`AccountBadge`) above the list of steps
(:class:`StepList`), on the palette's base colour with the steps' edge line."""

from __future__ import annotations

from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QVBoxLayout, QWidget

from gui.widgets.account_badge import AccountBadge
from gui.widgets.step_list import StepList


class SideBar(QWidget):
    """The account on top, the steps below; as wide as the steps' names need."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sideBar")
        self.account = AccountBadge(self)
        self.steps = StepList(self)
        badge = QVBoxLayout()
        badge.setContentsMargins(8, 8, 9, 0)
        badge.addWidget(self.account)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(badge)
        layout.addWidget(self.steps, 1)

    def paintEvent(self, _event: QPaintEvent) -> None:
        """The base colour behind the badge, and the edge line the steps draw below it."""
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(self.width() - 1, 0, self.width() - 1, self.height())
        painter.end()
