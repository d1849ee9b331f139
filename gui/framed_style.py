"""Fusion with every input framed so it shows: in the high-contrast theme in the text colour,
in the program's light and dark themes in a grey that stands out from the window (WCAG 1.4.11
asks 3:1 for the edge of a control; :func:`gui.theme.input_frame` chooses). Fusion's own frames
are a shade of the window colour, which vanishes on black and nearly so on the dark grey.

Text fields, combo boxes, spin boxes, lists and tables get the frame; the one with the keyboard
focus is framed in the highlight colour.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QStyleOptionComplex,
    QWidget,
)

PE = QStyle.PrimitiveElement
CC = QStyle.ComplexControl
FRAMED_CONTROLS = (CC.CC_ComboBox, CC.CC_SpinBox)


class FramedStyle(QProxyStyle):
    """Fusion; the frame of inputs drawn in ``frame_colour(palette)`` (the theme's choice,
    asked at each drawing, so a change of theme needs no new style)."""

    def __init__(self, frame_colour: Callable[[QPalette], QColor]) -> None:
        super().__init__(QStyleFactory.create("Fusion"))
        self.frame_colour = frame_colour

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        """Fusion's drawing, then the frame of a text field or of a list or table."""
        super().drawPrimitive(element, option, painter, widget)
        field = element is PE.PE_PanelLineEdit and option.state & QStyle.StateFlag.State_Enabled
        view = element is PE.PE_Frame and isinstance(widget, QAbstractScrollArea)
        if field or view:
            self._frame(option, painter)

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        """Fusion's drawing, then the frame of a combo box or a spin box."""
        super().drawComplexControl(control, option, painter, widget)
        if control in FRAMED_CONTROLS:
            self._frame(option, painter)

    def _frame(self, option: QStyleOption, painter: QPainter) -> None:
        focused = option.state & QStyle.StateFlag.State_HasFocus
        palette = option.palette
        colour = palette.color(QPalette.ColorRole.Highlight) if focused else None
        painter.save()
        painter.setPen(colour or self.frame_colour(palette))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        rect: QRect = option.rect
        painter.drawRect(rect.adjusted(0, 0, -1, -1))
        painter.restore()
