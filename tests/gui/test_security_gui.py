"""The wizard keeps the API key secret: only the keyring holds it; the log file, the error
dialog's "Copy details" text and the settings never do."""

from __future__ import annotations

import base64
import logging
import os
import stat
import sys
from collections.abc import Iterator
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from gui.dialogs.message_boxes import _DetailsCopier, show_error
from gui.log_file import configure_logging
from gui.pages.connect_page import ConnectPage
from gui.wizard import page_id
from importer.api_key import KEYRING_SERVICE, KEYRING_USER
from importer.sandbox.server import SandboxServer

KEY = "gui-user-51b2:Gui-S3cret-Kept-In-Keyring-77e0"
WRONG_KEY = "gui-user-51b2:Gui-Wr0ng-Secret-Not-Logged-31"


def forms(key: str) -> list[str]:
    secret = key.split(":", 1)[1]
    return [key, secret, base64.b64encode(key.encode()).decode()]


@pytest.fixture
def log_path(tmp_path: Path) -> Iterator[Path]:
    """The wizard's log file, configured as the app does, removed from logging after."""
    path = configure_logging(tmp_path / "logs")
    yield path
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, RotatingFileHandler) and Path(handler.baseFilename) == path:
            root.removeHandler(handler)
            handler.close()


@pytest.fixture
def key_sandbox() -> Iterator[SandboxServer]:
    server = SandboxServer(KEY).start()
    try:
        yield server
    finally:
        server.stop()


def connect(wizard: Any, qtbot: QtBot, url: str, key: str) -> ConnectPage:
    page = wizard.page(page_id(ConnectPage))
    assert isinstance(page, ConnectPage)
    page.url_edit.setText(url)
    page.key_edit.setText(key)
    page.test_connection()
    qtbot.waitUntil(lambda: page.status.state in ("ok", "error"), timeout=5000)
    return page


def test_key_only_in_the_keyring_never_in_log_details_or_settings(
    wizard: Any,
    qtbot: QtBot,
    key_sandbox: SandboxServer,
    memory_keyring: Any,
    importer_home: Path,
    log_path: Path,
    dialogs: Any,
    tmp_path: Path,
) -> None:
    assert connect(wizard, qtbot, key_sandbox.url, WRONG_KEY).status.state == "error"
    page = connect(wizard, qtbot, key_sandbox.url, KEY)
    assert page.status.state == "ok"
    page.remember.setChecked(True)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() != page_id(ConnectPage), timeout=5000)
    assert memory_keyring.passwords[(KEYRING_SERVICE, KEYRING_USER)] == KEY

    leaked = RuntimeError(f"request failed with apikey={KEY} ({forms(KEY)[2]})")
    show_error(wizard, leaked)
    logging.getLogger("gui.test").warning("header apikey: %s", KEY)
    ((_, text, details),) = dialogs.errors
    button = QPushButton("Copy details")
    qtbot.addWidget(button)
    _DetailsCopier(details, button).copy()
    copied = QGuiApplication.clipboard().text()
    assert "RuntimeError" in copied and "[redacted]" in copied

    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert {log_path, wizard.settings.file_path} <= set(written)
    assert "[redacted]" in log_path.read_text(encoding="utf-8")
    for secret in forms(KEY) + forms(WRONG_KEY):
        assert secret not in text + details + copied
        for path in written:
            assert secret.encode() not in path.read_bytes(), path


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_the_log_and_the_settings_are_readable_by_the_user_alone(importer_home: Path) -> None:
    from gui.settings import AppSettings
    from importer.settings_paths import config_dir, log_dir

    previous = os.umask(0o022)
    try:
        path = configure_logging(log_dir())
        handler = next(h for h in logging.getLogger().handlers if _logs_to(h, path))
        logging.getLogger("gui.test").warning("a line")
        assert isinstance(handler, RotatingFileHandler)
        handler.doRollover()
        logging.getLogger("gui.test").warning("a line after rotating")
        config_dir().mkdir(parents=True, mode=0o755)
        older = config_dir() / "wizard.ini"
        older.write_text("[ui]\nlanguage=de\n", encoding="utf-8")
        settings = AppSettings()
        settings.language = "fr"
    finally:
        os.umask(previous)
        logging.getLogger().removeHandler(handler)
        handler.close()
    assert AppSettings().language == "fr"
    written = sorted(importer_home.rglob("*"))
    assert {path, Path(f"{path}.1"), older} <= set(written)
    assert {str(p): stat.S_IMODE(p.stat().st_mode) for p in written} == {
        str(p): 0o700 if p.is_dir() else 0o600 for p in written
    }


def _logs_to(handler: logging.Handler, path: Path) -> bool:
    return isinstance(handler, RotatingFileHandler) and Path(handler.baseFilename) == path
