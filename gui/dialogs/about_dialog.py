"""The About box: program name, version, what it does, and the language the program speaks.

A language whose catalogs are missing or unreadable is listed as "(not installed)"; choosing it
says so under the list and keeps the language in use.
"""

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
from gui.language import active_language, language_installed, system_language
from importer.i18n import LANGUAGES, supported_language


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
            shown = name if language_installed(code) else self.not_installed_name(code)
            self.language.addItem(shown, code)
        self.language.setCurrentIndex(max(0, self.language.findData(chosen_language)))
        self._shown_index = self.language.currentIndex()
        self.language.setAccessibleDescription(
            self.tr("The language of the program; a new choice applies when it starts again.")
        )
        self.language.currentIndexChanged.connect(self._language_changed)
        self.note = QLabel(self)
        self.note.setObjectName("languageNote")
        self.note.setWordWrap(True)
        wanted = supported_language(chosen_language)
        if wanted is not None and not language_installed(wanted):
            self._say_not_installed(wanted)
        else:
            self.note.setVisible(False)
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow("", self.note)
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

    def not_installed_name(self, code: str) -> str:
        """How a language without its catalogs is listed."""
        return self.tr("{language} (not installed)").format(language=LANGUAGES[code])

    def _say_not_installed(self, code: str) -> None:
        self.note.setText(
            self.tr(
                "{language} is not installed: its translation files are missing or damaged. "
                "The program keeps the language it speaks now ({current}). Installing the "
                "program again brings them back."
            ).format(language=LANGUAGES[code], current=LANGUAGES[active_language()])
        )
        self.note.setVisible(True)

    def _language_changed(self, index: int) -> None:
        code = self.language.itemData(index)
        if code and not language_installed(code):
            self._say_not_installed(code)
            self.language.blockSignals(True)
            self.language.setCurrentIndex(self._shown_index)
            self.language.blockSignals(False)
            return
        self._shown_index = index
        self.note.setVisible(False)
        self.language_chosen.emit(code)


def open_about(parent: QWidget | None, chosen_language: str) -> AboutDialog:
    """Open the About box without blocking and return it."""
    dialog = AboutDialog(chosen_language, parent)
    dialog.open()
    return dialog
