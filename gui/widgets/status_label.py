"""A one-line result message: working…, done, or what went wrong, in plain words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

_STYLES = {
    "ok": "color: #1b6e20; font-weight: bold;",
    "error": "color: #b00020;",
    "busy": "color: palette(text);",
}


class StatusLabel(QLabel):
    """Shows the state of an action; ``state`` is "", "busy", "ok" or "error"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state = ""

    def _show(self, state: str, text: str) -> None:
        self.state = state
        self.setStyleSheet(_STYLES.get(state, ""))
        self.setText(text)
        self.setAccessibleDescription(text)

    def show_busy(self, text: str) -> None:
        """Something is running."""
        self._show("busy", text)

    def show_ok(self, text: str) -> None:
        """It worked (prefixed with a check mark)."""
        self._show("ok", f"✓ {text}")

    def show_error(self, text: str) -> None:
        """It failed; ``text`` says why and what to do."""
        self._show("error", text)

    def clear_status(self) -> None:
        """Nothing to report."""
        self._show("", "")
