"""A one-line result message: working…, done, or what went wrong, in plain words."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QLabel, QWidget

from gui.accessibility import announce
from gui.theme import Tone, on_theme_change, text_style


class StatusState(StrEnum):
    """What a :class:`StatusLabel` shows."""

    NONE = ""
    BUSY = "busy"
    OK = "ok"
    ERROR = "error"


_TONES = {StatusState.OK: Tone.OK, StatusState.ERROR: Tone.ERROR}
_SYMBOLS = {StatusState.OK: "✓", StatusState.ERROR: "⚠"}
"""The symbol before the text: the state is never told by colour alone."""


class StatusLabel(QLabel):
    """Shows the state of an action (:attr:`state`, a :class:`StatusState`).

    A new state, or a new result, is announced to screen readers (errors assertively);
    busy texts that only count on are not.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state = StatusState.NONE
        on_theme_change(self._restyle)

    def _show(self, state: StatusState, text: str) -> None:
        symbol = _SYMBOLS.get(state)
        shown = f"{symbol} {text}" if symbol and text else text
        new_state = state is not self.state
        changed = new_state or (state is not StatusState.BUSY and shown != self.text())
        self.state = state
        if new_state:
            self._restyle()
        self.setText(shown)
        self.setAccessibleDescription(text)
        if changed:
            announce(self, text, assertive=state is StatusState.ERROR)

    @Slot()
    def _restyle(self) -> None:
        tone = _TONES.get(self.state)
        self.setStyleSheet(
            "" if tone is None else text_style(tone, bold=self.state is StatusState.OK)
        )

    def show_busy(self, text: str) -> None:
        """Something is running."""
        self._show(StatusState.BUSY, text)

    def show_ok(self, text: str) -> None:
        """It worked (prefixed with a check mark)."""
        self._show(StatusState.OK, text)

    def show_error(self, text: str) -> None:
        """It failed; ``text`` says why and what to do (prefixed with a warning sign)."""
        self._show(StatusState.ERROR, text)

    def clear_status(self) -> None:
        """Nothing to report."""
        self._show(StatusState.NONE, "")
