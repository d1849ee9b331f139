"""Groups made lists through the wizard: a Google Contacts export with labels, an Outlook CSV
with categories, a vCard file with CATEGORIES and a sheet with a "Group" column each walk from
Connect to Done with Next alone, and every contact ends in the right lists in the sandbox — a
contact in two groups in both, sent once. Each page on the way says what happens to the lists."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from gui.dialogs.undo_dialog import UndoAnswer, UndoDialog
from gui.language import apply_language
from gui.pages.check_page import CheckPage
from gui.pages.confirm_page import ConfirmPage
from gui.pages.done_page import DonePage
from gui.pages.list_page import ListPage
from gui.pages.upload_page import stage_text
from gui.wizard import ImportWizard, page_id
from importer.groups.separators import GroupSeparator
from importer.i18n import LANGUAGES, SOURCE_LANGUAGE
from importer.jobs.progress import JobState
from importer.sandbox.server import SandboxServer
from importer.upload.progress import UploadProgress, UploadStage
from tests.gui.conftest import DialogRecorder
from tests.gui.layout_checks import LAPTOP, SCREENS, layout_problems
from tests.gui.wizard_walk import connect_and_load, on_page
from tests.helpers.group_exports import (
    GROUP_FILES,
    MEMBERSHIPS,
    PHONES,
    count_sent,
    list_names,
    memberships,
)
from tests.helpers.make_files import write_xlsx

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

OWN_LIST = 10001
"""The sandbox's "Newsletter", chosen on Choose list: the list of rows without a group."""


@pytest.fixture
def sent_numbers(sandbox: SandboxServer, monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """How many times each number was sent in a bulk upload."""
    return count_sent(sandbox.store, monkeypatch)


def _on(qtbot: QtBot, wizard: ImportWizard, page_class: type) -> Any:
    return on_page(qtbot, wizard, page_class)


def _choose_own_list(qtbot: QtBot, wizard: ImportWizard) -> ListPage:
    page: ListPage = _on(qtbot, wizard, ListPage)
    qtbot.waitUntil(lambda: page.status.state == "ok", timeout=20_000)
    for row in range(page.lists.count()):
        item = page.lists.item(row)
        if item.text().startswith("Newsletter"):
            page.lists.setCurrentItem(item)
    chosen = page.chosen()
    assert chosen is not None and chosen.id == OWN_LIST
    return page


def _to_confirm(
    qtbot: QtBot, wizard: ImportWizard, look: Callable[[str], None] | None = None
) -> ConfirmPage:
    wizard.next()
    _on(qtbot, wizard, CheckPage)
    wizard.next()
    list_page = _choose_own_list(qtbot, wizard)
    if look is not None:
        look("Choose list")
    assert list_page.groups_note.isVisibleTo(list_page)
    assert list_page.groups_note.text()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == page_id(ConfirmPage), timeout=20_000)
    confirm = wizard.currentPage()
    assert isinstance(confirm, ConfirmPage)
    qtbot.waitUntil(
        lambda: confirm.session.plan is not None and not confirm.is_busy(), timeout=20_000
    )
    return confirm


