"""Counts in words: the one helper for every phrase whose words depend on a number.

:func:`plural` picks the form of a *whole* phrase that fits the count, with each language's own
plural rules (gettext's ``ngettext``: English and German have two forms, French says "0 ligne"
in the singular), and fills its named placeholders; ``{n}`` is the count with the language's
thousands separators ("1,000 rows", "1.000 Zeilen"). Callers pass both English forms complete,
never a noun with an "s" glued on. The extraction of the catalogs knows ``plural`` as a keyword.
"""

from __future__ import annotations

from importer.i18n import format_count, ngettext


def plural(count: int, one: str, many: str, **values: object) -> str:
    """The form of ``one``/``many`` that fits ``count``, translated, with ``{n}`` and ``values``.

    ``plural(3, "{n} row needs attention", "{n} rows need attention")`` → "3 rows need attention".
    """
    return ngettext(one, many, count).format(n=format_count(count), **values)
