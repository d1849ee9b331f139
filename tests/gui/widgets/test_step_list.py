"""The step list on the side of the wizard: the page titles, the current step, ticks."""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot

from gui.pages.done_page import DonePage
from gui.pages.file_page import FilePage
from gui.wizard import page_id


def test_the_steps_are_the_page_titles_and_follow_the_wizard(wizard: Any, qtbot: QtBot) -> None:
    steps = wizard.steps
    assert steps.names == [page.title() for page in wizard.pages()]
    assert steps.names[:3] == ["Connect", "Choose file", "Match columns"]
    assert steps.current == 0
    assert not steps.is_finished(0)
    assert steps.accessibleDescription() == "Step 1 of 8: Connect"
    assert not steps.focusPolicy()  # shown, never a stop for Tab
    wizard.setStartId(page_id(FilePage))
    wizard.restart()
    wizard.steps.set_current(page_id(FilePage))
    assert steps.is_finished(0) and not steps.is_finished(1)
    assert steps.describe() == "Step 2 of 8: Choose file"


def test_on_done_every_step_is_ticked(wizard: Any) -> None:
    wizard._page_changed(page_id(DonePage))
    assert all(wizard.steps.is_finished(i) for i in range(len(wizard.steps.names)))


def test_the_list_is_wide_enough_for_every_name_in_bold(wizard: Any) -> None:
    steps = wizard.steps
    assert steps.width() >= steps.sizeHint().width()
    assert steps.sizeHint().height() >= len(steps.names) * steps.fontMetrics().lineSpacing() * 2
