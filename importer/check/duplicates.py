"""Rows that share a phone number: the Sociocs server keeps only one of them.

The bulk endpoint upserts by phone number, so a later row silently overwrites an earlier one.
Policy ``last`` (the default) imports the last row of each number, as the server would; policy
``first`` imports the first. The other rows are marked DUPLICATE and not sent.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from importer.check.issues import Issue, RowStatus, Severity
from importer.choices import DuplicatePolicy
from importer.errors import ImporterError
from importer.i18n import _

if TYPE_CHECKING:
    from importer.check.result import CheckResult

CODE = "duplicate"

_GIL_SLICE = 10_000
"""Entries added to the index per C call: one call over a million rows holds the GIL for about
half a second and freezes the GUI thread; slices let it run in between."""

_READY = RowStatus.READY.value
_DUPLICATE = RowStatus.DUPLICATE.value


def check_policy(policy: str) -> DuplicatePolicy:
    """``policy`` as a :class:`DuplicatePolicy`; an :class:`ImporterError` when it is none."""
    try:
        return DuplicatePolicy(policy)
    except ValueError:
        raise ImporterError(
            _('"{policy}" is not a duplicates policy.').format(policy=policy),
            hint=_('Use "last" (the later row wins, as on the server) or "first".'),
        ) from None


def find_duplicates(
    phones: Sequence[str | None], policy: str = DuplicatePolicy.LAST
) -> list[tuple[int, int]]:
    """(duplicate index, index of the row kept instead) for every row losing to another.

    ``None`` entries (rows without a valid number) never take part.
    """
    policy = check_policy(policy)
    count = len(phones)
    kept: dict[str | None, int] = {}
    for start in range(0, count, _GIL_SLICE):
        stop = min(count, start + _GIL_SLICE)
        if policy is DuplicatePolicy.LAST:
            kept.update(zip(phones[start:stop], range(start, stop), strict=True))
        else:
            kept.update(
                zip(
                    reversed(phones[count - stop : count - start]),
                    range(count - start - 1, count - stop - 1, -1),
                    strict=True,
                )
            )
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
    start = result.status.find(_DUPLICATE)
    while start != -1:
        _clear(result, start)
        start = result.status.find(_DUPLICATE, start + 1)
    candidates = [
        phone if state == _READY else None
        for phone, state in zip(result.phones, result.status, strict=True)
    ]
    _mark(result, find_duplicates(candidates, result.duplicates_policy), range(len(result)))


def mark_duplicates_of(result: CheckResult, phones: set[str | None]) -> None:
    """Recompute duplicates among the rows holding one of ``phones`` (after an edit)."""
    indices = sorted(i for phone in phones - {None} for i in _positions(result.phones, phone))
    for index in indices:
        if result.status[index] == _DUPLICATE:
            _clear(result, index)
    candidates = [result.phones[i] if result.status[i] == _READY else None for i in indices]
    _mark(result, find_duplicates(candidates, result.duplicates_policy), indices)


def _positions(values: list[str | None], value: str | None) -> list[int]:
    """Every index of ``value`` in ``values``, found at C speed."""
    found: list[int] = []
    index = -1
    while True:
        try:
            index = values.index(value, index + 1)
        except ValueError:
            return found
        found.append(index)


def _mark(result: CheckResult, pairs: list[tuple[int, int]], indices: Sequence[int]) -> None:
    """Mark ``indices[loser]`` as a duplicate of ``indices[kept]`` for each pair."""
    column = result.phone_column_letter()
    numbers = result.row_numbers
    for loser, kept in pairs:
        index, winner = indices[loser], indices[kept]
        result.status[index] = _DUPLICATE
        if result.cards:
            message = _("Same phone number as card {card}; card {card} is imported instead.")
            message = message.format(card=result.record_number(numbers[winner]))
        else:
            message = _("Same phone number as row {row}; row {row} is imported instead.")
            message = message.format(row=numbers[winner])
        result.issues.setdefault(index, []).append(
            Issue(numbers[index], column, Severity.WARNING, CODE, message)
        )


def _clear(result: CheckResult, index: int) -> None:
    """Undo the duplicate mark of row ``index``."""
    result.status[index] = _READY
    kept = [i for i in result.issues.get(index, ()) if i.code != CODE]
    if kept:
        result.issues[index] = kept
    else:
        result.issues.pop(index, None)
