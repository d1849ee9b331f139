"""A row that stacks its parts when the page is too narrow for them side by side."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from gui.widgets.responsive_row import ResponsiveRow, fit_items

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_parts_go_one_above_the_other_when_the_row_is_too_narrow(qtbot: QtBot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    row = ResponsiveRow(holder)
    first = QPushButton("Export the rows that cannot be sent…", row)
    second = QPushButton("Import another file and keep the connection", row)
    row.add(first)
    row.add(second)
    QVBoxLayout(holder).addWidget(row)
    holder.resize(1200, 200)
    holder.show()
    qtbot.waitExposed(holder)
    qtbot.waitUntil(lambda: not row.stacked())
    assert first.y() == second.y()
    holder.resize(row.side_by_side_width() - 20, 200)
    qtbot.waitUntil(row.stacked)
    qtbot.waitUntil(lambda: second.y() > first.y())
    for button in (first, second):
        assert button.width() >= button.minimumSizeHint().width()
    holder.resize(1200, 200)
    qtbot.waitUntil(lambda: not row.stacked())


def test_a_fitted_combo_box_is_as_wide_as_its_longest_item(qtbot: QtBot) -> None:
    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.addItems(["All", "Number not known to be in use (12)"])
    fit_items(combo)
    longest = combo.fontMetrics().horizontalAdvance("Number not known to be in use (12)")
    assert combo.minimumWidth() > longest
