"""The advice panel's main button is the one fix the program believes in: the country, then the
row of the column titles, then another phone column, then a column for empty phones; *Back to
Match columns* only when no fix is known. *Use row 2* reads the file again and goes on to Match
columns by itself."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from gui.pages.check_page import CheckPage
from gui.pages.connect_page import ConnectPage
from gui.pages.file_page import FilePage
from gui.pages.mapping_page import MappingPage
from gui.widgets.advice_panel import AdvicePanel
from gui.wizard import ImportWizard, page_id
from importer.check.diagnosis import Diagnosis, FallbackOffer
from tests.helpers.make_files import write_xlsx

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

HEADERS = ["Name", "Phone type", "Other phones", "Mobile"]
WORDS = Diagnosis('The phone column "Phone type" holds words like "Mobile".', column=2)
TITLES = Diagnosis('Row 3 looks like the column titles ("Name", "Phone").', header_row=3)
EMPTY = FallbackOffer('4 rows have no number in "Phone type" but have one in "Mobile".', 3, 4)


@pytest.fixture
def panel(qtbot: QtBot) -> AdvicePanel:
    widget = AdvicePanel()
    qtbot.addWidget(widget)
    return widget


def _shown(panel: AdvicePanel) -> list[str]:
    """The buttons shown, in their order, the main one marked with a star."""
    buttons = [b for b in panel.findChildren(QPushButton) if b.isVisibleTo(panel)]
    buttons.sort(key=lambda b: (b.mapTo(panel, b.rect().topLeft()).y(), b.x()))
    return [f"*{b.text()}" if b.font().bold() else b.text() for b in buttons]


def _advise(panel: AdvicePanel, *found: Any, region: str | None = None) -> list[str]:
    diagnosis = next((f for f in found if isinstance(f, Diagnosis)), None)
    offer = next((f for f in found if isinstance(f, FallbackOffer)), None)
    panel.show_advice(diagnosis, offer, HEADERS, "Phone type", region)
    panel.resize(1400, 200)
    panel.show()
    return _shown(panel)


@pytest.mark.parametrize(
    ("found", "region", "buttons"),
    [
        ((WORDS,), "FR", ["*&Use France", '&Use "Other phones" as the phone number']),
        ((TITLES,), None, ["*Use &row 3"]),
        ((WORDS,), None, ['*&Use "Other phones" as the phone number']),
        (
            (WORDS, EMPTY),
            None,
            [
                '*&Use "Other phones" as the phone number',
                '&Take the number from "Mobile" when "Phone type" is empty',
            ],
        ),
        ((EMPTY,), None, ['*&Take the number from "Mobile" when "Phone type" is empty']),
        ((Diagnosis("No valid number anywhere."),), None, ["*Back to &Match columns"]),
    ],
)
def test_the_main_button_is_the_fix_the_program_believes_in(
    panel: AdvicePanel, found: tuple[Any, ...], region: str | None, buttons: list[str]
) -> None:
    assert _advise(panel, *found, region=region) == buttons
    main = panel.main_button()
    assert main is not None and main.font().bold()
    assert not panel.back_button.isVisibleTo(panel) or main is panel.back_button


def test_each_button_asks_for_its_fix(panel: AdvicePanel, qtbot: QtBot) -> None:
    _advise(panel, TITLES)
    with qtbot.waitSignal(panel.use_header_row) as header:
        panel.header_button.click()
    assert header.args == [3]
    _advise(panel, WORDS, EMPTY, region="FR")
    with qtbot.waitSignal(panel.use_region) as region:
        panel.country_button.click()
    assert region.args == ["FR"]
    with qtbot.waitSignal(panel.use_column) as column:
        panel.column_button.click()
    assert column.args == [2]


def test_use_row_reads_the_file_again_and_goes_on_to_match_columns(
    qtbot: QtBot, session: Any, settings: Any, tmp_path: Path
) -> None:
    rows = [
        ["Customer export", "May 2026", "Sales team"],
        ["Name", "Mobile", "E-mail"],
        *([f"Person {n}", f"617-253-{1000 + n}", f"p{n}@example.com"] for n in range(6)),
    ]
    wizard = ImportWizard(session, settings)
    qtbot.addWidget(wizard, before_close_func=lambda w: w.shutdown())
    wizard.show()
    connect = wizard.currentPage()
    assert isinstance(connect, ConnectPage)
    connect.start_practice()
    qtbot.waitUntil(lambda: wizard.currentId() == page_id(ConnectPage) and connect.connected())
    wizard.next()
    file_page = wizard.currentPage()
    assert isinstance(file_page, FilePage)
    file_page.load_file(write_xlsx(tmp_path / "export.xlsx", rows))
    qtbot.waitUntil(file_page.isComplete, timeout=10_000)
    assert session.preview.header_row == 1, "the title line passed for the column titles"
    for _ in ("mapping", "check"):
        page = wizard.currentPage()
        qtbot.waitUntil(lambda p=page: p.isComplete() and not p.is_busy(), timeout=10_000)
        wizard.next()
    check = wizard.currentPage()
    assert isinstance(check, CheckPage)
    qtbot.waitUntil(lambda: check.advice.isVisibleTo(check), timeout=10_000)
    assert check.advice.main_button() is check.advice.header_button
    assert check.advice.header_button.text() == "Use &row 2"
    check.advice.header_button.click()
    qtbot.waitUntil(lambda: wizard.currentId() == page_id(MappingPage), timeout=10_000)
    assert session.preview.header_row == 2
    assert session.preview.headers == ["Name", "Mobile", "E-mail"]
    assert isinstance(wizard.currentPage(), MappingPage)
