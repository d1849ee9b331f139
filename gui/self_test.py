"""``contact-importer --self-test``: prove an installed (frozen) app works, headless, end to end.

Opens the wizard offscreen, then runs the wizard's own background workers one after the other
(start the practice sandbox, test the connection, load the bundled sample spreadsheet, check it,
upload the ready rows) and verifies the sandbox received exactly those contacts. It also checks
which certificate store HTTPS uses (the system's through truststore, else certifi's bundle) and
says it, that certifi's fallback bundle is complete, and that phone-number metadata loads for
every region. This proves the Qt plugins, phonenumbers data, truststore, the CA bundle and
resources all made it into the bundle.

Prints one summary line and exits 0, or prints ``self-test FAILED: <reason>`` and exits 1.
Nothing is written outside a temporary folder (settings and the upload journal included).
"""

from __future__ import annotations

import os
import ssl
import sys
import tempfile
import time
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path
from typing import TypeVar

import certifi
from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QThread, QTimer, Slot, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWizard
from shiboken6 import isValid

import importer
from gui.app import APP_NAME, create_app
from gui.language import active_language, apply_language, installed_catalogs
from gui.session import ImportSession
from gui.settings import AppSettings
from gui.wizard import ImportWizard
from gui.workers.base import Worker, start_worker, stop_workers
from gui.workers.check_worker import CheckWorker
from gui.workers.connect_workers import Connection, ConnectionTestWorker, SandboxStartWorker
from gui.workers.load_worker import LoadedFile, LoadWorker
from gui.workers.upload_worker import UploadJob, UploadWorker
from importer.api.trust import certifi_trust, https_trust
from importer.check.result import CheckResult
from importer.errors import CancelledError, ImporterError
from importer.i18n import LANGUAGES, SOURCE_LANGUAGE
from importer.mapping.suggest import suggest_mapping
from importer.pipeline.outcome import ImportPlace, Sent
from importer.resources import resource_path
from importer.sandbox.phones import normalize_phone
from importer.sandbox.server import SandboxServer

SAMPLE = "samples/contacts-sample.xlsx"
SAMPLE_COUNTRY = "US"
"""The sample's numbers are North American; local ones need this default country."""
ALL_CONTACTS = 0
STEP_TIMEOUT_MS = 60_000
THREAD_POLL_MS = 10
MIN_CA_CERTIFICATES = 50
TRUSTSTORE_MODULES = (
    "truststore",
    "truststore._windows",
    "truststore._macos",
    "truststore._openssl",
)
"""truststore and its store modules for Windows, macOS and OpenSSL: every build ships all three."""
EXAMPLE_REGIONS = ("US", "GB", "DE", "FR", "IN", "BR", "JP", "AU", "NG", "MX")

T = TypeVar("T")


class SelfTestFailed(Exception):
    """One check of the self-test failed; the message says which and why."""


@dataclass
class SelfTestReport:
    """What the self-test saw; :meth:`summary_line` is what it prints."""

    version: str = importer.__version__
    frozen: bool = bool(getattr(sys, "frozen", False))
    qt: str = ""
    pages: int = 0
    sample: str = ""
    rows: int = 0
    ready: int = 0
    to_fix: int = 0
    uploaded: int = 0
    in_sandbox: int = 0
    ca_certificates: int = 0
    tls_store: str = ""
    phone_regions: int = 0
    languages: int = 0
    seconds: float = 0.0

    def summary_line(self) -> str:
        """One line for CI logs and the build report."""
        kind = "frozen" if self.frozen else installed_how()
        return (
            f"self-test passed: {APP_NAME} {self.version} ({kind}), Qt {self.qt}, "
            f"wizard {self.pages} pages; {self.sample}: {self.rows} rows, {self.ready} ready, "
            f"{self.to_fix} to fix; uploaded {self.uploaded}, sandbox holds {self.in_sandbox}; "
            f"TLS: {self.tls_store}, fallback certifi {self.ca_certificates} authorities; "
            f"phone metadata for "
            f"{self.phone_regions} regions; translations for {self.languages} languages; "
            f"{self.seconds:.1f} s"
        )


def installed_how() -> str:
    """ "installed" for a wheel or sdist install (the package in a site-packages folder), else
    "from source" (a checkout, or an editable install of one)."""
    return "installed" if "site-packages" in Path(importer.__file__).parts else "from source"


