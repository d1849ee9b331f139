"""Fault matrix: every fault the sandbox can inject, over real HTTP, against the upload engine.

Each case checks the same three things: every data row ends with exactly one outcome (the
counts add up), the server holds exactly the expected contacts (stale versions seeded
beforehand are overwritten, a contact outside the file is untouched, nothing is lost), and the
user is told in plain words what happened and what to do. Waits run on a fake clock.
"""

from __future__ import annotations

import contextlib
import csv
import errno
import functools
import os
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from importer import atomic_file
from importer.api.client import SociocsClient
from importer.check.issues import Outcome
from importer.check.rechecking import edit
from importer.check.result import CheckResult
from importer.check.run import run_check
from importer.choices import ExistingPolicy
from importer.cli.import_options import resolve_import
from importer.cli.main import build_parser, main
from importer.compare.classify import classify
from importer.compare.engine import CompareEngine
from importer.compare.plan import PlannedRows
from importer.jobs.backoff import BackoffPolicy
from importer.jobs.decisions import RetryKind
from importer.jobs.stops import StopKind
from importer.pipeline import importing
from importer.report.writers import CsvSink
from importer.sandbox.faults import READ_METHODS, WRITE_METHODS, FaultDecision, FaultPlan
from importer.sandbox.server import SandboxServer
from importer.upload.engine import BulkClient, UploadEngine
from importer.upload.identity import identity_of
from importer.upload.journal import Journal, find_resumable
from importer.upload.progress import UploadProgress
from importer.upload.summary import UploadSummary
from tests.helpers.sandbox import TEST_API_KEY
from tests.helpers.upload_faults import (
    FakeTime,
    RecordingDecider,
    assert_journal_never_ahead_of_server,
    assert_one_outcome_per_row,
    journal_rows,
    kept_stale_fields,
    seed_stale,
    with_bystander,
)
from tests.helpers.upload_rows import expected_contacts, make_result, phone_of

LIST_ID = 10001
ROWS = 60
BATCH = 10
STALE_ROWS = (0, 1, 2, 20, 21, 22, 59)
UNREACHABLE = "https://api.sociocs.invalid"
"""RFC 6761: names under .invalid never resolve, so no request leaves the machine."""


@pytest.fixture
def rows(sandbox: SandboxServer) -> CheckResult:
    """60 rows (row 7 invalid, row 8 a duplicate); stale versions of some are on the server."""
    seed_stale(sandbox.store, LIST_ID, [phone_of(i) for i in STALE_ROWS])
    return make_result(ROWS, invalid={7}, duplicate={8})


@dataclass
class Run:
    engine: UploadEngine
    summary: UploadSummary
    decider: RecordingDecider
    time: FakeTime


def upload(
    client: BulkClient,
    result: CheckResult | PlannedRows,
    *,
    decider: RecordingDecider | None = None,
    journal: Journal | None = None,
    progress: Callable[[UploadProgress], None] | None = None,
    batch_size: int = BATCH,
    **kwargs: object,
) -> Run:
    decider = decider or RecordingDecider()
    fake_time = FakeTime()
    engine = UploadEngine(
        client,
        result,
        list_id=LIST_ID,
        phone_number_cc="1",
        decider=decider,
        batch_size=batch_size,
        journal=journal,
        progress=progress,
        clock=fake_time.clock,
        sleeper=fake_time.sleep,
        **kwargs,  # type: ignore[arg-type]
    )
    summary = engine.run()
    assert_one_outcome_per_row(engine.outcomes, summary, result)
    return Run(engine, summary, decider, fake_time)


def after_batches(count: int, arm: Callable[[], None]) -> Callable[[UploadProgress], None]:
    """A progress callback arming a fault once ``count`` batches went through (mid-run)."""
    armed = False

    def hook(progress: UploadProgress) -> None:
        nonlocal armed
        if progress.batches_done == count and not armed:
            armed = True
            arm()

    return hook


def assert_server_holds_exactly(sandbox: SandboxServer, result: CheckResult) -> None:
    assert sandbox.store.contacts() == with_bystander(expected_contacts(result, LIST_ID), LIST_ID)


