"""The upload engine: sends the ready rows batch by batch, resiliently, resumably — and, when
groups make lists, creates the missing lists first and adds contacts to their other lists last
(:mod:`importer.upload.list_phase`).

:meth:`UploadEngine.run` blocks (call it from a worker thread); :meth:`~UploadEngine.pause`,
:meth:`~UploadEngine.resume` and :meth:`~UploadEngine.cancel` may be called from any thread.
Every wait and every "give up?" goes through the caller's :class:`RetryDecider`.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, Protocol

from importer.api.client import MAX_BATCH_RECORDS, bulk_body
from importer.api.errors import BatchRejectedError
from importer.api.models import WriteAnswer
from importer.check.issues import Outcome
from importer.check.result import hide_from_collector
from importer.compare.read_back import held_as_written
from importer.compare.reader import ContactReader
from importer.i18n import N_, _
from importer.jobs.backoff import BackoffPolicy
from importer.jobs.batches import plan_batches
from importer.jobs.control import Clock
from importer.jobs.decisions import Activity, RetryDecider
from importer.jobs.job import ControlledJob
from importer.jobs.progress import JobState, RateMeter, WaitInfo
from importer.jobs.stops import StopKind, StopRun
from importer.jobs.writes import ReadBack, write_in_parts
from importer.lists.adding import ListWork
from importer.lists.record import ListsRecord
from importer.phones.problems import UNVERIFIED_CODE
from importer.upload.journal import Journal, JournalError
from importer.upload.list_phase import ListPhase
from importer.upload.prefetch import BodyPrefetch
from importer.upload.progress import ProgressCallback, UploadProgress, UploadStage
from importer.upload.refusals import list_refusal_text, refusal_text
from importer.upload.summary import UploadSummary, unsent_outcomes


class BulkClient(ContactReader, Protocol):
    """The part of :class:`importer.api.client.SociocsClient` the engine uses: the bulk write,
    and the reads that settle an answer that confirmed nothing."""

    def post_bulk(self, body: bytes, count: int) -> WriteAnswer:
        """Send a body made by :func:`importer.api.client.bulk_body` holding ``count`` records;
        the answer, unjudged; raises ``ApiError`` subclasses."""
        ...


class RowSource(Protocol):
    """The part of :class:`importer.check.result.CheckResult` the engine uses."""

    status: bytearray

    @property
    def row_numbers(self) -> Sequence[int]:
        """The sheet row of each data row (what messages name)."""
        ...

    @property
    def cards(self) -> bool:
        """The rows are a vCard file's cards (messages name the card, not the sheet row)."""
        ...

    def record_number(self, row_number: int) -> int:
        """What the user calls sheet row ``row_number`` (its card in a vCard file)."""
        ...

    @property
    def issues(self) -> Mapping[int, Any]:
        """Data-row index → its notes and problems (rows without any are absent)."""
        ...

    def __len__(self) -> int: ...

    def ready_indices(self) -> Sequence[int]:
        """Indices of the rows to send, in order."""
        ...

    def record(self, index: int) -> Mapping[str, Any]:
        """The API record (phone_number, name, extra_fields) of row ``index``."""
        ...


def _unsendable(problem: str, error: BatchRejectedError) -> None:
    """Stop the run: Sociocs refuses the request itself, whatever its rows."""
    raise StopRun(StopKind.API_ERROR, request_problem_message(problem)) from error


def request_problem_message(message: str) -> str:
    """Why a run stops when Sociocs refuses the request itself, whatever the records."""
    return _(
        "Sociocs refused every contact sent with the same message: {message} This looks like a "
        "problem with the request (for example the list), not with the rows."
    ).format(message=message)


