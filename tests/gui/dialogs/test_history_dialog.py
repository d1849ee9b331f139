"""Import history in the wizard: the imports listed with where their report and backup are,
Undo from the list, Forget, the report; the undo question's three answers."""

from __future__ import annotations

import copy
import itertools
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from gui.dialogs.history_dialog import HistoryDialog
from gui.dialogs.undo_dialog import UndoAnswer, UndoDialog
from gui.language import apply_language
from importer.api.client import SociocsClient
from importer.choices import ExistingPolicy, ImportChoices
from importer.history.store import HistoryEntry, ImportHistory, ImportState, UndoState
from importer.i18n import LANGUAGES, SOURCE_LANGUAGE
from importer.report.location import short_path
from importer.sandbox.server import SandboxServer
from tests.gui.test_accessibility import unnamed
from tests.helpers.existing_account import file_rows, import_planned, plan_for, seed_account
from tests.helpers.upload_rows import phone_of

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def history(tmp_path: Path) -> ImportHistory:
    return ImportHistory(tmp_path / "history.json")


def _imported(client: SociocsClient, history: ImportHistory, folder: Path) -> str:
    result = file_rows()
    plan = plan_for(client, result, ExistingPolicy.REPLACE)
    import_id, _ = import_planned(client, result, plan, folder, history)
    return import_id


def _dialog(qtbot: QtBot, history: ImportHistory, client: SociocsClient | None) -> HistoryDialog:
    dialog = HistoryDialog(history, client)
    qtbot.addWidget(dialog)
    return dialog


