"""SIGKILL of `contact-importer upload` at 24 seeded points, then `--resume`: nothing is lost,
nothing acknowledged is sent twice, every row has one outcome, stale contacts are overwritten.

The upload runs in a child process against the sandbox in this process. The kill points are
exact, not timed: the sandbox's fault hooks kill the child while a chosen request is in flight
(before its commit, or after the commit with the reply still unsent), a seeded fraction of a
millisecond after the reply went out (the child is reading it or writing its journal), or
after the child's journal recorded a chosen batch.
"""

from __future__ import annotations

import csv
import http.client
import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from importer.check.result import CheckResult
from importer.check.run import run_check
from importer.cli.import_options import resolve_import
from importer.cli.main import build_parser, main
from importer.sandbox.faults import FaultDecision, FaultPlan
from importer.sandbox.server import SandboxServer
from tests.helpers.sandbox import TEST_API_KEY
from tests.helpers.upload_faults import (
    assert_journal_never_ahead_of_server,
    journal_rows,
    kept_stale_fields,
    seed_stale,
    with_bystander,
)
from tests.helpers.upload_rows import expected_contacts

ROOT = Path(__file__).resolve().parents[3]
LIST_ID = 10001
ROWS = 40
BATCH = 4
INVALID = (2, 17)
REPEATS = {30: 5}
"""Row 30 repeats row 5's phone: with the default policy the last one (row 30) is sent."""
READY = ROWS - len(INVALID) - len(REPEATS)
BATCHES = -(-READY // BATCH)
PHASES = ("before commit", "after commit", "after reply", "after journal")
SEEDS = range(6)
KILL_POINTS = [
    pytest.param(seed, phase, id=f"{phase}-seed{seed}") for seed in SEEDS for phase in PHASES
]


JOURNALED = {
    "before commit": lambda k: {(k - 1) * BATCH},
    "after commit": lambda k: {(k - 1) * BATCH},
    "after reply": lambda k: {(k - 1) * BATCH, k * BATCH},
    "after journal": lambda k: {k * BATCH, min((k + 1) * BATCH, READY)},
}
"""Kill point (batch k) → how many rows the killed child can have journaled."""
HELD_AFTER = ("after reply", "after journal")
"""Kill points that come from a timer or from the test's polling, not from the request itself:
the next batch's request is held until the kill has come, so a busy machine that delays the
kill cannot let the child journal further batches (it journaled 32 rows instead of 24 or 28
once, under a load of 8 on two cores)."""


def phone(index: int) -> str:
    return f"+1 617 200 {REPEATS.get(index, index):04d}"


def write_contacts(path: Path) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Phone", "Name", "City"])
        for i in range(ROWS):
            writer.writerow(["12" if i in INVALID else phone(i), f"Person {i}", f"City {i % 3}"])
    return path


def checked(path: Path) -> CheckResult:
    args = build_parser().parse_args(["upload", str(path), "--list-id", str(LIST_ID)])
    return run_check(resolve_import(args))


class Killer:
    """Kills the child upload at one seeded point, driven by the sandbox's fault hooks."""

    def __init__(self, sandbox: SandboxServer, seed: int, phase: str) -> None:
        rng = random.Random(2024 + seed)
        self.batch = [rng.randint(1, BATCHES - 1) for _ in PHASES][PHASES.index(phase)]
        self.after_reply = rng.uniform(0.0, 0.002)
        self.phase = phase
        self.pid = 0
        self.fired = threading.Event()
        self._commits = 0
        self._bulk_seen = 0
        plan = sandbox.faults
        self._store = sandbox.store
        self._before, self._lose = plan.before_request, plan.take_lose_reply
        plan.before_request = self._before_request  # type: ignore[method-assign]
        plan.take_lose_reply = self._take_lose_reply  # type: ignore[method-assign]

    def kill(self) -> None:
        if not self.fired.is_set():
            self.fired.set()
            os.kill(self.pid, signal.SIGKILL)

    def _before_request(self, method: str = "GET", path: str = "") -> FaultDecision:
        if method == "POST":
            self._bulk_seen += 1
            if self.phase == "before commit" and self._bulk_seen == self.batch:
                self.kill()
                return FaultDecision(drop=True)
            if self._bulk_seen == self.batch + 1 and self.phase in HELD_AFTER:
                self.fired.wait(30)  # the child goes no further until the kill has come
        return self._before(method, path)

    def _take_lose_reply(self, method: str = "GET", path: str = "") -> bool:
        request = self._store.last_request
        if request is None or request.path != "/contacts/bulk":
            return self._lose(method, path)
        self._commits += 1
        if self._commits != self.batch:
            return self._lose(method, path)
        if self.phase == "after commit":
            self.kill()
            return True
        if self.phase == "after reply":
            threading.Timer(self.after_reply, self.kill).start()
        return self._lose(method, path)


def wait_for_journal(folder: Path, batches: int, process: subprocess.Popen[bytes]) -> None:
    """Poll (bounded) until the child's journal recorded ``batches`` acknowledged batches."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and process.poll() is None:
        acknowledged, _ = journal_rows(folder)
        if len(acknowledged) >= batches * BATCH:
            return
        time.sleep(0.001)
    raise AssertionError(f"the journal never recorded {batches} batches")


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SOCIOCS_API_KEY", TEST_API_KEY)
    monkeypatch.setenv("SOCIOCS_IMPORTER_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


@pytest.mark.slow
@pytest.mark.parametrize(("seed", "phase"), KILL_POINTS)
def test_killed_upload_resumes_to_exactly_the_expected_contacts(
    sandbox: SandboxServer,
    home: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    seed: int,
    phase: str,
) -> None:
    source = write_contacts(tmp_path / "contacts.csv")
    result = checked(source)
    assert result.counts().to_send == READY
    stale = [result.phones[i] or "" for i in (0, 5, 12, 39)]
    seed_stale(sandbox.store, LIST_ID, stale)
    expected = with_bystander(expected_contacts(result, LIST_ID), LIST_ID)
    kept_stale_fields(expected, stale)
    sandbox.faults.delay_seconds = 0.002
    journals = tmp_path / "journals"
    command = [
        "upload",
        str(source),
        "--api-url",
        sandbox.url,
        "--list-id",
        str(LIST_ID),
        "--batch-size",
        str(BATCH),
        "--journal",
        str(journals),
        "--yes",
    ]
    killer = Killer(sandbox, seed, phase)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        [sys.executable, "-m", "importer.cli", *command],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    killer.pid = process.pid
    try:
        if phase == "after journal":
            wait_for_journal(journals, killer.batch, process)
            killer.kill()
        assert killer.fired.wait(30), "the kill point was never reached"
    finally:
        _, stderr = process.communicate(timeout=30)
    assert process.returncode == -signal.SIGKILL, stderr.decode()
    acknowledged, rejected = journal_rows(journals)
    assert not rejected
    assert_journal_never_ahead_of_server(journals, result, sandbox.store, expected)
    assert len(acknowledged) in JOURNALED[phase](killer.batch)

    drain(sandbox)
    requests_before = sandbox.store.request_count
    report = tmp_path / "report.csv"
    assert main([*command, "--resume", "--report", str(report)]) == 1
    out = capsys.readouterr().out
    if acknowledged:
        done = f"({len(acknowledged)} of {READY} rows were done)"
        assert f"Continuing the earlier upload of contacts.csv {done}" in out
    assert "Uploaded 37 rows" in out and "0 not sent" in out
    bulk_requests = sandbox.store.request_count - requests_before - 1
    assert bulk_requests == -(-(READY - len(acknowledged)) // BATCH)
    with report.open(encoding="utf-8-sig") as handle:
        statuses = [line["Status"] for line in csv.DictReader(handle)]
    assert len(statuses) == ROWS
    assert Counter(statuses) == {"uploaded": READY, "invalid": 2, "duplicate": 1}
    assert sandbox.store.contacts() == expected
    assert expected[result.phones[5] or ""]["name"] == "Person 30"


CTRL_C_CHILD = (
    "import signal, sys; signal.signal(signal.SIGINT, signal.default_int_handler); "
    "from importer.cli.main import main; sys.exit(main())"
)
"""``python -m importer.cli`` that hears Ctrl+C even when the tests were started with SIGINT
ignored (a background job of a script): an ignored SIGINT is inherited, and Python then leaves
it ignored."""


def start_upload(sandbox: SandboxServer, source: Path, home: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "SOCIOCS_IMPORTER_HOME": str(home)}
    command = ["upload", str(source), "--api-url", sandbox.url, "--list-id", str(LIST_ID)]
    return subprocess.Popen(
        [sys.executable, "-c", CTRL_C_CHILD, *command, "--batch-size", str(BATCH), "--yes"],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


def read_lines(process: subprocess.Popen[str]) -> list[str]:
    """stderr lines as they arrive (a daemon thread appends them)."""
    lines: list[str] = []

    def pump() -> None:
        assert process.stderr is not None
        lines.extend(iter(process.stderr.readline, ""))

    threading.Thread(target=pump, daemon=True).start()
    return lines


def drain(sandbox: SandboxServer) -> None:
    """Return once the sandbox has counted every request of the killed child.

    The child may have died with a request in flight, which the sandbox still serves (and
    counts) afterwards, or with a connection still waiting in the listening socket's queue. The
    server accepts connections in the order they came: once a request of ours on a new
    connection is answered, every earlier connection was accepted; once none is open, every
    request the child sent has been counted, and the count read next holds none of them.
    """
    probe = http.client.HTTPConnection(sandbox.host, sandbox.port, timeout=30)
    try:
        probe.request("GET", "/lists", headers={"Connection": "close"})
        probe.getresponse().read()
    finally:
        probe.close()
    wait_until(lambda: sandbox.open_connections() == 0, "the killed upload's requests")


def wait_until(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + 30
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.005)


@pytest.mark.parametrize("presses", [1, 2], ids=["Ctrl+C", "Ctrl+C twice"])
def test_ctrl_c_says_what_happens_and_the_upload_resumes(
    sandbox: SandboxServer, home: Path, tmp_path: Path, presses: int
) -> None:
    source = write_contacts(tmp_path / "contacts.csv")
    result = checked(source)
    stale = [result.phones[i] or "" for i in (0, 39)]
    seed_stale(sandbox.store, LIST_ID, stale)
    # Every bulk request is slow from the start, so the first one is still in flight when
    # Ctrl+C comes, however busy the machine. (Slowing the requests only once a batch was seen
    # left a busy machine's child time to send every batch before the signal came.)
    delay = 0.5 if presses == 1 else 30.0
    sandbox.faults = FaultPlan(delay_seconds=delay, only_methods=frozenset({"POST"}))
    process = start_upload(sandbox, source, home)
    lines = read_lines(process)
    wait_until(lambda: uploading(sandbox), "the first batch in flight")
    process.send_signal(signal.SIGINT)
    wait_until(lambda: any("Stopping once Sociocs answers" in line for line in lines), "notice")
    if presses == 2:
        process.send_signal(signal.SIGINT)
    assert process.wait(timeout=30) == 3
    err = "".join(lines)
    assert "press Ctrl+C again to quit at once; nothing is lost either way" in err
    assert err.count("--resume to continue") == 3 - presses
    last = "contact-importer: stopped." if presses == 2 else "stopped at your request."
    assert last in err.splitlines()[-1]
    assert "Traceback" not in err

    sandbox.faults = FaultPlan()
    assert main([*upload_args(sandbox, source), "--resume"]) == 1
    expected = with_bystander(expected_contacts(result, LIST_ID), LIST_ID)
    kept_stale_fields(expected, stale)
    assert sandbox.store.contacts() == expected


def uploading(sandbox: SandboxServer) -> bool:
    """True once the comparison is over and batches are being sent."""
    request = sandbox.store.last_request
    return request is not None and request.path == "/contacts/bulk"


def upload_args(sandbox: SandboxServer, source: Path) -> list[str]:
    command = ["upload", str(source), "--api-url", sandbox.url, "--list-id", str(LIST_ID)]
    return [*command, "--batch-size", str(BATCH), "--yes"]
