"""A short list of facts, each a symbol in its tone and one sentence, under a bold title."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from gui.symbols import Symbol, symbol_pixmap
from gui.theme import Tone, on_theme_change, tone_colour

SYMBOL_LINES = 1.3
"""A symbol's size, in lines of the text."""


class FactList(QWidget):
    """``title`` above the facts added with :meth:`add`."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("factList")
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(10)
        self._grid.setVerticalSpacing(6)
        self._grid.setColumnStretch(1, 1)
        heading = QLabel(title, self)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self._grid.addWidget(heading, 0, 0, 1, 2)
        self._facts: list[tuple[QLabel, Symbol, Tone]] = []
        on_theme_change(self._restyle)

    def add(self, symbol: Symbol, tone: Tone, text: str) -> QLabel:
        """One more fact; returns the label holding its sentence."""
        icon = QLabel(self)
        label = QLabel(text, self)
        label.setWordWrap(True)
        row = self._grid.rowCount()
        self._grid.addWidget(icon, row, 0, Qt.AlignmentFlag.AlignTop)
        self._grid.addWidget(label, row, 1)
        self._facts.append((icon, symbol, tone))
        self._draw(icon, symbol, tone)
        return label

    def _draw(self, icon: QLabel, symbol: Symbol, tone: Tone) -> None:
        side = int(self.fontMetrics().lineSpacing() * SYMBOL_LINES)
        ratio = max(1, round(self.devicePixelRatioF()))
        icon.setPixmap(symbol_pixmap(symbol, tone_colour(tone), side, ratio))
        icon.setFixedSize(side, side)

    @Slot()
    def _restyle(self) -> None:
        for icon, symbol, tone in self._facts:
            self._draw(icon, symbol, tone)
