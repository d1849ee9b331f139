"""The column that names each row's country: found by its title, confirmed by its values.

Titles as exports write them — Country, Country/Region, Mailing Country, Home Country/Region,
Address 1 - Country, COUNTRY, Land, País, Pays, Paese, Country code — in the program's
languages; at least half of the column's sample values must name a country (a name in any
of the program's languages or the country's own, an ISO code, a dial code).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from importer.mapping.titled_column import pick_titled
from importer.mapping.vocabulary import header_words
from importer.phones.country_values import read_country
from importer.sources.base import CellValue

COUNTRY_WORDS = frozenset({"country", "countries", "land", "pais", "pays", "paese", "nation"})
"""Title words (lowercase ASCII) announcing a country: English, German, Spanish and
Portuguese, French, Italian."""
MIN_NAMED_SHARE = 0.5
"""The share of a column's non-empty sample values that must name a country."""


def country_header_score(header: str) -> float:
    """How clearly ``header`` announces a country: 0 not at all, 2 for the word alone
    ("Country", "Pays"), 1 with other words ("Mailing Country", "Address 1 - Country")."""
    words = [w for w in header_words(header) if not w.isdigit()]
    if not COUNTRY_WORDS.intersection(words):
        return 0.0
    return 2.0 if len(words) == 1 else 1.0


def named_share(values: Sequence[CellValue]) -> tuple[float, int]:
    """The share of the non-empty ``values`` that name a country, and how many there were."""
    filled = [v for v in values if v is not None and v != ""]
    if not filled:
        return 0.0, 0
    return sum(bool(read_country(v)) for v in filled) / len(filled), len(filled)


def pick_country(
    headers: Sequence[str], columns: Sequence[Sequence[CellValue]], taken: Collection[int]
) -> int | None:
    """The column holding the rows' countries, if one is titled so and its values agree
    (``columns``: sample values; without a sample the title alone decides). Among several,
    the one naming a country in most rows, then the clearer title, then the first."""
    return pick_titled(headers, columns, taken, country_header_score, named_share, MIN_NAMED_SHARE)