class _WorkerWaiter(QObject):
    """Receives a worker's signals in the GUI thread (queued) and ends a local event loop."""

    def __init__(self) -> None:
        super().__init__()
        self.loop = QEventLoop()
        self.value: object = None
        self.error: BaseException | None = None
        self.done = False

    @Slot(object)
    def on_result(self, value: object) -> None:
        self.value = value

    @Slot(object)
    def on_failed(self, error: BaseException) -> None:
        self.error = error

    @Slot()
    def on_finished(self) -> None:
        self.done = True
        self.loop.quit()


def run_worker(worker: Worker, owner: QObject, what: str, kind: type[T]) -> T:
    """Run ``worker`` in its own QThread as a wizard page does; return its ``kind`` result."""
    waiter = _WorkerWaiter()
    worker.result.connect(waiter.on_result)
    worker.failed.connect(waiter.on_failed)
    worker.finished.connect(waiter.on_finished)
    QTimer.singleShot(STEP_TIMEOUT_MS, waiter.loop.quit)
    thread = start_worker(worker, owner)
    waiter.loop.exec()
    if not waiter.done:
        stop_workers(owner)
        raise SelfTestFailed(f"{what} did not finish within {STEP_TIMEOUT_MS // 1000} s")
    wait_for_thread_end(thread)
    if waiter.error is not None:
        raise SelfTestFailed(f"{what} failed: {describe(waiter.error)}")
    if not isinstance(waiter.value, kind):
        raise SelfTestFailed(f"{what} gave {type(waiter.value).__name__}, not {kind.__name__}")
    return waiter.value


def wait_for_thread_end(thread: QThread) -> None:
    """Let a worker's thread end completely (it deletes its worker last) before going on.

    Events keep flowing meanwhile, in case the thread's ``quit`` is queued to this thread.
    """
    deadline = time.monotonic() + STEP_TIMEOUT_MS / 1000
    while isValid(thread) and not thread.wait(THREAD_POLL_MS):
        QCoreApplication.processEvents()
        if time.monotonic() > deadline:
            raise SelfTestFailed(f"the {thread.objectName()} thread did not end")


def describe(error: BaseException) -> str:
    """A plain description of ``error`` (the user text of importer errors)."""
    if isinstance(error, ImporterError):
        return error.user_text()
    return f"{type(error).__name__}: {error}"


def expect(condition: bool, reason: str) -> None:
    """Fail the self-test with ``reason`` unless ``condition`` holds."""
    if not condition:
        raise SelfTestFailed(reason)


def check_tls(report: SelfTestReport) -> None:
    """HTTPS verifies servers against the store the program chose (the system's when it can be
    used); truststore is bundled, and certifi's fallback bundle is there and complete."""
    missing = [name for name in TRUSTSTORE_MODULES if find_spec(name) is None]
    expect(not missing, f"truststore is missing ({', '.join(missing)}): no system store")
    bundle = Path(certifi.where())
    expect(bundle.is_file(), f"certifi's CA bundle is missing ({bundle})")
    trust = https_trust()
    context = trust.context
    expect(context.verify_mode == ssl.CERT_REQUIRED, "the TLS context does not verify servers")
    expect(context.check_hostname, "the TLS context does not check server names")
    fallback = certifi_trust()
    count = fallback.context.cert_store_stats()["x509_ca"]
    expect(count >= MIN_CA_CERTIFICATES, f"certifi's CA bundle holds only {count} certificates")
    report.tls_store = trust.describe()
    report.ca_certificates = count


def check_phone_metadata() -> int:
    """Metadata for every region phonenumbers supports loads; example numbers validate."""
    import phonenumbers

    regions = sorted(phonenumbers.SUPPORTED_REGIONS)
    missing = [r for r in regions if phonenumbers.PhoneMetadata.metadata_for_region(r) is None]
    expect(not missing, f"phone metadata missing for {', '.join(missing[:10])}")
    for region in EXAMPLE_REGIONS:
        number = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
        expect(
            number is not None and phonenumbers.is_valid_number(number),
            f"no valid example mobile number for {region}",
        )
    return len(regions)


def check_translations() -> int:
    """Every language's catalogs load (ours and Qt's) and translate; English again after."""
    before = active_language()
    english = apply_language(SOURCE_LANGUAGE)
    next_button, stopped = _next_button_text(), CancelledError().user_text()
    try:
        for language in LANGUAGES:
            if language == english:
                continue
            expect(
                apply_language(language) == language,
                f"{language} is not installed: its catalogs are missing or unreadable",
            )
            expect(installed_catalogs() == 2, f"Qt's {language} catalog is missing")
            expect(_next_button_text() != next_button, f"Qt's buttons are not in {language}")
            expect(CancelledError().user_text() != stopped, f"the engine speaks no {language}")
    finally:
        apply_language(before)
    return len(LANGUAGES) - 1


