"""The list of steps on the side of the wizard: finished steps ticked, the current one marked.

Painted with the palette's colours (the current step in the highlight colour, a bar and bold
text; finished steps with a tick; steps to come quieter), so it reads in every theme and never
by colour alone. Screen readers get its state as the accessible description ("Step 4 of 8:
Check data").
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from gui.symbols import Symbol, paint_symbol
from gui.theme import is_high_contrast, mix

ROW_HEIGHT = 2.6
"""A step's height, in lines of the font."""
CIRCLE = 1.55
"""The number circle's diameter, in lines of the font."""


class StepList(QWidget):
    """The wizard's step names, top to bottom; :meth:`set_current` moves the marker."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepList")
        self.setAccessibleName(self.tr("Steps of the import"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.setAutoFillBackground(False)
        self._names: list[str] = []
        self._current = -1
        self._finished_all = False

    @property
    def names(self) -> list[str]:
        """The step names shown."""
        return list(self._names)

    @property
    def current(self) -> int:
        """The position of the current step (-1: none)."""
        return self._current

    def set_steps(self, names: list[str]) -> None:
        """Show ``names`` (the page titles, in order)."""
        self._names = list(names)
        self.updateGeometry()
        self._changed()

    def set_current(self, index: int, *, finished_all: bool = False) -> None:
        """Mark step ``index`` as current and every step before it as finished
        (``finished_all``: the last step is finished too)."""
        self._current = index
        self._finished_all = finished_all
        self._changed()

    def is_finished(self, index: int) -> bool:
        """Whether step ``index`` is ticked."""
        return index < self._current or (self._finished_all and index == self._current)

    def describe(self) -> str:
        """ "Step 4 of 8: Check data" (empty before the first step)."""
        if not 0 <= self._current < len(self._names):
            return ""
        return self.tr("Step {number} of {count}: {name}").format(
            number=self._current + 1, count=len(self._names), name=self._names[self._current]
        )

    def _changed(self) -> None:
        self.setAccessibleDescription(self.describe())
        self.update()

    def _line(self) -> float:
        return float(self.fontMetrics().lineSpacing())

    def sizeHint(self) -> QSize:
        """Wide enough for the longest name in bold, tall enough for every step."""
        bold = QFont(self.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        widest = max((metrics.horizontalAdvance(name) for name in self._names), default=80)
        line = self._line()
        return QSize(int(widest + line * 4.2), int(line * ROW_HEIGHT * max(1, len(self._names))))

    def minimumSizeHint(self) -> QSize:
        """As wide as :meth:`sizeHint` (names are never cut), any height."""
        return QSize(self.sizeHint().width(), int(self._line() * ROW_HEIGHT * 3))

    def paintEvent(self, _event: QPaintEvent) -> None:
        """The background, the line joining the steps, and each step."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        painter.fillRect(self.rect(), base)
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(self.width() - 1, 0, self.width() - 1, self.height())
        line = self._line()
        row = line * ROW_HEIGHT
        top = line * 0.8
        circle = line * CIRCLE
        x = line * 0.9
        for index, name in enumerate(self._names):
            y = top + index * row
            if index + 1 < len(self._names):
                self._paint_link(painter, index, x + circle / 2, y + circle, y + row)
            if index == self._current:
                self._paint_current_band(painter, y, circle, line)
            self._paint_circle(painter, index, QRectF(x, y, circle, circle))
            self._paint_name(painter, index, name, QRectF(x + circle + line * 0.6, y, 0, circle))
        painter.end()

    def _paint_link(self, painter: QPainter, index: int, x: float, y1: float, y2: float) -> None:
        palette = self.palette()
        done = self.is_finished(index)
        role = QPalette.ColorRole.Highlight if done else QPalette.ColorRole.Mid
        painter.setPen(palette.color(role))
        painter.drawLine(int(x), int(y1 + 2), int(x), int(y2 - 2))

    def _paint_current_band(self, painter: QPainter, y: float, circle: float, line: float) -> None:
        palette = self.palette()
        highlight = palette.color(QPalette.ColorRole.Highlight)
        band = QRectF(4, y - line * 0.35, self.width() - 9, circle + line * 0.7)
        fill = mix(palette.color(QPalette.ColorRole.Base), highlight, 0.14)
        if is_high_contrast():
            fill = palette.color(QPalette.ColorRole.Base)
        painter.setPen(highlight if is_high_contrast() else Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(band, 4, 4)
        painter.fillRect(QRectF(4, band.top(), 3, band.height()), highlight)

    def _paint_circle(self, painter: QPainter, index: int, rect: QRectF) -> None:
        palette = self.palette()
        highlight = palette.color(QPalette.ColorRole.Highlight)
        on_highlight = palette.color(QPalette.ColorRole.HighlightedText)
        marked = index <= self._current
        painter.setPen(highlight if marked else palette.color(QPalette.ColorRole.Mid))
        painter.setBrush(highlight if marked else palette.color(QPalette.ColorRole.Base))
        painter.drawEllipse(rect.adjusted(1, 1, -1, -1))
        if self.is_finished(index):
            paint_symbol(painter, rect.adjusted(3, 3, -3, -3), Symbol.CHECK, on_highlight)
            return
        role = QPalette.ColorRole.PlaceholderText
        painter.setPen(on_highlight if marked else palette.color(role))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(index + 1))

    def _paint_name(self, painter: QPainter, index: int, name: str, rect: QRectF) -> None:
        palette = self.palette()
        font = QFont(self.font())
        font.setBold(index == self._current)
        painter.setFont(font)
        later = index > self._current
        role = QPalette.ColorRole.PlaceholderText if later else QPalette.ColorRole.WindowText
        painter.setPen(palette.color(role))
        area = QRectF(rect.left(), rect.top(), self.width() - rect.left() - 6, rect.height())
        painter.drawText(area, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, name)
        painter.setFont(self.font())
