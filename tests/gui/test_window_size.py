"""The wizard's first size and place: large enough for Check data, never larger than the screen's
free area with the window's frame, centred in it; then the size the user left it at."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from pytestqt.qtbot import QtBot

from gui.wizard import FRAME, MINIMUM_SIZE, ImportWizard, centred_position, default_size

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

LAPTOP_AREA = QRect(0, 0, 1093, 540)
"""A 1366×768 screen at 125 % with a 48-pixel taskbar, in device-independent pixels."""


@pytest.mark.parametrize(
    ("area", "expected"),
    [
        (QRect(0, 0, 1920, 1040), QSize(1040, 680)),
        (LAPTOP_AREA, QSize(1040, 500)),
        (QRect(0, 0, 800, 560), QSize(784, 520)),
        (QRect(0, 0, 640, 400), MINIMUM_SIZE),
    ],
)
def test_the_first_size_with_its_frame_fits_the_free_area(
    area: QRect, expected: QSize, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("gui.wizard.work_area", lambda: area)
    size = default_size(MINIMUM_SIZE)
    assert size == expected
    if size != MINIMUM_SIZE:
        assert size.width() + FRAME.left() + FRAME.right() <= area.width()
        assert size.height() + FRAME.top() + FRAME.bottom() <= area.height()


def test_the_first_window_is_centred_with_its_title_bar_in_sight(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("gui.wizard.work_area", lambda: QRect(0, 40, 1093, 540))
    assert centred_position(QSize(1040, 500)) == QPoint(FRAME.left() + 18, 40 + FRAME.top())
    assert centred_position(QSize(600, 300)).y() > 40 + FRAME.top()


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
