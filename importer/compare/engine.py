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
from importer.groups.names import list_key
from importer.i18n import N_
from importer.jobs.backoff import BackoffPolicy
from importer.jobs.control import Clock
from importer.jobs.decisions import Activity, RetryDecider
from importer.jobs.job import ControlledJob
from importer.jobs.progress import JobState, WaitInfo
from importer.jobs.stops import StopKind, StopRun

CANCELLED_MESSAGE = N_("The comparison with Sociocs was stopped at your request; nothing was sent.")


@dataclass(frozen=True, slots=True)
class CompareProgress:
    """One progress report: where the reading stands, and whether it waits or is paused."""

    step: ReadStep | None
    state: JobState
    wait: WaitInfo | None = None


@dataclass(frozen=True)
class CompareRun:
    """What the comparison found, or why it stopped (then ``snapshot`` is None)."""

    snapshot: AccountSnapshot | None
    stop_kind: StopKind | None = None
    stop_message: str = ""


class CompareEngine(ControlledJob[ContactReader]):
    """Reads which of ``phones`` exist in Sociocs and which are in ``list_id``.

    ``list_id`` None means a list still to be created (nobody is in it yet). With ``groups``
    (the names of the lists column's groups) it also reads the account's lists and which of
    ``phones`` each list a group names holds.
    """

    activity = Activity.COMPARE
    cancelled_message = CANCELLED_MESSAGE

    def __init__(
        self,
        client: ContactReader,
        phones: Collection[str],
        *,
        list_id: int | None,
        decider: RetryDecider,
        groups: Collection[str] | None = None,
        progress: Callable[[CompareProgress], None] | None = None,
        reconnect: Callable[[str], ContactReader] | None = None,
        policy: BackoffPolicy | None = None,
        clock: Clock = time.monotonic,
        sleeper: Callable[[float], None] | None = None,
    ) -> None:
        super().__init__(
            client, decider, reconnect=reconnect, policy=policy, clock=clock, sleeper=sleeper
        )
        self._phones = phones
        self._list_id = list_id
        self._groups = groups
        self._progress = progress
        self._step: ReadStep | None = None

    def run(self) -> CompareRun:
        """Read the account; never raises for API trouble (the run says why it stopped)."""
        reader = AccountReader(self._requests, self._on_step)
        found = self._until_stopped(lambda: self._read(reader))
        if isinstance(found, StopRun):
            self._report(JobState.STOPPED)
            return CompareRun(None, found.kind, found.message)
        self._report(JobState.FINISHED)
        return CompareRun(found)

    def _read(self, reader: AccountReader) -> AccountSnapshot:
        snapshot = reader.read(self._phones, self._list_id)
        if self._groups is not None:
            keys = {list_key(name) for name in self._groups}
            named = {found.id for found in reader.read_lists() if list_key(found.name) in keys}
            reader.read_members(sorted(named - {0, self._list_id}))
        return snapshot

    def _on_step(self, step: ReadStep) -> None:
        self._step = step
        self._report(JobState.RUNNING)

    def _report(self, state: JobState, wait: WaitInfo | None = None) -> None:
        if self._progress is not None:
            self._progress(CompareProgress(self._step, state, wait))
