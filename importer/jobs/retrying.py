"""One request at a time, resiliently: the retry loop the upload, the comparison with Sociocs
and the undo share.

Rate limits (honouring ``Retry-After``), server errors and network failures are waited out
with backoff — except a network failure that waiting cannot mend (a refused certificate, a
proxy that wants a password), which stops at once with its own words; every wait and every
"give up?" goes through the caller's :class:`RetryDecider`; a refused key is replaced by the
one the decider offers. Pause and cancel (the
:class:`RunControl`) are honoured between tries and during waits.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from importer.api.errors import (
    ApiError,
    AuthError,
    BatchRejectedError,
    EndpointNotFoundError,
    NetworkError,
    RateLimitedError,
    ServerError,
)
from importer.jobs.backoff import BackoffPolicy
from importer.jobs.control import RunControl
from importer.jobs.decisions import (
    Activity,
    RetryChoice,
    RetryDecider,
    RetryEvent,
    RetryKind,
    retry_message,
    stop_message,
)
from importer.jobs.progress import WaitInfo
from importer.jobs.stops import StopKind, StopRun

ClientT = TypeVar("ClientT")
T = TypeVar("T")


class Retrying(Generic[ClientT]):
    """Runs requests against ``client`` until answered, through ``decider``.

    ``on_wait(info)`` shows a countdown (``None`` when the wait is over); ``on_pause(paused)``
    is called when a pause starts and ends. ``reconnect(key)`` builds a client for a new key.
    """

    def __init__(
        self,
        client: ClientT,
        decider: RetryDecider,
        control: RunControl,
        *,
        activity: Activity,
        policy: BackoffPolicy | None = None,
        reconnect: Callable[[str], ClientT] | None = None,
        on_wait: Callable[[WaitInfo | None], None] = lambda info: None,
        on_pause: Callable[[bool], None] | None = None,
    ) -> None:
        self.client = client
        self._decider = decider
        self._control = control
        self._activity = activity
        self._policy = policy or BackoffPolicy()
        self._reconnect = reconnect
        self._on_wait = on_wait
        self._on_pause = on_pause

    def checkpoint(self) -> None:
        """Block while paused; raise ``Cancelled`` if cancelled."""
        self._control.checkpoint(self._on_pause)

    def call(self, request: Callable[[ClientT], T]) -> T:
        """``request(client)``, tried again until it is answered.

        Raises :class:`StopRun` when the decider stops, the key is refused for good, the
        address is wrong, the network refuses for good or Sociocs answers unexpectedly;
        ``BatchRejectedError`` (the request was refused as such) and anything not an
        ``ApiError`` pass through.
        """
        attempt = 0
        while True:
            self.checkpoint()
            try:
                return request(self.client)
            except NetworkError as exc:
                if exc.lasting:
                    raise StopRun(StopKind.API_ERROR, exc.user_text()) from exc
                failure: ApiError = exc
            except (RateLimitedError, ServerError) as exc:
                failure = exc
            except AuthError as exc:
                self.client = self._new_client(exc)
                continue
            except EndpointNotFoundError as exc:
                raise StopRun(StopKind.ENDPOINT_NOT_FOUND, exc.user_text()) from exc
            except BatchRejectedError:
                raise
            except ApiError as exc:
                raise StopRun(StopKind.API_ERROR, exc.user_text()) from exc
            attempt += 1
            kind, delay = self._retry_plan(failure, attempt)
            exhausted = self._policy.exhausted(attempt, rate_limited=kind is RetryKind.RATE_LIMITED)
            self._ask(kind, attempt, delay, exhausted=exhausted, error=failure)
            if exhausted:
                attempt = 0  # the user chose to keep trying: a new round of automatic retries

    def before_retry(self, error: ApiError, attempt: int) -> int:
        """Wait before trying again after ``error``, the ``attempt``-th failure in a row of
        something other than a request (a write Sociocs did not confirm); ask the decider as
        :meth:`call` does. Returns the attempt count to go on with (0 when the automatic
        retries were used up and the user chose to keep trying); raises :class:`StopRun` when
        the decider stops."""
        kind, delay = self._retry_plan(error, attempt)
        exhausted = self._policy.exhausted(attempt, rate_limited=kind is RetryKind.RATE_LIMITED)
        self._ask(kind, attempt, delay, exhausted=exhausted, error=error)
        return 0 if exhausted else attempt

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
        """Ask the decider; wait if it says so; raise :class:`StopRun` (naming ``error``) if
        it says stop."""
        event = RetryEvent(
            kind, retry_message(kind, delay, exhausted=exhausted), delay, attempt, exhausted
        )
        asked_at = self._control.now()
        choice = self._decider.wait(event)
        self.checkpoint()
        if choice is RetryChoice.STOP:
            message = stop_message(kind, attempt, error.message, self._activity)
            raise StopRun(StopKind.GAVE_UP, message)
        if choice is RetryChoice.WAIT:
            self._wait(asked_at + delay, event)

    def _wait(self, deadline: float, event: RetryEvent) -> None:
        """Sleep until ``deadline``, showing a countdown; pause holds it, cancel ends it."""

        def tick(left: float) -> None:
            message = event.message_with_countdown(left)
            self._on_wait(WaitInfo(event.kind, message, left, event.attempt))

        while not self._control.wait_until(deadline, tick):
            self.checkpoint()
        self._on_wait(None)

    def _new_client(self, error: AuthError) -> ClientT:
        """A client with the new key the decider offers; stops the run when there is none."""
        key = self._decider.on_auth_failed() if self._reconnect else None
        self.checkpoint()
        if not key or self._reconnect is None:
            raise StopRun(StopKind.AUTH, error.user_text())
        try:
            return self._reconnect(key)
        except ApiError as exc:
            raise StopRun(StopKind.AUTH, exc.user_text()) from exc
