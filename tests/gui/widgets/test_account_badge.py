"""The account, always: from Connect to Done the side of the wizard names what it talks to —
the practice sandbox, or the Sociocs account of the key (never its secret part)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect
from pytestqt.qtbot import QtBot

from gui.pages.confirm_page import ConfirmPage
from gui.pages.connect_page import ConnectPage
from gui.pages.done_page import DonePage
from gui.pages.file_page import FilePage
from gui.pages.upload_page import UploadPage
from gui.wizard import ImportWizard, page_id
from importer.api_key import KEYRING_SERVICE, KEYRING_USER, key_hint
from importer.sandbox.server import SandboxServer
from tests.gui.layout_checks import LAPTOP
from tests.helpers.make_files import write_xlsx
from tests.helpers.sandbox import TEST_API_KEY
from tests.helpers.wizard_steps import go_to, ready

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

ROWS = [["Name", "Phone"], ["Ann Lee", "+1 617 555 1212"], ["Bob Stone", "+1 617 555 1313"]]


def _wizard(qtbot: QtBot, session: Any, settings: Any) -> ImportWizard:
    wizard = ImportWizard(session, settings)
    qtbot.addWidget(wizard, before_close_func=lambda w: w.shutdown())
    wizard.show()
    return wizard


def test_the_key_names_the_account_by_its_public_part_only() -> None:
    assert key_hint(TEST_API_KEY) == "test-u…"
    assert key_hint(" ab12:secret ") == "ab12"
    assert key_hint("no-colon-secret") == ""
    assert "secret" not in key_hint("x" * 40 + ":secret")


def test_practice_mode_is_named_on_every_page(qtbot: QtBot, session: Any, settings: Any) -> None:
    wizard = _wizard(qtbot, session, settings)
    badge = wizard.account
    assert badge.title.text() == "Not connected yet" and badge.detail.isHidden()
    connect = wizard.currentPage()
    assert isinstance(connect, ConnectPage)
    connect.start_practice()
    qtbot.waitUntil(connect.connected, timeout=10_000)
    assert (badge.title.text(), badge.detail.text()) == (
        "Practice sandbox",
        "Nothing is sent to Sociocs.",
    )
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == page_id(FilePage))
    assert badge.isVisibleTo(wizard) and badge.title.text() == "Practice sandbox"
    assert badge.accessibleName() == "Connected to: Practice sandbox"


def test_a_remembered_key_names_its_account_on_every_page_to_done(
    qtbot: QtBot,
    session: Any,
    settings: Any,
    memory_keyring: Any,
    sandbox: SandboxServer,
    tmp_path: Path,
) -> None:
    memory_keyring.set_password(KEYRING_SERVICE, KEYRING_USER, TEST_API_KEY)
    settings.api_url = sandbox.url
    wizard = _wizard(qtbot, session, settings)
    wizard.resize(LAPTOP.window())  # in sight on a laptop's screen too
    file_page = go_to(qtbot, wizard, FilePage)
    file_page.load_file(write_xlsx(tmp_path / "clients.xlsx", ROWS))
    seen = []
    while wizard.currentId() != page_id(DonePage):
        page, current = wizard.current_page(), wizard.currentId()
        assert page is not None
        seen.append(type(page).__name__)
        _names_the_account(wizard)
        if isinstance(page, ConfirmPage):
            qtbot.waitUntil(lambda p=page: p.session.plan is not None, timeout=10_000)
            page.consent.setChecked(True)
        if not isinstance(page, UploadPage):  # which goes on to Done by itself
            ready(qtbot, page)
            wizard.next()
        qtbot.waitUntil(lambda c=current: wizard.currentId() != c, timeout=15_000)
    _names_the_account(wizard)
    pages = ["FilePage", "MappingPage", "CheckPage", "ListPage", "ConfirmPage", "UploadPage"]
    assert seen == pages


def _names_the_account(wizard: ImportWizard) -> None:
    badge = wizard.account
    where = QRect(badge.mapTo(wizard, QPoint(0, 0)), badge.size())
    assert badge.isVisibleTo(wizard) and wizard.rect().contains(where)
    assert (badge.title.text(), badge.detail.text()) == (
        "Sociocs account",
        f"Key test-u…\n{wizard.session.api_url}",  # not Sociocs's usual address: named
    )
    assert "secret" not in badge.detail.text() + badge.accessibleDescription()
