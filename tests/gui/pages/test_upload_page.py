"""Page 7, Upload: against a real sandbox, through rate limits (waited out inline, then a
prompt once the automatic retries are used up), a refused key, a pause and a stop."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pytestqt.qtbot import QtBot

from gui.dialogs.new_key_dialog import NewKeyDialog
from gui.dialogs.retry_dialog import RetryDialog
from gui.pages.upload_page import UploadPage, speed_text
from gui.session import ImportSession
from gui.settings import AppSettings
from importer.api.client import SociocsClient
from importer.check.run import run_check
from importer.choices import ImportChoices
from importer.jobs.backoff import BackoffPolicy
from importer.jobs.decisions import RetryChoice, RetryEvent, RetryKind
from importer.jobs.progress import JobState
from importer.mapping.model import ColumnChoice, Mapping, Role
from importer.sandbox.faults import READ_METHODS, WRITE_METHODS
from importer.sandbox.server import SandboxServer
from importer.upload.progress import UploadProgress
from importer.upload.summary import UploadSummary
from tests.helpers.make_files import write_csv
from tests.helpers.sandbox import TEST_API_KEY
from tests.helpers.upload_faults import at_request

MAPPING = Mapping(
    (
        ColumnChoice(0, "Phone", Role.PHONE),
        ColumnChoice(1, "Name", Role.NAME),
        ColumnChoice(2, "City", Role.EXTRA, "city"),
    )
)
ROWS = [
    ["Phone", "Name", "City"],
    ["617 555 1212", "Ann", "Boston"],
    ["12", "Bad", "Nowhere"],
    ["617 555 1313", "Bob", "Salem"],
]


class PromptRecorder:
    """Stands in for RetryDialog.ask / NewKeyDialog.ask: records and answers at once."""

    def __init__(self, answers: list[RetryChoice] | None = None) -> None:
        self.events: list[RetryEvent] = []
        self.answers = answers if answers is not None else [RetryChoice.RETRY_NOW]
        self.pending: list[Callable[[RetryChoice], None]] = []

    def ask(self, _parent: object, event: RetryEvent, on_answer: Callable[..., None]) -> None:
        self.events.append(event)
        if self.answers:
            on_answer(self.answers.pop(0))
        else:
            self.pending.append(on_answer)


@pytest.fixture
def prompts(monkeypatch: pytest.MonkeyPatch) -> PromptRecorder:
    recorder = PromptRecorder()
    monkeypatch.setattr(RetryDialog, "ask", recorder.ask)
    return recorder


def _page(
    qtbot: QtBot, tmp_path: Path, sandbox: SandboxServer, settings: AppSettings
) -> UploadPage:
    path = write_csv(tmp_path / "contacts.csv", ROWS)
    sandbox.faults.only_methods = WRITE_METHODS  # the faults of these tests hit the upload
    choices = ImportChoices(path, mapping=MAPPING, list_id=0, list_name="All Contacts")
    session = ImportSession(
        client=SociocsClient(TEST_API_KEY, sandbox.url),
        choices=choices,
        result=run_check(choices),
    )
    page = UploadPage(session, settings)
    qtbot.addWidget(page, before_close_func=lambda _: page.shutdown())
    return page


def _started(
    qtbot: QtBot, tmp_path: Path, sandbox: SandboxServer, settings: AppSettings
) -> UploadPage:
    """The page entered: its upload is running."""
    page = _page(qtbot, tmp_path, sandbox, settings)
    page.initializePage()
    return page


def _held_in_wait(
    qtbot: QtBot, tmp_path: Path, sandbox: SandboxServer, settings: AppSettings
) -> UploadPage:
    """The upload waiting a minute before retrying a rate-limited batch, shown inline."""
    sandbox.faults.rate_limit_next, sandbox.faults.retry_after_seconds = 1, 60
    page = _started(qtbot, tmp_path, sandbox, settings)
    qtbot.waitUntil(lambda: not page.retry_banner.isHidden(), timeout=10_000)
    return page


def _finished(qtbot: QtBot, page: UploadPage) -> UploadSummary:
    def done() -> None:
        assert page.isComplete()
        assert not page.is_busy()

    qtbot.waitUntil(done, timeout=15_000)
    summary = page.session.upload_summary
    assert isinstance(summary, UploadSummary)
    return summary


def _use_up_automatic_retries(sandbox: SandboxServer) -> None:
    """Rate limits with no wait, one more than the engine retries on its own."""
    sandbox.faults.rate_limit_next = BackoffPolicy().max_rate_limit_retries + 1
    sandbox.faults.retry_after_seconds = 0


def test_a_rate_limit_is_waited_out_inline_and_retry_now_ends_the_wait(
    qtbot: QtBot,
    tmp_path: Path,
    sandbox: SandboxServer,
    settings: AppSettings,
    prompts: PromptRecorder,
) -> None:
    page = _held_in_wait(qtbot, tmp_path, sandbox, settings)
    headline = page.retry_banner.headline.text()
    assert headline.startswith("Waiting for Sociocs — try 2, next in ")
    assert headline.endswith(("1:00", "0:59", "0:58"))
    assert "Sociocs asked us to slow down." in page.retry_banner.reason.text()
    assert page.retry_prompt is None and prompts.events == [], "no prompt while retrying"
    assert not page.stop_button.isHidden() and "left" not in page.speed.text()
    page.retry_banner.retry_button.click()
    summary = _finished(qtbot, page)
    assert (summary.uploaded, summary.invalid, summary.not_sent) == (2, 1, 0)
    assert page.retry_banner.isHidden() and prompts.events == []
    contacts = sandbox.store.contacts()
    assert contacts["+16175551212"]["extra_fields"] == {"city": "Boston"}
    assert contacts["+16175551313"]["name"] == "Bob"
    report = page.session.report_path
    assert report is not None and report.is_file()
    assert page.progress.value() == page.progress.maximum() == 2
    assert page.status.state == "ok"


def test_a_file_edited_during_the_upload_is_reported_as_it_was_sent(
    qtbot: QtBot, tmp_path: Path, sandbox: SandboxServer, settings: AppSettings
) -> None:
    page = _page(qtbot, tmp_path, sandbox, settings)
    source = tmp_path / "contacts.csv"
    edited = [ROWS[0], ["617 555 1999", "Zed CHANGED", "Nowhere"]]
    at_request(sandbox, "POST", 1, lambda: write_csv(source, edited))
    page.initializePage()
    summary = _finished(qtbot, page)
    assert (summary.uploaded, summary.invalid) == (2, 1)
    assert page.session.source_note == (
        "contacts.csv changed after it was checked: the report shows the rows as they were sent."
    )
    report = page.session.report_path
    assert report is not None
    sheet = load_workbook(report, read_only=True)["Report"]
    lines = [row[-3:] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert [list(line) for line in lines] == ROWS[1:]
    assert set(sandbox.store.contacts()) == {"+16175551212", "+16175551313"}


def test_stop_during_an_automatic_wait_keeps_progress(
    qtbot: QtBot,
    tmp_path: Path,
    sandbox: SandboxServer,
    settings: AppSettings,
    prompts: PromptRecorder,
) -> None:
    page = _held_in_wait(qtbot, tmp_path, sandbox, settings)
    page.stop_button.click()
    summary = _finished(qtbot, page)
    assert summary.stopped and summary.not_sent == 2
    assert sandbox.store.contacts() == {} and prompts.events == []
    assert page.retry_banner.isHidden()


def test_the_prompt_asks_only_when_the_automatic_retries_are_used_up(
    qtbot: QtBot,
    tmp_path: Path,
    sandbox: SandboxServer,
    settings: AppSettings,
    prompts: PromptRecorder,
) -> None:
    _use_up_automatic_retries(sandbox)
    page = _started(qtbot, tmp_path, sandbox, settings)
    summary = _finished(qtbot, page)
    assert [(event.kind, event.exhausted) for event in prompts.events] == [
        (RetryKind.RATE_LIMITED, True)
    ]
    assert prompts.events[0].attempt == BackoffPolicy().max_rate_limit_retries + 1
    assert (summary.uploaded, summary.invalid, summary.not_sent) == (2, 1, 0)


def test_stop_at_the_prompt_keeps_progress(
    qtbot: QtBot,
    tmp_path: Path,
    sandbox: SandboxServer,
    settings: AppSettings,
    prompts: PromptRecorder,
) -> None:
    prompts.answers = [RetryChoice.STOP]
    _use_up_automatic_retries(sandbox)
    page = _started(qtbot, tmp_path, sandbox, settings)
    summary = _finished(qtbot, page)
    assert summary.stopped and summary.not_sent == 2
    assert sandbox.store.contacts() == {}
    assert page.status.state == "error"


def test_refused_key_asks_for_a_new_one(
    qtbot: QtBot,
    tmp_path: Path,
    sandbox: SandboxServer,
    settings: AppSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[bool] = []

    def give_key(_parent: object, on_answer: Callable[[str | None], None]) -> None:
        asked.append(True)
        on_answer(TEST_API_KEY)

    monkeypatch.setattr(NewKeyDialog, "ask", give_key)
    sandbox.faults.auth_fail_next = 1
    page = _started(qtbot, tmp_path, sandbox, settings)
    summary = _finished(qtbot, page)
    assert asked == [True]
    assert summary.uploaded == 2
    assert page.session.api_key == TEST_API_KEY


def test_closing_while_waiting_warns_and_stops_cleanly(
    qtbot: QtBot,
    tmp_path: Path,
    sandbox: SandboxServer,
    settings: AppSettings,
    prompts: PromptRecorder,
) -> None:
    page = _held_in_wait(qtbot, tmp_path, sandbox, settings)
    assert page.close_warning() is not None
    page.shutdown()
    assert not page.is_busy()


def test_pause_and_resume_are_forwarded(
    qtbot: QtBot,
    tmp_path: Path,
    sandbox: SandboxServer,
    settings: AppSettings,
    prompts: PromptRecorder,
) -> None:
    page = _held_in_wait(qtbot, tmp_path, sandbox, settings)
    page.pause_button.click()
    assert page.pause_button.text() == "&Resume"
    qtbot.waitUntil(lambda: "Paused" in page.status.text(), timeout=10_000)
    assert page.retry_banner.isHidden() and "left" not in page.speed.text()
    assert sandbox.store.contacts() == {}
    page.pause_button.click()
    qtbot.waitUntil(lambda: not page.retry_banner.isHidden(), timeout=10_000)
    page.retry_banner.retry_button.click()
    summary = _finished(qtbot, page)
    assert summary.uploaded == 2 and prompts.events == []


def test_speed_text_tells_the_time_left_only_while_sending() -> None:
    progress = UploadProgress(500, 2000, 1, 4, 250.0, 6.0, JobState.RUNNING)
    assert speed_text(progress) == "250 contacts a second · about 0:06 left"
    assert speed_text(progress, pausing=True) == "250 contacts a second"
    for state in (JobState.PAUSED, JobState.WAITING):
        assert speed_text(replace(progress, state=state)) == "250 contacts a second"


def test_compares_first_when_confirm_did_not(
    qtbot: QtBot,
    tmp_path: Path,
    sandbox: SandboxServer,
    settings: AppSettings,
    prompts: PromptRecorder,
) -> None:
    fields = {"city": "Boston", "tier": "gold"}
    sandbox.store.upsert(
        0, [{"phone_number": "+16175551212", "name": "Ann", "extra_fields": fields}]
    )
    page = _page(qtbot, tmp_path, sandbox, settings)
    sandbox.faults.only_methods, sandbox.faults.rate_limit_next = READ_METHODS, 1
    page.initializePage()
    assert not page.compare.isHidden() and page.progress.isHidden()
    summary = _finished(qtbot, page)
    assert prompts.events == [], "the rate limit was waited out without a prompt"
    assert sandbox.faults.rate_limit_next == 0
    assert (summary.uploaded, summary.unchanged, summary.invalid) == (1, 1, 1)
    assert page.session.plan is not None and page.session.import_id is not None
    assert sandbox.store.contacts()["+16175551212"]["extra_fields"] == fields


def test_a_stopped_comparison_sends_nothing_and_can_be_tried_again(
    qtbot: QtBot,
    tmp_path: Path,
    sandbox: SandboxServer,
    settings: AppSettings,
    prompts: PromptRecorder,
) -> None:
    page = _page(qtbot, tmp_path, sandbox, settings)
    sandbox.faults.only_methods = READ_METHODS
    _use_up_automatic_retries(sandbox)
    prompts.answers = [RetryChoice.STOP]
    page.initializePage()
    summary = _finished(qtbot, page)
    assert summary.stopped and summary.not_sent == 2 and summary.uploaded == 0
    assert "Reading the contacts in Sociocs stopped" in page.compare.status.text()
    assert sandbox.store.contacts() == {} and not page.compare.again_button.isHidden()
    page.compare.again_button.click()
    assert not page.isComplete()
    again = _finished(qtbot, page)
    assert (again.uploaded, again.stopped) == (2, False) and page.session.import_id is not None
    assert len(sandbox.store.contacts()) == 2


def test_the_chart_follows_the_contacts_sent(
    qtbot: QtBot,
    tmp_path: Path,
    sandbox: SandboxServer,
    settings: AppSettings,
    prompts: PromptRecorder,
) -> None:
    page = _started(qtbot, tmp_path, sandbox, settings)
    _finished(qtbot, page)
    points = page.chart.points
    assert points[-1][1] == 2, "the last point is every contact sent"
    assert [done for _, done in points] == sorted(done for _, done in points)
    assert [seconds for seconds, _ in points] == sorted(seconds for seconds, _ in points)
    assert page.chart.accessibleDescription().startswith("2 of 2 sent in 0:")
