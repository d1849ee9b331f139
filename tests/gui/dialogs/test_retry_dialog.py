"""The retry prompt: live countdown, the three answers, and "retry now" when time runs out."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from gui.dialogs.new_key_dialog import NewKeyDialog
from gui.dialogs.retry_dialog import RetryDialog
from importer.jobs.decisions import RetryChoice, RetryEvent, RetryKind

# The offscreen platform warns when a dialog is shown; harmless, and not ours.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _event(seconds: float, kind: RetryKind = RetryKind.RATE_LIMITED) -> RetryEvent:
    return RetryEvent(kind, "", seconds, attempt=1, exhausted=False)


def test_shows_the_countdown_in_plain_words(qtbot: QtBot) -> None:
    dialog = RetryDialog(_event(27))
    qtbot.addWidget(dialog)
    text = dialog.message.text()
    assert text.startswith("Sociocs asked us to slow down. Retrying in 0:2")
    assert text.endswith("— nothing is lost.")


def test_each_button_answers_once(qtbot: QtBot) -> None:
    for button, choice in (
        ("retry_button", RetryChoice.RETRY_NOW),
        ("wait_button", RetryChoice.WAIT),
        ("stop_button", RetryChoice.STOP),
    ):
        answers: list[RetryChoice] = []
        dialog = RetryDialog.ask(None, _event(60), answers.append)
        qtbot.addWidget(dialog)
        getattr(dialog, button).click()
        dialog.retry_button.click()
        assert answers == [choice]


def test_escape_keeps_waiting(qtbot: QtBot) -> None:
    answers: list[RetryChoice] = []
    dialog = RetryDialog.ask(None, _event(60, RetryKind.NETWORK), answers.append)
    qtbot.addWidget(dialog)
    dialog.reject()
    assert answers == [RetryChoice.WAIT]


def test_countdown_reaching_zero_retries(qtbot: QtBot) -> None:
    dialog = RetryDialog(_event(0.3))
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.answered, timeout=3000) as blocker:
        dialog.open()
    assert blocker.args == [RetryChoice.RETRY_NOW]


def test_new_key_needs_a_key_then_continues(qtbot: QtBot) -> None:
    answers: list[str | None] = []
    dialog = NewKeyDialog.ask(None, answers.append)
    qtbot.addWidget(dialog)
    assert not dialog.continue_button.isEnabled()
    dialog.key_edit.setText("  abcd:efgh ")
    dialog.continue_button.click()
    assert answers == ["abcd:efgh"]


def test_new_key_stop_answers_none(qtbot: QtBot) -> None:
    answers: list[str | None] = []
    dialog = NewKeyDialog.ask(None, answers.append)
    qtbot.addWidget(dialog)
    dialog.stop_button.click()
    assert answers == [None]
