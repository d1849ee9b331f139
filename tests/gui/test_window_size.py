"""The wizard's first size: large enough for Check data, never larger than the screen."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from gui.wizard import DEFAULT_SIZE, ImportWizard, default_size

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_default_size_fits_the_screen() -> None:
    screen = QGuiApplication.primaryScreen().availableGeometry().size()
    size = default_size(QSize(780, 580))
    assert size.width() == max(780, min(DEFAULT_SIZE.width(), screen.width()))
    assert size.height() == max(580, min(DEFAULT_SIZE.height(), screen.height()))


def test_first_window_uses_the_default_size_then_the_saved_one(
    qtbot: QtBot, session: Any, settings: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        "gui.wizard.default_size", lambda minimum: QSize(940, 670).expandedTo(minimum)
    )
    window = ImportWizard(session, settings)
    qtbot.addWidget(window, before_close_func=lambda w: w.shutdown())
    assert window.size() == QSize(940, 670)
    window.resize(790, 585)
    window.shutdown()
    again = ImportWizard(session, settings)
    qtbot.addWidget(again, before_close_func=lambda w: w.shutdown())
    assert again.size() == QSize(790, 585)
