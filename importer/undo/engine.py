"""Undoing an import from its backup, resiliently and resumably.

:meth:`UndoEngine.inspect` reads what Sociocs holds now for every contact the import touched
and decides what to do (:mod:`.undo_plan`); :meth:`UndoEngine.execute` does it: before-images
go back through the bulk endpoint (10,000 a request, to All Contacts, which leaves lists as
they are), list memberships the import added are removed and contacts it created are deleted
(one request each: Sociocs has no bulk delete). Each answered request is recorded in the
:class:`UndoJournal` first, so a stopped undo continues where it stopped. Both methods block
(call them from a worker thread); pause, resume and cancel work from any thread, and every
wait and "give up?" goes through the caller's :class:`RetryDecider`, as in the upload.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from importer.api.client import bulk_body
from importer.api.errors import EndpointNotFoundError
from importer.compare.changes import contact_record
from importer.compare.reader import AccountReader, ContactReader, ReadStep
from importer.i18n import N_
from importer.jobs.backoff import BackoffPolicy
from importer.jobs.batches import plan_batches
from importer.jobs.control import Clock
from importer.jobs.decisions import Activity, RetryDecider
from importer.jobs.job import ControlledJob
from importer.jobs.progress import JobState, WaitInfo
from importer.jobs.stops import StopKind, StopRun
from importer.jobs.writes import write_in_parts
from importer.undo.backup import Backup, BackupRow
from importer.undo.undo_journal import UndoJournal, UndoStep
from importer.undo.undo_plan import UndoPlan, undo_plan

ALL_CONTACTS = 0
CANCELLED_MESSAGE = N_("The undo was stopped at your request; what was already undone is kept.")


class UndoClient(ContactReader, Protocol):
    """The part of :class:`importer.api.client.SociocsClient` the undo uses."""

    def post_bulk(self, body: bytes, count: int) -> None:
        """Upsert the records of a bulk body."""
        ...

    def delete_contact(self, phone: str, list_id: int) -> None:
        """Delete a contact (list 0) or take it out of one list."""
        ...


class UndoStage(StrEnum):
    """What the undo is doing."""

    READING = "reading"
    RESTORING = "restoring"
    UNLISTING = "unlisting"
    DELETING = "deleting"


@dataclass(frozen=True, slots=True)
class UndoProgress:
    """One progress report: the stage, contacts done of its total, waits and pauses."""

    stage: UndoStage
    done: int
    total: int
    state: JobState
    wait: WaitInfo | None = None
    read: ReadStep | None = None


@dataclass(frozen=True)
class UndoSummary:
    """What the undo did; ``left_alone`` maps backup rows to why they were not undone."""

    restored: int
    unlisted: int
    deleted: int
    already: int
    left_alone: dict[int, str]
    failed: dict[int, str]
    """Backup rows Sociocs refused to restore → its message."""
    stop_kind: StopKind | None = None
    stop_message: str = ""

    @property
    def stopped(self) -> bool:
        """True when the undo stopped before the end (running it again continues)."""
        return self.stop_kind is not None

    @property
    def complete(self) -> bool:
        """True when the account is back as it was for every contact the import touched."""
        return not (self.stopped or self.left_alone or self.failed)


class UndoEngine(ControlledJob[UndoClient]):
    """Undoes the import saved in ``backup``; ``insist`` also undoes contacts changed since."""

    activity = Activity.UNDO
    cancelled_message = CANCELLED_MESSAGE

    def __init__(
        self,
        client: UndoClient,
        backup: Backup,
        *,
        journal: UndoJournal,
        decider: RetryDecider,
        insist: bool = False,
        progress: Callable[[UndoProgress], None] | None = None,
        reconnect: Callable[[str], UndoClient] | None = None,
        policy: BackoffPolicy | None = None,
        clock: Clock = time.monotonic,
        sleeper: Callable[[float], None] | None = None,
    ) -> None:
        super().__init__(
            client, decider, reconnect=reconnect, policy=policy, clock=clock, sleeper=sleeper
        )
        self._backup = backup
        self._journal = journal
        self._insist = insist
        self._progress = progress
        self._stage = UndoStage.READING
        self._done = 0
        self._total = 0
        self._read: ReadStep | None = None
        self._failed: dict[int, str] = {}

    def inspect(self) -> UndoPlan | UndoSummary:
        """What the undo will do (a summary instead when reading stopped)."""
        done = {step: self._journal.done(step) for step in UndoStep}
        pending = [row for row in self._backup.rows if not _finished(row, done)]
        # an UndoClient is a ContactReader; Retrying is invariant because its client can change
        reader = AccountReader(self._requests, self._on_read)  # type: ignore[arg-type]
        now = self._until_stopped(lambda: reader.read({row.phone for row in pending}, ALL_CONTACTS))
        if isinstance(now, StopRun):
            return self._summary(UndoPlan(), now.kind, now.message)
        plan = undo_plan(pending, self._backup.list_id, now, done, insist=self._insist)
        plan.already += len(self._backup.rows) - len(pending)
        return plan

    def execute(self, plan: UndoPlan) -> UndoSummary:
        """Do ``plan``; never raises for API or journal trouble (the summary says why)."""
        self._total = plan.work
        stop = self._until_stopped(lambda: self._undo(plan))
        if stop is not None:
            return self._summary(plan, stop.kind, stop.message)
        return self._summary(plan)

    def _undo(self, plan: UndoPlan) -> None:
        self._restore(plan.restore)
        self._one_by_one(UndoStage.UNLISTING, UndoStep.UNLISTED, plan.unlist)
        self._one_by_one(UndoStage.DELETING, UndoStep.DELETED, plan.delete)

    def _restore(self, rows: list[BackupRow]) -> None:
        self._stage = UndoStage.RESTORING
        by_index = {row.index: row for row in rows}

        def write(part: list[int]) -> None:
            self._requests.call(_restore_request([by_index[i] for i in part]))

        def accepted(part: list[int]) -> None:
            self._journal.note_done(UndoStep.RESTORED, part)
            self._advance(len(part))

        for batch in plan_batches([row.index for row in rows]):
            write_in_parts(batch, write, accepted=accepted, refused=self._failed.update)

    def _one_by_one(self, stage: UndoStage, step: UndoStep, rows: list[BackupRow]) -> None:
        self._stage = stage
        list_id = ALL_CONTACTS if step is UndoStep.DELETED else self._backup.list_id
        for row in rows:
            self._requests.call(_delete_request(row.phone, list_id))
            self._journal.note_done(step, [row.index])
            self._advance(1)

    def _advance(self, count: int) -> None:
        self._done += count
        self._report(JobState.RUNNING)

    def _summary(
        self, plan: UndoPlan, stop_kind: StopKind | None = None, stop_message: str = ""
    ) -> UndoSummary:
        self._report(JobState.STOPPED if stop_kind else JobState.FINISHED)
        done = {step: self._journal.done(step) for step in UndoStep}
        return UndoSummary(
            restored=len({r.index for r in plan.restore} & done[UndoStep.RESTORED]),
            unlisted=len({r.index for r in plan.unlist} & done[UndoStep.UNLISTED]),
            deleted=len({r.index for r in plan.delete} & done[UndoStep.DELETED]),
            already=plan.already,
            left_alone=dict(plan.left_alone),
            failed=dict(self._failed),
            stop_kind=stop_kind,
            stop_message=stop_message,
        )

    def _on_read(self, step: ReadStep) -> None:
        self._read = step
        self._report(JobState.RUNNING)

    def _report(self, state: JobState, wait: WaitInfo | None = None) -> None:
        if self._progress is not None:
            progress = UndoProgress(self._stage, self._done, self._total, state, wait, self._read)
            self._progress(progress)


def _finished(row: BackupRow, done: dict[UndoStep, set[int]]) -> bool:
    """True when an earlier undo did everything this row can need."""
    if row.before is None:
        return row.index in done[UndoStep.DELETED]
    return row.index in done[UndoStep.RESTORED] and row.index in done[UndoStep.UNLISTED]


def _restore_request(rows: list[BackupRow]) -> Callable[[UndoClient], None]:
    records = [_before_record(row) for row in rows]

    def send(client: UndoClient) -> None:
        client.post_bulk(bulk_body(ALL_CONTACTS, None, records), len(records))

    return send


def _before_record(row: BackupRow) -> dict[str, object]:
    before = row.before
    assert before is not None
    return contact_record(row.phone, before.name, before.extra or {})


def _delete_request(phone: str, list_id: int) -> Callable[[UndoClient], None]:
    def delete(client: UndoClient) -> None:
        try:
            client.delete_contact(phone, list_id)
        except EndpointNotFoundError:
            return  # already gone (or already out of the list)

    return delete
