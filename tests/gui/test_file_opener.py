"""A file from outside the wizard: ``contact-importer FILE``, a drop on the window, the system's
file-open event. It waits on Connect, loads on Choose file and goes on to Match columns."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QFileOpenEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

import gui.app
from gui.entry import main as entry_main
from gui.pages.check_page import CheckPage
from gui.pages.connect_page import ConnectPage
from gui.pages.file_page import FilePage
from gui.pages.mapping_page import MappingPage
from gui.wizard import ImportWizard, page_id
from importer.sandbox.server import SandboxServer
from tests.gui.test_end_to_end import _connect
from tests.helpers.make_files import write_csv, write_xlsx

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints",
    "This plugin does not support raise",  # the offscreen platform; open_file raises the window
)

ROWS = [
    ["Name", "Mobile", "City"],
    ["Zoë Müller", "+49 1512 3456789", "Köln"],
    ["Ann Lee", "+1 617 253 1000", "Boston"],
]


@pytest.fixture
def awkward_file(tmp_path: Path) -> Path:
    """A spreadsheet in a folder with a space and non-ASCII letters, as on Zoë's PC."""
    (tmp_path / "Zoë Müller").mkdir()
    return write_xlsx(tmp_path / "Zoë Müller" / "Kunden 2026.xlsx", ROWS)


def wait_for_mapping(qtbot: QtBot, wizard: ImportWizard, path: Path) -> None:
    qtbot.waitUntil(lambda: wizard.currentId() == page_id(MappingPage), timeout=15_000)
    assert wizard.session.path == path
    assert wizard.file_opener is None


def test_a_file_given_at_start_waits_for_the_connection_then_reaches_match_columns(
    qtbot: QtBot, wizard: ImportWizard, sandbox: SandboxServer, awkward_file: Path
) -> None:
    wizard.open_file(awkward_file)
    connect_page = wizard.currentPage()
    assert isinstance(connect_page, ConnectPage)
    assert connect_page.waiting_file.isVisible()
    assert "<b>Kunden 2026.xlsx</b> opens as soon as you are connected" in (
        connect_page.waiting_file.text()
    )
    assert connect_page.waiting_file.toolTip() == str(awkward_file)
    _connect(qtbot, wizard, sandbox)
    wait_for_mapping(qtbot, wizard, awkward_file)
    assert not connect_page.waiting_file.isVisible()
    file_page = wizard.page(page_id(FilePage))
    assert isinstance(file_page, FilePage)
    assert "Kunden 2026.xlsx" in file_page.file_label.text()
    assert "Zoë Müller" in file_page.file_label.toolTip()


def test_a_file_that_cannot_be_read_stays_on_choose_file_saying_why(
    qtbot: QtBot, wizard: ImportWizard, sandbox: SandboxServer, tmp_path: Path
) -> None:
    broken = tmp_path / "Zoë Müller" / "kaputt.xlsx"
    broken.parent.mkdir()
    broken.write_bytes(b"PK\x03\x04" + bytes(40))  # a damaged workbook
    wizard.open_file(broken)
    _connect(qtbot, wizard, sandbox)
    qtbot.waitUntil(lambda: wizard.file_opener is None, timeout=15_000)
    assert wizard.currentId() == page_id(FilePage)
    file_page = wizard.currentPage()
    assert isinstance(file_page, FilePage)
    assert "kaputt.xlsx" in file_page.status.text()


@pytest.fixture
def started_from_the_command_line(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, settings: Any
) -> Iterator[list[ImportWizard]]:
    """``gui.entry.main`` as the desktop calls it, with the event loop left to the test."""
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    monkeypatch.setattr(gui.app, "AppSettings", lambda: settings)
    before = set(QApplication.topLevelWidgets())
    started: list[ImportWizard] = []
    yield started
    for widget in set(QApplication.topLevelWidgets()) - before:
        if isinstance(widget, ImportWizard):
            widget.shutdown()
        widget.close()
        widget.deleteLater()


def the_new_wizard() -> ImportWizard:
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, ImportWizard)]
    visible = [w for w in shown if w.isVisible()]
    assert len(visible) == 1
    return visible[0]


