"""The offer at start-up to continue an import that stopped before the end.

An unfinished journal (as an earlier upload that stopped would leave it) lies in the journal
folder; once connected, the Choose file page offers it, and Continue loads the file with the
saved sheet, header row, columns, country and list, and goes on by itself to Confirm, where
the upload is offered to continue.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from gui.pages.confirm_page import ConfirmPage
from gui.pages.connect_page import ConnectPage
from gui.pages.file_page import FilePage
from gui.pages.list_page import ListPage
from gui.wizard import ImportWizard, page_id
from importer.check.run import run_check
from importer.choices import DuplicatePolicy, ImportChoices
from importer.mapping.model import ColumnChoice, Mapping, Role
from importer.sandbox.server import SandboxServer
from importer.settings_paths import journal_dir
from importer.upload.identity import identity_of
from importer.upload.journal import Journal
from importer.upload.journal_details import open_import_journal
from tests.helpers.make_files import write_csv
from tests.helpers.sandbox import TEST_API_KEY

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

MAPPING = Mapping(
    (
        ColumnChoice(0, "Phone", Role.PHONE),
        ColumnChoice(1, "Name", Role.NAME),
        ColumnChoice(2, "Town", Role.EXTRA, "town"),
    )
)
ROWS = [
    ["Phone", "Name", "Town"],
    *([f"020 7946 00{n:02d}", f"Person {n}", "Leeds"] for n in range(10, 20)),
]


def _unfinished_import(folder: Path, list_id: int, list_name: str, *, legacy: bool = False) -> Path:
    """A CSV and the journal of an upload of it (to ``list_id``) that stopped after 4 rows.

    ``legacy`` writes the journal's details exactly as versions before ``ImportChoices`` did
    (no version, no ``send_unverified``/``existing``), as users' journal folders still hold.
    """
    path = write_csv(folder / "contacts.csv", ROWS)
    choices = ImportChoices(
        path,
        mapping=MAPPING,
        header_row=1,
        country="GB",
        duplicates=DuplicatePolicy.FIRST,
        list_id=list_id,
        list_name=list_name,
    )
    result = run_check(choices)
    if not legacy:
        journal = open_import_journal(journal_dir(), choices, result)
    else:
        journal = Journal.open(
            journal_dir(),
            identity_of(result, list_id),
            file_name=path.name,
            rows_total=len(result.ready_indices()),
            details={
                "path": str(path),
                "sheet": result.sheet,
                "header_row": 1,
                "list_id": list_id,
                "list_name": list_name,
                "country": "GB",
                "duplicates": "first",
                "mapping": [
                    [0, "Phone", "phone", ""],
                    [1, "Name", "name", ""],
                    [2, "Town", "extra", "town"],
                ],
            },
        )
    with journal:
        journal.note_acknowledged(range(4))
    return path


def _connect(qtbot: QtBot, wizard: ImportWizard, sandbox: SandboxServer) -> FilePage:
    page = wizard.currentPage()
    assert isinstance(page, ConnectPage)
    page.url_edit.setText(sandbox.url)
    page.key_edit.setText(TEST_API_KEY)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == page_id(FilePage), timeout=10_000)
    file_page = wizard.currentPage()
    assert isinstance(file_page, FilePage)
    return file_page


@pytest.mark.parametrize("legacy", [False, True], ids=["current", "journal-before-choices"])
def test_continue_offered_at_start_loads_the_saved_choices_and_reaches_confirm(
    qtbot: QtBot, wizard: ImportWizard, sandbox: SandboxServer, tmp_path: Path, legacy: bool
) -> None:
    newsletter = sandbox.store.lists()[1]
    list_id, list_name = int(newsletter["id"]), str(newsletter["name"])
    path = _unfinished_import(tmp_path, list_id, list_name, legacy=legacy)
    file_page = _connect(qtbot, wizard, sandbox)
    qtbot.waitUntil(lambda: file_page.resume_banner.isVisible(), timeout=10_000)
    text = file_page.resume_banner.text.text()
    assert "Continue the import of contacts.csv</b> (4 of 10 done)" in text
    assert list_name in text

    file_page.resume_banner.continue_button.click()
    qtbot.waitUntil(lambda: wizard.currentId() == page_id(ConfirmPage), timeout=15_000)
    confirm = wizard.currentPage()
    assert isinstance(confirm, ConfirmPage)
    qtbot.waitUntil(lambda: confirm.resume.isVisible(), timeout=10_000)
    assert "(4 of 10 done)" in confirm.resume.text()
    choices = wizard.session.choices
    assert choices is not None
    assert choices.path == path
    assert choices.mapping == MAPPING
    assert choices.country == "GB"
    assert choices.duplicates is DuplicatePolicy.FIRST
    assert (choices.list_id, choices.list_name) == (list_id, list_name)
    qtbot.waitUntil(lambda: wizard.fast_forward is None, timeout=5000)


def test_continue_of_a_file_changed_since_stops_on_confirm_with_the_question(
    qtbot: QtBot, wizard: ImportWizard, sandbox: SandboxServer, tmp_path: Path
) -> None:
    """The file was edited after the upload that stopped was checked: Continue reloads it as it
    is now and stops on Confirm, which asks what to do instead of continuing by itself."""
    newsletter = sandbox.store.lists()[1]
    path = _unfinished_import(tmp_path, int(newsletter["id"]), str(newsletter["name"]))
    write_csv(path, [ROWS[0], [ROWS[1][0], "Zed CHANGED", "Leeds"], *ROWS[2:]])
    file_page = _connect(qtbot, wizard, sandbox)
    qtbot.waitUntil(lambda: file_page.resume_banner.isVisible(), timeout=10_000)
    file_page.resume_banner.continue_button.click()
    qtbot.waitUntil(lambda: wizard.currentId() == page_id(ConfirmPage), timeout=15_000)
    confirm = wizard.currentPage()
    assert isinstance(confirm, ConfirmPage)
    qtbot.waitUntil(lambda: confirm.changed_box.isVisible(), timeout=10_000)
    assert "contacts.csv changed after an upload of it to this list stopped</b> (4 of 10 done)" in (
        confirm.changed_note.text()
    )
    assert confirm.resume.isHidden(), "the upload that stopped is not continued by itself"
    qtbot.waitUntil(lambda: wizard.fast_forward is None, timeout=5000)
    assert wizard.currentId() == page_id(ConfirmPage) and not confirm.isComplete()
    confirm.as_checked.setChecked(True)
    session = wizard.session
    qtbot.waitUntil(
        lambda: session.result is not None and session.result.names[0] == "Person 10",
        timeout=10_000,
    )
    confirm.consent.setChecked(True)
    qtbot.waitUntil(confirm.isComplete, timeout=10_000)


def test_not_now_hides_the_offer_and_a_missing_list_stops_on_the_list_page(
    qtbot: QtBot, wizard: ImportWizard, sandbox: SandboxServer, tmp_path: Path
) -> None:
    _unfinished_import(tmp_path, 424242, "Deleted list")
    file_page = _connect(qtbot, wizard, sandbox)
    qtbot.waitUntil(lambda: file_page.resume_banner.isVisible(), timeout=10_000)
    file_page.resume_banner.dismiss_button.click()
    assert not file_page.resume_banner.isVisible()
    file_page.look_for_unfinished()
    qtbot.waitUntil(lambda: not file_page.is_busy(), timeout=10_000)
    assert not file_page.resume_banner.isVisible(), "declined once, not offered again"

    file_page._declined.clear()
    file_page.look_for_unfinished()
    qtbot.waitUntil(lambda: file_page.resume_banner.isVisible(), timeout=10_000)
    file_page.resume_banner.continue_button.click()
    qtbot.waitUntil(lambda: wizard.currentId() == page_id(ListPage), timeout=15_000)
    list_page = wizard.currentPage()
    assert isinstance(list_page, ListPage)
    qtbot.waitUntil(lambda: wizard.fast_forward is None, timeout=10_000)
    assert wizard.currentId() == page_id(ListPage)
    assert "no longer in your account" in list_page.status.text()


def test_import_another_file_starts_with_an_empty_file_page(
    qtbot: QtBot, wizard: ImportWizard, sandbox: SandboxServer, tmp_path: Path
) -> None:
    file_page = _connect(qtbot, wizard, sandbox)
    path = write_csv(tmp_path / "first.csv", ROWS)
    file_page.load_file(path)
    qtbot.waitUntil(file_page.isComplete, timeout=10_000)
    assert "first.csv" in file_page.file_label.text()
    wizard.session.forget_file()
    wizard.restart()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == page_id(FilePage), timeout=10_000)
    assert "first.csv" not in file_page.file_label.text()
    assert file_page.model.rowCount() == 0
    assert file_page.sheet_combo.count() == 0
    assert not file_page.isComplete()