class UploadEngine(ControlledJob[BulkClient]):
    """Uploads the ready rows of ``result`` to ``list_id``; one instance per run.

    ``reconnect(key)`` builds a client for a new API key after a 401 (when the decider
    offers one). ``settled`` gives the outcome of ready rows that need no request (unchanged
    or skipped after the comparison with Sociocs). ``lists`` is the work on lists when groups
    make lists: each batch then goes to its rows' list, not ``list_id``; ``lists_record``
    keeps what was done to them. ``clock`` and ``sleeper`` are injectable so tests never
    really wait.
    """

    activity = Activity.UPLOAD
    cancelled_message = N_("The upload was stopped at your request.")

    def __init__(
        self,
        client: BulkClient,
        result: RowSource,
        *,
        list_id: int,
        phone_number_cc: str | None,
        decider: RetryDecider,
        batch_size: int = MAX_BATCH_RECORDS,
        journal: Journal | None = None,
        progress: ProgressCallback | None = None,
        reconnect: Callable[[str], BulkClient] | None = None,
        settled: Mapping[int, Outcome] | None = None,
        lists: ListWork | None = None,
        lists_record: ListsRecord | None = None,
        policy: BackoffPolicy | None = None,
        clock: Clock = time.monotonic,
        sleeper: Callable[[float], None] | None = None,
    ) -> None:
        if not 1 <= batch_size <= MAX_BATCH_RECORDS:
            raise ValueError(f"batch_size must be 1..{MAX_BATCH_RECORDS}, not {batch_size}")
        self._result = result
        self._list_id = list_id
        self._cc = phone_number_cc
        super().__init__(
            client, decider, reconnect=reconnect, policy=policy, clock=clock, sleeper=sleeper
        )
        self._batch_size = batch_size
        self._journal = journal
        self._progress = progress
        self._settled = settled or {}
        self.outcomes: list[Outcome] = []
        self.messages: dict[int, str] = {}
        self._refused_here: set[int] = set()
        """Rows refused by the importer itself (a value JSON cannot carry), not by Sociocs."""
        self._rows_total = 0
        self._rows_done = 0
        self._batches_total = 0
        self._batches_done = 0
        self._meter = RateMeter(clock())
        self._bodies: BodyPrefetch | None = None
        self._upcoming: list[int] | None = None
        self._stage = UploadStage.SENDING
        self.lists = (
            None
            if lists is None
            else ListPhase(
                lists, lists_record, self._list_refusal, self._phone_of, self._lists_changed
            )
        )
        """The work on lists (None when groups make no lists)."""

    def run(self) -> UploadSummary:
        """Send every pending row; return how it went. Never raises for API or journal trouble."""
        started = self._control.now()
        self._meter = RateMeter(started)
        batches = self._prepare()
        hide_from_collector(self.outcomes)
        stop = self._until_stopped(lambda: self._send_all(batches))
        if stop is not None:
            self._mark_not_sent(stop.message)
            if self._journal is not None:
                self._journal.close()
        self._report(JobState.STOPPED if stop else JobState.FINISHED)
        now = self._control.now()
        return UploadSummary.count(
            self.outcomes,
            elapsed_seconds=now - started,
            rows_per_second=self._meter.rate(now),
            stop_kind=stop.kind if stop else None,
            stop_message=stop.message if stop else "",
            noted=self._uploaded(self._result.issues),
            unverified=self._uploaded(
                index
                for index, found in self._result.issues.items()
                if any(issue.code == UNVERIFIED_CODE for issue in found)
            ),
            memberships=self._memberships(),
        )

    def _memberships(self) -> tuple[int, int, int]:
        """List memberships confirmed, refused and not added."""
        if self.lists is None:
            return (0, 0, 0)
        return (self.lists.done, len(self.lists.refused), self.lists.not_added())

    def _send_all(self, batches: list[list[int]]) -> None:
        """Create the lists, send ``batches`` in order, add contacts to their other lists,
        then mark the journal complete."""
        if self.lists is not None:
            self._stage = UploadStage.MAKING_LISTS
            self._report(JobState.RUNNING)
            self.lists.make(self._requests)  # type: ignore[arg-type]
            self._stage = UploadStage.SENDING
        with BodyPrefetch(self._body) as self._bodies:
            for number, batch in enumerate(batches):
                self._requests.checkpoint()
                self._upcoming = batches[number + 1] if number + 1 < len(batches) else None
                write_in_parts(
                    batch,
                    self._send_with_retries,
                    accepted=self._acknowledge,
                    refused=self._reject_all,
                    read_back=ReadBack(self._held, self._requests.before_retry),
                    unsendable=_unsendable,
                )
                self._batches_done += 1
                self._report(JobState.RUNNING)
        if self.lists is not None:
            self._stage = UploadStage.ADDING
            self.lists.add(self._requests, self.outcomes)  # type: ignore[arg-type]
        self._finish_journal()

    def _uploaded(self, rows: Iterable[int]) -> int:
        """How many of ``rows`` were uploaded."""
        return sum(self.outcomes[i] is Outcome.UPLOADED for i in rows)

    def _finish_journal(self) -> None:
        """Mark the journal complete; if that cannot be written, every row is still done, and
        resuming the unfinished journal later sends nothing."""
        if self._journal is not None:
            with contextlib.suppress(JournalError):
                self._journal.finish()

    def _prepare(self) -> list[list[int]]:
        """Outcomes from the check and the journal; the batches still to send."""
        self.outcomes = unsent_outcomes(self._result.status, self._settled)
        acknowledged = self._journal.acknowledged_rows() if self._journal else set()
        rejected = self._journal.rejected_rows() if self._journal else {}
        pending: list[int] = []
        ready = self._result.ready_indices()
        for index in ready:
            if index in acknowledged:
                self.outcomes[index] = Outcome.UPLOADED
            elif index in rejected:
                self.outcomes[index] = Outcome.REJECTED
                self.messages[index] = rejected[index]
            else:
                pending.append(index)
        self._rows_total = len(ready)
        self._rows_done = len(ready) - len(pending)
        if self.lists is not None:
            self.lists.uploaded(index for index in ready if index in acknowledged)
        batches = [
            batch
            for rows in self._by_list(pending)
            for batch in plan_batches(rows, self._batch_size)
        ]
        self._batches_total = len(batches)
        self._report(JobState.RUNNING)
        return batches

    def _by_list(self, rows: list[int]) -> list[list[int]]:
        """``rows`` in groups going to one list each (one group without lists), in order."""
        if self.lists is None:
            return [rows]
        groups: dict[int | None, list[int]] = {}
        send_lists = self.lists.work.send_lists
        for index in rows:
            groups.setdefault(send_lists.get(index), []).append(index)
        return list(groups.values())

    def _list_refusal(self, index: int, list_name: str, reason: str) -> str:
        result = self._result
        number = result.record_number(result.row_numbers[index])
        return list_refusal_text(number, list_name, reason, cards=result.cards)

    def _phone_of(self, index: int) -> str:
        return str(self._result.record(index)["phone_number"])

    def _lists_changed(self) -> None:
        self._report(JobState.RUNNING)

    def _send_with_retries(self, rows: list[int]) -> WriteAnswer:
        """One request for ``rows``, retried through the decider until it is answered; the
        answer, for :func:`~importer.jobs.answers.judge`.

        The next batch's body is made in the background while this request is in flight.
        """
        body: bytes | None = None

        def post(client: BulkClient) -> WriteAnswer:
            nonlocal body
            if body is None:
                try:
                    body = self._take_body(rows)
                except ValueError as exc:
                    message = _("This row holds a value that cannot be sent ({exc}).").format(
                        exc=exc
                    )
                    if len(rows) == 1:
                        self._refused_here.add(rows[0])
                    raise BatchRejectedError([message]) from exc
            return client.post_bulk(body, len(rows))

        return self._requests.call(post)

    def _held(self, rows: list[int]) -> set[int]:
        """The ``rows`` Sociocs holds as they were sent (read back after an answer that
        confirmed nothing)."""
        records = {index: self._result.record(index) for index in rows}
        # a BulkClient is a ContactReader; Retrying is invariant because its client can change
        list_id = self._batch_list(rows)
        return held_as_written(self._requests, records, list_id)  # type: ignore[arg-type]

    def _take_body(self, rows: list[int]) -> bytes:
        """The body of ``rows``; then the next batch's body is started in the background."""
        assert self._bodies is not None
        body = self._bodies.take(rows)
        if self._upcoming is not None:
            self._bodies.start(self._upcoming)
            self._upcoming = None
        return body

    def _body(self, rows: list[int]) -> bytes:
        """The request body of ``rows`` (raises ValueError for a value JSON cannot carry)."""
        records = [self._result.record(i) for i in rows]
        return bulk_body(self._batch_list(rows), self._cc, records)

    def _batch_list(self, rows: list[int]) -> int:
        """The list a batch of ``rows`` goes to (all go to one)."""
        return self._list_id if self.lists is None else self.lists.work.list_of(rows[0])

    def _acknowledge(self, rows: list[int]) -> None:
        for index in rows:
            self.outcomes[index] = Outcome.UPLOADED
        self._count_done(len(rows))
        if self._journal is not None:
            self._journal.note_acknowledged(rows)
        if self.lists is not None:
            self.lists.uploaded(rows)

    def _reject_all(self, rejections: list[tuple[int, str]]) -> None:
        for index, reason in rejections:
            message = reason
            if index not in self._refused_here:
                result = self._result
                number = result.record_number(result.row_numbers[index])
                message = refusal_text(number, reason, cards=result.cards)
            self.outcomes[index] = Outcome.REJECTED
            self.messages[index] = message
            self._count_done(1)
            if self._journal is not None:
                self._journal.note_rejected([index], message)

    def _count_done(self, count: int) -> None:
        self._rows_done += count
        self._meter.add_rows(count)

    def _mark_not_sent(self, reason: str) -> None:
        message = _("Not sent: {reason}").format(reason=reason)
        for index, outcome in enumerate(self.outcomes):
            if outcome is Outcome.NOT_SENT:
                self.messages[index] = message

    def _on_pause(self, paused: bool) -> None:
        now = self._control.now()
        if paused:
            self._meter.pause(now)
        else:
            self._meter.resume(now)
        super()._on_pause(paused)

    def _report(self, state: JobState, wait: WaitInfo | None = None) -> None:
        if self._progress is None:
            return
        now = self._control.now()
        self._progress(
            UploadProgress(
                rows_done=self._rows_done,
                rows_total=self._rows_total,
                batches_done=self._batches_done,
                batches_total=self._batches_total,
                rows_per_second=self._meter.rate(now),
                eta_seconds=self._meter.eta(now, self._rows_total - self._rows_done),
                state=state,
                wait=wait,
                stage=self._stage,
                added=self.lists.done if self.lists is not None else 0,
                to_add=self.lists.total if self.lists is not None else 0,
            )
        )
