"""A radio button whose long text wraps onto more lines: Qt's never wraps, so a sentence that
fits in English is cut at the window's edge in French or German."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QRadioButton, QSizePolicy, QStyle, QWidget

NARROWEST = 200
"""The narrowest the button asks to be: below its text's width, it wraps instead."""


class WrappingRadioButton(QRadioButton):
    """A :class:`QRadioButton` that breaks its text between words to fit its width."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._full_text = text
        self.setAccessibleName(text.replace("&", ""))
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)  # Minimum would never wrap
        self.setSizePolicy(policy)

    def full_text(self) -> str:
        """The text as given, without the line breaks added to fit."""
        return self._full_text

    def wrapped_text(self, width: int) -> str:
        """The text with line breaks between words so that each line fits ``width`` pixels."""
        room = max(width - self._indicator_room(), 1)
        metrics = self.fontMetrics()
        lines: list[str] = []
        for word in self._full_text.split(" "):
            candidate = f"{lines[-1]} {word}" if lines else word
            if lines and metrics.horizontalAdvance(candidate.replace("&", "")) <= room:
                lines[-1] = candidate
            else:
                lines.append(word)
        return "\n".join(lines)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        lines = self.wrapped_text(width).count("\n") + 1
        indicator = self.style().pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorHeight)
        return max(indicator, lines * self.fontMetrics().lineSpacing()) + 4

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), NARROWEST), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        text = self.wrapped_text(event.size().width())
        if text != self.text():
            self.setText(text)
        super().resizeEvent(event)

    def _indicator_room(self) -> int:
        style = self.style()
        return (
            style.pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth, None, self)
            + style.pixelMetric(QStyle.PixelMetric.PM_RadioButtonLabelSpacing, None, self)
            + 4
        )