def test_contact_importer_file_opens_the_wizard_at_match_columns(
    qtbot: QtBot,
    sandbox: SandboxServer,
    awkward_file: Path,
    started_from_the_command_line: list[ImportWizard],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(awkward_file.parent.parent)
    assert entry_main([str(Path("Zoë Müller") / "Kunden 2026.xlsx")]) == 0
    wizard = the_new_wizard()
    assert wizard.file_opener is not None and wizard.file_opener.path == awkward_file
    _connect(qtbot, wizard, sandbox)
    wait_for_mapping(qtbot, wizard, awkward_file)


def test_the_systems_file_open_event_opens_the_file(
    qtbot: QtBot,
    sandbox: SandboxServer,
    awkward_file: Path,
    started_from_the_command_line: list[ImportWizard],
) -> None:
    assert entry_main([]) == 0
    wizard = the_new_wizard()
    assert wizard.file_opener is None
    _connect(qtbot, wizard, sandbox)
    qtbot.waitUntil(lambda: wizard.currentId() == page_id(FilePage), timeout=15_000)
    QCoreApplication.sendEvent(QApplication.instance(), QFileOpenEvent(str(awkward_file)))
    wait_for_mapping(qtbot, wizard, awkward_file)


def drop(wizard: ImportWizard, *paths: Path) -> tuple[bool, bool]:
    """Drag ``paths`` over the wizard's side panel and drop them; (entered, dropped)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    where = QPointF(wizard.steps.geometry().center())
    action, buttons = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton
    enter = QDragEnterEvent(where.toPoint(), action, mime, buttons, Qt.KeyboardModifier.NoModifier)
    QCoreApplication.sendEvent(wizard, enter)
    dropped = QDropEvent(where, action, mime, buttons, Qt.KeyboardModifier.NoModifier)
    QCoreApplication.sendEvent(wizard, dropped)
    return enter.isAccepted(), dropped.isAccepted()


def test_a_file_dropped_on_the_window_replaces_the_import_after_asking(
    qtbot: QtBot,
    wizard: ImportWizard,
    sandbox: SandboxServer,
    awkward_file: Path,
    tmp_path: Path,
    dialogs: Any,
) -> None:
    first = write_csv(tmp_path / "first.csv", ROWS)
    assert drop(wizard, first) == (True, True), "dropped on Connect: waits"
    _connect(qtbot, wizard, sandbox)
    wait_for_mapping(qtbot, wizard, first)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == page_id(CheckPage), timeout=15_000)
    qtbot.waitUntil(lambda: not wizard.current_page().is_busy(), timeout=15_000)

    dialogs.answer = False
    drop(wizard, awkward_file)
    assert dialogs.questions[-1] == (
        "Open Kunden 2026.xlsx instead? What you chose for first.csv is dropped."
    )
    assert wizard.currentId() == page_id(CheckPage), "Keep: nothing changes"
    assert wizard.session.path == first

    dialogs.answer = True
    drop(wizard, awkward_file)
    wait_for_mapping(qtbot, wizard, awkward_file)
    assert not drop(wizard, first, awkward_file)[0], "two files at once are not taken"


def test_while_the_page_works_a_dropped_file_is_refused_with_a_word_why(
    qtbot: QtBot,
    wizard: ImportWizard,
    sandbox: SandboxServer,
    awkward_file: Path,
    tmp_path: Path,
    dialogs: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = write_csv(tmp_path / "first.csv", ROWS)
    wizard.open_file(first)
    _connect(qtbot, wizard, sandbox)
    wait_for_mapping(qtbot, wizard, first)
    page = wizard.current_page()
    assert page is not None
    monkeypatch.setattr(page, "is_busy", lambda: True)
    assert drop(wizard, awkward_file) == (False, False), "no drop while it works"
    wizard.open_file(awkward_file)  # the system's Open with, meanwhile
    title, text, _ = dialogs.errors[-1]
    assert title == "Not now"
    assert text == (
        "The program is still working on first.csv. Open Kunden 2026.xlsx once it has "
        "finished, or after you stopped it."
    )
    assert wizard.session.path == first and wizard.currentId() == page_id(MappingPage)