def test_lists_the_imports_and_undoes_the_selected_one(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    sandbox: SandboxServer,
    client: SociocsClient,
    history: ImportHistory,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seed_account(sandbox.store)
    before = copy.deepcopy(sandbox.store.contacts())
    _imported(client, history, tmp_path)
    dialog = _dialog(qtbot, history, client)
    qtmodeltester.check(dialog.model)
    assert unnamed(dialog) == []
    assert dialog.model.rowCount() == 1
    cells = [dialog.model.index(0, column).data() for column in range(8)]
    assert cells[1:] == ["contacts.csv", "Newsletter", "4", "5", "2", "0", "finished"]
    assert dialog.undo.button.isEnabled() and not dialog.report_button.isEnabled()
    backup = short_path(Path(history.entries()[0].backup_path))
    assert dialog.files.text() == (
        f"No report was saved for this import.<br>Backup: {backup}<br>"
        "You confirmed that these contacts agreed to be contacted."
    )
    asked: list[int] = []

    def undo_it(_parent: object, lines: list[str], left: int, on_answer: object) -> None:
        asked.append(left)
        assert "4 contacts the import created will be deleted." in lines
        on_answer(UndoAnswer.UNDO)  # type: ignore[operator]

    monkeypatch.setattr(UndoDialog, "ask", undo_it)
    dialog.undo.button.click()
    qtbot.waitUntil(lambda: dialog.undo.status.state == "ok", timeout=15_000)
    assert dialog.undo.status.text() == (
        "✓ Undone: 4 contacts were deleted (they were new). 4 contacts were restored as they "
        "were before the import. 1 contact was taken out of the list (it was in Sociocs before)."
    )
    assert asked == [0]
    assert sandbox.store.contacts() == before
    assert history.entries()[0].undo is UndoState.UNDONE
    assert dialog.model.index(0, 7).data() == "finished, undone"


def test_contacts_changed_since_are_undone_only_when_insisted(
    qtbot: QtBot,
    sandbox: SandboxServer,
    client: SociocsClient,
    history: ImportHistory,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seed_account(sandbox.store)
    before = copy.deepcopy(sandbox.store.contacts())
    _imported(client, history, tmp_path)
    sandbox.store.update_contact(phone_of(9), {"name": "Edited since"})
    answers = [UndoAnswer.INSIST]
    asked: list[int] = []

    def insist(_parent: object, _lines: list[str], left: int, on_answer: object) -> None:
        asked.append(left)
        on_answer(answers.pop(0))  # type: ignore[operator]

    monkeypatch.setattr(UndoDialog, "ask", insist)
    dialog = _dialog(qtbot, history, client)
    dialog.undo.button.click()
    qtbot.waitUntil(lambda: dialog.undo.status.state == "ok", timeout=15_000)
    assert asked == [1], "asked once; the second reading undoes at once"
    assert sandbox.store.contacts() == before


def test_without_a_connection_the_history_is_shown_but_not_undone(
    qtbot: QtBot,
    client: SociocsClient,
    history: ImportHistory,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import_id = _imported(client, history, tmp_path)
    report = tmp_path / "report.xlsx"
    history.update(import_id, report_path=str(report))
    dialog = _dialog(qtbot, history, None)
    assert dialog.files.text().startswith(f"Report: {short_path(report)}<br>Backup: ")
    entry = history.find(import_id)
    assert entry is not None
    unasked = entry.choices.with_changes(consent_confirmed=False)  # recorded before it was asked
    history.update(import_id, choices=unasked)
    dialog.refresh()
    assert dialog.files.text().endswith(
        "Consent was not asked (an import made before the question was added)."
    )
    assert not dialog.undo.button.isEnabled()
    assert "Connect to Sociocs first" in dialog.undo.button.toolTip()
    opened: list[QUrl] = []
    monkeypatch.setattr(dialog, "open_url", lambda url: opened.append(url) or True)
    dialog.report_button.click()
    assert opened == [QUrl.fromLocalFile(str(report))]


def test_forget_asks_then_deletes_the_backup(
    qtbot: QtBot,
    client: SociocsClient,
    history: ImportHistory,
    tmp_path: Path,
    dialogs: object,
) -> None:
    _imported(client, history, tmp_path)
    backup = Path(history.entries()[0].backup_path)
    dialog = _dialog(qtbot, history, client)
    dialogs.answer = False  # type: ignore[attr-defined]
    dialog.forget_button.click()
    assert backup.exists() and dialog.model.rowCount() == 1
    dialogs.answer = True  # type: ignore[attr-defined]
    dialog.forget_all_button.click()
    assert not backup.exists() and dialog.model.rowCount() == 0
    assert not dialog.forget_all_button.isEnabled()


@pytest.mark.parametrize(
    ("button", "answer"),
    [("undo_button", UndoAnswer.UNDO), ("insist_button", UndoAnswer.INSIST), (None, "cancel")],
)
def test_the_undo_question_answers_once(qtbot: QtBot, button: str | None, answer: str) -> None:
    answers: list[UndoAnswer] = []
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = UndoDialog.ask(parent, ["3 contacts … deleted."], 2, answers.append)
    assert not dialog.insist_button.isHidden()
    assert unnamed(dialog) == []
    if button is None:
        dialog.reject()
    else:
        getattr(dialog, button).click()
    dialog.reject()
    assert answers == [UndoAnswer(answer)]


def test_undo_those_too_is_offered_only_when_contacts_changed_since(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    for left_alone, offered in ((0, False), (1, True)):
        dialog = UndoDialog.ask(parent, ["3 contacts … deleted."], left_alone, lambda _: None)
        qtbot.waitExposed(dialog)
        assert dialog.insist_button.isVisible() is offered
        dialog.reject()


def _entry(number: int, state: ImportState, undo: UndoState, tmp_path: Path) -> HistoryEntry:
    choices = ImportChoices(
        tmp_path / f"Kundenliste Frühjahr {number}.xlsx", list_name="Newsletter"
    )
    return HistoryEntry(
        id=f"import-{number}",
        started=f"2026-12-{number:02d}T09:30:00+00:00",
        choices=choices,
        backup_path=str(tmp_path / f"backup-{number}.jsonl"),
        counts={"new": 12_345, "updated": 1_234, "unchanged": 123, "skipped": 12},
        state=state,
        undo=undo,
    )


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_every_column_shows_its_title_and_cells_whole_in_every_language(
    qtbot: QtBot, history: ImportHistory, tmp_path: Path, language: str
) -> None:
    assert apply_language(language) == language
    try:
        every_state = itertools.product(ImportState, UndoState)  # the widest one of each language
        for number, (state, undo) in enumerate(every_state, 1):
            history.add(_entry(number, state, undo, tmp_path))
        dialog = _dialog(qtbot, history, None)
        dialog.show()
        qtbot.waitExposed(dialog)
        table, header = dialog.table, dialog.table.horizontalHeader()
        for column in range(dialog.model.columnCount()):
            needed = max(table.sizeHintForColumn(column), header.sectionSizeHint(column))
            title = dialog.model.headerData(column, Qt.Orientation.Horizontal)
            assert header.sectionSize(column) >= needed, (language, title)
        room = dialog.screen().availableGeometry().width() - 40
        if header.length() > table.viewport().width():  # sideways only on a narrow screen
            assert dialog.width() >= room, "the dialog is as wide as the screen allows"
        else:
            assert not table.horizontalScrollBar().isVisible()
    finally:
        apply_language(SOURCE_LANGUAGE)


def test_the_german_intro_says_plainly_what_forgetting_does(
    qtbot: QtBot, history: ImportHistory
) -> None:
    assert apply_language("de") == "de"
    try:
        dialog = _dialog(qtbot, history, None)
        texts = [label.text() for label in dialog.findChildren(QLabel)]
    finally:
        apply_language(SOURCE_LANGUAGE)
    intro = next(text for text in texts if text.startswith("Die Importe der letzten 60 Tage"))
    assert "vergisst" not in intro  # it said: "wer einen vergisst, löscht seine Sicherung"
    assert intro.endswith("„Vergessen“ löscht seine Sicherung.")
