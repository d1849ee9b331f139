"""The worker pattern: results, failures and cancellation cross threads; no thread is left."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal, Slot
from pytestqt.qtbot import QtBot

from gui.workers.base import Worker, running_workers, start_worker, stop_workers
from gui.workers.load_worker import STEPS, LoadedFile, LoadWorker
from importer.errors import CancelledError, EmptyFileError
from tests.helpers.make_files import write_csv


class Relay(QObject):
    """Receives a worker's signals in the GUI thread (queued) and re-emits them there."""

    progress = Signal(int, int)
    result = Signal(object)
    failed = Signal(object)

    def __init__(self, worker: Worker) -> None:
        super().__init__()
        self.steps: list[int] = []
        worker.progress.connect(self.on_progress)
        worker.result.connect(self.on_result)
        worker.failed.connect(self.on_failed)

    @Slot(int, int)
    def on_progress(self, done: int, total: int) -> None:
        self.steps.append(done)
        self.progress.emit(done, total)

    @Slot(object)
    def on_result(self, value: object) -> None:
        self.result.emit(value)

    @Slot(object)
    def on_failed(self, exc: object) -> None:
        self.failed.emit(exc)


class Answer(Worker):
    def work(self) -> object:
        self.report(1, 1)
        return threading.current_thread().name


class Broken(Worker):
    def work(self) -> object:
        raise ValueError("boom")


class UntilCancelled(Worker):
    def __init__(self) -> None:
        super().__init__()
        self.started = threading.Event()

    def work(self) -> object:
        self.started.set()
        while not self.is_cancelled():
            self._cancel.wait(0.01)
        raise CancelledError()


def test_result_comes_from_another_thread(qtbot: QtBot) -> None:
    owner = QObject()
    worker = Answer()
    relay = Relay(worker)
    with qtbot.waitSignal(relay.result, timeout=5000) as blocker:
        start_worker(worker, owner)
    assert blocker.args[0] != threading.current_thread().name
    assert relay.steps == [1]
    qtbot.waitUntil(lambda: not running_workers(owner), timeout=5000)


def test_a_finished_worker_is_deleted_in_the_gui_thread(qtbot: QtBot) -> None:
    """Deleted in its own thread, a Python QObject needs the GIL inside Qt's connection lock
    while the GUI thread may hold the GIL and wait for that lock (the wizard froze so)."""
    owner = QObject()
    worker = Answer()
    relay = Relay(worker)
    deleted_in: list[str] = []
    worker.destroyed.connect(
        lambda: deleted_in.append(threading.current_thread().name),
        Qt.ConnectionType.DirectConnection,
    )
    with qtbot.waitSignal(relay.result, timeout=5000):
        start_worker(worker, owner)
    qtbot.waitUntil(lambda: bool(deleted_in), timeout=5000)
    assert deleted_in == [threading.main_thread().name]


def test_exceptions_are_emitted_not_raised(qtbot: QtBot) -> None:
    owner = QObject()
    worker = Broken()
    relay = Relay(worker)
    with qtbot.waitSignal(relay.failed, timeout=5000) as blocker:
        start_worker(worker, owner)
    assert isinstance(blocker.args[0], ValueError)
    assert stop_workers(owner)


def test_stop_workers_cancels_and_waits(qtbot: QtBot) -> None:
    owner = QObject()
    worker = UntilCancelled()
    relay = Relay(worker)
    start_worker(worker, owner)
    assert worker.started.wait(5)
    assert running_workers(owner) == [worker]
    assert stop_workers(owner)
    assert running_workers(owner) == []
    with qtbot.waitSignal(relay.failed, timeout=5000) as blocker:
        pass
    assert isinstance(blocker.args[0], CancelledError)


def test_stop_workers_only_touches_its_owner(qtbot: QtBot) -> None:
    mine, theirs = QObject(), QObject()
    worker = UntilCancelled()
    start_worker(worker, theirs)
    assert worker.started.wait(5)
    assert stop_workers(mine)
    assert running_workers(theirs) == [worker]
    assert stop_workers(theirs)


def test_load_worker_reads_sheets_and_preview(qtbot: QtBot, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "c.csv", [["Name", "Phone"], ["Ana", "+1 212 234 0101"]])
    owner = QObject()
    worker = LoadWorker(path)
    relay = Relay(worker)
    with qtbot.waitSignal(relay.result, timeout=5000) as blocker:
        start_worker(worker, owner)
    loaded = blocker.args[0]
    assert isinstance(loaded, LoadedFile)
    assert [s.name for s in loaded.sheets] == [loaded.preview.sheet]
    assert loaded.preview.headers == ["Name", "Phone"]
    assert not loaded.header_chosen
    assert relay.steps == list(range(STEPS + 1))
    assert stop_workers(owner)


def test_load_worker_reports_errors_through_failed(qtbot: QtBot, tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    worker = LoadWorker(empty)
    relay = Relay(worker)
    owner = QObject()
    with qtbot.waitSignal(relay.failed, timeout=5000) as blocker:
        start_worker(worker, owner)
    assert isinstance(blocker.args[0], EmptyFileError)
    assert stop_workers(owner)
