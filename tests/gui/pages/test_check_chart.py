"""Check data's chart of the problems by kind says no less than the tiles: every kind of
problem is a bar, or is counted in the chart's last row and named in its description."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from gui.theme import Tone
from tests.gui.pages.test_check_page import _checked, _page

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

CANNOT_BE_SENT = [
    ["call the office", "Kim"],
    ["555-01", "Noor"],
    ["+1 212 555 0123 4567 8901", "Long"],
    ["+999 123 4567", "Nowhere"],
    ["000-000-0000", "Nobody"],
    ["1.61725E+10", "Excel"],
]
"""Six rows that cannot be sent, each for another reason (the last two were not shown)."""
Chart = dict[str, tuple[int, Tone]]
NOTES = [["14159479653.0", "Spreadsheet"], ["(617) 253-1001 x12", "Extension"]]


def _bars_and_rest(qtbot: QtBot, tmp_path: Path, rows: list[list[object]]) -> tuple[Chart, Chart]:
    page = _page(qtbot, tmp_path, [["Phone", "Name"], ["(617) 253-1000", "Real"], *rows])
    _checked(qtbot, page)
    page.show()
    qtbot.waitExposed(page)
    chart = page.chart
    bars = {bar.label: (bar.value, bar.tone) for bar in chart.bars}
    rest = {bar.label: (bar.value, bar.tone) for bar in chart.rest}
    assert page.tiles.invalid.accessibleName() == "6 cannot be sent"
    return bars, rest


def test_six_kinds_of_rows_that_cannot_be_sent_are_six_bars(qtbot: QtBot, tmp_path: Path) -> None:
    bars, rest = _bars_and_rest(qtbot, tmp_path, CANNOT_BE_SENT)
    assert rest == {}
    assert bars["Placeholder, not a real number"] == (1, Tone.ERROR)
    assert bars["Digits lost by Excel (1.6E+10)"] == (1, Tone.ERROR)
    assert sum(value for value, _tone in bars.values()) == 6


def test_kinds_beyond_the_chart_are_named_with_their_numbers_errors_first(
    qtbot: QtBot, tmp_path: Path
) -> None:
    bars, rest = _bars_and_rest(qtbot, tmp_path, [*NOTES, *CANNOT_BE_SENT])
    assert len(bars) == 5
    assert {tone for _value, tone in bars.values()} == {Tone.ERROR}, "errors before notes"
    assert set(rest) == {
        "Digits lost by Excel (1.6E+10)",
        "Read from a spreadsheet number",
        "Extension left out",
    }
    assert sum(value for value, _tone in (bars | rest).values()) == 8


def test_the_last_row_says_how_many_more_and_the_description_names_them(
    qtbot: QtBot, tmp_path: Path
) -> None:
    page = _page(qtbot, tmp_path, [["Phone", "Name"], *NOTES, *CANNOT_BE_SENT])
    _checked(qtbot, page)
    assert page.chart.more_text() == "+3 more kinds (see Show below)"
    for kind in page.chart.rest:
        assert f"{kind.label}: {kind.value}" in page.chart.accessibleDescription()
        assert f"{kind.label}: {kind.value}" in page.chart.toolTip()
    page.chart.set_bars(page.chart.bars[:2])
    assert page.chart.more_text() == ""
    page.chart.set_bars(page.chart.bars[:1] * 7)
    assert page.chart.more_text() == "+2 more kinds (see Show below)"
