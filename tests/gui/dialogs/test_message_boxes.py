"""The yes/no question box: opened without a nested event loop, its answer given once to a
callback (the safe answer on Escape)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from gui.dialogs.message_boxes import ConfirmDialog
from tests.gui.test_app import OFFSCREEN_DIALOG_NOTE


@pytest.fixture
def real_question(monkeypatch: pytest.MonkeyPatch, dialogs: object) -> None:
    """The real ConfirmDialog.ask (the GUI tests answer it by default)."""
    monkeypatch.undo()


@pytest.mark.qt_log_ignore(OFFSCREEN_DIALOG_NOTE)
def test_the_answer_comes_once_through_the_callback(qtbot: QtBot, real_question: None) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    answers: list[bool] = []
    box = ConfirmDialog.ask(parent, "Close?", "Really close?", "&Close", "&Keep", answers.append)
    assert box.isVisible() and answers == [], "open() returns at once; nothing answered yet"
    assert box.windowModality() is Qt.WindowModality.WindowModal
    assert box.defaultButton().text() == "&Keep", "the safe answer is the default"
    yes = next(b for b in box.buttons() if b.text() == "&Close")
    with qtbot.waitSignal(box.finished):
        yes.click()
    assert answers == [True]


@pytest.mark.qt_log_ignore(OFFSCREEN_DIALOG_NOTE)
def test_escape_is_no(qtbot: QtBot, real_question: None) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    answers: list[bool] = []
    box = ConfirmDialog.ask(parent, "Forget?", "Forget it?", "Forget", "Keep", answers.append)
    with qtbot.waitSignal(box.finished):
        QTest.keyClick(box, Qt.Key.Key_Escape)
    assert answers == [False]
