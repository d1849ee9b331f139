"""The comparison with Sociocs as a job: reads the account (resiliently, pausable, cancellable)
and returns what it found; :func:`importer.compare.classify.classify` then makes the plan.

:meth:`CompareEngine.run` blocks (call it from a worker thread); :meth:`~CompareEngine.pause`,
:meth:`~CompareEngine.resume` and :meth:`~CompareEngine.cancel` may be called from any thread.
Every wait and every "give up?" goes through the caller's :class:`RetryDecider`, as in the
upload.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Collection
from dataclasses import dataclass

from importer.compare.reader import AccountReader, ContactReader, ReadStep
from importer.compare.snapshot import AccountSnapshot
from importer.i18n import N_, _
from importer.upload.control import Cancelled, Clock, ControlledJob, RunControl
from importer.upload.decisions import Activity, RetryDecider
from importer.upload.progress import UploadState, WaitInfo
from importer.upload.retry import BackoffPolicy
from importer.upload.retrying import Retrying, StopRun
from importer.upload.summary import StopKind

CANCELLED_MESSAGE = N_("The comparison with Sociocs was stopped at your request; nothing was sent.")


@dataclass(frozen=True, slots=True)
class CompareProgress:
    """One progress report: where the reading stands, and whether it waits or is paused."""

    step: ReadStep | None
    state: UploadState
    wait: WaitInfo | None = None


@dataclass(frozen=True)
class CompareRun:
    """What the comparison found, or why it stopped (then ``snapshot`` is None)."""

    snapshot: AccountSnapshot | None
    stop_kind: StopKind | None = None
    stop_message: str = ""


class CompareEngine(ControlledJob):
    """Reads which of ``phones`` exist in Sociocs and which are in ``list_id``.

    ``list_id`` None means a list still to be created (nobody is in it yet).
    """

    def __init__(
        self,
        client: ContactReader,
        phones: Collection[str],
        *,
        list_id: int | None,
        decider: RetryDecider,
        progress: Callable[[CompareProgress], None] | None = None,
        reconnect: Callable[[str], ContactReader] | None = None,
        policy: BackoffPolicy | None = None,
        clock: Clock = time.monotonic,
        sleeper: Callable[[float], None] | None = None,
    ) -> None:
        super().__init__(decider, RunControl(clock, sleeper))
        self._phones = phones
        self._list_id = list_id
        self._progress = progress
        self._step: ReadStep | None = None
        self._requests = Retrying(
            client,
            decider,
            self._control,
            activity=Activity.COMPARE,
            policy=policy,
            reconnect=reconnect,
            on_wait=self._on_wait,
            on_pause=self._on_pause,
        )

    def run(self) -> CompareRun:
        """Read the account; never raises for API trouble (the run says why it stopped)."""
        reader = AccountReader(self._requests, self._on_step)
        try:
            snapshot = reader.read(self._phones, self._list_id)
        except StopRun as exc:
            return self._stopped(exc.kind, exc.message)
        except Cancelled:
            return self._stopped(StopKind.CANCELLED, _(CANCELLED_MESSAGE))
        self._report(UploadState.FINISHED)
        return CompareRun(snapshot)

    def _stopped(self, kind: StopKind, message: str) -> CompareRun:
        self._report(UploadState.STOPPED)
        return CompareRun(None, kind, message)

    def _on_step(self, step: ReadStep) -> None:
        self._step = step
        self._report(UploadState.RUNNING)

    def _on_wait(self, wait: WaitInfo | None) -> None:
        self._report(UploadState.RUNNING if wait is None else UploadState.WAITING, wait)

    def _on_pause(self, paused: bool) -> None:
        self._report(UploadState.PAUSED if paused else UploadState.RUNNING)

    def _report(self, state: UploadState, wait: WaitInfo | None = None) -> None:
        if self._progress is not None:
            self._progress(CompareProgress(self._step, state, wait))