@pytest.mark.parametrize("kind", ["google", "outlook", "vcard", "sheet"])
def test_every_contact_ends_in_its_lists_through_the_wizard(
    kind: str,
    qtbot: QtBot,
    wizard: ImportWizard,
    sandbox: SandboxServer,
    sent_numbers: Counter[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.setattr(
        UndoDialog, "ask", lambda _p, _lines, _left, on_answer: on_answer(UndoAnswer.UNDO)
    )
    group_file = GROUP_FILES[kind]
    mapping_page = connect_and_load(qtbot, wizard, sandbox, group_file.write(tmp_path))
    assert mapping_page.model.mapping().lists_index is not None
    assert not mapping_page.groups.isHidden()
    assert "2 groups</b> in the first rows: Team, VIP" in mapping_page.groups.preview.text() or (
        "2 groups</b> in the first rows: VIP, Team" in mapping_page.groups.preview.text()
    )
    found = mapping_page.groups.separator_combo.itemText(0)
    assert found.startswith("Found in the file: " + group_file.separator)

    confirm = _to_confirm(qtbot, wizard)
    list_page = wizard.page(page_id(ListPage))
    assert isinstance(list_page, ListPage)
    assert "The rows without a group go to the list you choose here." in (
        list_page.groups_note.text()
    )
    assert "2 new lists will be created: VIP, Team." in confirm.lists_box.created.text()
    assert "created when you click Upload" in confirm.lists_box.created.text()
    assert confirm.lists_box.rows() == [
        ("Newsletter", False, 1),
        ("VIP", True, 2),
        ("Team", True, 2),
    ]
    assert [bar.label for bar in confirm.lists_box.chart.bars] == [
        "Newsletter (rows without a group)",
        "VIP (new)",
        "Team (new)",
    ]
    assert not {"VIP", "Team"} & {item["name"] for item in sandbox.store.lists()}, (
        "no list is created before Upload"
    )
    confirm.consent.setChecked(True)
    wizard.next()
    done: DonePage = _on(qtbot, wizard, DonePage)

    assert memberships(sandbox.store.contacts(), list_names(sandbox.store, OWN_LIST)) == MEMBERSHIPS
    assert sent_numbers == Counter(PHONES.values()), "each contact uploaded once"
    assert "<b>4</b> contacts are now in their lists in Sociocs (below)." in done.summary.text()
    assert "Created 2 lists: VIP, Team." in done.lists_text()
    assert "Added to lists: Newsletter 1, VIP 2, Team 2." in done.lists_text()
    assert not done.lists.isHidden()

    done.undo.start()
    qtbot.waitUntil(lambda: done.undo.status.state == "ok", timeout=20_000)
    said = done.undo.status.text()
    assert "The import created the lists VIP, Team. They are not deleted" in said
    assert "Empty now: VIP, Team." in said
    assert sandbox.store.contacts() == {}
    assert {"VIP", "Team"} <= {item["name"] for item in sandbox.store.lists()}


def test_a_chosen_separator_reads_the_groups_again(
    qtbot: QtBot, wizard: ImportWizard, sandbox: SandboxServer, tmp_path: Path
) -> None:
    rows = [["Name", "Mobile", "Group"], ["Ann", "+16175551201", "Sales, East"]]
    mapping_page = connect_and_load(qtbot, wizard, sandbox, write_xlsx(tmp_path / "g.xlsx", rows))
    assert "2 groups</b> in the first rows: Sales, East" in mapping_page.groups.preview.text()
    combo = mapping_page.groups.separator_combo
    combo.setCurrentIndex(combo.findData(GroupSeparator.NONE.value))
    combo.activated.emit(combo.currentIndex())
    assert "1 group</b> in the first rows: Sales, East" in mapping_page.groups.preview.text()
    confirm = _to_confirm(qtbot, wizard)
    assert wizard.session.choices is not None
    assert wizard.session.choices.list_separator is GroupSeparator.NONE
    assert confirm.lists_box.rows() == [("Sales, East", True, 1)]


@pytest.mark.parametrize("answer", [True, False])
def test_more_than_fifty_groups_are_asked_about_on_check_data(
    answer: bool,
    qtbot: QtBot,
    wizard: ImportWizard,
    sandbox: SandboxServer,
    dialogs: DialogRecorder,
    tmp_path: Path,
) -> None:
    dialogs.answer = answer
    rows = [["Name", "Mobile", "Group"]] + [
        [f"P{i}", f"+1617555{1300 + i:04d}", f"Group {i}"] for i in range(60)
    ]
    connect_and_load(qtbot, wizard, sandbox, write_xlsx(tmp_path / "many.xlsx", rows))
    wizard.next()
    check_page: CheckPage = _on(qtbot, wizard, CheckPage)
    qtbot.waitUntil(lambda: bool(dialogs.questions), timeout=20_000)
    assert dialogs.questions == [
        "This file names 60 groups — are they lists? Each group becomes a Sociocs list."
    ]
    _on(qtbot, wizard, CheckPage)
    result = check_page.session.result
    assert result is not None
    assert (result.mapping.lists_index is not None) is answer
    if not answer:
        assert "group" in result.mapping.extra_fields
    check_page.initializePage()  # entering again asks no more
    _on(qtbot, wizard, CheckPage)
    assert len(dialogs.questions) == 1


def test_group_names_too_long_are_problems_of_their_rows_on_check_data(
    qtbot: QtBot, wizard: ImportWizard, sandbox: SandboxServer, tmp_path: Path
) -> None:
    rows = [
        ["Name", "Mobile", "Group"],
        ["Ann", "+16175551201", "Team, " + "X" * 120],
        ["Bob", "+16175551202", "Team,  , VIP"],
    ]
    connect_and_load(qtbot, wizard, sandbox, write_xlsx(tmp_path / "long.xlsx", rows))
    wizard.next()
    check_page: CheckPage = _on(qtbot, wizard, CheckPage)
    filters = [check_page.filter_combo.itemText(i) for i in range(check_page.filter_combo.count())]
    assert "Group name too long for a list (1)" in filters
    assert "Empty group name (1)" in filters
    model = check_page.model
    assert model.rowCount() == 2
    assert check_page.session.result is not None
    assert check_page.session.result.counts().to_send == 2, "the rows are still sent"


def test_the_upload_says_its_stage() -> None:
    def at(stage: UploadStage, added: int = 0, to_add: int = 0) -> UploadProgress:
        return UploadProgress(3, 10, 1, 2, 0.0, None, JobState.RUNNING, None, stage, added, to_add)

    making = stage_text(at(UploadStage.MAKING_LISTS), True, "Newsletter")
    assert making == "Step 1 of 3: creating the lists the groups need…"
    sending = stage_text(at(UploadStage.SENDING), True, "Newsletter")
    assert sending == "Step 2 of 3: sending the contacts, each once…"
    adding = stage_text(at(UploadStage.ADDING, 1200, 2500), True, "Newsletter")
    assert adding == "Step 3 of 3: adding contacts to their other lists — 1,200 of 2,500 added…"
    assert stage_text(at(UploadStage.SENDING), False, "Newsletter") == "Sending to Newsletter…"


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_the_pages_with_lists_fit_every_screen(
    language: str,
    qtbot: QtBot,
    session: Any,
    settings: Any,
    sandbox: SandboxServer,
    tmp_path: Path,
) -> None:
    """Match columns with its separator line, Choose list with its note, Confirm with the lists
    and Done with what the upload did to them: nothing cut, hidden or squeezed on the laptop,
    Full HD and 800×600 screens, in every language."""
    assert apply_language(language) == language
    problems: list[str] = []
    try:
        wizard = ImportWizard(session, settings)
        qtbot.addWidget(wizard, before_close_func=lambda w: w.shutdown())
        wizard.resize(LAPTOP.window())
        wizard.show()

        def look(page: str) -> None:
            for screen in SCREENS:
                wizard.resize(screen.window())
                QApplication.processEvents()
                found = layout_problems(wizard, screen.window())
                problems.extend(f"{page}, {screen.name}: {problem}" for problem in found)
            wizard.resize(LAPTOP.window())

        connect_and_load(qtbot, wizard, sandbox, GROUP_FILES["sheet"].write(tmp_path))
        look("Match columns")
        confirm = _to_confirm(qtbot, wizard, look)
        look("Confirm")
        confirm.consent.setChecked(True)
        wizard.next()
        _on(qtbot, wizard, DonePage)
        look("Done")
    finally:
        apply_language(SOURCE_LANGUAGE)
    assert problems == []
