"""Zoë's import, from ``Zoë Müller/Kunden 2026.xlsx`` opened from outside to the report: every
step with a path holding spaces and non-ASCII letters, and a report whose place cannot be
written saved elsewhere — the Done page says where, the history keeps where it really is."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from gui.pages.base import import_history
from gui.pages.check_page import CheckPage
from gui.pages.confirm_page import ConfirmPage
from gui.pages.done_page import DonePage
from gui.pages.list_page import ListPage
from gui.pages.mapping_page import MappingPage
from gui.wizard import ImportWizard
from importer.sandbox.server import SandboxServer
from tests.gui.test_end_to_end import _connect
from tests.helpers.make_files import write_xlsx
from tests.helpers.wizard_steps import go_to, ready

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "This plugin does not support raise"
)

ROWS = [
    ["Vorname", "Nachname", "Handy", "Ort"],
    ["Zoë", "Müller", "+49 1512 3456789", "Köln"],
    ["Jürgen", "Weiß", "+49 1523 4567890", "Düsseldorf"],
]


@pytest.mark.parametrize("place", ["writable", "read-only"])
def test_zoes_import_from_opening_to_the_report(
    qtbot: QtBot,
    wizard: ImportWizard,
    sandbox: SandboxServer,
    tmp_path: Path,
    importer_home: Path,
    monkeypatch: pytest.MonkeyPatch,
    place: str,
) -> None:
    folder = tmp_path / "Zoë Müller"
    folder.mkdir()
    source = write_xlsx(folder / "Kunden 2026.xlsx", ROWS)
    if place == "read-only":
        touch = Path.touch

        def refuse_new_files(self: Path, mode: int = 0o666, exist_ok: bool = True) -> None:
            if self.parent == folder:
                raise PermissionError(errno.EACCES, "Permission denied", str(self))
            touch(self, mode, exist_ok)

        monkeypatch.setattr(Path, "touch", refuse_new_files)  # a share Zoë may only read
        monkeypatch.setattr("importer.report.location.folder_is_writable", lambda _f: True)

    wizard.open_file(source)
    _connect(qtbot, wizard, sandbox)
    mapping_page = go_to(qtbot, wizard, MappingPage)
    assert wizard.session.path == source
    ready(qtbot, mapping_page)
    wizard.next()
    check_page = go_to(qtbot, wizard, CheckPage)
    ready(qtbot, check_page)
    wizard.next()
    list_page = go_to(qtbot, wizard, ListPage)
    qtbot.waitUntil(list_page.isComplete, timeout=15_000)
    wizard.next()
    confirm_page = go_to(qtbot, wizard, ConfirmPage)
    confirm_page.consent.setChecked(True)
    qtbot.waitUntil(confirm_page.isComplete, timeout=15_000)
    wizard.next()

    done_page = go_to(qtbot, wizard, DonePage)
    assert set(sandbox.store.contacts()) == {"+4915123456789", "+4915234567890"}
    report = wizard.session.report_path
    assert report is not None and report.is_file()
    assert report.name.startswith("Kunden 2026 — import report ")
    entry = import_history(False).find(wizard.session.import_id or "")
    assert entry is not None and entry.report_path == str(report)
    if place == "writable":
        assert report.parent == folder
        assert done_page.report_note.isHidden()
        return
    assert report.parent == importer_home / "Documents"
    assert list(folder.iterdir()) == [source]
    assert not done_page.report_note.isHidden()
    assert done_page.report_note.text() == (
        f'The report could not be saved as "{folder / report.name}": the folder may not be '
        f'written to. It is saved as "{report}" instead.'
    )
