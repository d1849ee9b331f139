"""The background-work pattern every page uses: a worker QObject moved to its own QThread.

``thread.started → worker.run``; ``worker.finished → thread.quit``; when its work ends the
worker moves back to the GUI thread, and both are deleted there once the thread has finished.
(Deleted in its own thread, a QObject subclassed in Python asks for the GIL inside Qt's
connection lock, while the GUI thread, holding the GIL, may wait for that lock in a
``setText``: the wizard froze that way under load.) A worker never touches widgets: it
reports through ``progress``, ``result`` and ``failed(exc)`` (every exception is caught and
emitted, never raised in the thread). Cancellation is a thread-safe flag that engine
functions poll through :meth:`Worker.is_cancelled` (their cancel callback).
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
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
        self._home = QThread.currentThread()
        """The thread that made the worker (the GUI thread): it returns there when done."""

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
            self.moveToThread(self._home)
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
    """Owns every worker thread until it has ended, then joins and deletes it.

    Threads are children of the registry, not of the page that started them, so a page being
    destroyed never destroys a running thread; the page is recorded as the job's owner.
    """

    def __init__(self) -> None:
        super().__init__()
        self.running: dict[QThread, tuple[Worker, QObject]] = {}

    @Slot()
    def forget_finished(self) -> None:
        thread = self.sender()
        if isinstance(thread, QThread) and thread in self.running:
            thread.wait()  # returns at once: the thread has finished; this joins it
            worker, _ = self.running.pop(thread)
            worker.deleteLater()
            thread.deleteLater()


_registry: _Registry | None = None


def _get_registry() -> _Registry:
    global _registry
    if _registry is None or not isValid(_registry):
        _registry = _Registry()
    return _registry


def start_worker(worker: Worker, parent: QObject) -> QThread:
    """Run ``worker`` in a new QThread on behalf of ``parent``; both are deleted when it ends.

    Connect to the worker's signals (bound methods with ``@Slot``) before calling this.
    :func:`stop_workers` with ``parent`` (or an ancestor) cancels the work and waits for it.
    """
    registry = _get_registry()
    thread = QThread(registry)
    thread.setObjectName(type(worker).__name__)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    # Direct: QThread.quit is thread-safe, and stop_workers may be blocking the GUI thread.
    worker.finished.connect(thread.quit, Qt.ConnectionType.DirectConnection)
    thread.finished.connect(registry.forget_finished)
    registry.running[thread] = (worker, parent)
    thread.start()
    return thread


def _owned_by(job_owner: QObject, owner: QObject | None) -> bool:
    if owner is None:
        return True
    node: QObject | None = job_owner
    while node is not None and isValid(node):
        if node is owner:
            return True
        node = node.parent()
    return False


def _jobs(owner: QObject | None) -> list[tuple[QThread, Worker]]:
    registry = _get_registry()
    return [
        (thread, worker)
        for thread, (worker, job_owner) in registry.running.items()
        if not thread.isFinished() and _owned_by(job_owner, owner)
    ]


def running_workers(owner: QObject | None = None) -> list[Worker]:
    """Workers still running for ``owner`` (all of them when ``owner`` is None)."""
    return [worker for _, worker in _jobs(owner)]


def stop_workers(owner: QObject | None = None, timeout_ms: int = 10_000) -> bool:
    """Cancel the workers of ``owner`` and wait for their threads; True when all ended."""
    jobs = _jobs(owner)
    for _, worker in jobs:
        worker.cancel()
    return all(thread.wait(timeout_ms) for thread, _ in jobs)
