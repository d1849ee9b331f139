"""Pause, resume and cancel from another thread, and the prompt bridge a GUI uses."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

import pytest

from importer.api.client import SociocsClient
from importer.jobs.control import Cancelled, RunControl
from importer.jobs.decisions import (
    AutoDecider,
    PromptDecider,
    RetryChoice,
    RetryEvent,
    RetryKind,
    format_seconds,
)
from importer.jobs.progress import JobState
from importer.jobs.stops import StopKind
from importer.sandbox.server import SandboxServer
from importer.upload.engine import UploadEngine
from importer.upload.progress import UploadProgress
from importer.upload.summary import UploadSummary
from tests.helpers.sandbox import TEST_API_KEY
from tests.helpers.upload_rows import make_result

TIMEOUT = 10.0


class Watcher:
    """Collects progress reports from the engine thread; lets the test wait for one."""

    def __init__(self) -> None:
        self.reports: list[UploadProgress] = []
        self._changed = threading.Condition()

    def __call__(self, progress: UploadProgress) -> None:
        with self._changed:
            self.reports.append(progress)
            self._changed.notify_all()

    def wait_for(self, test: Callable[[UploadProgress], bool]) -> UploadProgress:
        with self._changed:
            found = self._changed.wait_for(
                lambda: any(test(p) for p in self.reports), timeout=TIMEOUT
            )
        assert found, f"no progress report matched; last: {self.reports[-1:]}"
        return next(p for p in self.reports if test(p))


class Runner:
    """Runs an engine on a worker thread, as the GUI does."""

    def __init__(self, engine: UploadEngine) -> None:
        self.summary: UploadSummary | None = None
        self._thread = threading.Thread(target=self._run, args=(engine,), daemon=True)
        self._thread.start()

    def _run(self, engine: UploadEngine) -> None:
        self.summary = engine.run()

    def join(self) -> UploadSummary:
        self._thread.join(TIMEOUT)
        assert not self._thread.is_alive(), "the upload did not stop in time"
        assert self.summary is not None
        return self.summary


@pytest.fixture
def client(sandbox: SandboxServer) -> Iterator[SociocsClient]:
    with SociocsClient(TEST_API_KEY, sandbox.url) as api:
        yield api


def engine_for(
    client: SociocsClient, count: int, decider: object, watcher: Watcher
) -> UploadEngine:
    return UploadEngine(
        client,
        make_result(count),
        list_id=0,
        phone_number_cc=None,
        decider=decider,  # type: ignore[arg-type]
        batch_size=5,
        progress=watcher,
    )


def test_pause_holds_between_batches_and_resume_finishes(
    sandbox: SandboxServer, client: SociocsClient
) -> None:
    watcher = Watcher()
    engine = engine_for(client, 50, AutoDecider(), watcher)
    engine.pause()
    runner = Runner(engine)
    paused = watcher.wait_for(lambda p: p.state is JobState.PAUSED)
    assert paused.rows_done == 0
    assert sandbox.store.request_count == 0
    engine.resume()
    summary = runner.join()
    assert summary.uploaded == 50 and not summary.stopped
    assert watcher.reports[-1].state is JobState.FINISHED


def test_cancel_while_paused_stops_resumably(sandbox: SandboxServer, client: SociocsClient) -> None:
    watcher = Watcher()

    def pause_after_two_batches(progress: UploadProgress) -> None:
        watcher(progress)
        if progress.batches_done == 2 and progress.state is JobState.RUNNING:
            engine.pause()

    engine = engine_for(client, 50, AutoDecider(), pause_after_two_batches)
    runner = Runner(engine)
    watcher.wait_for(lambda p: p.state is JobState.PAUSED)
    engine.cancel()
    summary = runner.join()
    assert summary.stop_kind is StopKind.CANCELLED
    assert (summary.uploaded, summary.not_sent) == (10, 40)
    assert watcher.reports[-1].state is JobState.STOPPED


def test_cancel_interrupts_a_long_rate_limit_wait(
    sandbox: SandboxServer, client: SociocsClient
) -> None:
    sandbox.faults.rate_limit_next = 1
    sandbox.faults.retry_after_seconds = 3600
    watcher = Watcher()
    engine = engine_for(client, 10, AutoDecider(), watcher)
    runner = Runner(engine)
    waiting = watcher.wait_for(lambda p: p.state is JobState.WAITING)
    assert waiting.wait is not None and waiting.wait.kind is RetryKind.RATE_LIMITED
    assert (
        "Retrying in 1:00:00" in waiting.wait.message or "Retrying in 59:" in waiting.wait.message
    )
    engine.cancel()
    summary = runner.join()
    assert summary.stop_kind is StopKind.CANCELLED and summary.not_sent == 10


def test_retry_now_ends_a_long_wait_and_the_wait_tells_the_try(
    sandbox: SandboxServer, client: SociocsClient
) -> None:
    sandbox.faults.rate_limit_next = 2
    sandbox.faults.retry_after_seconds = 3600
    watcher = Watcher()
    engine = engine_for(client, 10, AutoDecider(), watcher)
    runner = Runner(engine)
    first = watcher.wait_for(lambda p: p.state is JobState.WAITING)
    assert first.wait is not None and first.wait.attempt == 1
    engine.retry_now()
    second = watcher.wait_for(lambda p: p.wait is not None and p.wait.attempt == 2)
    assert second.state is JobState.WAITING
    engine.retry_now()
    assert runner.join().uploaded == 10


def test_pause_during_a_wait_then_resume_retries(
    sandbox: SandboxServer, client: SociocsClient
) -> None:
    sandbox.faults.rate_limit_next = 1
    sandbox.faults.retry_after_seconds = 1
    watcher = Watcher()
    engine = engine_for(client, 10, AutoDecider(), watcher)
    runner = Runner(engine)
    watcher.wait_for(lambda p: p.state is JobState.WAITING)
    engine.pause()
    watcher.wait_for(lambda p: p.state is JobState.PAUSED)
    engine.resume()
    assert runner.join().uploaded == 10


def test_prompt_decider_blocks_until_the_interface_answers(
    sandbox: SandboxServer, client: SociocsClient
) -> None:
    sandbox.faults.rate_limit_next = 1
    sandbox.faults.retry_after_seconds = 3600
    asked = threading.Event()
    events: list[RetryEvent] = []

    def ask(event: RetryEvent) -> None:
        events.append(event)
        asked.set()

    decider = PromptDecider(ask, lambda: None)
    engine = engine_for(client, 10, decider, Watcher())
    runner = Runner(engine)
    assert asked.wait(TIMEOUT)
    assert events[0].delay_seconds == 3600
    decider.answer(RetryChoice.RETRY_NOW)
    assert runner.join().uploaded == 10


def test_cancel_unblocks_a_pending_prompt(sandbox: SandboxServer, client: SociocsClient) -> None:
    sandbox.faults.server_error_next = 1
    asked = threading.Event()
    decider = PromptDecider(lambda _event: asked.set(), lambda: None)
    engine = engine_for(client, 10, decider, Watcher())
    runner = Runner(engine)
    assert asked.wait(TIMEOUT)
    engine.cancel()
    summary = runner.join()
    assert summary.stop_kind is StopKind.CANCELLED and summary.not_sent == 10


def test_prompt_decider_asks_for_a_new_key(sandbox: SandboxServer) -> None:
    asked = threading.Event()
    decider = PromptDecider(lambda _event: None, asked.set)
    engine = UploadEngine(
        SociocsClient("wrong:key", sandbox.url),
        make_result(5),
        list_id=0,
        phone_number_cc=None,
        decider=decider,
        reconnect=lambda key: SociocsClient(key, sandbox.url),
    )
    runner = Runner(engine)
    assert asked.wait(TIMEOUT)
    decider.answer_key(TEST_API_KEY)
    assert runner.join().uploaded == 5


def test_run_control_wait_is_interrupted_and_ticks() -> None:
    now = [0.0]
    ticks: list[float] = []
    control = RunControl(lambda: now[0], lambda s: now.__setitem__(0, now[0] + s))
    assert control.wait_until(2.5, ticks.append)
    assert ticks == [2.5, 2.0, 1.0]
    control.skip_wait()
    assert control.wait_until(10.0)
    assert now[0] == 2.5  # ended at once, as if its time were up
    control.pause()
    assert not control.wait_until(10.0)
    control.cancel()
    with pytest.raises(Cancelled):
        control.checkpoint()


@pytest.mark.parametrize(
    ("seconds", "text"), [(0, "0:00"), (26.2, "0:27"), (60, "1:00"), (3725, "1:02:05")]
)
def test_format_seconds(seconds: float, text: str) -> None:
    assert format_seconds(seconds) == text
