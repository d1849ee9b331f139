"""Row indices written compactly as half-open ranges: [0, 1, 2, 5] ↔ [[0, 3], [5, 6]]."""

from __future__ import annotations

from collections.abc import Iterable, Iterator


def to_ranges(rows: Iterable[int]) -> list[list[int]]:
    """Sorted, merged ``[start, stop)`` pairs covering exactly ``rows``."""
    ranges: list[list[int]] = []
    for row in sorted(set(rows)):
        if ranges and ranges[-1][1] == row:
            ranges[-1][1] = row + 1
        else:
            ranges.append([row, row + 1])
    return ranges


def from_ranges(ranges: object) -> Iterator[int]:
    """The rows in ``ranges``; malformed pairs are skipped, never raised on."""
    if not isinstance(ranges, list):
        return
    for pair in ranges:
        if (
            isinstance(pair, list)
            and len(pair) == 2
            and all(isinstance(v, int) and not isinstance(v, bool) for v in pair)
        ):
            yield from range(max(0, pair[0]), pair[1])
