"""Split the ready rows into requests of at most 10,000 records (the API's limit)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from importer.api.client import MAX_BATCH_RECORDS
from importer.errors import ImporterError
from importer.i18n import _, format_count

"""The most records the bulk endpoint accepts in one request."""


def check_batch_size(size: int) -> int:
    """``size`` if it is between 1 and 10,000; a :class:`ValueError` otherwise."""
    if not 1 <= size <= MAX_BATCH_RECORDS:
        raise BatchSizeError(size)
    return size


class BatchSizeError(ImporterError, ValueError):
    """A batch size outside 1–10,000."""

    def __init__(self, size: int) -> None:
        super().__init__(
            _("The batch size must be between 1 and {limit} records, not {size}.").format(
                limit=format_count(MAX_BATCH_RECORDS), size=format_count(size)
            ),
            hint=_("The Sociocs API accepts at most {limit} records per request.").format(
                limit=format_count(MAX_BATCH_RECORDS)
            ),
        )


_Indices = TypeVar("_Indices", list[int], Sequence[int])


def plan_batches(indices: _Indices, size: int = MAX_BATCH_RECORDS) -> list[_Indices]:
    """``indices`` cut in order into consecutive slices of at most ``size`` (none empty)."""
    check_batch_size(size)
    return [indices[start : start + size] for start in range(0, len(indices), size)]
