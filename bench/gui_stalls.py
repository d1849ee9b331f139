"""The GUI stays responsive: the wizard's own workers run while a heartbeat timer ticks.

Offscreen Qt. A 10 ms timer in the GUI thread records the longest gap between two ticks while
the file loads (preview), is checked, re-checked for another country, and uploaded to a
separate-process sandbox. A gap much above 10 ms means the worker thread held the GIL (or the
GUI thread was busy) for that long.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, Slot
from PySide6.QtWidgets import QApplication

from gui.workers.base import Worker, start_worker
from gui.workers.check_worker import CheckWorker, RevalidateWorker
from gui.workers.load_worker import LoadWorker
from gui.workers.upload_worker import UploadJob, UploadWorker
from importer.api.client import SociocsClient
from importer.choices import ImportChoices
from importer.mapping.suggest import suggest_mapping
from importer.pipeline.outcome import ImportPlace

TICK_MS = 10


class Heartbeat(QObject):
    """Ticks every :data:`TICK_MS` ms and keeps the longest gap since :meth:`reset`."""

    def __init__(self) -> None:
        super().__init__()
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.last = time.perf_counter()
        self.longest = 0.0
        self.timer.start()

    @Slot()
    def tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def reset(self) -> None:
        self.last = time.perf_counter()
        self.longest = 0.0


class Outcome(QObject):
    """Receives a worker's result or failure in the GUI thread."""

    def __init__(self) -> None:
        super().__init__()
        self.value: Any = None
        self.error: Any = None
        self.progress_signals = 0

    @Slot(object)
    def done(self, value: Any) -> None:
        self.value = value

    @Slot(object)
    def fail(self, error: Any) -> None:
        self.error = error

    @Slot(int, int)
    @Slot(object)
    def progressed(self, *_: Any) -> None:
        self.progress_signals += 1


def run_phase(worker: Worker, heartbeat: Heartbeat, owner: QObject) -> tuple[Any, float, float]:
    """Run ``worker`` to its end with events flowing: (result, seconds, longest gap)."""
    outcome = Outcome()
    loop = QEventLoop()
    worker.result.connect(outcome.done)
    worker.failed.connect(outcome.fail)
    worker.progress.connect(outcome.progressed)
    if isinstance(worker, UploadWorker):
        worker.job_progress.connect(outcome.progressed)
    worker.finished.connect(loop.quit)
    heartbeat.reset()
    started = time.perf_counter()
    start_worker(worker, owner)
    loop.exec()
    seconds = time.perf_counter() - started
    if outcome.error is not None:
        raise RuntimeError(f"{type(worker).__name__} failed: {outcome.error!r}")
    return outcome.value, seconds, heartbeat.longest


def run(path: Path) -> dict[str, Any]:
    """All four phases on ``path``; the figures for the benchmark table."""
    from sandbox import KEY, LIST_ID, separate_sandbox

    app = QApplication.instance() or QApplication([])
    owner = QObject()
    heartbeat = Heartbeat()
    phases: list[tuple[str, float, float]] = []
    loaded, seconds, gap = run_phase(LoadWorker(path), heartbeat, owner)
    phases.append(("load", seconds, gap))
    preview = loaded.preview
    mapping = suggest_mapping(preview.headers, preview.rows)
    choices = ImportChoices(
        path, preview.sheet, preview.header_row, mapping, list_id=LIST_ID, list_name="Newsletter"
    )
    check = CheckWorker(choices)
    result, seconds, gap = run_phase(check, heartbeat, owner)
    phases.append(("check", seconds, gap))
    _, seconds, gap = run_phase(RevalidateWorker(result, "CA"), heartbeat, owner)
    phases.append(("re-check", seconds, gap))
    with separate_sandbox() as sandbox:
        job = UploadJob(choices, result, ImportPlace(None))
        client = SociocsClient(KEY, sandbox.url)
        run_, seconds, gap = run_phase(UploadWorker(client, job), heartbeat, owner)
        client.close()
    phases.append(("upload", seconds, gap))
    assert run_.summary.uploaded == len(result.ready_indices()), run_.summary
    app.processEvents()
    notes = ", ".join(f"{name} {s:.1f} s: {g * 1000:.0f} ms" for name, s, g in phases)
    return {
        "rows": len(result),
        "seconds": sum(s for _, s, _ in phases),
        "notes": f"longest GUI stall (tick {TICK_MS} ms) — {notes}",
    }
