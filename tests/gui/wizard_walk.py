"""A practice import walked through every page of the wizard, with a file that meets each part
of each page: rows that cannot be sent, a repeated number, an empty phone with another phone
column (the advice panel's offer), contacts already in the account that change and lose a
field, numbers Sociocs refuses (Niue's 7-digit numbers, which libphonenumber knows and the
sandbox does not take), a rate-limit wait during the upload, and the Done page.

:class:`WizardWalk` calls ``look(page_name)`` on each page once it shows that state, so a test
can measure or picture it there.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from pytestqt.qtbot import QtBot

from gui.pages.check_page import CheckPage
from gui.pages.confirm_page import ConfirmPage
from gui.pages.connect_page import ConnectPage
from gui.pages.done_page import DonePage
from gui.pages.file_page import FilePage
from gui.pages.list_page import ListPage
from gui.pages.mapping_page import MappingPage
from gui.pages.upload_page import UploadPage
from gui.wizard import ImportWizard, page_id
from importer.sandbox.faults import WRITE_METHODS
from importer.sandbox.server import SandboxServer
from tests.helpers.make_files import write_xlsx
from tests.helpers.sandbox import TEST_API_KEY

P = TypeVar("P")

HEADERS = ["Name", "Phone", "Other phone", "Email", "VIP", "Notes"]
READY = [
    ["Aisha Khan", "+1 212 374 0101", None, "aisha@example.com", True, "Prefers SMS"],
    ["Dr. Dmitri Dubrovnikov-Castellanos", "+1 212 374 0102", None, "dd@example.com", False, ""],
    ["Chen Wei", "+1 212 374 0103", None, "chen@example.com", True, "Met at the fair"],
    ["Olivia Brown", "+1 212 374 0104", None, "olivia@example.com", False, ""],
    ["Mateo López", "+1 212 374 0105", None, "mateo@example.com", True, "Call after 5"],
    ["Zoe Williams", "+1 212 374 0106", None, "zoe@example.com", False, ""],
    ["Ravi Patel", "+1 212 374 0107", None, "ravi@example.com", True, ""],
    ["Liam O'Connor", "+1 212 374 0108", None, "liam@example.com", False, ""],
]
ROWS: list[list[object]] = [
    HEADERS,
    *READY,
    ["Sione Tapu", "+683 4002", None, "sione@example.nu", False, "Niue office"],
    ["Mele Hala", "+683 4003", None, "mele@example.nu", True, ""],
    ["Kim Park", "call the office", None, "kim@example.com", False, ""],
    ["Noor Aziz", "555-01", None, "noor@example.com", True, ""],
    ["Aisha Khan", "+1 212 374 0101", None, "aisha@example.com", True, "again"],
    ["Tom Berg", None, "+1 212 374 0199", "tom@example.com", False, ""],
]
"""A header, 10 rows that go (2 of them refused by Sociocs), 2 that cannot be sent, a repeated
number and an empty phone whose number is in "Other phone"."""
CHANGED = 6
"""How many of the ready rows are in the account beforehand with other values."""


def write_walk_file(folder: Path) -> Path:
    """The walk's spreadsheet."""
    return write_xlsx(folder / "customers.xlsx", ROWS)


def seed_account(sandbox: SandboxServer) -> None:
    """Put :data:`CHANGED` of the file's contacts in the account with another name, another
    value and a field the file does not have."""
    records = [
        {
            "phone_number": row[1].replace(" ", ""),  # type: ignore[union-attr]
            "name": f"Old {row[0]}",
            "extra_fields": {"email": "old@example.com", "vip": "gold", "tier": "A"},
        }
        for row in READY[:CHANGED]
    ]
    sandbox.store.upsert(0, records)


def on_page(qtbot: QtBot, wizard: ImportWizard, page_class: type[P]) -> P:
    """Wait until the wizard shows a ``page_class`` page that is complete and idle."""
    qtbot.waitUntil(lambda: wizard.currentId() == page_id(page_class), timeout=20_000)
    page = wizard.currentPage()
    assert isinstance(page, page_class)
    qtbot.waitUntil(lambda: page.isComplete() and not page.is_busy(), timeout=20_000)
    return page


