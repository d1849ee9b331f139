"""The base of every long job against Sociocs: comparing, uploading, undoing.

A job runs on a worker thread and sends its requests through one :class:`Retrying`, so rate
limits, failures, a refused key, pause and cancel are handled the same way in all of them;
:meth:`~ControlledJob.pause`, :meth:`~ControlledJob.resume`, :meth:`~ControlledJob.retry_now`
and :meth:`~ControlledJob.cancel` may be called from any thread. What the job is doing (running,
paused, waiting to retry, stopped, finished) goes to its own :meth:`~ControlledJob._report`,
which words it as the job's progress.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import ClassVar, Generic, TypeVar

from importer.i18n import _
from importer.jobs.backoff import BackoffPolicy
from importer.jobs.control import Cancelled, Clock, RunControl
from importer.jobs.decisions import Activity, RetryDecider
from importer.jobs.progress import JobState, WaitInfo
from importer.jobs.retrying import Retrying
from importer.jobs.stops import JobJournalError, StopKind, StopRun

ClientT = TypeVar("ClientT")
T = TypeVar("T")


class ControlledJob(Generic[ClientT]):
    """A job whose requests to ``client`` go through the caller's ``decider``.

    Subclasses name their :attr:`activity` and the :attr:`cancelled_message` said when the
    user stops them, and implement :meth:`_report`. ``reconnect(key)`` builds a client for a
    new API key after a 401 (when the decider offers one); ``clock`` and ``sleeper`` are
    injectable so tests never really wait.
    """

    activity: ClassVar[Activity]
    cancelled_message: ClassVar[str]
    """Why the job stopped when the user cancelled it (marked with ``N_``, translated here)."""

    def __init__(
        self,
        client: ClientT,
        decider: RetryDecider,
        *,
        reconnect: Callable[[str], ClientT] | None = None,
        policy: BackoffPolicy | None = None,
        clock: Clock = time.monotonic,
        sleeper: Callable[[float], None] | None = None,
    ) -> None:
        self._decider = decider
        self._control = RunControl(clock, sleeper)
        self._requests: Retrying[ClientT] = Retrying(
            client,
            decider,
            self._control,
            activity=self.activity,
            policy=policy,
            reconnect=reconnect,
            on_wait=self._on_wait,
            on_pause=self._on_pause,
        )

    def pause(self) -> None:
        """Pause at the next safe point (a wait in progress is interrupted). Thread-safe."""
        self._control.pause()

    def resume(self) -> None:
        """Continue after :meth:`pause`. Thread-safe."""
        self._control.resume()

    def retry_now(self) -> None:
        """End an automatic wait before a retry now. Thread-safe."""
        self._control.skip_wait()

    def cancel(self) -> None:
        """Stop as soon as possible; what was done is kept. Thread-safe.

        Cancel also interrupts a question pending with the job's decider.
        """
        self._control.cancel()
        self._decider.interrupt()

    def _until_stopped(self, work: Callable[[], T]) -> T | StopRun:
        """What ``work()`` returns, or why it stopped: the user cancelled, the decider gave up,
        Sociocs refused, or the job's journal could not be written."""
        try:
            return work()
        except StopRun as exc:
            return exc
        except Cancelled:
            return StopRun(StopKind.CANCELLED, _(self.cancelled_message))
        except JobJournalError as exc:
            return StopRun(StopKind.JOURNAL, exc.user_text())

    def _on_wait(self, wait: WaitInfo | None) -> None:
        self._report(JobState.RUNNING if wait is None else JobState.WAITING, wait)

    def _on_pause(self, paused: bool) -> None:
        self._report(JobState.PAUSED if paused else JobState.RUNNING)

    def _report(self, state: JobState, wait: WaitInfo | None = None) -> None:
        """Tell the caller what the job is doing (its progress callback, if any)."""
        raise NotImplementedError
