"""The states of the wizard a user meets less often, pictured offscreen (``--states``).

Run through ``scripts/screenshots.py --states DIR`` (which sets up the offscreen platform, the
temporary program folder and the in-memory keyring). Each picture is a PNG named after the
state; dialogs are pictured on their own.
"""

from __future__ import annotations

import csv
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication, QWidget

from gui.dialogs.about_dialog import open_about
from gui.dialogs.message_boxes import ErrorDialog
from gui.dialogs.new_key_dialog import NewKeyDialog
from gui.dialogs.retry_dialog import RetryDialog
from gui.errors import error_details, user_text
from gui.pages.check_page import CheckPage
from gui.pages.confirm_page import ConfirmPage
from gui.pages.connect_page import ConnectPage
from gui.pages.file_page import FilePage
from gui.pages.upload_page import UploadPage
from gui.wizard import ImportWizard, page_id
from importer.errors import EncryptedFileError
from importer.jobs.backoff import BackoffPolicy
from importer.jobs.decisions import RetryEvent, RetryKind, retry_message
from importer.sandbox.faults import WRITE_METHODS
from importer.upload.journal import ResumeInfo
from tests.helpers.hostile_files import write_encrypted_xlsx

TIMEOUT_S = 30.0


def wait_until(condition: Callable[[], bool], what: str) -> None:
    """Process events until ``condition`` holds; SystemExit naming ``what`` on timeout."""
    deadline = time.monotonic() + TIMEOUT_S
    app = QApplication.instance()
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit(f"Timed out waiting for {what}")
        assert app is not None
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


MESSY_PHONES = (
    "(212) 555-{n:04d}",
    "555-01",
    "call the office",
    "",
    "3.47555E+09",
    "+1 212 555 {n:04d}",
    "212 234 0101",
)