# --- Faults the engine rides out on its own --------------------------------------------------


@dataclass(frozen=True)
class Recovering:
    arm: Callable[[FaultPlan], None]
    kind: RetryKind
    failures: int
    opening: str


def _rate_limited(
    style: str | None, seconds: int = 7, count: int = 3
) -> Callable[[FaultPlan], None]:
    def arm(plan: FaultPlan) -> None:
        plan.retry_after, plan.retry_after_seconds, plan.rate_limit_next = style, seconds, count

    return arm


def _server_error(status: int) -> Callable[[FaultPlan], None]:
    def arm(plan: FaultPlan) -> None:
        plan.server_error_status, plan.server_error_next = status, 3

    return arm


def _set(name: str, value: int) -> Callable[[FaultPlan], None]:
    return lambda plan: setattr(plan, name, value)


SLOW_DOWN = "Sociocs asked us to slow down."
SERVER_SIDE = "Sociocs had a problem on its side."
NETWORK = "Could not reach Sociocs (network problem)."
RECOVERING = {
    "429 Retry-After seconds": Recovering(
        _rate_limited("seconds"), RetryKind.RATE_LIMITED, 3, SLOW_DOWN
    ),
    "429 Retry-After HTTP-date": Recovering(
        _rate_limited("http-date", 30), RetryKind.RATE_LIMITED, 3, SLOW_DOWN
    ),
    "429 without Retry-After": Recovering(
        _rate_limited(None), RetryKind.RATE_LIMITED, 3, SLOW_DOWN
    ),
    "500": Recovering(_server_error(500), RetryKind.SERVER_ERROR, 3, SERVER_SIDE),
    "502": Recovering(_server_error(502), RetryKind.SERVER_ERROR, 3, SERVER_SIDE),
    "503": Recovering(_server_error(503), RetryKind.SERVER_ERROR, 3, SERVER_SIDE),
    "504": Recovering(_server_error(504), RetryKind.SERVER_ERROR, 3, SERVER_SIDE),
    "reset before commit": Recovering(
        _set("drop_connection_next", 2), RetryKind.NETWORK, 2, NETWORK
    ),
    "reset after commit": Recovering(_set("lose_reply_next", 2), RetryKind.NETWORK, 2, NETWORK),
}


@pytest.mark.parametrize("name", RECOVERING)
def test_recovering_fault_mid_run_loses_nothing(
    sandbox: SandboxServer, client: SociocsClient, rows: CheckResult, name: str
) -> None:
    case = RECOVERING[name]
    run = upload(client, rows, progress=after_batches(2, lambda: case.arm(sandbox.faults)))
    assert not run.summary.stopped
    assert (run.summary.uploaded, run.summary.invalid, run.summary.duplicate) == (58, 1, 1)
    assert [e.kind for e in run.decider.events] == [case.kind] * case.failures
    first = run.decider.events[0].message
    assert first.startswith(f"{case.opening} Retrying in ") and first.endswith("nothing is lost.")
    assert sandbox.store.request_count == 6 + case.failures
    assert_server_holds_exactly(sandbox, rows)


@pytest.mark.parametrize("name", RECOVERING)
def test_recovering_fault_mid_run_with_keep_loses_no_field(
    sandbox: SandboxServer, client: SociocsClient, rows: CheckResult, name: str
) -> None:
    """The upload of a ``keep`` plan: stale contacts keep the field the file lacks."""
    case = RECOVERING[name]
    snapshot = CompareEngine(
        client, [p or "" for p in rows.phones], list_id=LIST_ID, decider=RecordingDecider()
    ).run()
    assert snapshot.snapshot is not None
    plan = classify(rows, snapshot.snapshot, LIST_ID, ExistingPolicy.KEEP)
    arm = after_batches(2, lambda: case.arm(sandbox.faults))
    run = upload(client, PlannedRows(rows, plan), progress=arm, settled=plan.settled())
    assert not run.summary.stopped and run.summary.uploaded == 58
    assert [e.kind for e in run.decider.events] == [case.kind] * case.failures
    expected = with_bystander(expected_contacts(rows, LIST_ID), LIST_ID)
    kept_stale_fields(expected, [phone_of(i) for i in STALE_ROWS])
    assert sandbox.store.contacts() == expected


