"""The file dialogs: opened without a nested event loop, the file chosen handed to a callback,
nothing when the user cancels."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from gui.dialogs.file_dialog import ask_file, open_filter
from tests.gui.test_app import OFFSCREEN_DIALOG_NOTE


@pytest.mark.qt_log_ignore(OFFSCREEN_DIALOG_NOTE)
def test_the_file_chosen_goes_to_the_callback(qtbot: QtBot, tmp_path: Path) -> None:
    source = tmp_path / "contacts.csv"
    source.write_text("Phone\n", encoding="utf-8")
    parent = QWidget()
    qtbot.addWidget(parent)
    chosen: list[Path] = []
    dialog = ask_file(parent, "Choose a spreadsheet", tmp_path, open_filter(), chosen.append)
    assert dialog.isVisible() and chosen == [], "open() returns at once"
    assert dialog.windowModality() is Qt.WindowModality.WindowModal
    assert dialog.fileMode() is QFileDialog.FileMode.ExistingFile
    dialog.selectFile(str(source))
    with qtbot.waitSignal(dialog.finished):
        dialog.accept()
    assert chosen == [source]


@pytest.mark.qt_log_ignore(OFFSCREEN_DIALOG_NOTE)
def test_a_save_dialog_suggests_the_name_and_cancel_chooses_nothing(
    qtbot: QtBot, tmp_path: Path
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    chosen: list[Path] = []
    suggested = tmp_path / "contacts-mapping.json"
    dialog = ask_file(parent, "Save", suggested, "JSON (*.json)", chosen.append, save=True)
    assert dialog.acceptMode() is QFileDialog.AcceptMode.AcceptSave
    with qtbot.waitSignal(dialog.finished):
        dialog.reject()
    assert chosen == []
