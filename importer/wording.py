"""Counts in words: the one helper for every phrase whose words depend on a number.

:func:`plural` picks the singular or the plural form of a *whole* phrase and fills its named
placeholders; ``{n}`` is the count with thousands separators ("1,000 rows"). Callers pass both
forms complete, never a noun with an "s" glued on, so that a translation catalogue (gettext's
``ngettext``) can later make this choice with each language's own plural rules without changing
a caller.
"""

from __future__ import annotations


def plural(count: int, one: str, many: str, **values: object) -> str:
    """``one`` when ``count`` is 1, else ``many``, with ``{n}`` and ``values`` filled in.

    ``plural(3, "{n} row needs attention", "{n} rows need attention")`` → "3 rows need attention".
    """
    template = one if count == 1 else many
    return template.format(n=f"{count:,}", **values)