def test_retry_after_seconds_is_waited_exactly(
    sandbox: SandboxServer, client: SociocsClient, rows: CheckResult
) -> None:
    sandbox.faults.rate_limit_next, sandbox.faults.retry_after_seconds = 3, 7
    run = upload(client, rows)
    assert [e.delay_seconds for e in run.decider.events] == [7.0, 7.0, 7.0]
    assert run.time.slept == pytest.approx(21.0)
    assert_server_holds_exactly(sandbox, rows)


def test_retry_after_http_date_is_waited_until_that_time(
    sandbox: SandboxServer, client: SociocsClient, rows: CheckResult
) -> None:
    plan = sandbox.faults
    plan.rate_limit_next, plan.retry_after, plan.retry_after_seconds = 2, "http-date", 40
    run = upload(client, rows)
    for event in run.decider.events:
        assert 38.0 <= event.delay_seconds <= 41.0
    assert 76.0 <= run.time.slept <= 82.0
    assert_server_holds_exactly(sandbox, rows)


def test_rate_limit_storm_of_fifty_is_ridden_out_when_the_user_keeps_trying(
    sandbox: SandboxServer, client: SociocsClient, rows: CheckResult
) -> None:
    sandbox.faults.rate_limit_next, sandbox.faults.retry_after_seconds = 50, 1
    run = upload(client, rows, decider=RecordingDecider(keep_trying=True))
    assert not run.summary.stopped and run.summary.uploaded == 58
    events = run.decider.events
    assert len(events) == 50 and {e.delay_seconds for e in events} == {1.0}
    (prompt,) = [e for e in events if e.exhausted]
    assert prompt.attempt == BackoffPolicy().max_rate_limit_retries + 1
    assert "It keeps failing. Keep trying" in prompt.message
    assert "nothing is lost either way" in prompt.message
    assert run.time.slept == pytest.approx(50.0)
    assert_server_holds_exactly(sandbox, rows)


def test_read_timeout_is_retried_and_the_late_commit_is_harmless(
    sandbox: SandboxServer, rows: CheckResult
) -> None:
    """The client waits 0.5 s for a reply held 1.5 s; the retry, once the network recovered,
    is answered well within 0.5 s even on a busy machine (0.1 s was not always enough)."""
    sandbox.faults.delay_seconds = 1.5
    decider = RecordingDecider()
    original_wait = decider.wait

    def network_recovers(event: object) -> object:
        sandbox.faults.delay_seconds = 0.0
        return original_wait(event)  # type: ignore[arg-type]

    decider.wait = network_recovers  # type: ignore[method-assign,assignment]
    with SociocsClient(TEST_API_KEY, sandbox.url, timeout=(5.0, 0.5)) as impatient:
        run = upload(impatient, rows, decider=decider)
    assert not run.summary.stopped and run.summary.uploaded == 58
    (event,) = decider.events
    assert event.kind is RetryKind.NETWORK and event.message.startswith(NETWORK)
    assert_server_holds_exactly(sandbox, rows)


# --- A 10,000-record batch with one bad record ----------------------------------------------


def test_one_record_the_server_refuses_among_ten_thousand_despite_faults(
    sandbox: SandboxServer, client: SociocsClient
) -> None:
    seed_stale(sandbox.store, LIST_ID, [phone_of(i) for i in (0, 4710, 4712, 9999)])
    result = make_result(10_000, server_rejects={4711})
    plan = sandbox.faults
    original = plan.before_request

    def faults_during_bisection(method: str = "GET", path: str = "") -> FaultDecision:
        if sandbox.store.request_count == 6:
            plan.server_error_next, plan.rate_limit_next, plan.drop_connection_next = 1, 1, 1
        return original(method, path)

    plan.before_request = faults_during_bisection  # type: ignore[method-assign]
    run = upload(client, result, batch_size=10_000)
    assert [e.kind for e in run.decider.events] == [
        RetryKind.NETWORK,
        RetryKind.RATE_LIMITED,
        RetryKind.SERVER_ERROR,
    ]
    assert (run.summary.uploaded, run.summary.rejected, run.summary.stopped) == (9_999, 1, False)
    assert run.engine.outcomes[4711] is Outcome.REJECTED
    assert list(run.engine.messages) == [4711]
    row = result.row_numbers[4711]
    assert run.engine.messages[4711] == (
        f"Sociocs refused row {row}: phone_number 'not-a-phone' is not a valid phone number."
    )
    assert_server_holds_exactly(sandbox, result)


