"""The About box: program name, version and what it does."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

import importer

ABOUT_TEXT = (
    "<h3>Sociocs Contact Importer {version}</h3>"
    "<p>Moves contacts from spreadsheets (Excel, LibreOffice, CSV) into Sociocs. Every good "
    "row goes in; every row that cannot go in is explained in plain words.</p>"
    "<p>You can practice with the built-in sandbox first: nothing is sent to Sociocs.</p>"
)


def open_about(parent: QWidget | None) -> QMessageBox:
    """Open the About box without blocking and return it."""
    box = QMessageBox(parent)
    box.setObjectName("aboutDialog")
    box.setWindowTitle("About Sociocs Contact Importer")
    box.setText(ABOUT_TEXT.format(version=importer.__version__))
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.open()
    return box
