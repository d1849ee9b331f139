"""Small symbols drawn with QPainter in a tone's colour: tiles, table rows, the step list.

Drawn rather than loaded, so they follow the theme (dark, high contrast) and stay sharp at any
scale. Each symbol has its own shape, so none is told apart by colour alone.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPalette, QPen, QPixmap

from gui.theme import Tone, current_palette, tone_colour


class Symbol(StrEnum):
    """What a symbol shows."""

    CHECK = "check"
    """Ready, uploaded, finished: a tick in a circle."""
    NOTE = "note"
    """Goes ahead with a note: an "i" in a circle."""
    ERROR = "error"
    """Cannot be sent, refused: an exclamation mark in a triangle."""
    DUPLICATE = "duplicate"
    """Repeats another row: two overlapping cards."""
    SKIP = "skip"
    """Left out on purpose: a circle with a bar."""
    UPLOAD = "upload"
    """Sent: an arrow up to a line."""


def _pen(colour: QColor, width: float) -> QPen:
    pen = QPen(colour, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def paint_symbol(painter: QPainter, rect: QRectF, symbol: Symbol, colour: QColor) -> None:
    """Draw ``symbol`` in ``colour`` inside the square ``rect``."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    side = min(rect.width(), rect.height())
    box = QRectF(0, 0, side, side)
    box.moveCenter(rect.center())
    width = max(1.5, side / 11)
    painter.setPen(_pen(colour, width))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    inner = box.adjusted(width, width, -width, -width)
    _DRAW[symbol](painter, inner, width)
    painter.restore()


def _point(box: QRectF, x: float, y: float) -> QPointF:
    return QPointF(box.left() + x * box.width(), box.top() + y * box.height())


def _check(painter: QPainter, box: QRectF, _width: float) -> None:
    painter.drawEllipse(box)
    path = QPainterPath(_point(box, 0.28, 0.52))
    path.lineTo(_point(box, 0.44, 0.68))
    path.lineTo(_point(box, 0.73, 0.35))
    painter.drawPath(path)


def _note(painter: QPainter, box: QRectF, _width: float) -> None:
    painter.drawEllipse(box)
    painter.drawLine(_point(box, 0.5, 0.46), _point(box, 0.5, 0.74))
    painter.drawPoint(_point(box, 0.5, 0.28))


def _error(painter: QPainter, box: QRectF, _width: float) -> None:
    path = QPainterPath(_point(box, 0.5, 0.04))
    path.lineTo(_point(box, 0.98, 0.92))
    path.lineTo(_point(box, 0.02, 0.92))
    path.closeSubpath()
    painter.drawPath(path)
    painter.drawLine(_point(box, 0.5, 0.38), _point(box, 0.5, 0.62))
    painter.drawPoint(_point(box, 0.5, 0.78))


def _duplicate(painter: QPainter, box: QRectF, _width: float) -> None:
    back = QRectF(_point(box, 0.05, 0.05), _point(box, 0.68, 0.68))
    front = QRectF(_point(box, 0.32, 0.32), _point(box, 0.95, 0.95))
    painter.drawRoundedRect(back, 2, 2)
    painter.drawRoundedRect(front, 2, 2)


def _skip(painter: QPainter, box: QRectF, _width: float) -> None:
    painter.drawEllipse(box)
    painter.drawLine(_point(box, 0.18, 0.82), _point(box, 0.82, 0.18))


def _upload(painter: QPainter, box: QRectF, _width: float) -> None:
    painter.drawLine(_point(box, 0.5, 0.72), _point(box, 0.5, 0.12))
    path = QPainterPath(_point(box, 0.24, 0.38))
    path.lineTo(_point(box, 0.5, 0.12))
    path.lineTo(_point(box, 0.76, 0.38))
    painter.drawPath(path)
    painter.drawLine(_point(box, 0.12, 0.92), _point(box, 0.88, 0.92))


_DRAW = {
    Symbol.CHECK: _check,
    Symbol.NOTE: _note,
    Symbol.ERROR: _error,
    Symbol.DUPLICATE: _duplicate,
    Symbol.SKIP: _skip,
    Symbol.UPLOAD: _upload,
}


def symbol_pixmap(symbol: Symbol, colour: QColor, size: int, scale: int = 1) -> QPixmap:
    """``symbol`` in ``colour`` on a transparent square of ``size`` (× ``scale`` pixels)."""
    pixmap = QPixmap(size * scale, size * scale)
    pixmap.setDevicePixelRatio(scale)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    paint_symbol(painter, QRectF(0, 0, size, size), symbol, colour)
    painter.end()
    return pixmap


def symbol_icon(symbol: Symbol, tone: Tone, size: int = 16) -> QIcon:
    """``symbol`` as an icon in ``tone``'s colour (in the highlighted text's colour when its
    row is selected), for table cells and buttons."""
    selected = current_palette().color(QPalette.ColorRole.HighlightedText)
    icon = QIcon()
    for scale in (1, 2):
        icon.addPixmap(symbol_pixmap(symbol, tone_colour(tone), size, scale))
        icon.addPixmap(symbol_pixmap(symbol, selected, size, scale), QIcon.Mode.Selected)
    return icon
