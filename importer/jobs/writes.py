"""Writing rows to Sociocs in bulk, and judging its answer: the one place that decides which
rows a bulk write put into Sociocs and which it refused.

``write(rows)`` makes one request (through :class:`~importer.jobs.retrying.Retrying`, so it
returns once Sociocs answered). An answer without error means the rows went in; a
``BatchRejectedError`` means Sociocs refused the request as it was, and the part is split
(:class:`~importer.jobs.bisection.Bisection`) until each refused row stands alone with its
reason. The upload and the undo's restore both write this way.
"""

from __future__ import annotations

from collections.abc import Callable

from importer.api.errors import BatchRejectedError
from importer.jobs.bisection import Bisection

Refusals = list[tuple[int, str]]
"""Rows Sociocs refused, each with its message."""


def write_in_parts(
    batch: list[int],
    write: Callable[[list[int]], None],
    *,
    accepted: Callable[[list[int]], None],
    refused: Callable[[Refusals], None],
    unsendable: Callable[[str, BatchRejectedError], None] | None = None,
) -> None:
    """Write ``batch``; ``accepted(part)`` for each part that went in, ``refused(rows)`` for
    refusals once they are final (in row order of discovery, possibly empty).

    ``unsendable(message, error)`` is called when the refusals show that the request itself is
    refused whatever the rows (see :mod:`importer.jobs.bisection`); it is expected to raise.
    Without it, such rows are refused one by one like any other.
    """
    bisection = Bisection(batch)
    while (part := bisection.next_part()) is not None:
        try:
            write(part)
        except BatchRejectedError as exc:
            refused(bisection.rejected(part, "; ".join(exc.messages)))
            if unsendable is not None and (problem := bisection.request_problem()) is not None:
                unsendable(problem, exc)
            continue
        refused(bisection.accepted())
        accepted(part)
    refused(bisection.finish())
