"""The strip shown at the top of every page while the practice sandbox is in use."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QLabel, QWidget

from gui.theme import Tone, box_style, on_theme_change, tone_colour


class PracticeBanner(QLabel):
    """A tinted, always-readable notice that the wizard is talking to the sandbox."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(self.tr("Practice mode — nothing is sent to Sociocs"))
        self.setObjectName("practiceBanner")
        self.setAccessibleName(self.text())
        self.setWordWrap(True)
        self._restyle()
        on_theme_change(self._restyle)

    @Slot()
    def _restyle(self) -> None:
        self.setStyleSheet(
            box_style("#practiceBanner", Tone.PRACTICE)
            + f" #practiceBanner {{ color: {tone_colour(Tone.PRACTICE).name()};"
            " padding: 6px 10px; font-weight: bold; }"
        )
