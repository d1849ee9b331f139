"""The About box: program name, version, what it does, and the language the program speaks."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

import importer
from gui.language import system_language
from importer.i18n import LANGUAGES


class AboutDialog(QDialog):
    """What the program is, and a Language choice that is kept in the settings.

    ``language_chosen`` carries the code ("" to follow the system) when the user picks one.
    """

    language_chosen = Signal(str)

    def __init__(self, chosen_language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Sociocs Contact Importer"))
        self.text = QLabel(self.about_text())
        self.text.setWordWrap(True)
        self.language = QComboBox()
        self.language.setObjectName("languageCombo")
        self.language.addItem(
            self.tr("System language ({language})").format(language=LANGUAGES[system_language()]),
            "",
        )
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(chosen_language)))
        self.language.setAccessibleDescription(
            self.tr("The language of the program; a new choice applies when it starts again.")
        )
        self.language.currentIndexChanged.connect(self._language_changed)
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleDescription(
            self.tr("Closes this window.")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def about_text(self) -> str:
        """The program's name, version and purpose (rich text)."""
        return self.tr(
            "<h3>Sociocs Contact Importer {version}</h3>"
            "<p>Moves contacts from spreadsheets (Excel, LibreOffice, CSV) into Sociocs. Every "
            "good row goes in; every row that cannot go in is explained in plain words.</p>"
            "<p>You can practice with the built-in sandbox first: nothing is sent to Sociocs.</p>"
        ).format(version=importer.__version__)

    def _language_changed(self, _index: int) -> None:
        self.language_chosen.emit(self.language.currentData())


def open_about(parent: QWidget | None, chosen_language: str) -> AboutDialog:
    """Open the About box without blocking and return it."""
    dialog = AboutDialog(chosen_language, parent)
    dialog.open()
    return dialog