def connect_and_load(
    qtbot: QtBot, wizard: ImportWizard, sandbox: SandboxServer, source: Path
) -> MappingPage:
    """Connect to ``sandbox`` with the test key, load ``source``, and go on to Match columns."""
    connect = wizard.currentPage()
    assert isinstance(connect, ConnectPage)
    connect.key_edit.setText(TEST_API_KEY)
    connect.url_edit.setText(sandbox.url)
    connect.url_edit.textEdited.emit(sandbox.url)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == page_id(FilePage), timeout=20_000)
    file_page = wizard.currentPage()
    assert isinstance(file_page, FilePage)
    file_page.load_file(source)
    on_page(qtbot, wizard, FilePage)
    wizard.next()
    return on_page(qtbot, wizard, MappingPage)


Look = Callable[[str], None]


class WizardWalk:
    """Walks ``wizard`` from Connect to Done in practice mode, calling ``look`` on each page."""

    def __init__(self, qtbot: QtBot, wizard: ImportWizard, folder: Path, look: Look) -> None:
        self.qtbot = qtbot
        self.wizard = wizard
        self.folder = folder
        self.look = look

    def wait(self, condition: Callable[[], object], timeout: int = 20_000) -> None:
        """Process events until ``condition`` holds."""
        self.qtbot.waitUntil(lambda: bool(condition()), timeout=timeout)

    def page(self, kind: type[P]) -> P:
        """The page on screen, which must be a ``kind``."""
        page = self.wizard.currentPage()
        assert isinstance(page, kind), f"{type(page).__name__} instead of {kind.__name__}"
        return page

    def next(self) -> None:
        """Next, once the page allows it; waits for the next page."""
        page, current = self.wizard.current_page(), self.wizard.currentId()
        assert page is not None
        self.wait(lambda: page.isComplete() and not page.is_busy())
        self.wizard.next()
        self.wait(lambda: self.wizard.currentId() != current)

    def run(self) -> None:
        """Every page in turn."""
        connect = self.page(ConnectPage)
        self.look("Connect")
        connect.start_practice()
        self.wait(lambda: connect.status.state == "ok")
        self.next()
        self._file()
        self.page(MappingPage)
        self.look("Match columns")
        self.next()
        self._check()
        self._list()
        self._confirm()
        self._upload()
        self.wait(lambda: self.wizard.currentId() == page_id(DonePage))
        self.look("Done")

    def _file(self) -> None:
        page = self.page(FilePage)
        page.load_file(write_walk_file(self.folder))
        self.wait(page.isComplete)
        self.look("Choose file")
        self.next()

    def _check(self) -> None:
        page = self.page(CheckPage)
        self.wait(page.isComplete)
        page.table.selectRow(0)
        self.look("Check data")
        self.next()

    def _list(self) -> None:
        page = self.page(ListPage)
        self.wait(lambda: not page.is_busy())
        self.look("Choose list")
        sandbox = self.wizard.session.sandbox
        assert sandbox is not None
        seed_account(sandbox)
        self.next()

    def _confirm(self) -> None:
        page = self.page(ConfirmPage)
        self.wait(lambda: page.session.plan is not None and not page.is_busy())
        page.table.selectRow(0)
        self.look("Confirm")
        page.consent.setChecked(True)
        sandbox = self.wizard.session.sandbox
        assert sandbox is not None
        sandbox.faults.only_methods = WRITE_METHODS
        sandbox.faults.retry_after_seconds = 60
        sandbox.faults.rate_limit_next = 1  # the first batch waits: the page is seen busy
        self.next()

    def _upload(self) -> None:
        page = self.page(UploadPage)
        self.wait(lambda: not page.retry_banner.isHidden())
        self.look("Upload")
        page.retry_banner.retry_button.click()
