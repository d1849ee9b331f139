"""The column a title announces and its values confirm: shared by the columns found from a
word in their title and the look of their values (the rows' country, the rows' groups)."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from importer.sources.base import CellValue

HeaderScore = Callable[[str], float]
"""How clearly a title announces the column: 0 not at all, higher is clearer."""
ValueShare = Callable[[Sequence[CellValue]], tuple[float, int]]
"""The share of a column's non-empty sample values that fit, and how many there were."""


def pick_titled(
    headers: Sequence[str],
    columns: Sequence[Sequence[CellValue]],
    taken: Collection[int],
    score: HeaderScore,
    share_of: ValueShare,
    min_share: float,
) -> int | None:
    """The column ``score`` finds in its title whose sample values (``columns``; without a
    sample the title alone decides) fit at least ``min_share``, not one of ``taken``. Among
    several: the one whose values fit in most rows, then the clearer title, then the first."""
    has_sample = any(columns) and any(map(any, columns))
    best: tuple[int, float, int] | None = None
    for index, header in enumerate(headers):
        clearness = score(header)
        if not clearness or index in taken:
            continue
        share, filled = share_of(columns[index]) if has_sample else (1.0, 0)
        if has_sample and share < min_share:
            continue
        rank = (round(share * filled), clearness, -index)
        if best is None or rank > best:
            best = rank
    return None if best is None else -best[2]
