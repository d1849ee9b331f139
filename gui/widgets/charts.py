"""Small charts drawn with QPainter (QtCharts is not part of PySide6-Essentials).

:class:`BarChart` draws labelled horizontal bars (Check data: the problems by kind; Done: the
outcomes); :class:`ProgressChart` the contacts sent over time (Upload). Colours come from the
theme's tones and every bar carries its label and number in words, so the chart never speaks
by colour alone; screen readers get the same as one sentence per bar in the accessible
description (the progress chart: "120 of 2,000 sent in 0:14").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from gui.theme import Tone, tone_background, tone_border, tone_colour
from importer.jobs.decisions import format_seconds

BAR_LINES = 1.45
"""A bar's height with its gap, in lines of the chart's font."""
MIN_TRACK = 60
"""The bars' least room, in pixels: the labels get the rest, and are cut only beyond it."""
MIN_LABEL_SHARE = 0.3


@dataclass(frozen=True)
class Bar:
    """One bar: what it counts, how many, and its tone."""

    label: str
    value: int
    tone: Tone = Tone.NEUTRAL


class BarChart(QWidget):
    """Horizontal bars in the order given; at most ``max_bars`` rows. When there are more bars,
    the last row says how many more there are ("+2 more kinds (see Show below)"), so the chart
    never says less than there is; the tooltip and the accessible description name them all."""

    def __init__(
        self,
        title: str,
        max_bars: int = 5,
        parent: QWidget | None = None,
        more: Callable[[int], str] | None = None,
    ) -> None:
        """``more(n)`` words the last row when ``n`` bars are not drawn (default "+n more")."""
        super().__init__(parent)
        self.setObjectName("barChart")
        self.setAccessibleName(title)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.title = title
        self.max_bars = max_bars
        self._bars: list[Bar] = []
        self._rest: list[Bar] = []
        self._more = more or (lambda hidden: self.tr("+%Ln more", "", hidden))

    @property
    def bars(self) -> list[Bar]:
        """The bars drawn."""
        return list(self._bars)

    @property
    def rest(self) -> list[Bar]:
        """The bars not drawn, counted in the last row (:meth:`more_text`)."""
        return list(self._rest)

    def set_bars(self, bars: list[Bar]) -> None:
        """Draw ``bars``: all of them when they fit in :attr:`max_bars` rows, else the first
        ones and a row counting the rest; all of them are in the description and the tooltip."""
        drawn = len(bars) if len(bars) <= self.max_bars else self.max_bars - 1
        self._bars, self._rest = bars[:drawn], bars[drawn:]
        lines = [self._line(bar) for bar in bars]
        self.setAccessibleDescription("; ".join(lines))
        self.setToolTip("\n".join(lines))
        self.updateGeometry()
        self.update()

    def set_title(self, title: str) -> None:
        """Call the chart ``title`` from now on."""
        self.title = title
        self.setAccessibleName(title)
        self.updateGeometry()
        self.update()

    def _line(self, bar: Bar) -> str:
        return self.tr("{label}: {count}").format(label=bar.label, count=_number(bar.value))

    def more_text(self) -> str:
        """The last row when not every bar is drawn ("+2 more"), else ""."""
        return self._more(len(self._rest)) if self._rest else ""

    def _small_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 0.92)
        return font

    def _rows(self) -> int:
        return max(1, len(self._bars) + (1 if self._rest else 0)) + 1

    def sizeHint(self) -> QSize:
        """Room for the title and every bar."""
        line = QFontMetrics(self._small_font()).lineSpacing()
        return QSize(max(240, self.whole_width()), int(line * BAR_LINES * self._rows()) + 4)

    def minimumSizeHint(self) -> QSize:
        """As tall as :meth:`sizeHint`, as wide as :meth:`whole_width` (a row of widgets
        holding the chart stacks before its labels would be cut)."""
        return QSize(self.whole_width(), self.sizeHint().height())

    def whole_width(self) -> int:
        """The narrowest the chart shows its title, every label and number and its last row
        whole, with :data:`MIN_TRACK` pixels of bar."""
        metrics = QFontMetrics(self._small_font())
        bold = QFont(self._small_font())
        bold.setBold(True)
        widest = max((metrics.horizontalAdvance(bar.label) for bar in self._bars), default=0)
        bars = widest + 8 + self._number_width(metrics) + MIN_TRACK
        more = metrics.horizontalAdvance(self.more_text())
        return max(160, bars, more, QFontMetrics(bold).horizontalAdvance(self.title)) + 1

    def _number_width(self, metrics: QFontMetrics) -> int:
        largest = max((bar.value for bar in self._bars), default=0) or 1
        return metrics.horizontalAdvance(_number(largest)) + 8

    def paintEvent(self, _event: QPaintEvent) -> None:
        """The title, then one labelled bar per value, scaled to the largest, then the row
        naming the bars not drawn."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = self._small_font()
        metrics = QFontMetrics(font)
        row = metrics.lineSpacing() * BAR_LINES
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text)
        painter.drawText(QRectF(0, 0, self.width(), row), Qt.AlignmentFlag.AlignVCenter, self.title)
        painter.setFont(font)
        largest = max((bar.value for bar in self._bars), default=0) or 1
        number_width = self._number_width(metrics)
        widest = max((metrics.horizontalAdvance(bar.label) for bar in self._bars), default=0)
        label_width = min(widest + 8.0, self.width() - number_width - MIN_TRACK)
        label_width = max(label_width, self.width() * MIN_LABEL_SHARE)
        track = max(10.0, self.width() - label_width - number_width - 8)
        for position, bar in enumerate(self._bars):
            top = row * (position + 1)
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, int(label_width - 6))
            painter.setPen(text)
            flags = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
            painter.drawText(QRectF(0, top, label_width - 6, row), flags, label)
            height = metrics.height() * 0.8
            length = max(2.0, track * bar.value / largest)
            box = QRectF(label_width, top + (row - height) / 2, length, height)
            painter.setPen(tone_border(bar.tone, palette))
            painter.setBrush(tone_colour(bar.tone, palette))
            painter.drawRoundedRect(box, 2, 2)
            painter.setPen(text)
            painter.drawText(
                QRectF(box.right() + 4, top, number_width, row), flags, _number(bar.value)
            )
        if self._rest:
            more = metrics.elidedText(self.more_text(), Qt.TextElideMode.ElideRight, self.width())
            where = QRectF(0, row * (len(self._bars) + 1), self.width(), row)
            painter.drawText(where, Qt.AlignmentFlag.AlignVCenter, more)
        painter.end()


def _number(value: int) -> str:
    return QLocale().toString(value)


class ProgressChart(QWidget):
    """Contacts sent over time: a filled line from the start of the upload to now, up to the
    number to send. A pause or a wait shows as a flat stretch."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progressChart")
        self.setAccessibleName(title)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.title = title
        self._points: list[tuple[float, int]] = []
        self._total = 0

    @property
    def points(self) -> list[tuple[float, int]]:
        """(seconds since the start, contacts sent) as recorded."""
        return list(self._points)

    def clear(self) -> None:
        """Forget the points (a new upload)."""
        self._points = []
        self._total = 0
        self.update()

    def add_point(self, seconds: float, done: int, total: int) -> None:
        """``done`` of ``total`` contacts were sent ``seconds`` after the start."""
        self._total = total
        if self._points and self._points[-1] == (seconds, done):
            return
        self._points.append((seconds, done))
        self.setAccessibleDescription(
            self.tr("{done} of {total} sent in {time}").format(
                done=_number(done), total=_number(total), time=format_seconds(seconds)
            )
        )
        self.update()

    def sizeHint(self) -> QSize:
        """The title and about ten lines of plot (it grows into the room there is)."""
        line = QFontMetrics(self.font()).lineSpacing()
        return QSize(240, line * 12)

    def minimumSizeHint(self) -> QSize:
        """The title and about five lines of plot."""
        line = QFontMetrics(self.font()).lineSpacing()
        return QSize(160, line * 7)

    def paintEvent(self, _event: QPaintEvent) -> None:
        """The title, the frame with its scales, and the filled line of contacts sent."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        metrics = QFontMetrics(self.font())
        line = metrics.lineSpacing()
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text)
        painter.drawText(
            QRectF(0, 0, self.width(), line), Qt.AlignmentFlag.AlignVCenter, self.title
        )
        painter.setFont(self.font())
        top_label = _number(max(self._total, 1))
        left = metrics.horizontalAdvance(top_label) + 8
        plot = QRectF(left, line * 1.5, self.width() - left - 2, self.height() - line * 2.8)
        painter.setPen(tone_border(Tone.NEUTRAL, palette))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(plot)
        painter.setPen(text)
        right = Qt.AlignmentFlag.AlignRight
        painter.drawText(QRectF(0, plot.top() - line / 2, left - 4, line), right, top_label)
        painter.drawText(QRectF(0, plot.bottom() - line / 2, left - 4, line), right, "0")
        end = max((seconds for seconds, _ in self._points), default=0.0)
        span = max(end, 10.0)
        below = QRectF(plot.left(), plot.bottom() + 2, plot.width(), line)
        painter.drawText(below, Qt.AlignmentFlag.AlignLeft, format_seconds(0))
        painter.drawText(below, right, format_seconds(span))
        if self._points:
            highest = max(self._total, 1)
            path = QPainterPath(QPointF(plot.left(), plot.bottom()))
            for seconds, done in self._points:
                x = plot.left() + plot.width() * seconds / span
                y = plot.bottom() - plot.height() * min(done, highest) / highest
                path.lineTo(QPointF(x, y))
            last_x = plot.left() + plot.width() * self._points[-1][0] / span
            outline = QPainterPath(path)
            path.lineTo(QPointF(last_x, plot.bottom()))
            path.closeSubpath()
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(tone_background(Tone.OK, palette))
            painter.drawPath(path)
            painter.setPen(QPen(tone_colour(Tone.OK, palette), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(outline)
        painter.end()