def test_one_value_that_cannot_be_sent_among_ten_thousand(
    sandbox: SandboxServer, client: SociocsClient
) -> None:
    result = make_result(10_000)
    result.extras["city"][1234] = float("nan")
    run = upload(client, result, batch_size=10_000)
    assert (run.summary.uploaded, run.summary.rejected) == (9_999, 1)
    assert run.engine.messages == {1234: run.engine.messages[1234]}
    assert run.engine.messages[1234].startswith("This row holds a value that cannot be sent")
    contacts = sandbox.store.contacts()
    assert phone_of(1234) not in contacts and len(contacts) == 9_999


# --- Faults that stop the run; resuming finishes it -----------------------------------------


def resume(sandbox: SandboxServer, client: BulkClient, result: CheckResult, folder: Path) -> Run:
    """A second run with a working server, continuing from the journal in ``folder``."""
    acknowledged, rejected = journal_rows(folder)
    requests_before = sandbox.store.request_count
    journal = Journal.open(folder, "import", file_name="contacts.csv", rows_total=58)
    run = upload(client, result, journal=journal)
    assert not run.summary.stopped and run.summary.uploaded == 58
    pending = 58 - len(acknowledged) - len(rejected)
    assert sandbox.store.request_count - requests_before == -(-pending // BATCH)
    assert_server_holds_exactly(sandbox, result)
    return run


def first_run(client: BulkClient, result: CheckResult, folder: Path, **kwargs: object) -> Run:
    journal = Journal.open(folder, "import", file_name="contacts.csv", rows_total=58)
    return upload(client, result, journal=journal, **kwargs)  # type: ignore[arg-type]


def test_key_refused_mid_run_stops_then_resume_with_the_right_key_finishes(
    sandbox: SandboxServer, client: SociocsClient, rows: CheckResult, tmp_path: Path
) -> None:
    arm = after_batches(2, lambda: setattr(sandbox.faults, "auth_fail_next", 1))
    run = first_run(client, rows, tmp_path, progress=arm)
    assert run.summary.stop_kind is StopKind.AUTH
    assert (run.summary.uploaded, run.summary.not_sent) == (20, 38)
    assert "did not accept the API key" in run.summary.stop_message
    assert "Profile & settings → API" in run.summary.stop_message
    assert run.engine.messages[59].startswith("Not sent: Sociocs did not accept the API key")
    assert_journal_never_ahead_of_server(tmp_path, rows, sandbox.store)
    resume(sandbox, client, rows, tmp_path)


def test_key_refused_mid_run_continues_with_a_new_key(
    sandbox: SandboxServer, client: SociocsClient, rows: CheckResult
) -> None:
    decider = RecordingDecider(new_key=TEST_API_KEY)
    arm = after_batches(3, lambda: setattr(sandbox.faults, "auth_fail_next", 1))
    run = upload(
        client,
        rows,
        decider=decider,
        progress=arm,
        reconnect=lambda key: SociocsClient(key, sandbox.url),
    )
    assert not run.summary.stopped and decider.auth_asked == 1
    assert_server_holds_exactly(sandbox, rows)


def test_unresolvable_host_stops_naming_dns_then_resume_finishes(
    sandbox: SandboxServer, client: SociocsClient, rows: CheckResult, tmp_path: Path
) -> None:
    with SociocsClient(TEST_API_KEY, UNREACHABLE) as nowhere:
        run = first_run(nowhere, rows, tmp_path)
    assert run.summary.stop_kind is StopKind.GAVE_UP
    assert (run.summary.uploaded, run.summary.not_sent) == (0, 58)
    assert [e.kind for e in run.decider.events] == [RetryKind.NETWORK] * 6
    message = run.summary.stop_message
    assert message.startswith(NETWORK) and "stopped after 6 tries" in message
    assert "api.sociocs.invalid" in message and "could not be found (DNS)" in message
    assert sandbox.store.request_count == 0
    resume(sandbox, client, rows, tmp_path)


@pytest.mark.parametrize(
    ("arm", "kind", "words", "read_timeout"),
    [
        pytest.param(
            _server_error(503),
            RetryKind.SERVER_ERROR,
            "(HTTP 503)",
            5.0,
            id="503 that never ends",
        ),
        pytest.param(
            _rate_limited("seconds", 1, 40),
            RetryKind.RATE_LIMITED,
            "(HTTP 429)",
            5.0,
            id="429 storm",
        ),
        pytest.param(
            _set("delay_seconds", 1), RetryKind.NETWORK, "did not answer", 0.1, id="timeout"
        ),
    ],
)
def test_endless_fault_stops_resumably_then_resume_finishes(
    sandbox: SandboxServer,
    client: SociocsClient,
    rows: CheckResult,
    tmp_path: Path,
    arm: Callable[[FaultPlan], None],
    kind: RetryKind,
    words: str,
    read_timeout: float,
) -> None:
    """Only the timeout case's first run reads with a short timeout (0.1 s against a 1 s
    delay): with it, a 503 or 429 answered late on a busy machine was taken for a timeout, and
    a resume's request answered late was sent twice."""

    def forever(plan: FaultPlan) -> None:
        arm(plan)
        plan.server_error_next *= 100

    with SociocsClient(TEST_API_KEY, sandbox.url, timeout=(5.0, read_timeout)) as impatient:
        run = first_run(
            impatient, rows, tmp_path, progress=after_batches(2, lambda: forever(sandbox.faults))
        )
        assert run.summary.stop_kind is StopKind.GAVE_UP
        assert (run.summary.uploaded, run.summary.not_sent) == (20, 38)
        assert {e.kind for e in run.decider.events} == {kind}
        assert run.decider.events[-1].exhausted
        assert words in run.summary.stop_message
        assert "what was sent is kept" in run.summary.stop_message
        assert_journal_never_ahead_of_server(tmp_path, rows, sandbox.store)
        sandbox.faults = FaultPlan()
        resume(sandbox, client, rows, tmp_path)


def test_disk_full_while_writing_the_journal_stops_then_resume_finishes(
    sandbox: SandboxServer,
    client: SociocsClient,
    rows: CheckResult,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    journal = Journal.open(tmp_path, "import", file_name="contacts.csv", rows_total=58)
    real_fsync = os.fsync
    writes = 0

    def fsync_until_full(fd: int) -> None:
        nonlocal writes
        writes += 1
        if writes >= 3:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real_fsync(fd)

    monkeypatch.setattr(atomic_file.os, "fsync", fsync_until_full)
    run = upload(client, rows, journal=journal)
    monkeypatch.undo()
    assert run.summary.stop_kind is StopKind.JOURNAL
    assert "the disk is full" in run.summary.stop_message
    assert "Free some disk space" in run.summary.stop_message
    assert "run the same import again to continue" in run.summary.stop_message
    assert (run.summary.uploaded, run.summary.not_sent) == (30, 28)
    assert_journal_never_ahead_of_server(tmp_path, rows, sandbox.store)
    resume(sandbox, client, rows, tmp_path)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 64 KiB tmpfs (needs root and mount; skipped elsewhere — the injected disk-full
    tests above cover the same code paths everywhere)."""
    folder = tmp_path / "small-disk"
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip("cannot mount a tmpfs here (not root)")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(folder: Path) -> Path:
    """Write a file until the disk is full; returns it (delete it to free the space)."""
    filler = folder / "filler"
    with filler.open("wb", buffering=0) as handle, contextlib.suppress(OSError):
        while True:
            handle.write(b"x" * 1024)
    return filler


def test_a_real_full_disk_tears_the_journal_line_and_resume_recovers(
    sandbox: SandboxServer, client: SociocsClient, small_disk: Path
) -> None:
    result = make_result(400)
    journal = Journal.open(small_disk, "import", file_name="contacts.csv", rows_total=400)
    filler = fill(small_disk)
    run = upload(client, result, journal=journal, batch_size=1)
    assert run.summary.stop_kind is StopKind.JOURNAL
    assert "the disk is full" in run.summary.stop_message
    assert not journal.path.read_bytes().endswith(b"\n")  # the last line was torn
    acknowledged, _ = journal_rows(small_disk)
    assert 100 < len(acknowledged) < run.summary.uploaded < 400
    assert_journal_never_ahead_of_server(small_disk, result, sandbox.store)
    filler.unlink()
    journal = Journal.open(small_disk, "import", file_name="contacts.csv", rows_total=400)
    assert journal.rows_done == len(acknowledged)
    resumed = upload(client, result, journal=journal, batch_size=400)
    assert resumed.summary.uploaded == 400 and not resumed.summary.stopped
    assert sandbox.store.contacts() == expected_contacts(result, LIST_ID)


def test_a_row_edited_in_place_after_a_stop_is_sent_again(
    sandbox: SandboxServer, client: SociocsClient, tmp_path: Path
) -> None:
    path = tmp_path / "contacts.csv"
    path.write_text("the checked file\n", encoding="utf-8")
    result = make_result(ROWS, path=path)
    identity = identity_of(result, LIST_ID)
    arm = after_batches(2, lambda: setattr(sandbox.faults, "auth_fail_next", 1))
    journal = Journal.open(tmp_path, identity, file_name="contacts.csv", rows_total=ROWS)
    assert upload(client, result, journal=journal, progress=arm).summary.uploaded == 20
    assert identity_of(result, LIST_ID) == identity
    assert find_resumable(tmp_path, identity) is not None

    edit(result, 5, name="Fixed in the wizard")
    edited = identity_of(result, LIST_ID)
    assert edited != identity and find_resumable(tmp_path, edited) is None
    journal = Journal.open(tmp_path, edited, file_name="contacts.csv", rows_total=ROWS)
    run = upload(client, result, journal=journal)
    assert run.summary.uploaded == ROWS and not run.summary.stopped
    assert sandbox.store.contacts()[phone_of(5)]["name"] == "Fixed in the wizard"
    assert sandbox.store.contacts() == expected_contacts(result, LIST_ID)


# --- What the command line tells the user (stderr names the problem and how to resume) ------

RESUME = "Run the same command again with --resume to continue where it stopped."
RETRY = "Run the same command again to retry."
STALE_CLI = ("+16172000000", "+16172000019")


@pytest.fixture
def source(sandbox: SandboxServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A 20-row CSV (row 3 invalid) for `contact-importer upload`, whose waits (comparing and
    sending) run on a fake clock; stale versions of two of its contacts are on the server."""
    monkeypatch.setenv("SOCIOCS_API_KEY", TEST_API_KEY)
    monkeypatch.setenv("SOCIOCS_IMPORTER_HOME", str(tmp_path / "home"))
    fake_time = FakeTime()
    fast = functools.partial(UploadEngine, clock=fake_time.clock, sleeper=fake_time.sleep)
    monkeypatch.setattr(importing, "UploadEngine", fast)
    fast_compare = functools.partial(CompareEngine, clock=fake_time.clock, sleeper=fake_time.sleep)
    monkeypatch.setattr(importing, "CompareEngine", fast_compare)
    path = tmp_path / "contacts.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Phone", "Name", "City"])
        for i in range(20):
            writer.writerow(["12" if i == 3 else f"+1 617 200 {i:04d}", f"Person {i}", f"C{i}"])
    seed_stale(sandbox.store, LIST_ID, STALE_CLI)
    return path


