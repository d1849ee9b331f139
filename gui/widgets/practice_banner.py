"""The strip shown at the top of every page while the practice sandbox is in use."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


class PracticeBanner(QLabel):
    """A coloured, always-readable notice that the wizard is talking to the sandbox."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(self.tr("Practice mode — nothing is sent to Sociocs"))
        self.setObjectName("practiceBanner")
        self.setAccessibleName(self.text())
        self.setWordWrap(True)
        self.setStyleSheet(
            "#practiceBanner { background: #fff4ce; color: #4d3800; border: 1px solid #e5c74a;"
            " border-radius: 4px; padding: 6px 10px; font-weight: bold; }"
        )
