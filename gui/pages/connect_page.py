"""Page 1, Connect: the API key, a connection test, and the practice sandbox."""

from __future__ import annotations

import logging
import os
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui.dialogs.history_dialog import HistoryDialog
from gui.errors import user_text
from gui.log_file import hide_secret
from gui.pages.base import WizardPage, import_history
from gui.session import ImportSession
from gui.settings import AppSettings
from gui.symbols import Symbol
from gui.theme import Tone, box_style, on_theme_change
from gui.widgets.collapsible import Collapsible
from gui.widgets.fact_list import FactList
from gui.widgets.status_label import StatusLabel
from gui.workers.base import start_worker
from gui.workers.connect_workers import Connection, ConnectionTestWorker, SandboxStartWorker
from importer.api.client import DEFAULT_API_URL
from importer.api.errors import InvalidApiUrlError
from importer.api.urls import checked_base_url
from importer.api_key import (
    ENV_VAR,
    clean_key,
    forget_api_key,
    keyring_available,
    load_api_key,
    save_api_key,
)
from importer.sandbox.server import SandboxServer

log = logging.getLogger(__name__)


class ConnectPage(WizardPage):
    """Asks for the API key and checks it works before the user can go on."""

    connection_changed = Signal()
    """Connected (to Sociocs or the practice sandbox), or no longer: see :meth:`connected`."""

    def __init__(
        self, session: ImportSession, settings: AppSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, settings, parent)
        self.setTitle(self.tr("Connect"))
        self.setSubTitle(self.tr("Tell the program which Sociocs account to use."))
        self._connected = False
        self._testing = False
        self._advance_when_connected = False
        self._saved_key = False
        self._given_key = False
        """A key came from the keyring or the environment: connect without asking."""
        self._auto_connect_tried = False
        self._closing = False
        self._build()
        self._load_saved_key()

    # ----- layout -----------------------------------------------------------------------
    def _build(self) -> None:
        self.history_dialog: HistoryDialog | None = None
        intro = QLabel(
            self.tr(
                "To add contacts to your Sociocs account, this program needs your account's "
                "<b>API key</b>: a long code that lets a program act for you, like a password."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.waiting_file = QLabel(self)
        self.waiting_file.setObjectName("waitingFile")
        self.waiting_file.setWordWrap(True)
        self.waiting_file.setVisible(False)
        self.body.addWidget(self.waiting_file)
        self.body.addWidget(intro)
        self.body.addLayout(self._build_form())
        self.advanced = Collapsible(self.tr("Ad&vanced"), self)
        self.advanced.toggle.setAccessibleDescription(
            self.tr("Shows or hides the API address, for special set-ups.")
        )
        advanced = QVBoxLayout(self.advanced.content)
        advanced.setContentsMargins(18, 0, 0, 0)
        self.url_edit = QLineEdit(self.settings.api_url or DEFAULT_API_URL, self)
        self.url_edit.setObjectName("apiUrlEdit")
        self.url_edit.setAccessibleName(self.tr("API address"))
        self.url_edit.setAccessibleDescription(
            self.tr("Where Sociocs answers; leave it as it is unless Sociocs told you otherwise.")
        )
        self.url_edit.textEdited.connect(self._on_input_changed)
        self.url_edit.editingFinished.connect(self.url_problem)
        url_label = QLabel(self.tr("API a&ddress:"), self)
        url_label.setBuddy(self.url_edit)
        self.url_status = StatusLabel(self)
        self.url_status.setObjectName("apiUrlStatus")
        url_row = QHBoxLayout()
        url_row.addWidget(url_label)
        url_row.addWidget(self.url_edit, 1)
        advanced.addLayout(url_row)
        advanced.addWidget(self.url_status)
        self.body.addWidget(self.advanced)
        self.body.addLayout(self._build_test_row())
        self.body.addStretch(1)
        self.promises = FactList(self.tr("Good to know"), self)
        self.promises.add(Symbol.CHECK, Tone.OK, self.tr("Nothing is sent before you confirm."))
        self.promises.add(
            Symbol.NOTE,
            Tone.INFO,
            self.tr("Every row is checked first; what cannot be sent is explained in plain words."),
        )
        self.promises.add(
            Symbol.UPLOAD,
            Tone.INFO,
            self.tr("An upload can be stopped and continued later; nothing sent is lost."),
        )
        self.body.addWidget(self.promises)
        self.body.addStretch(1)
        self.body.addWidget(self._build_sandbox_offer())

    def _build_sandbox_offer(self) -> QFrame:
        self.sandbox_offer = QFrame(self)
        self.sandbox_offer.setObjectName("sandboxOffer")
        self._restyle()
        on_theme_change(self._restyle)
        layout = QHBoxLayout(self.sandbox_offer)
        layout.setContentsMargins(14, 12, 14, 12)
        self.sandbox_text = QLabel(
            self.tr(
                "<b>Just trying it out?</b> Practice with a sandbox: a pretend Sociocs that runs "
                "on this computer. You can go through every step with your own file or our "
                "sample, and nothing is sent to Sociocs."
            ),
            self.sandbox_offer,
        )
        self.sandbox_text.setWordWrap(True)
        layout.addWidget(self.sandbox_text, 1)
        self.sandbox_button = QPushButton(self.tr("&Practice with a sandbox"), self.sandbox_offer)
        self.sandbox_button.setObjectName("sandboxButton")
        self.sandbox_button.setAutoDefault(False)  # Enter never starts practice mode
        self.sandbox_button.setAccessibleDescription(
            self.tr("Start a pretend Sociocs on this computer; nothing is sent to Sociocs.")
        )
        self.sandbox_button.clicked.connect(self._on_sandbox_clicked)
        layout.addWidget(self.sandbox_button)
        return self.sandbox_offer

    @Slot()
    def _restyle(self) -> None:
        self.sandbox_offer.setStyleSheet(box_style("#sandboxOffer", Tone.INFO))
        self.waiting_file.setStyleSheet(
            box_style("#waitingFile", Tone.INFO) + " #waitingFile { padding: 8px 12px; }"
        )

    def show_waiting_file(self, path: Path | None) -> None:
        """Say which file opens once connected (given on the command line, dropped on the
        window or sent by the system); None hides the note."""
        self.waiting_file.setVisible(path is not None)
        if path is None:
            return
        self.waiting_file.setText(
            self.tr("<b>{file}</b> opens as soon as you are connected.").format(
                file=escape(path.name)
            )
        )
        self.waiting_file.setToolTip(str(path))

    def _build_form(self) -> QVBoxLayout:
        form = QVBoxLayout()
        form.setSpacing(6)
        self.key_edit = QLineEdit(self)
        self.key_edit.setObjectName("apiKeyEdit")
        self.key_edit.setAccessibleName(self.tr("API key"))
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setPlaceholderText(self.tr("Paste your API key here"))
        self.key_edit.setAccessibleDescription(
            self.tr("A long code from the Sociocs web app, under Profile and settings, then API.")
        )
        self.key_edit.textEdited.connect(self._on_input_changed)
        self.key_edit.editingFinished.connect(self._tidy_key)
        self.show_key = QToolButton(self)
        self.show_key.setObjectName("showKeyButton")
        self.show_key.setText(self.tr("&Show"))
        self.show_key.setCheckable(True)
        self.show_key.setAccessibleName(self.tr("Show the API key"))
        self.show_key.setAccessibleDescription(self.tr("Shows or hides the characters of the key."))
        self.show_key.toggled.connect(self._on_show_key)
        key_label = QLabel(self.tr("API &key:"), self)
        key_label.setBuddy(self.key_edit)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key_edit, 1)
        key_row.addWidget(self.show_key)
        form.addWidget(key_label)
        form.addLayout(key_row)
        form.addWidget(self._build_help())
        self.remember = QCheckBox(self.tr("&Remember on this computer"), self)
        self.remember.setObjectName("rememberCheck")
        self.remember.setAccessibleDescription(
            self.tr(
                "Keeps the key in this computer's password store, so that next time the program "
                "connects by itself."
            )
        )
        self.remember_note = QLabel(
            self.tr(
                "This computer has no safe place to keep the key, so it will not be saved. "
                "You will need to paste it again next time."
            ),
            self,
        )
        self.remember_note.setObjectName("rememberNote")
        self.remember_note.setWordWrap(True)
        self.remember_note.setVisible(False)
        form.addWidget(self.remember)
        form.addWidget(self.remember_note)
        return form

    def _build_help(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.help_button = QToolButton(box)
        self.help_button.setObjectName("whereButton")
        self.help_button.setText(self.tr("&Where do I find it?"))
        self.help_button.setCheckable(True)
        self.help_button.setAutoRaise(True)
        self.help_button.setAccessibleDescription(
            self.tr("Shows or hides how to find the key in the Sociocs web app.")
        )
        self.help_text = QLabel(
            self.tr(
                "<ol style='margin-left: -20px'><li>Sign in to the Sociocs web app.</li>"
                "<li>Open <b>Profile &amp; settings</b>, then <b>API</b>.</li>"
                "<li>Copy the key shown there and paste it above.</li></ol>"
            ),
            box,
        )
        self.help_text.setObjectName("whereText")
        self.help_text.setWordWrap(True)
        self.help_text.setVisible(False)
        self.help_button.toggled.connect(self.help_text.setVisible)
        layout.addWidget(self.help_button)
        layout.addWidget(self.help_text)
        return box

    def _build_test_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.test_button = QPushButton(self.tr("&Test connection"), self)
        self.test_button.setObjectName("testButton")
        self.test_button.setAccessibleDescription(
            self.tr("Checks that Sociocs accepts the key; nothing is sent.")
        )
        self.test_button.clicked.connect(self.test_connection)
        self.status = StatusLabel(self)
        self.status.setObjectName("connectStatus")
        self.history_button = QPushButton(self.tr("Import &history…"), self)
        self.history_button.setToolTip(
            self.tr("The imports of the last weeks: their reports, and Undo (once connected).")
        )
        self.history_button.clicked.connect(self._show_history)
        row.addWidget(self.test_button)
        row.addWidget(self.status, 1)
        row.addWidget(self.history_button)
        return row

    @Slot()
    def _show_history(self) -> None:
        session = self.session
        history = import_history(session.practice_mode)
        self.history_dialog = HistoryDialog(history, session.client, self)
        self.history_dialog.open()

    # ----- saved key ----------------------------------------------------------------------
    def _load_saved_key(self) -> None:
        can_store = keyring_available()
        self.remember.setEnabled(can_store)
        self.remember_note.setVisible(not can_store)
        key = load_api_key()
        if key:
            hide_secret(key)
            self.key_edit.setText(key)
            self._given_key = True
            self._saved_key = can_store and not os.environ.get(ENV_VAR, "").strip()
            self.remember.setChecked(self._saved_key)
        self.sandbox_text.setVisible(not key)
        self.help_button.setChecked(not key)

    def _store_key_choice(self) -> None:
        if self.session.practice_mode or not self.remember.isEnabled():
            return
        if self.remember.isChecked():
            if not save_api_key(self.session.api_key):
                self.remember_note.setVisible(True)
        elif self._saved_key:
            forget_api_key()

    # ----- QWizardPage --------------------------------------------------------------------
    def initializePage(self) -> None:
        """Focus the key field; with a saved key, test it and go on by itself (once a run)."""
        super().initializePage()
        self.key_edit.setFocus()
        if self._given_key and not self._auto_connect_tried and not self._connected:
            self._auto_connect_tried = True
            self._advance_when_connected = True
            self.test_connection()

    def isComplete(self) -> bool:
        """Next is usable once a key is entered and no test is running."""
        return bool(self.api_key()) and not self._testing

    def validatePage(self) -> bool:
        """Go on only after a successful test; Next starts the test when none was run."""
        if self._connected:
            self._store_key_choice()
            self.settings.api_url = "" if self.session.practice_mode else self.api_url()
            return True
        self._advance_when_connected = True
        self.test_connection()
        return False

    def close_warning(self) -> str | None:
        """Nothing is lost by closing on the first page."""
        return None

    def shutdown(self) -> None:
        """Stop the workers; a sandbox that finished starting meanwhile is stopped too."""
        self._closing = True
        super().shutdown()
        # The worker's result is queued for this page: deliver it now, while _closing stops it.
        QCoreApplication.sendPostedEvents(self, QEvent.Type.MetaCall.value)

    # ----- actions ------------------------------------------------------------------------
    def api_key(self) -> str:
        """The key as entered, whitespace removed."""
        return clean_key(self.key_edit.text())

    def api_url(self) -> str:
        """The API address (Advanced), default https://api.sociocs.com."""
        return self.url_edit.text().strip() or DEFAULT_API_URL

    @Slot()
    def url_problem(self) -> str:
        """The client's plain message when the API address cannot be used, shown under it."""
        try:
            checked_base_url(self.api_url())
        except InvalidApiUrlError as exc:
            self.url_status.show_error(user_text(exc))
            return user_text(exc)
        self.url_status.clear_status()
        return ""

    @Slot()
    def test_connection(self) -> None:
        """Check the key by asking Sociocs for the contact lists, in the background."""
        if self._testing:
            return
        key = self.api_key()
        if not key:
            self.status.show_error(self.tr("Paste your API key first."))
            self.key_edit.setFocus()
            return
        problem = self.url_problem()
        if problem:
            self._advance_when_connected = False
            self.status.show_error(self.tr("Check the API address under Advanced."))
            self.advanced.set_open(True)
            self.url_edit.setFocus()
            return
        hide_secret(key)
        self._set_testing(True)
        self.status.show_busy(self.tr("Testing the connection…"))
        worker = ConnectionTestWorker(key, self.api_url())
        worker.result.connect(self._on_connected)
        worker.failed.connect(self._on_connection_failed)
        start_worker(worker, self)

    @Slot(object)
    def _on_connected(self, connection: Connection) -> None:
        self._set_testing(False)
        if self.session.client is not None:
            self.session.client.close()
        self.session.client = connection.client
        self.session.api_key = self.api_key()
        self.session.api_url = self.api_url()
        self.session.lists_found = connection.list_count
        self._connected = True
        self.connection_changed.emit()
        self.status.show_ok(self.connected_text(connection.list_count))
        log.info("Connection test passed (%d lists)", connection.list_count)
        if self._advance_when_connected:
            self._advance_when_connected = False
            wizard = self.wizard()
            if wizard is not None and wizard.currentPage() is self:
                wizard.next()

    @Slot(object)
    def _on_connection_failed(self, exc: BaseException) -> None:
        self._set_testing(False)
        self._advance_when_connected = False
        self.status.show_error(user_text(exc))
        if not self.key_edit.isReadOnly():
            self.key_edit.setFocus()
            self.key_edit.selectAll()
        log.info("Connection test failed: %s", type(exc).__name__)

    def _set_testing(self, testing: bool) -> None:
        self._testing = testing
        self.test_button.setEnabled(not testing)
        self.completeChanged.emit()

    @Slot()
    def _on_input_changed(self) -> None:
        self._connected = False
        self._advance_when_connected = False
        self.status.clear_status()
        self.completeChanged.emit()
        self.connection_changed.emit()

    def connected(self) -> bool:
        """Whether the key (or the practice sandbox) passed the connection test."""
        return self._connected

    @Slot()
    def _tidy_key(self) -> None:
        if self.key_edit.text() != self.api_key():
            self.key_edit.setText(self.api_key())

    @Slot(bool)
    def _on_show_key(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.key_edit.setEchoMode(mode)
        self.show_key.setText(self.tr("&Hide") if shown else self.tr("&Show"))
        self.show_key.setAccessibleName(
            self.tr("Hide the API key") if shown else self.tr("Show the API key")
        )

    # ----- practice sandbox ------------------------------------------------------------
    @Slot()
    def _on_sandbox_clicked(self) -> None:
        if self.session.practice_mode:
            self.stop_practice()
        else:
            self.start_practice()

    def start_practice(self) -> None:
        """Start the sandbox in the background; the key and address are filled in after."""
        self.sandbox_button.setEnabled(False)
        self.status.show_busy(self.tr("Starting the practice sandbox…"))
        worker = SandboxStartWorker()
        worker.result.connect(self._on_sandbox_started)
        worker.failed.connect(self._on_sandbox_failed)
        start_worker(worker, self)

    @Slot(object)
    def _on_sandbox_started(self, server: SandboxServer) -> None:
        if self._closing:
            server.stop()
            log.info("Practice sandbox stopped: the window closed while it started")
            return
        self.session.sandbox = server
        hide_secret(server.api_key)
        self.key_edit.setText(server.api_key)
        self.key_edit.setReadOnly(True)
        self.url_edit.setText(server.url)
        self.url_edit.setReadOnly(True)
        self.remember.setVisible(False)
        self.sandbox_button.setText(self.tr("Stop &practicing"))
        self.sandbox_button.setEnabled(True)
        self.refresh_all_banners()
        log.info("Practice sandbox started at %s", server.url)
        self._on_input_changed()
        self.test_connection()

    @Slot(object)
    def _on_sandbox_failed(self, exc: BaseException) -> None:
        self.sandbox_button.setEnabled(True)
        self.status.show_error(user_text(exc))

    def stop_practice(self) -> None:
        """Stop the sandbox and go back to an empty key for the real account."""
        server = self.session.sandbox
        self.session.sandbox = None
        if server is not None:
            server.stop()
        self.key_edit.setReadOnly(False)
        self.key_edit.clear()
        self.url_edit.setReadOnly(False)
        self.url_edit.setText(self.settings.api_url or DEFAULT_API_URL)
        self.remember.setVisible(True)
        self.sandbox_button.setText(self.tr("&Practice with a sandbox"))
        self.refresh_all_banners()
        self._on_input_changed()

    def connected_text(self, list_count: int) -> str:
        """ "Connected — 3 contact lists found" (or to the practice sandbox)."""
        if self.session.practice_mode:
            return self.tr(
                "Connected to the practice sandbox — %Ln contact lists found", "", list_count
            )
        return self.tr("Connected — %Ln contact lists found", "", list_count)
