"""Writing rows to Sociocs in bulk, and counting only what Sociocs confirmed: the one place that
decides which rows a bulk write put into Sociocs and which it refused.

``write(rows)`` makes one request (through :class:`~importer.jobs.retrying.Retrying`, so it
returns once Sociocs answered) and gives back the answer, which :func:`~.answers.judge` reads:

- done (the documented success form): the rows went in;
- refused (``errors`` listed, or HTTP 400): the part is split
  (:class:`~importer.jobs.bisection.Bisection`) until each refused row stands alone with its
  reason;
- anything else confirms nothing: :attr:`ReadBack.held` reads back which rows Sociocs holds
  as written — those count — and the rest is written again after the wait a server problem
  gets (:attr:`ReadBack.again`, which stops the run when the user or the policy says so).

The upload and the undo's restore both write this way.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass

from importer.api.errors import BatchRejectedError
from importer.api.models import WriteAnswer
from importer.jobs.answers import UnconfirmedError, Verdict, judged
from importer.jobs.bisection import Bisection

Refusals = list[tuple[int, str]]
"""Rows Sociocs refused, each with its message."""


@dataclass(frozen=True)
class ReadBack:
    """How a write whose answer confirmed nothing is settled.

    ``held(rows)`` reads Sociocs and gives the rows it holds exactly as written;
    ``again(error, attempt)`` waits before the rest is written again (attempt 1, 2, …) and
    returns the attempt count to go on with (0 after the user chose to keep trying), or raises
    ``StopRun`` when the run must stop.
    """

    held: Callable[[list[int]], Collection[int]]
    again: Callable[[UnconfirmedError, int], int]


def write_in_parts(
    batch: list[int],
    write: Callable[[list[int]], WriteAnswer],
    *,
    accepted: Callable[[list[int]], None],
    refused: Callable[[Refusals], None],
    read_back: ReadBack,
    unsendable: Callable[[str, BatchRejectedError], None] | None = None,
) -> None:
    """Write ``batch``; ``accepted(rows)`` for rows Sociocs confirmed (by its answer or by a
    read), ``refused(rows)`` for refusals once they are final (in row order of discovery,
    possibly empty).

    ``unsendable(message, error)`` is called when the refusals show that the request itself is
    refused whatever the rows (see :mod:`importer.jobs.bisection`); it is expected to raise.
    Without it, such rows are refused one by one like any other.
    """
    bisection = Bisection(batch)
    attempt = 0
    while (part := bisection.next_part()) is not None:
        judgement = judged(lambda: write(part))
        if judgement.verdict is Verdict.DONE:
            refused(bisection.accepted())
            accepted(part)
            continue
        if judgement.verdict is Verdict.REFUSED:
            message = "; ".join(judgement.messages)
            refused(bisection.rejected(part, message))
            if unsendable is not None and (problem := bisection.request_problem()) is not None:
                unsendable(problem, BatchRejectedError(list(judgement.messages)))
            continue
        held = set(read_back.held(part))
        saved = [row for row in part if row in held]
        if saved:
            refused(bisection.accepted())
            accepted(saved)
        rest = [row for row in part if row not in held]
        if rest:
            attempt = read_back.again(UnconfirmedError(judgement.reason), attempt + 1)
            bisection.again(rest)
    refused(bisection.finish())
