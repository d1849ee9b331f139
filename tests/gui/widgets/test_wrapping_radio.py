"""The radio buttons and check boxes whose sentences wrap instead of being cut at the window's
edge."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from gui.widgets.wrapping_radio import WrappingCheckBox, WrappingRadioButton

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SENTENCE = (
    "&Conserver leurs champs : les valeurs du fichier remplacent les leurs, ce que le fichier "
    "laisse vide ou n'a pas reste (recommandé)"
)


def _shown(qtbot: QtBot, width: int) -> tuple[QWidget, WrappingRadioButton]:
    holder = QWidget()
    qtbot.addWidget(holder)
    button = WrappingRadioButton(SENTENCE, holder)
    QVBoxLayout(holder).addWidget(button)
    holder.resize(width, 200)
    holder.show()
    qtbot.waitExposed(holder)
    qtbot.waitUntil(lambda: button.width() <= width)
    return holder, button


def test_a_long_sentence_wraps_within_a_narrow_window(qtbot: QtBot) -> None:
    _holder, button = _shown(qtbot, 360)
    lines = button.text().split("\n")
    assert len(lines) >= 3
    assert " ".join(lines) == SENTENCE  # every word kept, in order, with its shortcut
    room = button.width() - button._indicator_room()
    assert all(
        button.fontMetrics().horizontalAdvance(line.replace("&", "")) <= room for line in lines
    )
    qtbot.waitUntil(lambda: button.height() >= button.heightForWidth(button.width()) - 1)
    assert button.accessibleName() == SENTENCE.replace("&", "")


def test_a_wide_window_keeps_one_line(qtbot: QtBot) -> None:
    _holder, button = _shown(qtbot, 2000)
    assert button.text() == SENTENCE
    assert button.full_text() == SENTENCE


def test_a_check_box_wraps_too_and_keeps_its_whole_text(qtbot: QtBot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    box = WrappingCheckBox(SENTENCE, holder)
    QVBoxLayout(holder).addWidget(box)
    holder.resize(360, 200)
    holder.show()
    qtbot.waitExposed(holder)
    qtbot.waitUntil(lambda: "\n" in box.text())
    assert " ".join(box.text().split("\n")) == SENTENCE
    assert box.minimumSizeHint().width() <= 200
    qtbot.waitUntil(lambda: box.height() >= box.heightForWidth(box.width()) - 1)
    box.set_full_text("&Short")
    assert (box.text(), box.full_text(), box.accessibleName()) == ("&Short", "&Short", "Short")
