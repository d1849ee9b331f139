"""Rows that share a phone number: the Sociocs server keeps only one of them.

The bulk endpoint upserts by phone number, so a later row silently overwrites an earlier one.
Policy ``last`` (the default) imports the last row of each number, as the server would; policy
``first`` imports the first. The other rows are marked DUPLICATE and not sent.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from importer.errors import ImporterError
from importer.issues import Issue, RowStatus, Severity

if TYPE_CHECKING:
    from importer.check_result import CheckResult

POLICIES = ("last", "first")
CODE = "duplicate"

_READY = RowStatus.READY.value
_DUPLICATE = RowStatus.DUPLICATE.value


def check_policy(policy: str) -> str:
    """``policy`` if it is ``last`` or ``first``; an :class:`ImporterError` otherwise."""
    if policy not in POLICIES:
        raise ImporterError(
            f'"{policy}" is not a duplicates policy.',
            hint='Use "last" (the later row wins, as on the server) or "first".',
        )
    return policy


def find_duplicates(phones: Sequence[str | None], policy: str = "last") -> list[tuple[int, int]]:
    """(duplicate index, index of the row kept instead) for every row losing to another.

    ``None`` entries (rows without a valid number) never take part.
    """
    check_policy(policy)
    count = len(phones)
    if policy == "last":
        kept = dict(zip(phones, range(count), strict=True))
    else:
        kept = dict(zip(reversed(phones), range(count - 1, -1, -1), strict=True))
    kept.pop(None, None)
    if len(kept) == count - phones.count(None):
        return []
    return [
        (index, kept[phone])
        for index, phone in enumerate(phones)
        if phone is not None and kept[phone] != index
    ]


def mark_duplicates(result: CheckResult) -> None:
    """Recompute which ready rows are duplicates under ``result.duplicates_policy``."""
    column = result.phone_column_letter()
    issues, status, numbers = result.issues, result.status, result.row_numbers
    _clear(result, column)
    candidates = [
        phone if state == _READY else None
        for phone, state in zip(result.phones, status, strict=True)
    ]
    for index, kept in find_duplicates(candidates, result.duplicates_policy):
        status[index] = _DUPLICATE
        message = (
            f"Same phone number as row {numbers[kept]}; row {numbers[kept]} is imported instead."
        )
        issues.setdefault(index, []).append(
            Issue(numbers[index], column, Severity.WARNING, CODE, message)
        )


def _clear(result: CheckResult, column: str) -> None:
    status, issues = result.status, result.issues
    start = status.find(_DUPLICATE)
    while start != -1:
        status[start] = _READY
        kept = [i for i in issues.get(start, ()) if not (i.code == CODE and i.column == column)]
        if kept:
            issues[start] = kept
        else:
            issues.pop(start, None)
        start = status.find(_DUPLICATE, start + 1)
