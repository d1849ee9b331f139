"""Page 1 (Connect): key entry, connection test against the real sandbox, practice mode."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from gui.pages.connect_page import ConnectPage
from gui.wizard import page_id
from importer.api.trust import TrustSource
from importer.api_key import KEYRING_SERVICE, KEYRING_USER
from importer.sandbox.server import SandboxServer
from tests.helpers.sandbox import TEST_API_KEY
from tests.helpers.tls import OFFICE_SENTENCE


def connect_page(wizard: Any) -> ConnectPage:
    page = wizard.page(page_id(ConnectPage))
    assert isinstance(page, ConnectPage)
    return page


def test_key_is_masked_and_can_be_shown(wizard: Any, qtbot: QtBot) -> None:
    page = connect_page(wizard)
    assert page.key_edit.echoMode() is QLineEdit.EchoMode.Password
    qtbot.mouseClick(page.show_key, Qt.MouseButton.LeftButton)
    assert page.key_edit.echoMode() is QLineEdit.EchoMode.Normal
    assert page.show_key.text() == "&Hide"


def test_next_needs_a_key(wizard: Any, qtbot: QtBot) -> None:
    page = connect_page(wizard)
    assert not page.isComplete()
    qtbot.keyClicks(page.key_edit, "something")
    assert page.isComplete()


def test_connection_test_reports_lists_and_enables_next(
    wizard: Any, qtbot: QtBot, sandbox: SandboxServer
) -> None:
    page = connect_page(wizard)
    page.url_edit.setText(sandbox.url)
    page.key_edit.setText(f" {TEST_API_KEY}\n")
    with qtbot.waitSignal(page.completeChanged, timeout=5000):
        page.test_connection()
    qtbot.waitUntil(lambda: page.status.state == "ok", timeout=5000)
    own = [found for found in sandbox.store.lists() if found["id"] != 0]
    assert page.status.text() == f"✓ Connected — {len(own)} contact lists found"
    assert wizard.session.client is not None
    assert wizard.session.api_key == TEST_API_KEY


def test_wrong_key_shows_plain_message_and_blocks_next(
    wizard: Any, qtbot: QtBot, sandbox: SandboxServer
) -> None:
    page = connect_page(wizard)
    page.url_edit.setText(sandbox.url)
    page.key_edit.setText("not-the-key")
    page.test_connection()
    qtbot.waitUntil(lambda: page.status.state == "error", timeout=5000)
    assert "Traceback" not in page.status.text()
    assert page.status.text()
    assert not page.validatePage() or page.status.state == "busy"
    qtbot.waitUntil(lambda: page.status.state == "error", timeout=5000)
    assert wizard.currentId() == page_id(ConnectPage)


def test_next_without_test_runs_it_then_moves_on(
    wizard: Any, qtbot: QtBot, sandbox: SandboxServer
) -> None:
    page = connect_page(wizard)
    page.url_edit.setText(sandbox.url)
    page.key_edit.setText(TEST_API_KEY)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == page_id(ConnectPage) + 1, timeout=5000)


def test_remember_saves_key_in_keyring(
    wizard: Any, qtbot: QtBot, sandbox: SandboxServer, memory_keyring: Any
) -> None:
    page = connect_page(wizard)
    page.url_edit.setText(sandbox.url)
    page.key_edit.setText(TEST_API_KEY)
    page.remember.setChecked(True)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() != page_id(ConnectPage), timeout=5000)
    assert memory_keyring.passwords[(KEYRING_SERVICE, KEYRING_USER)] == TEST_API_KEY


def test_saved_key_is_filled_in_and_sandbox_offer_is_quiet(
    qtbot: QtBot, session: Any, settings: Any, memory_keyring: Any
) -> None:
    memory_keyring.set_password(KEYRING_SERVICE, KEYRING_USER, "saved-key-123")
    page = ConnectPage(session, settings)
    qtbot.addWidget(page)
    assert page.api_key() == "saved-key-123"
    assert page.remember.isChecked()
    assert page.sandbox_text.isHidden()


def test_without_saved_key_the_sandbox_is_offered(wizard: Any) -> None:
    page = connect_page(wizard)
    assert page.sandbox_text.isVisible()
    assert page.sandbox_button.isVisible()


def test_practice_mode_starts_sandbox_connects_and_shows_banner(wizard: Any, qtbot: QtBot) -> None:
    page = connect_page(wizard)
    page.sandbox_button.click()
    qtbot.waitUntil(lambda: page.status.state == "ok", timeout=5000)
    assert wizard.session.practice_mode
    assert wizard.session.api_url.startswith("http://127.0.0.1:")
    assert page.status.text().startswith("✓ Connected to the practice sandbox")
    assert all(p.banner.isVisibleTo(p) for p in wizard.pages())
    page.sandbox_button.click()
    assert not wizard.session.practice_mode
    assert not any(p.banner.isVisibleTo(p) for p in wizard.pages())
    assert page.api_key() == ""


def test_editing_the_key_after_success_requires_a_new_test(
    wizard: Any, qtbot: QtBot, sandbox: SandboxServer
) -> None:
    page = connect_page(wizard)
    page.url_edit.setText(sandbox.url)
    page.key_edit.setText(TEST_API_KEY)
    page.test_connection()
    qtbot.waitUntil(lambda: page.status.state == "ok", timeout=5000)
    qtbot.keyClicks(page.key_edit, "x")
    assert page.status.state == ""
    assert page.validatePage() is False
    qtbot.waitUntil(lambda: page.status.state == "error", timeout=5000)


def test_unusable_api_address_is_explained_inline_and_nothing_is_started(
    wizard: Any, qtbot: QtBot
) -> None:
    page = connect_page(wizard)
    page.key_edit.setText("some-key")
    page.url_edit.setText("http://api.example.com")
    page.test_connection()
    assert page.status.state == "error"
    assert page.url_status.state == "error"
    assert "https://" in page.url_status.text()
    assert page.advanced.content.isVisibleTo(page)
    assert not page.is_busy()
    page.url_edit.setText("https://api.sociocs.com")
    page.url_edit.editingFinished.emit()
    assert page.url_status.state == ""


def test_a_sandbox_still_starting_when_the_window_closes_is_stopped(
    wizard: Any, monkeypatch: Any
) -> None:
    started: list[SandboxServer] = []
    base_start = SandboxServer.start

    def start_and_remember(self: SandboxServer) -> SandboxServer:
        started.append(self)
        return base_start(self)

    monkeypatch.setattr(SandboxServer, "start", start_and_remember)
    connect_page(wizard).start_practice()
    wizard.shutdown()
    assert len(started) == 1
    assert started[0].stopping.is_set()
    assert wizard.session.sandbox is None


def test_the_focus_starts_in_the_key_field_and_enter_never_starts_practice(
    wizard: Any, qtbot: QtBot
) -> None:
    page = connect_page(wizard)
    assert wizard.focusWidget() is page.key_edit
    assert not page.sandbox_button.autoDefault()
    for widget in (page.key_edit, page.sandbox_button):
        widget.setFocus()
        qtbot.keyClick(widget, Qt.Key.Key_Return)
        assert not page.is_busy()
        assert not wizard.session.practice_mode
    assert wizard.currentId() == page_id(ConnectPage)


def test_a_saved_key_connects_and_goes_on_by_itself(
    qtbot: QtBot, session: Any, settings: Any, memory_keyring: Any, sandbox: SandboxServer
) -> None:
    from gui.pages.file_page import FilePage
    from gui.wizard import ImportWizard

    memory_keyring.set_password(KEYRING_SERVICE, KEYRING_USER, TEST_API_KEY)
    settings.api_url = sandbox.url
    window = ImportWizard(session, settings)
    qtbot.addWidget(window, before_close_func=lambda w: w.shutdown())
    window.show()
    qtbot.waitUntil(lambda: window.currentId() == page_id(FilePage), timeout=5000)
    assert session.api_key == TEST_API_KEY
    window.back()
    assert window.currentId() == page_id(ConnectPage)
    assert not connect_page(window).is_busy()  # back on Connect: no second automatic test


def test_a_refused_saved_key_stays_on_connect_and_says_why(
    qtbot: QtBot, session: Any, settings: Any, memory_keyring: Any, sandbox: SandboxServer
) -> None:
    from gui.wizard import ImportWizard

    memory_keyring.set_password(KEYRING_SERVICE, KEYRING_USER, "an-old-key")
    settings.api_url = sandbox.url
    window = ImportWizard(session, settings)
    qtbot.addWidget(window, before_close_func=lambda w: w.shutdown())
    window.show()
    page = connect_page(window)
    qtbot.waitUntil(lambda: page.status.state == "error", timeout=5000)
    assert window.currentId() == page_id(ConnectPage)
    assert window.focusWidget() is page.key_edit


def enter_https_sandbox(wizard: Any, server: SandboxServer) -> ConnectPage:
    """The Connect page with the key and, under Advanced, the address (by name) of ``server``."""
    page = connect_page(wizard)
    page.advanced.set_open(True)
    page.url_edit.setText(server.url.replace("127.0.0.1", "localhost"))
    page.key_edit.setText(TEST_API_KEY)
    return page


def test_connects_to_a_server_whose_authority_only_the_system_store_trusts(
    wizard: Any, qtbot: QtBot, https_sandbox: SandboxServer, office_ca_in_system_store: Path
) -> None:
    page = enter_https_sandbox(wizard, https_sandbox)
    page.test_connection()
    qtbot.waitUntil(lambda: page.status.state == "ok", timeout=10000)
    assert page.status.text() == "✓ Connected — 2 contact lists found"
    assert wizard.session.client.trust.source is TrustSource.SYSTEM


def test_an_unknown_authority_is_refused_with_the_office_sentence(
    wizard: Any, qtbot: QtBot, https_sandbox: SandboxServer, tmp_path: Path
) -> None:
    page = enter_https_sandbox(wizard, https_sandbox)
    wizard.next()
    qtbot.waitUntil(lambda: page.status.state == "error", timeout=10000)
    text = page.status.text()
    assert "its certificate is not signed by an authority this computer trusts" in text
    assert text.endswith(OFFICE_SENTENCE)
    assert "contacts" not in text and "saved" not in text
    assert wizard.currentId() == page_id(ConnectPage)
    wizard.grab().save(str(tmp_path / "connect-untrusted-certificate.png"))
