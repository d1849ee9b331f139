"""Page 5, Choose list: lists from the sandbox, Retry on failure, create, manual number."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from gui.pages.list_page import ListPage
from gui.session import ImportSession
from gui.settings import AppSettings
from importer.api.client import SociocsClient
from importer.choices import ImportChoices
from importer.sandbox.server import SandboxServer
from tests.helpers.sandbox import TEST_API_KEY

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def server(sandbox: SandboxServer) -> SandboxServer:
    """The shared sandbox fixture, under a shorter name."""
    return sandbox


def _page(qtbot: QtBot, server: SandboxServer, settings: AppSettings) -> ListPage:
    session = ImportSession(
        client=SociocsClient(TEST_API_KEY, server.url), choices=ImportChoices(Path("c.csv"))
    )
    page = ListPage(session, settings)
    qtbot.addWidget(page, before_close_func=lambda _: page.shutdown())
    return page


def _loaded(qtbot: QtBot, page: ListPage) -> None:
    def done() -> None:
        assert page.status.state == "ok"
        assert not page.is_busy()

    page.initializePage()
    qtbot.waitUntil(done, timeout=10_000)


def _names(page: ListPage) -> list[str]:
    return [page.lists.item(row).text() for row in range(page.lists.count())]


def test_lists_are_fetched_with_all_contacts_first(
    qtbot: QtBot, server: SandboxServer, settings: AppSettings
) -> None:
    page = _page(qtbot, server, settings)
    _loaded(qtbot, page)
    names = _names(page)
    assert names[0].startswith("All Contacts")
    assert len(names) == len(server.store.lists())
    own = len(server.store.lists()) - 1  # All Contacts is a list of the sandbox too
    assert page.status.text() == f"✓ {own} lists in your account, and All Contacts."
    assert len(names) == own + 1
    chosen = page.chosen()
    assert chosen is not None and chosen.id == 0
    assert page.isComplete()


def test_failure_offers_retry(qtbot: QtBot, server: SandboxServer, settings: AppSettings) -> None:
    page = _page(qtbot, server, settings)
    server.faults.server_error_next = 1
    server.faults.server_error_status = 500
    page.initializePage()
    qtbot.waitUntil(lambda: page.status.state == "error" and not page.is_busy(), timeout=10_000)
    assert page.retry_button.isVisible() or not page.retry_button.isHidden()
    assert "HTTP 500" in page.status.text()
    assert page.isComplete(), "All Contacts can still be chosen"
    page.retry_button.click()
    qtbot.waitUntil(lambda: page.status.state == "ok" and not page.is_busy(), timeout=10_000)
    assert page.retry_button.isHidden()


def test_create_a_new_list(qtbot: QtBot, server: SandboxServer, settings: AppSettings) -> None:
    page = _page(qtbot, server, settings)
    _loaded(qtbot, page)
    page.new_name.setText("Customers May")
    page.create_button.click()
    qtbot.waitUntil(lambda: page.status.state == "ok" and not page.is_busy(), timeout=10_000)
    chosen = page.chosen()
    assert chosen is not None and chosen.name == "Customers May"
    assert server.store.list_exists(chosen.id)
    assert page.validatePage()
    assert page.session.choices is not None
    assert page.session.choices.list_id == chosen.id
    assert page.session.choices.list_name == "Customers May"
    assert settings.list_id == chosen.id


def test_manual_number_wins(qtbot: QtBot, server: SandboxServer, settings: AppSettings) -> None:
    page = _page(qtbot, server, settings)
    _loaded(qtbot, page)
    page.manual_id.setText("10001")
    assert not page.lists.isEnabled()
    assert page.validatePage()
    assert page.session.choices is not None
    assert page.session.choices.list_id == 10001


def test_remembered_list_is_preselected(
    qtbot: QtBot, server: SandboxServer, settings: AppSettings
) -> None:
    other = next(entry for entry in server.store.lists() if entry["id"] != 0)
    settings.list_id = int(other["id"])
    page = _page(qtbot, server, settings)
    _loaded(qtbot, page)
    chosen = page.chosen()
    assert chosen is not None and chosen.id == other["id"]


def test_an_account_without_lists_of_its_own_says_so(qtbot: QtBot, settings: AppSettings) -> None:
    page = ListPage(ImportSession(), settings)
    qtbot.addWidget(page)
    assert page.found_text(0) == (
        "Your account has no lists of its own yet: use All Contacts or create one."
    )
    assert page.found_text(1) == "1 list in your account, and All Contacts."
