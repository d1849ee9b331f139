"""Which Sociocs the wizard talks to, on top of the step list, from Connect to Done: the real
account (Sociocs gives no account name, so the start of the key's public part names it), the
practice sandbox, or nothing yet."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from gui.theme import Tone, box_style, on_theme_change, text_style
from importer.api.client import DEFAULT_API_URL
from importer.api_key import key_hint


class AccountBadge(QFrame):
    """Two short lines in a tinted box: what is connected, and which one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountBadge")
        self.title = QLabel(self)
        self.title.setObjectName("accountTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.detail = QLabel(self)
        self.detail.setObjectName("accountDetail")
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(1)
        layout.addWidget(self.title)
        layout.addWidget(self.detail)
        self._tone = Tone.NEUTRAL
        self.show_account(practice=False, api_key="", api_url="", connected=False)
        on_theme_change(self._restyle)

    def show_account(self, *, practice: bool, api_key: str, api_url: str, connected: bool) -> None:
        """Name the connection: the practice sandbox, the Sociocs account of ``api_key`` (with
        its address when it is not Sociocs's usual one), or none yet."""
        if practice:
            title, detail, tone = (
                self.tr("Practice sandbox"),
                self.tr("Nothing is sent to Sociocs."),
                Tone.PRACTICE,
            )
        elif connected:
            hint = key_hint(api_key)
            title = self.tr("Sociocs account")
            detail = self.tr("Key {start}").format(start=hint) if hint else ""
            if api_url and api_url.rstrip("/") != DEFAULT_API_URL:
                detail = f"{detail}\n{api_url}".strip()
            tone = Tone.INFO
        else:
            title, detail, tone = self.tr("Not connected yet"), "", Tone.NEUTRAL
        self.title.setText(title)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.setAccessibleName(self.tr("Connected to: {what}").format(what=title))
        self.setAccessibleDescription(detail)
        self._tone = tone
        self._restyle()

    @Slot()
    def _restyle(self) -> None:
        self.setStyleSheet(box_style("#accountBadge", self._tone))
        self.title.setStyleSheet(text_style(self._tone, bold=True))
