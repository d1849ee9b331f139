"""The whole wizard against a real sandbox server, with a messy generated spreadsheet.

Auto-mapping accepted, an invalid phone fixed in place, a list chosen, the upload carried
through an injected 429 (the prompt answered by the test), the sandbox's contacts checked;
and no QThread left running once the wizard is closed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot

from gui.dialogs.retry_dialog import RetryDialog
from gui.dialogs.undo_dialog import UndoAnswer, UndoDialog
from gui.models.issues_model import PHONE, ROW
from gui.pages.check_page import CheckPage
from gui.pages.confirm_page import ConfirmPage
from gui.pages.connect_page import ConnectPage
from gui.pages.done_page import DonePage
from gui.pages.file_page import FilePage
from gui.pages.list_page import ListPage
from gui.pages.mapping_page import MappingPage
from gui.pages.upload_page import UploadPage
from gui.wizard import ImportWizard
from gui.workers.base import running_workers
from importer.jobs.decisions import RetryChoice, RetryEvent
from importer.sandbox.server import SandboxServer
from tests.helpers.make_files import write_xlsx
from tests.helpers.sandbox import TEST_API_KEY
from tests.helpers.wizard_steps import go_to, ready

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

MESSY_ROWS: list[list[object]] = [
    ["Customer export — May", None, None, None, None],
    [None, None, None, None, None],
    ["First name", "Last name", "Mobile", "E-mail", "City"],
    ["Ann", "Lee", 16175551212.0, "ann@example.com", "Boston"],
    ["Bob", "Stone", "617-555-12", "bob@example.com", "Salem"],
    [None, None, None, None, None],
    ["Cy", "Young", "(617) 555-1313", "cy@example.com", " Quincy "],
    ["Di", "Park", "+1 617 555 1414", None, "Lynn"],
    ["Ann", "Lee-Dup", "+16175551212", "ann2@example.com", "Boston"],
]
FIXED_PHONE = "617 555 1515"


def _connect(qtbot: QtBot, wizard: ImportWizard, sandbox: SandboxServer) -> None:
    page = go_to(qtbot, wizard, ConnectPage)
    page.key_edit.setText(TEST_API_KEY)
    page.url_edit.setText(sandbox.url)
    page.url_edit.textEdited.emit(sandbox.url)
    wizard.next()


def _fix_invalid_phone(qtbot: QtBot, page: CheckPage) -> None:
    ready(qtbot, page)
    model = page.model
    rows = [model.index(r, ROW).data() for r in range(model.rowCount())]
    bob = rows.index("5")
    assert model.index(bob, PHONE).data() == "617-555-12"
    result = page.session.result
    assert result is not None
    ready_before = result.counts().to_send
    assert model.setData(model.index(bob, PHONE), FIXED_PHONE)
    assert result.counts().to_send == ready_before + 1
    assert page.tiles.ready.number.text() == str(ready_before + 1)


def test_whole_wizard_against_the_sandbox(
    qtbot: QtBot,
    wizard: ImportWizard,
    sandbox: SandboxServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    prompts: list[RetryEvent] = []

    def answer_retry_now(
        _parent: object, event: RetryEvent, on_answer: Callable[[RetryChoice], None]
    ) -> None:
        prompts.append(event)
        on_answer(RetryChoice.RETRY_NOW)

    monkeypatch.setattr(RetryDialog, "ask", answer_retry_now)
    monkeypatch.setattr(
        UndoDialog, "ask", lambda _p, _lines, _left, on_answer: on_answer(UndoAnswer.UNDO)
    )
    source = write_xlsx(tmp_path / "contacts.xlsx", MESSY_ROWS)
    existing = {"phone_number": "+16175551212", "name": "Ann", "extra_fields": {"tier": "gold"}}
    sandbox.store.upsert(0, [existing])
    before = sandbox.store.contacts()

    _connect(qtbot, wizard, sandbox)
    file_page = go_to(qtbot, wizard, FilePage)
    file_page.load_file(source)
    ready(qtbot, file_page)
    assert wizard.session.choices is not None
    assert wizard.session.choices.header_row == 3
    wizard.next()

    mapping_page = go_to(qtbot, wizard, MappingPage)
    ready(qtbot, mapping_page)
    wizard.next()
    mapping = wizard.session.choices.mapping
    assert mapping is not None and mapping.phone_index == 2
    assert mapping.name_indices == (0, 1)

    check_page = go_to(qtbot, wizard, CheckPage)
    _fix_invalid_phone(qtbot, check_page)
    wizard.next()

    list_page = go_to(qtbot, wizard, ListPage)
    qtbot.waitUntil(lambda: list_page.status.state == "ok", timeout=15_000)
    target = next(entry for entry in sandbox.store.lists() if entry["id"] != 0)
    for row in range(list_page.lists.count()):
        if f"(list number {target['id']})" in list_page.lists.item(row).text():
            list_page.lists.setCurrentRow(row)
    wizard.next()

    confirm_page = go_to(qtbot, wizard, ConfirmPage)
    confirm_page.consent.setChecked(True)
    qtbot.waitUntil(confirm_page.isComplete, timeout=15_000)
    assert "<b>4 contacts</b> will be sent" in confirm_page.plan.text()
    assert "3 new, 1 updated" in confirm_page.plan.text()
    sandbox.faults.rate_limit_next = 1
    wizard.next()

    done_page = go_to(qtbot, wizard, DonePage)
    assert prompts == [], "one rate limit is waited out on the page, without a prompt"
    assert sandbox.faults.rate_limit_next == 0
    assert "<b>4</b> contacts are now in" in done_page.summary.text()
    assert wizard.session.report_path is not None and wizard.session.report_path.is_file()

    contacts = sandbox.store.contacts()
    assert set(contacts) == {"+16175551212", "+16175551313", "+16175551414", "+16175551515"}
    assert contacts["+16175551515"]["name"] == "Bob Stone"
    assert contacts["+16175551212"]["name"] == "Ann Lee-Dup"
    assert contacts["+16175551212"]["extra_fields"]["tier"] == "gold", "kept: the file lacks it"
    assert "cy@example.com" in contacts["+16175551313"]["extra_fields"].values()
    assert all(target["id"] in contact["lists"] for contact in contacts.values())

    assert not done_page.undo.isHidden()
    done_page.undo.button.click()
    qtbot.waitUntil(lambda: done_page.undo.status.state == "ok", timeout=15_000)
    assert sandbox.store.contacts() == before
    assert "undone" in done_page.subTitle()
    assert done_page.summary.isHidden() and done_page.tiles.isHidden(), "no longer so"

    done_page.again_button.click()
    go_to(qtbot, wizard, FilePage)
    assert wizard.session.client is not None, "the connection is kept"
    assert wizard.session.result is None and wizard.session.upload_summary is None


def test_no_qthread_left_running_after_the_wizard_closes(
    qtbot: QtBot,
    wizard: ImportWizard,
    sandbox: SandboxServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    started: list[QThread] = []
    base_start = QThread.start

    def remember(thread: QThread, *args: Any) -> None:
        started.append(thread)
        base_start(thread, *args)

    monkeypatch.setattr(QThread, "start", remember)
    source = write_xlsx(tmp_path / "contacts.xlsx", MESSY_ROWS)
    _connect(qtbot, wizard, sandbox)
    file_page = go_to(qtbot, wizard, FilePage)
    file_page.load_file(source)
    ready(qtbot, file_page)
    wizard.next()
    ready(qtbot, go_to(qtbot, wizard, MappingPage))
    wizard.next()
    ready(qtbot, go_to(qtbot, wizard, CheckPage))
    wizard.next()
    list_page = go_to(qtbot, wizard, ListPage)
    ready(qtbot, list_page)
    wizard.next()
    confirm_page = go_to(qtbot, wizard, ConfirmPage)
    confirm_page.consent.setChecked(True)
    qtbot.waitUntil(confirm_page.isComplete, timeout=15_000)
    sandbox.faults.rate_limit_next, sandbox.faults.retry_after_seconds = 1, 60
    wizard.next()
    upload_page = go_to(qtbot, wizard, UploadPage)
    qtbot.waitUntil(lambda: not upload_page.retry_banner.isHidden(), timeout=15_000)

    wizard.reject()  # the close box; the recorded ConfirmDialog answers "close"
    assert not wizard.isVisible()
    assert running_workers() == []
    alive = []
    for thread in started:
        try:
            alive.append(thread.isRunning())
        except RuntimeError:  # already deleted: it finished
            continue
    assert not any(alive)
