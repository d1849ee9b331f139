"""Issue 20, case 7 in the wizard: the file changed after an upload of it stopped half-way.

An upload of eight contacts stopped after four (Sociocs failed for good at the third batch);
then two rows of the file were edited. Checking the file as it is now and reaching Confirm, the
wizard does not continue that upload by itself: it asks whether to continue it over the rows
as they were checked then, or to import the file as it is now, and Upload waits for the answer.
Each answer is then followed through the Upload page, against the sandbox (real HTTP).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pytestqt.qtbot import QtBot

from gui.pages.confirm_page import ConfirmPage
from gui.pages.upload_page import UploadPage
from gui.session import ImportSession
from gui.settings import AppSettings
from importer.api.client import SociocsClient
from importer.history.store import ImportHistory, history_file
from importer.jobs.backoff import BackoffPolicy
from importer.pipeline.checking import check_file
from importer.pipeline.importing import run_import
from importer.pipeline.outcome import ImportPlace
from importer.sandbox.server import SandboxServer
from importer.settings_paths import data_dir, journal_dir
from importer.upload.journal import list_resumable
from tests.helpers.pipeline import ScriptedFrontEnd, choices_for, contacts_file
from tests.helpers.upload_faults import at_request

PHONES = [f"+1 617 200 {i:04d}" for i in range(8)]
CHANGED = "contacts.csv changed after it was checked: the report shows the rows as they were sent."


def e164(i: int) -> str:
    return f"+1617200{i:04d}"


def names(sandbox: SandboxServer) -> dict[str, str | None]:
    return {phone: contact["name"] for phone, contact in sandbox.store.contacts().items()}


@pytest.fixture
def stopped_then_edited(
    sandbox: SandboxServer, client: SociocsClient, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """contacts.csv, whose upload to the list stopped after 4 of its 8 rows, then edited: the
    name of row 0 (sent) and of row 7 (not sent yet) changed."""
    monkeypatch.setattr(BackoffPolicy, "backoff", lambda self, attempt: 0.0)
    source = contacts_file(tmp_path / "contacts.csv", PHONES)
    faults = sandbox.faults
    at_request(sandbox, "POST", 3, lambda: setattr(faults, "server_error_next", 1000))
    place = ImportPlace(journal_dir(), ImportHistory(history_file(data_dir())))
    first = run_import(client, choices_for(source), ScriptedFrontEnd(), place, batch_size=2)
    assert first.sent is not None and first.sent.summary.uploaded == 4
    faults.server_error_next = 0
    lines = source.read_text(encoding="utf-8").splitlines()
    for row in (1, 8):
        lines[row] = lines[row].replace(f"Person {row - 1}", "Zed CHANGED")
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return source


def confirm_page(
    qtbot: QtBot, settings: AppSettings, client: SociocsClient, source: Path
) -> ConfirmPage:
    """Confirm entered with the file checked as it is now, the question shown."""
    choices = choices_for(source)
    session = ImportSession(choices=choices, result=check_file(choices, None), client=client)
    page = ConfirmPage(session, settings)
    qtbot.addWidget(page, before_close_func=lambda _: page.shutdown())
    page.initializePage()
    qtbot.waitUntil(lambda: not page.changed_box.isHidden() and not page.is_busy(), timeout=10_000)
    assert (
        "<b>contacts.csv changed after an upload of it to this list stopped</b> (4 of 8 done)"
        in page.changed_note.text()
    )
    assert not page.as_checked.isChecked() and not page.as_now.isChecked()
    page.consent.setChecked(True)
    assert not page.isComplete(), "Upload waits for the answer"
    return page


def uploaded(qtbot: QtBot, page: ConfirmPage, settings: AppSettings) -> ImportSession:
    """Leave Confirm with Upload, and send on the Upload page until the report is written."""
    assert page.validatePage()
    upload = UploadPage(page.session, settings)
    qtbot.addWidget(upload, before_close_func=lambda _: upload.shutdown())
    upload.initializePage()
    qtbot.waitUntil(lambda: upload.isComplete() and not upload.is_busy(), timeout=15_000)
    return page.session


def test_continuing_sends_the_rows_as_they_were_checked_then(
    qtbot: QtBot,
    settings: AppSettings,
    sandbox: SandboxServer,
    client: SociocsClient,
    stopped_then_edited: Path,
) -> None:
    page = confirm_page(qtbot, settings, client, stopped_then_edited)
    (first,) = ImportHistory(history_file(data_dir())).entries()
    page.as_checked.setChecked(True)
    session = page.session

    def continuing() -> None:
        assert session.result is not None and session.result.names[0] == "Person 0"
        assert page.isComplete() and not page.is_busy()

    qtbot.waitUntil(continuing, timeout=10_000)
    assert page.restart.isHidden() and page.compare.isHidden()
    assert "<b>8 contacts</b> will be sent" in page.plan.text()
    posts = sandbox.store.requests_to("POST", "/contacts/bulk")
    uploaded(qtbot, page, settings)
    assert session.upload_summary is not None and session.upload_summary.uploaded == 8
    assert sandbox.store.requests_to("POST", "/contacts/bulk") == posts + 1, "only the 4 rows left"
    assert names(sandbox) == {e164(i): f"Person {i}" for i in range(8)}, "as checked then"
    assert session.source_note == CHANGED
    (entry,) = ImportHistory(history_file(data_dir())).entries()
    assert (entry.id, entry.state) == (first.id, "finished"), "the same import, finished"
    assert session.report_path is not None
    sheet = load_workbook(session.report_path, read_only=True)["Report"]
    reported = [row[3] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert reported == [f"Person {i}" for i in range(8)]
    assert list_resumable(journal_dir()) == []


def test_importing_the_file_as_it_is_now_closes_the_upload_that_stopped(
    qtbot: QtBot,
    settings: AppSettings,
    sandbox: SandboxServer,
    client: SociocsClient,
    stopped_then_edited: Path,
) -> None:
    page = confirm_page(qtbot, settings, client, stopped_then_edited)
    (first,) = ImportHistory(history_file(data_dir())).entries()
    page.as_now.setChecked(True)
    qtbot.waitUntil(lambda: page.isComplete() and page.session.plan is not None, timeout=10_000)
    assert "4 new, 1 updated" in page.plan.text()
    session = uploaded(qtbot, page, settings)
    assert session.upload_summary is not None and session.upload_summary.uploaded == 5
    held = names(sandbox)
    assert (held[e164(0)], held[e164(7)], held[e164(5)]) == ("Zed CHANGED",) * 2 + ("Person 5",)
    assert session.source_note == "", "the report shows the file as it is"
    states = {e.id: e.state for e in ImportHistory(history_file(data_dir())).entries()}
    assert states.pop(first.id) == "stopped" and list(states.values()) == ["finished"]
    assert list_resumable(journal_dir()) == [], "the upload that stopped is not offered again"


def test_rows_no_longer_kept_are_said_and_only_the_file_as_it_is_now_remains(
    qtbot: QtBot,
    settings: AppSettings,
    sandbox: SandboxServer,
    client: SociocsClient,
    stopped_then_edited: Path,
) -> None:
    page = confirm_page(qtbot, settings, client, stopped_then_edited)
    (stopped,) = list_resumable(journal_dir())
    assert stopped.copy_token is not None
    shutil.rmtree(journal_dir() / "checked" / stopped.copy_token)  # the rows checked then
    page.as_checked.setChecked(True)
    qtbot.waitUntil(lambda: not page.as_checked.isEnabled() and not page.is_busy(), timeout=10_000)
    assert (
        "The upload of contacts.csv that stopped cannot be continued: the rows it was checked "
        "with are no longer kept." in page.changed_note.text()
    )
    assert not page.as_checked.isChecked() and not page.isComplete()
    assert page.session.result is not None and page.session.result.names[0] == "Zed CHANGED"
    page.as_now.setChecked(True)
    qtbot.waitUntil(page.isComplete, timeout=10_000)
