"""The upload engine: sends the ready rows batch by batch, resiliently, resumably.

:meth:`UploadEngine.run` blocks (call it from a worker thread); :meth:`~UploadEngine.pause`,
:meth:`~UploadEngine.resume` and :meth:`~UploadEngine.cancel` may be called from any thread.
Every wait and every "give up?" goes through the caller's :class:`RetryDecider`.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Protocol

from importer.api.client import bulk_body
from importer.api.errors import (
    ApiError,
    AuthError,
    BatchRejectedError,
    EndpointNotFoundError,
    NetworkError,
    RateLimitedError,
    ServerError,
)
from importer.check.issues import Outcome, RowStatus
from importer.i18n import _
from importer.upload.batches import MAX_BATCH, plan_batches
from importer.upload.bisection import Bisection
from importer.upload.control import Cancelled, Clock, RunControl
from importer.upload.decisions import (
    RetryChoice,
    RetryDecider,
    RetryEvent,
    RetryKind,
    retry_message,
    stop_message,
)
from importer.upload.journal import Journal, JournalError
from importer.upload.prefetch import BodyPrefetch
from importer.upload.progress import (
    ProgressCallback,
    RateMeter,
    UploadProgress,
    UploadState,
    WaitInfo,
)
from importer.upload.retry import BackoffPolicy
from importer.upload.summary import StopKind, UploadSummary

MAX_BATCH_SIZE = MAX_BATCH
_STATUS_OUTCOMES = {RowStatus.INVALID: Outcome.INVALID, RowStatus.DUPLICATE: Outcome.DUPLICATE}


class BulkClient(Protocol):
    """The part of :class:`importer.api.client.SociocsClient` the engine uses."""

    def post_bulk(self, body: bytes, count: int) -> None:
        """Send a body made by :func:`importer.api.client.bulk_body` holding ``count`` records;
        raises ``ApiError`` subclasses."""
        ...


class RowSource(Protocol):
    """The part of :class:`importer.check.result.CheckResult` the engine uses."""

    status: bytearray

    def __len__(self) -> int: ...

    def ready_indices(self) -> Sequence[int]:
        """Indices of the rows to send, in order."""
        ...

    def record(self, index: int) -> Mapping[str, Any]:
        """The API record (phone_number, name, extra_fields) of row ``index``."""
        ...


def request_problem_message(message: str) -> str:
    """Why a run stops when Sociocs refuses the request itself, whatever the records."""
    return _(
        "Sociocs refused every contact sent with the same message: {message} This looks like a "
        "problem with the request (for example the list), not with the rows."
    ).format(message=message)


class _Stop(Exception):
    def __init__(self, kind: StopKind, message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message


class UploadEngine:
    """Uploads the ready rows of ``result`` to ``list_id``; one instance per run.

    ``reconnect(key)`` builds a client for a new API key after a 401 (when the decider
    offers one). ``clock`` and ``sleeper`` are injectable so tests never really wait.
    """

    def __init__(
        self,
        client: BulkClient,
        result: RowSource,
        *,
        list_id: int,
        phone_number_cc: str | None,
        decider: RetryDecider,
        batch_size: int = MAX_BATCH_SIZE,
        journal: Journal | None = None,
        progress: ProgressCallback | None = None,
        reconnect: Callable[[str], BulkClient] | None = None,
        policy: BackoffPolicy | None = None,
        clock: Clock = time.monotonic,
        sleeper: Callable[[float], None] | None = None,
    ) -> None:
        if not 1 <= batch_size <= MAX_BATCH_SIZE:
            raise ValueError(f"batch_size must be 1..{MAX_BATCH_SIZE}, not {batch_size}")
        self._client = client
        self._result = result
        self._list_id = list_id
        self._cc = phone_number_cc
        self._decider = decider
        self._batch_size = batch_size
        self._journal = journal
        self._progress = progress
        self._reconnect = reconnect
        self._policy = policy or BackoffPolicy()
        self._control = RunControl(clock, sleeper)
        self.outcomes: list[Outcome] = []
        self.messages: dict[int, str] = {}
        self._rows_total = 0
        self._rows_done = 0
        self._batches_total = 0
        self._batches_done = 0
        self._meter = RateMeter(clock())
        self._bodies: BodyPrefetch | None = None
        self._upcoming: list[int] | None = None

    def pause(self) -> None:
        """Pause between batches (a wait in progress is interrupted). Thread-safe."""
        self._control.pause()

    def resume(self) -> None:
        """Continue after :meth:`pause`. Thread-safe."""
        self._control.resume()

    def cancel(self) -> None:
        """Stop as soon as possible, keeping the journal for resume. Thread-safe."""
        self._control.cancel()
        self._decider.interrupt()

    def run(self) -> UploadSummary:
        """Send every pending row; return how it went. Never raises for API or journal trouble."""
        started = self._control.now()
        self._meter = RateMeter(started)
        batches = self._prepare()
        stop: _Stop | None = None
        try:
            with BodyPrefetch(self._body) as self._bodies:
                for number, batch in enumerate(batches):
                    self._control.checkpoint(self._on_pause)
                    self._upcoming = batches[number + 1] if number + 1 < len(batches) else None
                    self._send_batch(batch)
                    self._batches_done += 1
                    self._report(UploadState.RUNNING)
            self._finish_journal()
        except _Stop as exc:
            stop = exc
        except Cancelled:
            stop = _Stop(StopKind.CANCELLED, _("The upload was stopped at your request."))
        except JournalError as exc:
            stop = _Stop(StopKind.JOURNAL, exc.user_text())
        if stop is not None:
            self._mark_not_sent(stop.message)
            if self._journal is not None:
                self._journal.close()
        self._report(UploadState.STOPPED if stop else UploadState.FINISHED)
        now = self._control.now()
        return UploadSummary.count(
            self.outcomes,
            elapsed_seconds=now - started,
            rows_per_second=self._meter.rate(now),
            stop_kind=stop.kind if stop else None,
            stop_message=stop.message if stop else "",
        )

    def _finish_journal(self) -> None:
        """Mark the journal complete; if that cannot be written, every row is still done, and
        resuming the unfinished journal later sends nothing."""
        if self._journal is not None:
            with contextlib.suppress(JournalError):
                self._journal.finish()

    def _prepare(self) -> list[list[int]]:
        """Outcomes from the check and the journal; the batches still to send."""
        status = self._result.status
        self.outcomes = [_STATUS_OUTCOMES.get(RowStatus(s), Outcome.NOT_SENT) for s in status]
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
        batches = plan_batches(pending, self._batch_size)
        self._batches_total = len(batches)
        self._report(UploadState.RUNNING)
        return batches

    def _send_batch(self, batch: list[int]) -> None:
        """Send ``batch``; a rejected part is split in halves until the bad rows are isolated."""
        bisection = Bisection(batch)
        while (part := bisection.next_part()) is not None:
            try:
                self._send_with_retries(part)
            except BatchRejectedError as exc:
                self._reject_all(bisection.rejected(part, "; ".join(exc.messages)))
                problem = bisection.request_problem()
                if problem is not None:
                    raise _Stop(StopKind.API_ERROR, request_problem_message(problem)) from exc
                continue
            self._reject_all(bisection.accepted())
            self._acknowledge(part)
        self._reject_all(bisection.finish())

    def _send_with_retries(self, rows: list[int]) -> None:
        """One request for ``rows``, retried through the decider until it is answered.

        The next batch's body is made in the background while this request is in flight.
        """
        body: bytes | None = None
        attempt = 0
        while True:
            self._control.checkpoint(self._on_pause)
            try:
                if body is None:
                    body = self._take_body(rows)
                self._client.post_bulk(body, len(rows))
                return
            except (RateLimitedError, ServerError, NetworkError) as exc:
                failure: ApiError = exc
            except AuthError as exc:
                self._client = self._new_client(exc)
                continue
            except EndpointNotFoundError as exc:
                raise _Stop(StopKind.ENDPOINT_NOT_FOUND, exc.user_text()) from exc
            except BatchRejectedError:
                raise
            except ApiError as exc:
                raise _Stop(StopKind.API_ERROR, exc.user_text()) from exc
            except ValueError as exc:
                message = _("This row holds a value that cannot be sent ({exc}).").format(exc=exc)
                raise BatchRejectedError([message]) from exc
            attempt += 1
            kind, delay = self._retry_plan(failure, attempt)
            exhausted = self._policy.exhausted(attempt, rate_limited=kind is RetryKind.RATE_LIMITED)
            self._ask(kind, attempt, delay, exhausted=exhausted, error=failure)
            if exhausted:
                attempt = 0  # the user chose to keep trying: a new round of automatic retries

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
        return bulk_body(self._list_id, self._cc, records)

    def _retry_plan(self, error: ApiError, attempt: int) -> tuple[RetryKind, float]:
        """Why ``error`` is worth retrying, and how long to wait before retry ``attempt``."""
        if isinstance(error, RateLimitedError):
            delay = self._policy.rate_limit_delay(attempt, error.retry_after)
            return RetryKind.RATE_LIMITED, delay
        kind = RetryKind.NETWORK if isinstance(error, NetworkError) else RetryKind.SERVER_ERROR
        return kind, self._policy.backoff(attempt)

    def _ask(
        self, kind: RetryKind, attempt: int, delay: float, *, exhausted: bool, error: ApiError
    ) -> None:
        """Ask the decider; wait if it says so; raise :class:`_Stop` (naming ``error``) if it
        says stop."""
        event = RetryEvent(
            kind, retry_message(kind, delay, exhausted=exhausted), delay, attempt, exhausted
        )
        asked_at = self._control.now()
        choice = self._decider.wait(event)
        self._control.checkpoint(self._on_pause)
        if choice is RetryChoice.STOP:
            raise _Stop(StopKind.GAVE_UP, stop_message(kind, attempt, error.message))
        if choice is RetryChoice.WAIT:
            self._wait(asked_at + delay, event)

    def _wait(self, deadline: float, event: RetryEvent) -> None:
        """Sleep until ``deadline``, showing a countdown; pause holds it, cancel ends it."""

        def tick(left: float) -> None:
            info = WaitInfo(event.kind, event.message_with_countdown(left), left)
            self._report(UploadState.WAITING, info)

        while not self._control.wait_until(deadline, tick):
            self._control.checkpoint(self._on_pause)
        self._report(UploadState.RUNNING)

    def _new_client(self, error: AuthError) -> BulkClient:
        """A client with the new key the decider offers; stops the run when there is none."""
        key = self._decider.on_auth_failed() if self._reconnect else None
        self._control.checkpoint(self._on_pause)
        if not key or self._reconnect is None:
            raise _Stop(StopKind.AUTH, error.user_text())
        try:
            return self._reconnect(key)
        except ApiError as exc:
            raise _Stop(StopKind.AUTH, exc.user_text()) from exc

    def _acknowledge(self, rows: list[int]) -> None:
        for index in rows:
            self.outcomes[index] = Outcome.UPLOADED
        self._count_done(len(rows))
        if self._journal is not None:
            self._journal.record_batch(rows)

    def _reject_all(self, rejections: list[tuple[int, str]]) -> None:
        for index, message in rejections:
            self.outcomes[index] = Outcome.REJECTED
            self.messages[index] = message
            self._count_done(1)
            if self._journal is not None:
                self._journal.record_rejected([index], message)

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
            self._report(UploadState.PAUSED)
        else:
            self._meter.resume(now)
            self._report(UploadState.RUNNING)

    def _report(self, state: UploadState, wait: WaitInfo | None = None) -> None:
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
            )
        )