def write_messy_csv(path: Path, rows: int = 400) -> Path:
    """A contact list where many rows have a problem (each kind the check finds)."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(["Name", "Phone", "Email"])
        for n in range(rows):
            phone = MESSY_PHONES[n % len(MESSY_PHONES)].format(n=n)
            out.writerow([f"Customer {n}", phone, f"customer{n}@example.com"])
    return path


def _save(widget: QWidget, folder: Path, name: str) -> Path:
    QApplication.processEvents()
    path = folder / f"{name}.png"
    if not widget.grab().save(str(path)):
        raise SystemExit(f"Could not write {path}")
    return path


def _next_to(wizard: ImportWizard, page_class: type) -> None:
    target = page_id(page_class)
    while wizard.currentId() < target:
        page, current = wizard.currentPage(), wizard.currentId()
        if isinstance(page, ConfirmPage):
            page.consent.setChecked(True)
        wait_until(lambda p=page: p.isComplete() and not p.is_busy(), type(page).__name__)
        wizard.next()
        wait_until(lambda c=current: wizard.currentId() != c, "the next page")


def picture_states(folder: Path, size: tuple[int, int]) -> Iterator[Path]:
    """Walk a practice import through the rarer states and picture each one."""
    work = Path(tempfile.mkdtemp(prefix="importer-states-"))
    wizard = ImportWizard()
    wizard.resize(*size)
    wizard.show()
    try:
        yield from _connect_states(wizard, folder)
        yield from _file_states(wizard, folder, work)
        yield from _upload_states(wizard, folder)
        yield from _dialogs(wizard, folder)
    finally:
        wizard.shutdown()
        wizard.hide()


def _connect_states(wizard: ImportWizard, folder: Path) -> Iterator[Path]:
    page = wizard.currentPage()
    assert isinstance(page, ConnectPage)
    page.key_edit.setText("0123456789abcdef:fedcba9876543210")
    page.completeChanged.emit()  # as typing would
    page.url_edit.setText("http://api.sociocs.com")
    page.test_connection()
    yield _save(wizard, folder, "connect-address-refused")
    page.url_edit.setText("https://api.sociocs.com")
    page.url_problem()
    page.advanced.set_open(False)
    page.start_practice()
    wait_until(lambda: page.status.state == "ok", "the practice connection")
    _next_to(wizard, FilePage)


def _file_states(wizard: ImportWizard, folder: Path, work: Path) -> Iterator[Path]:
    page = wizard.currentPage()
    assert isinstance(page, FilePage)
    offer = ResumeInfo(
        work / "unfinished.journal",
        "0" * 64,
        "contacts.xlsx",
        52_000,
        120_000,
        "",
        {"list_name": "Newsletter"},
    )
    page.resume_banner.offer(offer)  # in practice mode the real offer is never made
    yield _save(wizard, folder, "file-continue-offer")
    page.resume_banner.setVisible(False)
    page.load_file(write_encrypted_xlsx(work / "Customers 2024.xlsx"))
    wait_until(lambda: page.status.state == "error", "the password-protected file to fail")
    yield _save(wizard, folder, "file-password-protected")
    page.load_file(write_messy_csv(work / "contacts.csv"))
    wait_until(page.isComplete, "the messy file to load")
    _next_to(wizard, CheckPage)
    check = wizard.currentPage()
    assert isinstance(check, CheckPage)
    wait_until(check.isComplete, "the check")
    check.table.selectRow(3)  # a problem too long for its cell
    yield _save(wizard, folder, "check-many-problems")


def _upload_states(wizard: ImportWizard, folder: Path) -> Iterator[Path]:
    sandbox = wizard.session.sandbox
    assert sandbox is not None
    others = [{"phone_number": f"+1202{i:07d}", "name": f"Contact {i}"} for i in range(2_500)]
    sandbox.store.upsert(0, others)  # an account of several pages, read slowly
    sandbox.faults.delay_seconds = 0.4
    _next_to(wizard, ConfirmPage)
    confirm = wizard.currentPage()
    assert isinstance(confirm, ConfirmPage)
    wait_until(lambda: confirm.compare.running(), "the comparison")
    yield _save(wizard, folder, "confirm-comparing")
    confirm.compare.stop_button.click()
    confirm.consent.setChecked(True)
    wait_until(confirm.isComplete, "the comparison to stop")
    yield _save(wizard, folder, "confirm-comparison-stopped")
    wizard.next()
    upload = wizard.currentPage()
    assert isinstance(upload, UploadPage)
    wait_until(lambda: upload.compare.running(), "the upload's comparison")
    yield _save(wizard, folder, "upload-comparing")
    sandbox.faults.delay_seconds = 0.0
    sandbox.faults.only_methods = WRITE_METHODS
    sandbox.faults.rate_limit_next = 1  # the first batch is answered "slow down"
    sandbox.faults.retry_after_seconds = 27
    wait_until(lambda: not upload.retry_banner.isHidden(), "the rate-limit wait")
    yield _save(wizard, folder, "upload-rate-limit-waiting")
    upload.pause_button.click()
    wait_until(upload.retry_banner.isHidden, "the upload to pause")  # any language
    yield _save(wizard, folder, "upload-paused-while-waiting")
    wizard.reject()
    question = wizard.question
    assert question is not None, "closing mid-upload asks first"
    wait_until(question.isVisible, "the close question")
    yield _save(question, folder, "close-confirmation")
    question.reject()  # "Keep working"
    upload.stop_button.click()
    wait_until(lambda: wizard.currentId() == page_id(UploadPage) + 1, "the Done page")
    yield _save(wizard, folder, "done-stopped")


def _dialogs(wizard: ImportWizard, folder: Path) -> Iterator[Path]:
    key_dialog = NewKeyDialog(wizard)
    key_dialog.show()
    yield _save(key_dialog, folder, "dialog-new-key")
    key_dialog.reject()
    exc = EncryptedFileError("Customers 2024.xlsx", "The workbook is protected with a password.")
    box = ErrorDialog.show(wizard, "The file could not be read", user_text(exc), error_details(exc))
    yield _save(box, folder, "dialog-error")
    box.done(0)
    event = RetryEvent(
        RetryKind.RATE_LIMITED,
        retry_message(RetryKind.RATE_LIMITED, 27, exhausted=True),
        27,
        BackoffPolicy().max_rate_limit_retries + 1,
        exhausted=True,
    )
    prompt = RetryDialog(event, wizard)
    prompt.show()
    yield _save(prompt, folder, "dialog-retry-after-many-tries")
    prompt.done(0)
    about = open_about(wizard, wizard.settings.language)
    yield _save(about, folder, "dialog-about")
    about.done(0)