def _next_button_text() -> str:
    """The Next button's text of a new wizard, in the language in effect (Qt's catalog)."""
    return QWizard().buttonText(QWizard.WizardButton.NextButton)


def check_sample(wizard: ImportWizard, report: SelfTestReport, journal_folder: Path) -> CheckResult:
    """Load the bundled sample and check it with the wizard's load and check workers (the
    copy of the rows checked in ``journal_folder``)."""
    session = wizard.session
    sample = resource_path(SAMPLE)
    expect(sample.is_file(), f"the sample spreadsheet is missing ({sample})")
    loaded = run_worker(LoadWorker(sample), wizard, "loading the sample", LoadedFile)
    preview = loaded.preview
    session.choose_file(sample, country=SAMPLE_COUNTRY)
    session.sheets, session.preview = loaded.sheets, preview
    session.choose_sheet(preview.sheet, preview.header_row)
    choices = session.choose_columns(suggest_mapping(preview.headers, preview.rows))
    worker = CheckWorker(choices, journal_folder)
    result = run_worker(worker, wizard, "checking the sample", CheckResult)
    session.result = result
    report.sample, report.rows = sample.name, len(result)
    report.ready = len(result.ready_indices())
    report.to_fix = report.rows - report.ready
    expect(report.ready > 0, "no row of the sample is ready to upload")
    return result


def upload_to_sandbox(
    wizard: ImportWizard, result: CheckResult, journal_folder: Path, report: SelfTestReport
) -> None:
    """Start the sandbox, connect, upload the ready rows; the sandbox must hold exactly them."""
    session = wizard.session
    sandbox = run_worker(SandboxStartWorker(), wizard, "starting the sandbox", SandboxServer)
    session.sandbox, session.api_key, session.api_url = sandbox, sandbox.api_key, sandbox.url
    test = ConnectionTestWorker(sandbox.api_key, sandbox.url)
    connection = run_worker(test, wizard, "testing the connection", Connection)
    session.client = connection.client
    choices = session.choose_list(ALL_CONTACTS, "All Contacts")
    job = UploadJob(choices, result, ImportPlace(journal_folder))
    run = run_worker(UploadWorker(connection.client, job), wizard, "uploading", Sent)
    report.uploaded = run.summary.uploaded
    stored = sandbox.store.contacts()
    report.in_sandbox = len(stored)
    expected = {normalize_phone(result.record(i)["phone_number"]) for i in result.ready_indices()}
    expect(not run.summary.stopped, f"the upload stopped: {run.summary.stop_message}")
    expect(
        set(stored) == expected,
        f"the sandbox holds {len(stored)} contacts, {len(set(stored) & expected)} of the "
        f"{len(expected)} ready rows",
    )
    for index in result.ready_indices():
        record = result.record(index)
        name = stored[normalize_phone(record["phone_number"])]["name"]
        expect(name == record.get("name"), f"the sandbox has {name!r} for {record.get('name')!r}")


def run_self_test() -> SelfTestReport:
    """Every check, in a running QApplication; raises SelfTestFailed at the first failure."""
    started = time.monotonic()
    report = SelfTestReport()
    app = QApplication.instance()
    expect(isinstance(app, QApplication), "no QApplication is running")
    report.qt = f"{qVersion()}/{QGuiApplication.platformName()}"
    check_tls(report)
    report.phone_regions = check_phone_metadata()
    report.languages = check_translations()
    with tempfile.TemporaryDirectory(prefix="contact-importer-self-test-") as tmp:
        settings = AppSettings(Path(tmp) / "wizard.ini")
        wizard = ImportWizard(ImportSession(), settings)
        try:
            wizard.show()
            QApplication.processEvents()
            expect(wizard.isVisible(), "the wizard window did not open")
            report.pages = len(wizard.pageIds())
            result = check_sample(wizard, report, Path(tmp) / "journal")
            upload_to_sandbox(wizard, result, Path(tmp) / "journal", report)
        finally:
            stop_workers(wizard)
            wizard.shutdown()
            wizard.hide()
            wizard.deleteLater()
            if wizard.session.client is not None:
                wizard.session.client.close()
    report.seconds = time.monotonic() - started
    return report


def main(argv: list[str]) -> int:
    """The ``--self-test`` mode: start the app headless, run every check, print one line."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    create_app(argv)
    try:
        report = run_self_test()
    except SelfTestFailed as exc:
        print(f"self-test FAILED: {exc}", flush=True)
        return 1
    except Exception as exc:
        print(f"self-test FAILED: unexpected {describe(exc)}", flush=True)
        return 1
    print(report.summary_line(), flush=True)
    return 0
