"""Start-up, the wizard window (title, About, careful close), the error funnel, the log file."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot

import importer
from gui.app import create_app
from gui.dialogs.about_dialog import AboutDialog
from gui.dialogs.message_boxes import ErrorDialog, show_error
from gui.errors import UNEXPECTED_TEXT
from gui.log_file import LOG_NAME, hide_secret
from gui.pages.connect_page import ConnectPage
from gui.pages.file_page import FilePage
from gui.pages.mapping_page import MappingPage
from gui.wizard import PAGES, WINDOW_TITLE, ImportWizard, page_id
from importer.choices import ImportChoices
from importer.errors import EncryptedFileError

REAL_ERROR_DIALOG = ErrorDialog.show
OFFSCREEN_DIALOG_NOTE = "This plugin does not support propagateSizeHints"
"""The offscreen platform warns when a message box is shown; nothing is wrong."""


@pytest.fixture(autouse=True)
def _remove_log_handlers(importer_home: Path) -> Iterator[None]:
    yield
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, RotatingFileHandler):
            root.removeHandler(handler)
            handler.close()


def test_app_identity_and_log_file_without_the_key(qapp: QApplication, importer_home: Path) -> None:
    app = create_app([])
    assert app is qapp
    assert app.applicationName() == WINDOW_TITLE
    assert app.applicationVersion() == importer.__version__
    hide_secret("key-abc-123456")
    logging.getLogger("gui.test").warning("request with apikey key-abc-123456 failed")
    log_file = importer_home / "logs" / LOG_NAME
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = log_file.read_text(encoding="utf-8")
    assert "request with apikey" in text
    assert "key-abc-123456" not in text


RUN_AND_CLOSE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from gui.app import run_app
from gui.wizard import ImportWizard

app = QApplication(sys.argv[:1])
shown = []

def close_wizard():
    shown.extend(w for w in QApplication.topLevelWidgets() if isinstance(w, ImportWizard))
    for wizard in shown:
        wizard.close()

QTimer.singleShot(0, close_wizard)
status = run_app()
sys.exit(status if len(shown) == 1 else 9)
"""


def test_run_app_opens_the_wizard_and_returns_on_close(importer_home: Path) -> None:
    # A separate process: once a QApplication's exec() has returned, its event loop is spent.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    completed = subprocess.run(
        [sys.executable, "-c", RUN_AND_CLOSE],
        cwd=Path(__file__).resolve().parents[2],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    assert (importer_home / "logs" / LOG_NAME).is_file()


def test_pages_are_in_order(wizard: ImportWizard) -> None:
    assert PAGES[:3] == (ConnectPage, FilePage, MappingPage)
    assert [type(p) for p in wizard.pages()][:3] == [ConnectPage, FilePage, MappingPage]
    assert page_id(FilePage) == 1
    assert wizard.windowTitle() == WINDOW_TITLE
    assert wizard.wizardStyle() is QWizard.WizardStyle.ModernStyle


@pytest.mark.qt_log_ignore(OFFSCREEN_DIALOG_NOTE)
def test_about_shows_the_version(wizard: ImportWizard, qtbot: QtBot) -> None:
    wizard.button(QWizard.WizardButton.CustomButton1).click()
    box = wizard.findChild(AboutDialog, "aboutDialog")
    assert box is not None
    assert importer.__version__ in box.text.text()
    box.close()


def test_closing_on_the_first_page_does_not_ask(wizard: ImportWizard, dialogs: Any) -> None:
    wizard.reject()
    assert dialogs.questions == []
    assert not wizard.isVisible()


def test_closing_with_a_file_chosen_asks_first(
    wizard: ImportWizard, dialogs: Any, session: Any
) -> None:
    session.choices = ImportChoices(Path("contacts.xlsx"))
    wizard.setStartId(page_id(FilePage))
    wizard.restart()
    dialogs.answer = False
    wizard.close()
    assert "contacts.xlsx" in dialogs.questions[-1]
    assert wizard.isVisible()
    dialogs.answer = True
    wizard.close()
    assert not wizard.isVisible()


def test_importer_error_is_shown_in_plain_words(dialogs: Any) -> None:
    hide_secret("secret-key-987654")
    exc = EncryptedFileError("c.xlsx", "The workbook is protected with a password.")
    show_error(None, exc)
    title, text, details = dialogs.errors[-1]
    assert title == "Problem"
    assert text == exc.user_text()
    assert details.startswith("importer.errors.EncryptedFileError: ")


def test_unexpected_error_gets_a_generic_sentence_and_hidden_key(dialogs: Any) -> None:
    hide_secret("secret-key-987654")
    show_error(None, RuntimeError("socket closed for secret-key-987654"))
    _, text, details = dialogs.errors[-1]
    assert text == UNEXPECTED_TEXT
    assert "RuntimeError" in details
    assert "secret-key-987654" not in details


@pytest.mark.qt_log_ignore(OFFSCREEN_DIALOG_NOTE)
def test_error_dialog_copy_details_keeps_it_open(qtbot: QtBot) -> None:
    box = REAL_ERROR_DIALOG(None, "Problem", "It went wrong.", "ValueError: details")
    qtbot.addWidget(box)
    copy = next(b for b in box.buttons() if b.text() == "&Copy details")
    copy.click()
    assert QGuiApplication.clipboard().text() == "ValueError: details"
    assert box.isVisible()
    box.close()
