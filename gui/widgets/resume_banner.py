"""The offer, on the Choose file page, to continue an import that stopped before the end."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QLocale, Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from gui.theme import Tone, box_style, on_theme_change
from importer.upload.journal import ResumeInfo


def offer_text(info: ResumeInfo) -> str:
    """ "Continue the import of contacts.xlsx (52,000 of 120,000 done)" and where it went."""
    list_name = info.details.get("list_name")
    done, total = QLocale().toString(info.rows_done), QLocale().toString(info.rows_total)
    if isinstance(list_name, str):
        text = QCoreApplication.translate(
            "ResumeBanner",
            "<b>Continue the import of {file}</b> ({done} of {total} done) to the list "
            "<b>{list}</b>? It stopped before the end; the rows already sent are skipped.",
        )
    else:
        text = QCoreApplication.translate(
            "ResumeBanner",
            "<b>Continue the import of {file}</b> ({done} of {total} done)? It stopped before "
            "the end; the rows already sent are skipped.",
        )
    return text.format(
        file=escape(info.file_name), done=done, total=total, list=escape(str(list_name))
    )


class ResumeBanner(QFrame):
    """The offer with Continue and Not now; emits ``continue_clicked`` or ``dismissed``."""

    continue_clicked = Signal()
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resumeBanner")
        self._restyle()
        on_theme_change(self._restyle)
        self.text = QLabel(self)
        self.text.setObjectName("resumeText")
        self.text.setWordWrap(True)
        self.continue_button = QPushButton(self.tr("&Continue"), self)
        self.continue_button.setObjectName("resumeButton")
        self.continue_button.clicked.connect(self.continue_clicked)
        self.dismiss_button = QPushButton(self.tr("Not no&w"), self)
        self.dismiss_button.setObjectName("resumeDismissButton")
        self.dismiss_button.clicked.connect(self.dismissed)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.continue_button)
        layout.addWidget(self.dismiss_button)
        self.setVisible(False)

    @Slot()
    def _restyle(self) -> None:
        self.setStyleSheet(box_style("#resumeBanner", Tone.INFO))

    def offer(self, info: ResumeInfo) -> None:
        """Show the offer for ``info``."""
        self.text.setText(offer_text(info))
        self.continue_button.setAccessibleDescription(
            self.tr("Continue the import of {file}").format(file=info.file_name)
        )
        self.setVisible(True)