def cli_upload(url: str, path: Path, *extra: str, list_id: int = LIST_ID) -> int:
    command = ["upload", str(path), "--api-url", url, "--list-id", str(list_id)]
    return main([*command, "--batch-size", "5", "--yes", *extra])


def assert_cli_finished(sandbox: SandboxServer, path: Path, list_id: int = LIST_ID) -> None:
    """The file is in Sociocs; the stale contacts kept their ``legacy`` field (keep)."""
    args = build_parser().parse_args(["upload", str(path), "--list-id", str(list_id)])
    result = run_check(resolve_import(args))
    expected = with_bystander(expected_contacts(result, list_id), LIST_ID)
    kept_stale_fields(expected, STALE_CLI)
    for phone in STALE_CLI:
        expected[phone]["lists"].add(LIST_ID)  # the stale versions were members of LIST_ID
    assert sandbox.store.contacts() == expected


@pytest.mark.parametrize(
    "list_id", [0, LIST_ID], ids=["comparing with Sociocs", "looking up the list"]
)
def test_cli_dns_failure_names_the_address_and_says_to_try_again(
    sandbox: SandboxServer, source: Path, capsys: pytest.CaptureFixture[str], list_id: int
) -> None:
    """Nothing was sent yet either way: there is nothing to resume, only to try again."""
    assert cli_upload(UNREACHABLE, source, list_id=list_id) == 3
    err = capsys.readouterr().err
    assert "api.sociocs.invalid" in err and "could not be found (DNS)" in err
    assert err.rstrip().endswith(RETRY) and "Traceback" not in err
    assert sandbox.store.request_count == 0
    assert cli_upload(sandbox.url, source, "--resume", list_id=list_id) == 1
    assert_cli_finished(sandbox, source, list_id)


