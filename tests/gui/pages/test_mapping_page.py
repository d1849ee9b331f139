"""Page 3 (Match columns): suggestions, remembered mappings, live problems, templates."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from gui.dialogs.file_dialog import TemplateFileDialog
from gui.models.mapping_model import KEY, ROLE, MappingModel
from gui.pages.mapping_page import MappingPage
from importer.choices import ImportChoices
from importer.mapping.memory import MappingMemory
from importer.mapping.model import Role
from importer.settings_paths import mappings_dir
from importer.sources.table import TablePreview

HEADERS = ["First name", "Last name", "Mobile", "Email"]
ROWS = [
    (2, ["Ana", "Lima", "+55 11 91234-5678", "ana@example.com"]),
    (3, ["Bo", "Chen", "(212) 234-0101", "bo@example.com"]),
]


@pytest.fixture
def page(qtbot: QtBot, session: Any, settings: Any) -> MappingPage:
    session.choices = ImportChoices(Path("contacts.xlsx"))
    session.preview = TablePreview("Sheet1", 1, HEADERS, ROWS)
    widget = MappingPage(session, settings)
    qtbot.addWidget(widget)
    widget.initializePage()
    return widget


def roles(page: MappingPage) -> list[Role]:
    return [c.role for c in page.model.mapping().columns]


def test_choices_are_prefilled_from_suggestions(page: MappingPage) -> None:
    assert roles(page) == [Role.FIRST_NAME, Role.LAST_NAME, Role.PHONE, Role.EXTRA]
    assert page.model.mapping().extra_fields == {"email": 3}
    assert page.origin.text() == (
        "The program guessed these choices from the column titles and values. Check them."
    )
    assert page.model.index(2, ROLE).data() == "Phone number"
    assert page.model.index(2, 1).data() == "+55 11 91234-5678 · (212) 234-0101"
    assert page.isComplete()


def test_without_a_phone_column_next_is_blocked_with_a_plain_reason(page: MappingPage) -> None:
    page.model.setData(page.model.index(2, ROLE), Role.IGNORE.value)
    assert not page.isComplete()
    assert page.problems.state == "error"
    assert "phone number" in page.problems.text()
    page.model.setData(page.model.index(2, ROLE), Role.PHONE.value)
    assert page.isComplete()


def test_role_combo_edits_the_mapping(page: MappingPage) -> None:
    editor = page.table.indexWidget(page.model.index(3, ROLE))
    position = editor.findData(Role.IGNORE.value)
    editor.setCurrentIndex(position)
    editor.activated.emit(position)
    assert roles(page)[3] is Role.IGNORE


def test_invalid_extra_field_name_is_reported(page: MappingPage) -> None:
    assert page.model.setData(page.model.index(3, KEY), "E-mail address")
    assert not page.isComplete()
    assert "E-mail address" in page.problems.text()


def test_mapping_is_remembered_on_next_and_recalled(
    page: MappingPage, qtbot: QtBot, session: Any, settings: Any
) -> None:
    page.model.setData(page.model.index(3, ROLE), Role.IGNORE.value)
    assert page.validatePage()
    assert session.choices.mapping == page.model.mapping()
    session.choose_columns(None)
    again = MappingPage(session, settings)
    qtbot.addWidget(again)
    again.initializePage()
    assert roles(again)[3] is Role.IGNORE
    assert again.origin.text() == (
        "These choices are the ones you made last time for a file with the same columns."
    )


def test_template_round_trip(
    page: MappingPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    template = tmp_path / "my-template.json"
    monkeypatch.setattr(
        TemplateFileDialog, "ask_save", lambda parent, suggested, chosen: chosen(template)
    )
    monkeypatch.setattr(
        TemplateFileDialog, "ask_open", lambda parent, folder, chosen: chosen(template)
    )
    page.model.setData(page.model.index(3, KEY), "email_address")
    page.save_button.click()
    assert template.is_file()
    page.model.setData(page.model.index(3, ROLE), Role.IGNORE.value)
    page.load_button.click()
    assert page.model.mapping().extra_fields == {"email_address": 3}
    assert "my-template.json" in page.origin.text()


def test_broken_template_goes_through_the_error_funnel(
    page: MappingPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dialogs: Any
) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    monkeypatch.setattr(
        TemplateFileDialog, "ask_open", lambda parent, folder, chosen: chosen(broken)
    )
    page.load_button.click()
    (title, text, details) = dialogs.errors[-1]
    assert title == "Template not loaded"
    assert "broken.json" in text
    assert details.startswith("importer.errors.MappingError")


def test_choices_made_are_kept_when_coming_back(page: MappingPage, session: Any) -> None:
    page.model.setData(page.model.index(3, ROLE), Role.IGNORE.value)
    page.validatePage()
    page.initializePage()
    assert roles(page)[3] is Role.IGNORE


def test_remembered_file_lives_in_the_program_home(page: MappingPage) -> None:
    page.validatePage()
    assert MappingMemory(mappings_dir()).path_for(HEADERS).is_file()


def test_mapping_model_passes_the_model_tester(qtmodeltester: Any, page: MappingPage) -> None:
    qtmodeltester.check(page.model)


def test_empty_mapping_model_passes_the_model_tester(qtmodeltester: Any) -> None:
    model = MappingModel()
    qtmodeltester.check(model)
    assert model.flags(model.index(0, 0)) == Qt.ItemFlag.NoItemFlags


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_arrow_keys_and_wheel_do_not_change_a_closed_choice(
    page: MappingPage, qtbot: QtBot
) -> None:
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    page.show()
    editor = page.table.indexWidget(page.model.index(3, ROLE))
    editor.setFocus()
    before = roles(page)
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_End, Qt.Key.Key_PageDown):
        qtbot.keyClick(editor, key)
    centre = QPointF(editor.rect().center())
    wheel = QWheelEvent(
        centre,
        QPointF(editor.mapToGlobal(editor.rect().center())),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(editor, wheel)
    assert roles(page) == before
    assert editor.currentData() == Role.EXTRA.value
