"""Radio buttons and check boxes whose long text wraps onto more lines: Qt's never wrap, so a
sentence that fits in English is cut at the window's edge in French or German."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QRadioButton, QSizePolicy, QStyle, QWidget

NARROWEST = 200
"""The narrowest a button asks to be: below its text's width, it wraps instead."""
PixelMetric = QStyle.PixelMetric


class _Wrapper:
    """Breaks a button's text between words to fit its width; the button keeps the text whole
    as its accessible name."""

    def __init__(
        self, button: QAbstractButton, text: str, indicator: PixelMetric, spacing: PixelMetric
    ) -> None:
        self.button = button
        self.full_text = text
        self._indicator = indicator
        self._spacing = spacing
        button.setAccessibleName(text.replace("&", ""))
        policy = button.sizePolicy()
        policy.setHeightForWidth(True)
        policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)  # Minimum would never wrap
        button.setSizePolicy(policy)

    def indicator_room(self) -> int:
        """The width of the indicator and the gap before the text."""
        style = self.button.style()
        return (
            style.pixelMetric(self._indicator, None, self.button)
            + style.pixelMetric(self._spacing, None, self.button)
            + 4
        )

    def wrapped_text(self, width: int) -> str:
        """The text with line breaks between words so that each line fits ``width`` pixels."""
        room = max(width - self.indicator_room(), 1)
        metrics = self.button.fontMetrics()
        lines: list[str] = []
        for word in self.full_text.split(" "):
            candidate = f"{lines[-1]} {word}" if lines else word
            if lines and metrics.horizontalAdvance(candidate.replace("&", "")) <= room:
                lines[-1] = candidate
            else:
                lines.append(word)
        return "\n".join(lines)

    def height_for_width(self, width: int) -> int:
        """The height of the text wrapped to ``width`` (at least the indicator's)."""
        lines = self.wrapped_text(width).count("\n") + 1
        indicator = self.button.style().pixelMetric(self._indicator, None, self.button)
        return max(indicator, lines * self.button.fontMetrics().lineSpacing()) + 4

    def minimum_size(self, hint: QSize) -> QSize:
        """``hint`` no wider than :data:`NARROWEST`."""
        return QSize(min(hint.width(), NARROWEST), hint.height())

    def resized(self, width: int) -> None:
        """Wrap the text again for the button's new ``width``."""
        text = self.wrapped_text(width)
        if text != self.button.text():
            self.button.setText(text)


class WrappingRadioButton(QRadioButton):
    """A :class:`QRadioButton` that breaks its text between words to fit its width."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._wrap = _Wrapper(
            self,
            text,
            PixelMetric.PM_ExclusiveIndicatorWidth,
            PixelMetric.PM_RadioButtonLabelSpacing,
        )

    def full_text(self) -> str:
        """The text as given, without the line breaks added to fit."""
        return self._wrap.full_text

    def wrapped_text(self, width: int) -> str:
        """The text with line breaks between words so that each line fits ``width`` pixels."""
        return self._wrap.wrapped_text(width)

    def _indicator_room(self) -> int:
        return self._wrap.indicator_room()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._wrap.height_for_width(width)

    def minimumSizeHint(self) -> QSize:
        return self._wrap.minimum_size(super().minimumSizeHint())

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._wrap.resized(event.size().width())
        super().resizeEvent(event)


class WrappingCheckBox(QCheckBox):
    """A :class:`QCheckBox` that breaks its text between words to fit its width."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._wrap = _Wrapper(
            self, text, PixelMetric.PM_IndicatorWidth, PixelMetric.PM_CheckBoxLabelSpacing
        )

    def full_text(self) -> str:
        """The text as given, without the line breaks added to fit."""
        return self._wrap.full_text

    def set_full_text(self, text: str) -> None:
        """Show ``text`` (wrapped to the box's width)."""
        self._wrap.full_text = text
        self.setAccessibleName(text.replace("&", ""))
        self.setText(text)
        self._wrap.resized(self.width())
        self.updateGeometry()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._wrap.height_for_width(width)

    def minimumSizeHint(self) -> QSize:
        return self._wrap.minimum_size(super().minimumSizeHint())

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._wrap.resized(event.size().width())
        super().resizeEvent(event)