def test_cli_endless_server_errors_while_comparing_stop_before_sending(
    sandbox: SandboxServer, source: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sandbox.faults.server_error_next, sandbox.faults.only_methods = 1000, READ_METHODS
    assert cli_upload(sandbox.url, source, list_id=0) == 3
    err = capsys.readouterr().err
    assert "Reading the contacts in Sociocs stopped after 6 tries; nothing was sent." in err
    assert err.rstrip().endswith(RETRY) and len(sandbox.store.contacts()) == 3
    sandbox.faults = FaultPlan()
    assert cli_upload(sandbox.url, source, list_id=0) == 1
    assert_cli_finished(sandbox, source, list_id=0)


def test_cli_endless_server_errors_stop_resumably(
    sandbox: SandboxServer, source: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sandbox.faults.server_error_status, sandbox.faults.server_error_next = 502, 1000
    sandbox.faults.only_methods = WRITE_METHODS
    assert cli_upload(sandbox.url, source, list_id=0) == 3
    captured = capsys.readouterr()
    assert "Sociocs had a problem on its side. Retrying in" in captured.err
    assert "stopped after 6 tries; what was sent is kept" in captured.err
    assert "(HTTP 502)" in captured.err and captured.err.rstrip().endswith(RESUME)
    assert "19 not sent" in captured.out
    sandbox.faults = FaultPlan()
    assert cli_upload(sandbox.url, source, "--resume", list_id=0) == 1
    assert_cli_finished(sandbox, source, list_id=0)


def test_cli_disk_full_for_the_journal_stops_before_sending(
    sandbox: SandboxServer,
    source: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def disk_full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    with monkeypatch.context() as patch:
        patch.setattr(atomic_file.os, "fsync", disk_full)
        assert cli_upload(sandbox.url, source) == 2
    err = capsys.readouterr().err
    assert "Could not save the upload progress" in err and "the disk is full" in err
    assert "Free some disk space" in err and "Traceback" not in err
    assert len(sandbox.store.contacts()) == 3
    assert cli_upload(sandbox.url, source, "--restart") == 1
    assert_cli_finished(sandbox, source)


def test_cli_disk_full_for_the_report_still_says_what_was_uploaded(
    sandbox: SandboxServer,
    source: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def disk_full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(CsvSink, "write_row", disk_full)
    report = tmp_path / "reports" / "report.csv"
    report.parent.mkdir()
    assert cli_upload(sandbox.url, source, "--report", str(report)) == 2
    captured = capsys.readouterr()
    assert "Uploaded 19 rows" in captured.out
    assert f'Could not save the report to "{report}": the disk is full.' in captured.err
    assert "save the report elsewhere" in captured.err
    assert list(report.parent.iterdir()) == []
    assert_cli_finished(sandbox, source)
