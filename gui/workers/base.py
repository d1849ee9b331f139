"""The background-work pattern every page uses: a worker QObject moved to its own QThread.

``thread.started → worker.run``; ``worker.finished → thread.quit``; ``thread.finished →
deleteLater`` on both. A worker never touches widgets: it reports through ``progress``,
``result`` and ``failed(exc)`` (every exception is caught and emitted, never raised in the
thread). Cancellation is a thread-safe flag that engine functions poll through
:meth:`Worker.is_cancelled` (their cancel callback).
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, QThread, Signal, Slot
from shiboken6 import isValid

log = logging.getLogger(__name__)


class Worker(QObject):
    """Base class: subclasses implement :meth:`work` and return its result."""

    progress = Signal(int, int)
    """(done, total); total is 0 when unknown."""
    result = Signal(object)
    failed = Signal(object)
    """The exception that stopped the work (CancelledError when cancelled)."""
    finished = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._cancel = threading.Event()

    def work(self) -> object:
        """Do the job in the worker thread and return what ``result`` should carry."""
        raise NotImplementedError

    @Slot()
    def run(self) -> None:
        """Run :meth:`work`, emit ``result`` or ``failed``, then always ``finished``."""
        try:
            value = self.work()
        except Exception as exc:
            log.debug("%s failed: %s", type(self).__name__, type(exc).__name__)
            self.failed.emit(exc)
        else:
            self.result.emit(value)
        finally:
            self.finished.emit()

    def cancel(self) -> None:
        """Ask the work to stop at its next check (safe to call from any thread)."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        """The cancel callback handed to engine functions."""
        return self._cancel.is_set()

    def report(self, done: int, total: int = 0) -> None:
        """The progress callback handed to engine functions."""
        self.progress.emit(done, total)


class _Registry(QObject):
    """Keeps each running worker (and its thread) alive until the thread has finished."""

    def __init__(self) -> None:
        super().__init__()
        self.running: dict[QThread, Worker] = {}

    @Slot()
    def forget_finished(self) -> None:
        for thread in [t for t in self.running if not isValid(t) or t.isFinished()]:
            del self.running[thread]


_registry: _Registry | None = None


def _get_registry() -> _Registry:
    global _registry
    if _registry is None or not isValid(_registry):
        _registry = _Registry()
    return _registry


def start_worker(worker: Worker, parent: QObject) -> QThread:
    """Run ``worker`` in a new QThread owned by ``parent``; both are deleted when it ends.

    Connect to the worker's signals before calling this. Use :func:`stop_workers` with the
    same ``parent`` (or an ancestor) before ``parent`` is destroyed.
    """
    registry = _get_registry()
    thread = QThread(parent)
    thread.setObjectName(type(worker).__name__)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    worker.finished.connect(thread.quit)
    thread.finished.connect(worker.deleteLater)
    thread.finished.connect(thread.deleteLater)
    thread.finished.connect(registry.forget_finished)
    registry.running[thread] = worker
    thread.start()
    return thread


def _owned_by(thread: QThread, owner: QObject | None) -> bool:
    if owner is None:
        return True
    node = thread.parent()
    while node is not None:
        if node is owner:
            return True
        node = node.parent()
    return False


def running_workers(owner: QObject | None = None) -> list[Worker]:
    """Workers still running under ``owner`` (all of them when ``owner`` is None)."""
    registry = _get_registry()
    return [
        worker
        for thread, worker in registry.running.items()
        if isValid(thread) and thread.isRunning() and _owned_by(thread, owner)
    ]


def stop_workers(owner: QObject | None = None, timeout_ms: int = 10_000) -> bool:
    """Cancel the workers under ``owner`` and wait for their threads; True when all ended."""
    registry = _get_registry()
    threads = [t for t in registry.running if isValid(t) and _owned_by(t, owner)]
    for thread in threads:
        registry.running[thread].cancel()
    stopped = all(thread.wait(timeout_ms) for thread in threads if isValid(thread))
    registry.forget_finished()
    return stopped
