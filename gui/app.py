"""Start the desktop wizard: the QApplication, its identity and icon, logging, the window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

import importer
from gui.file_opener import FileOpenEvents
from gui.language import apply_language, wizard_language
from gui.log_file import configure_logging
from gui.settings import AppSettings
from gui.theme import apply_theme
from gui.wizard import ImportWizard
from importer.resources import resource_path
from importer.settings_paths import log_dir

APP_NAME = "Sociocs Contact Importer"
ORGANIZATION = "Sociocs"
ICON_FILES = ("icons/app-icon-256.png", "icons/app-icon.svg")

log = logging.getLogger(__name__)


def app_icon() -> QIcon:
    """The program's icon from ``resources/icons`` (an empty icon when none is bundled)."""
    for relative in ICON_FILES:
        path = resource_path(relative)
        if path.is_file():
            return QIcon(str(path))
    return QIcon()


def create_app(argv: list[str]) -> QApplication:
    """The QApplication (reused when one exists) with name, version, icon and log file."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        app = QApplication([sys.argv[0] if sys.argv else "contact-importer", *argv])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setOrganizationDomain("sociocs.com")
    app.setApplicationVersion(importer.__version__)
    app.setWindowIcon(app_icon())
    path = configure_logging(log_dir())
    log.info("%s %s started (log: %s)", APP_NAME, importer.__version__, path)
    return app


def run_app(file: Path | None = None) -> int:
    """Open the import wizard and run until it is closed; returns the exit status. ``file``
    (given on the command line) and files the system asks to open (macOS) are opened in it."""
    app = create_app([])
    settings = AppSettings()
    language = apply_language(wizard_language(settings.language))
    log.info("Speaking %s, %s theme", language, apply_theme(app))
    wizard = ImportWizard(settings=settings)
    app.installEventFilter(FileOpenEvents(wizard.open_file, wizard))
    if file is not None:
        wizard.open_file(file)
    wizard.show()
    return app.exec()
