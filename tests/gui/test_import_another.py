"""Import another file: after a whole import, the next file meets pages that show nothing of
the last one — no sheet or title-row box ("Column titles are in row: 3", greyed out), no
columns, problems, advice, changes, consent or rows that did not go."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from gui.pages.check_page import CheckPage
from gui.pages.confirm_page import ConfirmPage
from gui.pages.done_page import DonePage
from gui.pages.file_page import FilePage
from gui.pages.list_page import ListPage
from gui.pages.mapping_page import MappingPage
from gui.wizard import ImportWizard, page_id
from importer.sandbox.server import SandboxServer
from tests.gui.wizard_walk import connect_and_load
from tests.helpers.make_files import write_csv, write_xlsx
from tests.helpers.wizard_steps import go_to, ready

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

FIRST = [
    ["Our customers, May 2026"],
    [],
    ["Name", "Mobile", "E-mail", "Notes"],
    ["Ann Lee", "+1 617 555 1212", "ann@example.com", "VIP"],
    ["Kim Park", "call the office", "kim@example.com", ""],
    ["Tom Berg", "", "tom@example.com", ""],
]
"""Titles in row 3, one row that cannot be sent, one without a phone; Ann is in Sociocs."""
SECOND = [["Phone", "Name"], ["+1 617 555 3434", "Di Cruz"], ["+1 617 555 5656", "Ed Fox"]]


def _through_to_done(
    qtbot: QtBot, wizard: ImportWizard, pages: tuple[type, ...] = (MappingPage, CheckPage, ListPage)
) -> DonePage:
    """Next on each of ``pages`` and on Confirm, its consent ticked; the Done page."""
    for kind in pages:
        page = go_to(qtbot, wizard, kind)
        ready(qtbot, page)
        wizard.next()
    confirm = go_to(qtbot, wizard, ConfirmPage)
    qtbot.waitUntil(lambda: confirm.session.plan is not None and not confirm.is_busy())
    assert not confirm.consent.isChecked(), "each import asks for the consent again"
    confirm.consent.setChecked(True)
    ready(qtbot, confirm)
    wizard.next()
    done: DonePage = go_to(qtbot, wizard, DonePage)
    return done


def test_the_next_file_sees_nothing_of_the_last_one(
    qtbot: QtBot, wizard: ImportWizard, sandbox: SandboxServer, tmp_path: Path
) -> None:
    sandbox.store.upsert(0, [{"phone_number": "+16175551212", "name": "Ann"}])
    connect_and_load(qtbot, wizard, sandbox, write_xlsx(tmp_path / "customers.xlsx", FIRST))
    assert wizard.session.preview is not None and wizard.session.preview.header_row == 3
    done = _through_to_done(qtbot, wizard)
    assert done.unsent.model.rowCount() == 2

    done.again_button.click()
    file_page = go_to(qtbot, wizard, FilePage)
    assert not file_page.choices_row.isVisibleTo(file_page), "no title-row box before a file"
    assert file_page.header_spin.value() == 1 and file_page.sheet_combo.count() == 0
    assert file_page.file_label.text() == "No file chosen yet."
    assert file_page.model.rowCount() == 0 and not file_page.isComplete()

    file_page.load_file(write_csv(tmp_path / "new.csv", SECOND))
    ready(qtbot, file_page)
    assert file_page.header_spin.value() == 1
    assert not file_page.sheet_combo.isVisibleTo(file_page), "a CSV has no sheets"
    wizard.next()
    mapping = go_to(qtbot, wizard, MappingPage)
    ready(qtbot, mapping)
    assert mapping.model.rowCount() == 2, "only the new file's columns"
    wizard.next()
    check = go_to(qtbot, wizard, CheckPage)
    ready(qtbot, check)
    assert check.tiles.summary() == (
        "2 ready to send · 0 ready with a note · 0 cannot be sent · 0 duplicates"
    )
    assert not check.chart.isVisibleTo(check) and not check.advice.isVisibleTo(check)
    assert check.model.rowCount() == 0
    wizard.next()
    done = _through_to_done(qtbot, wizard, (ListPage,))
    confirm = wizard.page(page_id(ConfirmPage))
    assert isinstance(confirm, ConfirmPage)
    assert confirm.changes.rowCount() == 0
    assert confirm.none_existing.text() == "None of these contacts is in Sociocs yet."
    assert not done.unsent.isVisibleTo(done) and done.unsent.model.rowCount() == 0
    assert done.tiles.refused.accessibleName() == "0 could not be sent"
    assert done.tiles.uploaded.accessibleName() == "2 uploaded"
