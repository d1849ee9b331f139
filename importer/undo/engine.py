"""Undoing an import from its backup, resiliently and resumably, counting only what a read or
a confirmed answer shows.

:meth:`UndoEngine.inspect` reads what Sociocs holds now for every contact the import touched
(and which of them its list holds) and decides what to do (:mod:`.undo_plan`);
:meth:`UndoEngine.execute` does it: before-images go back through the bulk endpoint (10,000 a
request, to All Contacts, which leaves lists as they are), list memberships the import added
are removed and contacts it created are deleted (one request each: Sociocs has no bulk delete).

Every answer is judged by :mod:`importer.jobs.answers`: a restore or delete counts only when
its answer has the documented success form, or when a read shows it done — a ``DELETE`` that
answers "not found" (the reply to an earlier try was lost, say) counts once the contact is
seen gone; one that answers so while the contact is still there stops the undo, which says
so. Each confirmed step is recorded in the :class:`UndoJournal` first, so a stopped undo
continues where it stopped; the import's lock (:mod:`importer.import_lock`) keeps two undos of
one import from sending the same requests: the second waits, then skips what the first did.
Both methods block (call them from a worker thread); pause, resume and cancel work from any
thread, and every wait and "give up?" goes through the caller's :class:`RetryDecider`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Protocol

from importer.api.client import bulk_body
from importer.api.models import WriteAnswer
from importer.api.records import contact_record
from importer.compare.read_back import held_as_written, still_there
from importer.compare.reader import AccountReader, ContactReader, ReadStep
from importer.compare.snapshot import AccountSnapshot
from importer.i18n import N_, _
from importer.import_lock import ImportLock
from importer.jobs.answers import Judgement, Verdict, in_words, judged
from importer.jobs.backoff import BackoffPolicy
from importer.jobs.batches import plan_batches
from importer.jobs.control import Clock
from importer.jobs.decisions import Activity, RetryDecider
from importer.jobs.job import ControlledJob
from importer.jobs.progress import JobState, WaitInfo
from importer.jobs.stops import StopKind, StopRun
from importer.jobs.writes import ReadBack, write_in_parts
from importer.lists.record import ListFacts, read_list_facts, record_path
from importer.undo.backup import Backup, BackupRow
from importer.undo.list_undo import CreatedList, Membership, added_memberships, created_lists
from importer.undo.undo_journal import UndoJournal, UndoStep
from importer.undo.undo_plan import UndoPlan, undo_plan
from importer.wording import plural

ALL_CONTACTS = 0
CANCELLED_MESSAGE = N_("The undo was stopped at your request; what was already undone is kept.")
READ_BACK_EVERY = 100
"""Deletes whose answer confirmed nothing are read back at the latest after this many."""
PHONES_SHOWN = 3


class UndoClient(ContactReader, Protocol):
    """The part of :class:`importer.api.client.SociocsClient` the undo uses."""

    def post_bulk(self, body: bytes, count: int) -> WriteAnswer:
        """Upsert the records of a bulk body; the answer, unjudged."""
        ...

    def delete_contact(self, phone: str, list_id: int) -> WriteAnswer:
        """Delete a contact (list 0) or take it out of one list; the answer, unjudged."""
        ...


class UndoStage(StrEnum):
    """What the undo is doing."""

    READING = "reading"
    WAITING = "waiting"
    """Another undo of the same import is running: this one waits for it to end."""
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
    """What this undo did (confirmed); ``left_alone`` maps backup rows to why they were not
    undone, ``failed`` to what Sociocs answered when it did not undo them."""

    restored: int
    unlisted: int
    deleted: int
    already: int
    left_alone: dict[int, str]
    failed: dict[int, str]
    """Backup rows Sociocs refused to undo, or said it undid while a read showed otherwise →
    what it answered."""
    stop_kind: StopKind | None = None
    stop_message: str = ""
    left: int = 0
    """Contacts of the import not confirmed undone: left alone, failed, or not reached (and
    list memberships not confirmed taken out)."""
    created_lists: tuple[CreatedList, ...] = ()
    """The lists the import created, left in Sociocs (whether each is empty now, once read)."""

    @property
    def stopped(self) -> bool:
        """True when the undo stopped before the end (running it again continues)."""
        return self.stop_kind is not None

    @property
    def complete(self) -> bool:
        """True when every contact the import touched is confirmed as it was before."""
        return not self.stopped and not self.left_alone and not self.failed and self.left == 0


@dataclass
class _Done:
    """What this run did, by step (backup rows)."""

    rows: dict[UndoStep, set[int]] = field(
        default_factory=lambda: {step: set() for step in UndoStep}
    )
    elsewhere: int = 0
    """Contacts another undo of the same import undid while this one waited."""


class UndoEngine(ControlledJob[UndoClient]):
    """Undoes the import saved in ``backup``; ``insist`` also undoes contacts changed since
    (and reads again what an earlier undo recorded as done). ``lock`` is the import's lock,
    taken for :meth:`execute`."""

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
        lock: ImportLock | None = None,
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
        self._lock = lock
        self._progress = progress
        self._stage = UndoStage.READING
        self._done = 0
        self._total = 0
        self._read: ReadStep | None = None
        self._failed: dict[int, str] = {}
        self._failed_lists: dict[int, str] = {}
        """Memberships Sociocs did not take out → what it answered."""
        self._did = _Done()
        self._facts = (
            read_list_facts(record_path(backup.path.parent, backup.id))
            if backup.lists is not None
            else ListFacts()
        )
        self._created: tuple[CreatedList, ...] = ()

    def inspect(self) -> UndoPlan | UndoSummary:
        """What the undo will do (a summary instead when reading stopped)."""
        recorded = {step: self._journal.done(step) for step in UndoStep}
        done = {step: set[int]() for step in UndoStep} if self._insist else recorded
        pending = [row for row in self._backup.rows if not _finished(row, done)]
        # an UndoClient is a ContactReader; Retrying is invariant because its client can change
        reader = AccountReader(self._requests, self._on_read)  # type: ignore[arg-type]
        list_id = self._backup.list_id
        phones = {row.phone for row in pending}
        found = self._until_stopped(lambda: self._read_now(reader, phones, done))
        if isinstance(found, StopRun):
            return self._summary(UndoPlan(), found.kind, found.message)
        now, present = found
        plan = undo_plan(pending, list_id, now, done, insist=self._insist)
        plan.already += len(self._backup.rows) - len(pending)
        plan.recorded = recorded
        plan.leave = [m for m in present if m.row not in plan.left_alone]
        plan.created_lists = created_lists(self._backup, self._facts)
        return plan

    def _read_now(
        self, reader: AccountReader, phones: set[str], done: dict[UndoStep, set[int]]
    ) -> tuple[AccountSnapshot, list[Membership]]:
        """What Sociocs holds of the contacts, and which of the list memberships the import
        added (and no undo took out yet) it still holds."""
        now = reader.read(phones, self._backup.list_id)
        waiting = added_memberships(self._backup, self._facts)
        waiting = [m for m in waiting if m.index not in done[UndoStep.LEFT_LIST]]
        present: list[Membership] = []
        for list_id, memberships in _by_list(waiting).items():
            there = still_there(
                self._requests,  # type: ignore[arg-type]
                {m.phone for m in memberships},
                list_id,
            )
            present.extend(m for m in memberships if m.phone in there)
        return now, present

    def execute(self, plan: UndoPlan) -> UndoSummary:
        """Do ``plan``; never raises for API or journal trouble (the summary says why)."""
        self._total = plan.work
        stop = self._until_stopped(lambda: self._locked(plan))
        if stop is not None:
            return self._summary(plan, stop.kind, stop.message)
        return self._summary(plan)

    def _locked(self, plan: UndoPlan) -> None:
        """Undo ``plan`` holding the import's lock, leaving out what another undo of it did
        meanwhile (the journal tells)."""
        if self._lock is not None:
            self._lock.acquire(self._requests.checkpoint, self._waiting)
        try:
            self._journal.start_writing()
            self._undo(self._still_to_do(plan))
            self._created = tuple(map(self._read_created, plan.created_lists))
        finally:
            if self._lock is not None:
                self._lock.release()

    def _read_created(self, made: CreatedList) -> CreatedList:
        """``made`` with whether the list is empty now (one contact asked for)."""
        page = self._requests.call(lambda client: client.contacts_page(made.list_id, 0, 1))
        return replace(made, empty=page.size == 0)

    def _waiting(self) -> None:
        self._stage = UndoStage.WAITING
        self._report(JobState.RUNNING)

    def _still_to_do(self, plan: UndoPlan) -> UndoPlan:
        """``plan`` without the steps recorded since it was made (by another undo)."""
        new = {step: self._journal.done(step) - plan.recorded.get(step, set()) for step in UndoStep}
        if not any(new.values()):
            return plan
        left = replace(
            plan,
            restore=[r for r in plan.restore if r.index not in new[UndoStep.RESTORED]],
            unlist=[r for r in plan.unlist if r.index not in new[UndoStep.UNLISTED]],
            delete=[r for r in plan.delete if r.index not in new[UndoStep.DELETED]],
            leave=[m for m in plan.leave if m.index not in new[UndoStep.LEFT_LIST]],
        )
        before = _rows(plan)
        self._did.elsewhere = len(before - _rows(left))
        self._total = left.work
        return left

    def _undo(self, plan: UndoPlan) -> None:
        self._restore(plan.restore)
        own_list = self._backup.list_id
        self._one_by_one(UndoStage.UNLISTING, UndoStep.UNLISTED, plan.unlist, own_list)
        for list_id, memberships in _by_list(plan.leave).items():
            self._one_by_one(UndoStage.UNLISTING, UndoStep.LEFT_LIST, memberships, list_id)
        self._one_by_one(UndoStage.DELETING, UndoStep.DELETED, plan.delete, ALL_CONTACTS)

    def _restore(self, rows: list[BackupRow]) -> None:
        self._stage = UndoStage.RESTORING
        by_index = {row.index: row for row in rows}

        def write(part: list[int]) -> WriteAnswer:
            return self._requests.call(_restore_request([by_index[i] for i in part]))

        def held(part: list[int]) -> set[int]:
            records = {i: _before_record(by_index[i]) for i in part}
            return held_as_written(self._requests, records, ALL_CONTACTS)  # type: ignore[arg-type]

        def accepted(part: list[int]) -> None:
            self._note(UndoStep.RESTORED, part)

        def refused(rows: list[tuple[int, str]]) -> None:
            for index, message in rows:
                self._failed[index] = _("Sociocs refused to restore it: {message}").format(
                    message=message
                )

        read_back = ReadBack(held, self._requests.before_retry)
        for batch in plan_batches([row.index for row in rows]):
            write_in_parts(batch, write, accepted=accepted, refused=refused, read_back=read_back)

    def _one_by_one(
        self, stage: UndoStage, step: UndoStep, rows: Sequence[_Undoable], list_id: int
    ) -> None:
        """Delete the contacts of ``rows`` (``list_id`` 0) or take them out of the list
        ``list_id``, one request each; any other answer than the documented success — a
        refusal, "not found", an odd shape — is settled by a read (:meth:`_settle`): the
        contact may well be gone already (the reply to an earlier try was lost, another undo
        deleted it)."""
        self._stage = stage
        unsure: list[tuple[_Undoable, str]] = []
        for row in rows:
            judgement = self._delete(row.phone, list_id)
            if judgement.verdict is Verdict.DONE:
                self._note(step, [row.index])
            else:
                unsure.append((row, in_words(judgement)))
                if len(unsure) >= READ_BACK_EVERY:
                    self._settle(step, list_id, unsure)
                    unsure = []
        self._settle(step, list_id, unsure)

    def _delete(self, phone: str, list_id: int) -> Judgement:
        """The verdict on deleting ``phone`` (from ``list_id``; 0: everywhere)."""
        return judged(lambda: self._requests.call(_delete_request(phone, list_id)))

    def _settle(self, step: UndoStep, list_id: int, unsure: list[tuple[_Undoable, str]]) -> None:
        """Read whether the contacts of ``unsure`` are gone (from the list): those gone are
        done; if any is still there, the undo stops and says so."""
        if not unsure:
            return
        there = still_there(
            self._requests,  # type: ignore[arg-type]
            {row.phone for row, _ in unsure},
            list_id,
        )
        self._note(step, [row.index for row, _ in unsure if row.phone not in there])
        kept = [(row, reason) for row, reason in unsure if row.phone in there]
        if not kept:
            return
        reason = kept[0][1]
        failed = self._failed_lists if step is UndoStep.LEFT_LIST else self._failed
        for row, said in kept:
            failed[row.index] = _("{answer}, yet Sociocs still holds it.").format(answer=said)
        raise StopRun(StopKind.NOT_CONFIRMED, not_done_message(step, [r for r, _ in kept], reason))

    def _note(self, step: UndoStep, rows: list[int]) -> None:
        if not rows:
            return
        self._journal.note_done(step, rows)
        self._did.rows[step].update(rows)
        self._done += len(rows)
        self._report(JobState.RUNNING)

    def _summary(
        self, plan: UndoPlan, stop_kind: StopKind | None = None, stop_message: str = ""
    ) -> UndoSummary:
        self._report(JobState.STOPPED if stop_kind else JobState.FINISHED)
        did = self._did.rows
        done = {step: self._journal.done(step) for step in UndoStep}
        unfinished = (
            {r.index for r in plan.restore if r.index not in done[UndoStep.RESTORED]}
            | {r.index for r in plan.unlist if r.index not in done[UndoStep.UNLISTED]}
            | {r.index for r in plan.delete if r.index not in done[UndoStep.DELETED]}
        )
        memberships_left = {m.index for m in plan.leave if m.index not in done[UndoStep.LEFT_LIST]}
        return UndoSummary(
            restored=len(did[UndoStep.RESTORED]),
            unlisted=len(did[UndoStep.UNLISTED]) + len(did[UndoStep.LEFT_LIST]),
            deleted=len(did[UndoStep.DELETED]),
            already=plan.already + self._did.elsewhere,
            left_alone=dict(plan.left_alone),
            failed=dict(self._failed),
            stop_kind=stop_kind,
            stop_message=stop_message,
            left=len(unfinished | plan.left_alone.keys() | self._failed.keys())
            + len(memberships_left | self._failed_lists.keys()),
            created_lists=self._created or tuple(plan.created_lists),
        )

    def _on_read(self, step: ReadStep) -> None:
        self._read = step
        self._report(JobState.RUNNING)

    def _report(self, state: JobState, wait: WaitInfo | None = None) -> None:
        if self._progress is not None:
            progress = UndoProgress(self._stage, self._done, self._total, state, wait, self._read)
            self._progress(progress)


def not_done_message(step: UndoStep, rows: Sequence[_Undoable], answer: str) -> str:
    """Why the undo stopped when Sociocs said it removed contacts that a read shows are still
    there ("Sociocs answered “not found” (HTTP 404) when asked to delete 3 contacts, yet still
    holds them: …")."""
    shown = ", ".join(row.phone for row in rows[:PHONES_SHOWN])
    if len(rows) > PHONES_SHOWN:
        shown += ", …"
    if step in (UndoStep.UNLISTED, UndoStep.LEFT_LIST):
        said = plural(
            len(rows),
            "{answer} when asked to take {n} contact out of the list, yet the list still "
            "holds it ({phones}).",
            "{answer} when asked to take {n} contacts out of the list, yet the list still "
            "holds them ({phones}).",
            answer=answer,
            phones=shown,
        )
    else:
        said = plural(
            len(rows),
            "{answer} when asked to delete {n} contact, yet Sociocs still holds it ({phones}).",
            "{answer} when asked to delete {n} contacts, yet Sociocs still holds them ({phones}).",
            answer=answer,
            phones=shown,
        )
    return _("{said} The undo stopped; what was undone is kept.").format(said=said)


class _Undoable(Protocol):
    """A contact to delete or take out of a list: a backup's row, or a list membership."""

    @property
    def index(self) -> int:
        """Its number, as the undo journal notes it."""
        ...

    @property
    def phone(self) -> str:
        """The contact's number."""
        ...


def _by_list(memberships: Iterable[Membership]) -> dict[int, list[Membership]]:
    """``memberships`` grouped by list, in order."""
    found: dict[int, list[Membership]] = {}
    for membership in memberships:
        found.setdefault(membership.list_id, []).append(membership)
    return found


def _rows(plan: UndoPlan) -> set[int]:
    return {row.index for row in (*plan.restore, *plan.unlist, *plan.delete)}


def _finished(row: BackupRow, done: dict[UndoStep, set[int]]) -> bool:
    """True when an earlier undo did everything this row can need."""
    if row.before is None:
        return row.index in done[UndoStep.DELETED]
    return row.index in done[UndoStep.RESTORED] and row.index in done[UndoStep.UNLISTED]


def _restore_request(rows: list[BackupRow]) -> Callable[[UndoClient], WriteAnswer]:
    records = [_before_record(row) for row in rows]

    def send(client: UndoClient) -> WriteAnswer:
        return client.post_bulk(bulk_body(ALL_CONTACTS, None, records), len(records))

    return send


def _before_record(row: BackupRow) -> dict[str, object]:
    before = row.before
    assert before is not None
    return contact_record(row.phone, before.name, dict(before.extra or {}))


def _delete_request(phone: str, list_id: int) -> Callable[[UndoClient], WriteAnswer]:
    return lambda client: client.delete_contact(phone, list_id)
