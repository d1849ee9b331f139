"""Shared pieces of the fault matrix: a fake clock, a recording decider, stale seeds, invariants."""

from __future__ import annotations

import itertools
import json
from collections import Counter
from collections.abc import Callable, Sequence, Sized
from pathlib import Path
from typing import Any

from importer.check.issues import Outcome
from importer.check.result import CheckResult
from importer.jobs.decisions import AutoDecider, RetryChoice, RetryEvent
from importer.jobs.row_ranges import from_ranges
from importer.sandbox.faults import FaultDecision
from importer.sandbox.server import SandboxServer
from importer.sandbox.store import SandboxStore
from importer.upload.summary import UploadSummary
from tests.helpers.upload_rows import lists_of

BYSTANDER = {"phone_number": "+14152340199", "name": "Not in the file", "extra_fields": {"x": 1}}
"""A contact already on the server and absent from every test file: it must stay untouched."""


class FakeTime:
    """A clock that only moves when the engine sleeps: backoff waits cost no real time."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.slept = 0.0

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds
        self.slept += seconds


class RecordingDecider(AutoDecider):
    """Answers like the CLI (wait, stop once retries run out unless ``keep_trying``) and keeps
    every event; ``new_key`` is offered when the key is refused."""

    def __init__(self, *, keep_trying: bool = False, new_key: str | None = None) -> None:
        super().__init__(keep_trying=keep_trying)
        self.events: list[RetryEvent] = []
        self.new_key = new_key
        self.auth_asked = 0

    def wait(self, event: RetryEvent) -> RetryChoice:
        self.events.append(event)
        return super().wait(event)

    def on_auth_failed(self) -> str | None:
        self.auth_asked += 1
        return self.new_key


def seed_stale(store: SandboxStore, list_id: int, phones: Sequence[str]) -> None:
    """Put outdated versions of ``phones`` (and :data:`BYSTANDER`) on the server beforehand:
    an upload must replace their name and every extra field, ``legacy`` included."""
    stale = [
        {"phone_number": p, "name": "Stale name", "extra_fields": {"city": "Old", "legacy": "x"}}
        for p in phones
    ]
    store.upsert(list_id, [*stale, BYSTANDER])


def with_bystander(expected: dict[str, dict[str, Any]], list_id: int) -> dict[str, Any]:
    """``expected`` plus the untouched :data:`BYSTANDER`."""
    bystander = {
        "name": BYSTANDER["name"],
        "extra_fields": BYSTANDER["extra_fields"],
        "lists": lists_of(list_id),
    }
    return {**expected, BYSTANDER["phone_number"]: bystander}


def assert_one_outcome_per_row(
    outcomes: Sequence[Outcome], summary: UploadSummary, result: Sized
) -> None:
    """Every data row has exactly one outcome, the summary's counts are those outcomes, and
    every row not uploaded says why."""
    assert len(outcomes) == len(result)
    counts = Counter(outcomes)
    assert sum(counts.values()) == summary.total == len(result)
    assert (
        summary.uploaded,
        summary.invalid,
        summary.duplicate,
        summary.rejected,
        summary.not_sent,
        summary.unchanged,
        summary.skipped,
    ) == tuple(counts[o] for o in Outcome)
    assert summary.stopped == (summary.not_sent > 0)


def journal_rows(folder: Path) -> tuple[set[int], set[int]]:
    """(acknowledged, rejected) data-row indices recorded by the only journal in ``folder``."""
    acknowledged: set[int] = set()
    rejected: set[int] = set()
    for path in folder.glob("*.journal"):
        for raw in path.read_bytes().split(b"\n"):
            try:
                entry = json.loads(raw)
            except ValueError:
                continue
            if isinstance(entry, dict) and "ack" in entry:
                acknowledged.update(from_ranges(entry["ack"]))
            elif isinstance(entry, dict) and "rejected" in entry:
                rejected.update(from_ranges(entry["rejected"]))
    return acknowledged, rejected


def assert_journal_never_ahead_of_server(
    folder: Path,
    result: CheckResult,
    store: SandboxStore,
    expected: dict[str, dict[str, Any]] | None = None,
) -> None:
    """Every row the journal calls acknowledged is on the server with the values it was to
    get: ``expected`` (phone → name and extra fields), by default the file's own."""
    acknowledged, _ = journal_rows(folder)
    contacts = store.contacts()
    for index in acknowledged:
        record = result.record(index)
        phone = record["phone_number"]
        wanted = expected[phone] if expected is not None else record
        assert contacts[phone]["name"] == wanted.get("name")
        assert contacts[phone]["extra_fields"] == wanted.get("extra_fields", {})


def kept_stale_fields(expected: dict[str, dict[str, Any]], stale: Sequence[str]) -> None:
    """Change ``expected`` (after an upload of the file) to what ``--existing keep`` leaves:
    the stale contacts seeded by :func:`seed_stale` keep their ``legacy`` field."""
    for phone in stale:
        fields = expected[phone]["extra_fields"]
        expected[phone]["extra_fields"] = {"city": "Old", "legacy": "x", **fields}


def at_request(
    sandbox: SandboxServer, method: str, number: int, action: Callable[[], None]
) -> None:
    """Run ``action`` once, in the server, when the ``number``-th ``method`` request has come
    in and before it is answered: the upload is held half-way while the test changes the
    world around it (edits the file it sends, deletes it …)."""
    plan = sandbox.faults
    before = plan.before_request
    seen = itertools.count(1)

    def holding(request_method: str = "GET", path: str = "") -> FaultDecision:
        if request_method == method and next(seen) == number:
            action()
        return before(request_method, path)

    plan.before_request = holding  # type: ignore[method-assign]
