"""A one-line result message: working…, done, or what went wrong, in plain words."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


class StatusState(StrEnum):
    """What a :class:`StatusLabel` shows."""

    NONE = ""
    BUSY = "busy"
    OK = "ok"
    ERROR = "error"


_STYLES = {
    StatusState.OK: "color: #1b6e20; font-weight: bold;",
    StatusState.ERROR: "color: #b00020;",
    StatusState.BUSY: "color: palette(text);",
}


class StatusLabel(QLabel):
    """Shows the state of an action (:attr:`state`, a :class:`StatusState`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state = StatusState.NONE

    def _show(self, state: StatusState, text: str) -> None:
        self.state = state
        self.setStyleSheet(_STYLES.get(state, ""))
        self.setText(text)
        self.setAccessibleDescription(text)

    def show_busy(self, text: str) -> None:
        """Something is running."""
        self._show(StatusState.BUSY, text)

    def show_ok(self, text: str) -> None:
        """It worked (prefixed with a check mark)."""
        self._show(StatusState.OK, f"✓ {text}")

    def show_error(self, text: str) -> None:
        """It failed; ``text`` says why and what to do."""
        self._show(StatusState.ERROR, text)

    def clear_status(self) -> None:
        """Nothing to report."""
        self._show(StatusState.NONE, "")
