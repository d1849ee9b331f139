"""A Country cell read the way people write it: "Deutschland", "Allemagne", "DE", "DEU", "UK",
"+49", "49", in any case and with any spacing.

Names come from the Unicode CLDR (``resources/countries/names.json``, written from Babel's data
by ``scripts/country_names.py``): English, the program's five languages and each country's own
official languages, ISO alpha-2 and alpha-3 codes and CLDR's other codes (UK for GB). A number,
with or without ``+`` or ``00``, is a dial code (the main country of a code shared by several:
+1 is the United States). Only countries whose numbers phonenumbers knows are named.
"""

from __future__ import annotations

import json
import logging
import re
import unicodedata
from functools import cache
from typing import Final

import phonenumbers

from importer.phones.countries import COUNTRY_NAMES
from importer.resources import resource_path
from importer.sources.base import CellValue

log = logging.getLogger(__name__)

NAMES_FILE = "countries/names.json"
NOT_APPLICABLE = frozenset({"na"})
"""Spellings that mean "no country" ("N/A", "n.a.", "NA") although they fold to a code (NA is
Namibia's): read as an empty cell, so no number is read in a country nobody meant."""
_DIAL_CODE: Final = re.compile(r"\(?\s*(?:\+|00)?\s*(\d{1,3})\s*\)?")


def fold(text: str) -> str:
    """``text`` as the table stores spellings: letters and digits only, accents removed, case
    folded ("Côte d’Ivoire" → "cotedivoire", "U.K." → "uk")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if c.isalnum() and not unicodedata.combining(c))


@cache
def country_spellings() -> dict[str, str]:
    """Folded spelling → region, from the shipped table (ISO codes and English names only,
    with a warning in the log, when the table is missing)."""
    path = resource_path(NAMES_FILE)
    try:
        names = json.loads(path.read_text(encoding="utf-8"))["names"]
    except (OSError, ValueError, KeyError) as exc:
        log.warning("Country names not read from %s (%s): codes and English names only", path, exc)
        names = {}
    for code, english in COUNTRY_NAMES.items():
        names.setdefault(fold(code), code)
        names.setdefault(fold(english), code)
    return {key: region for key, region in names.items() if region in COUNTRY_NAMES}


def read_country(value: CellValue) -> str | None:
    """The region (ISO code such as "DE") a Country cell names; "" for an empty cell (or
    "N/A"); None when it names no country the program knows."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return ""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return _by_dial_code(int(value)) if float(value).is_integer() else None
    dial = _DIAL_CODE.fullmatch(value.strip())
    if dial is not None:
        return _by_dial_code(int(dial[1]))
    key = fold(value)
    return "" if key in NOT_APPLICABLE else country_spellings().get(key)


def _by_dial_code(code: int) -> str | None:
    region = phonenumbers.region_code_for_country_code(code)
    return region if region in COUNTRY_NAMES else None


class CountryReader:
    """Reads the Country cells of one check, each distinct value once: the region each row's
    numbers are read in (``default`` for an empty cell or one naming no country)."""

    def __init__(self, default: str) -> None:
        self.default = default
        self._regions: dict[CellValue, str] = {}
        self._named: dict[CellValue, str | None] = {}

    def named(self, value: CellValue) -> str | None:
        """What the cell names: a region, "" when empty, None when it names no country."""
        try:
            return self._named[value]
        except KeyError:
            found = self._named[value] = read_country(value)
            return found
        except TypeError:  # an unhashable value never comes from a sheet; read it anyway
            return read_country(value)

    def region(self, value: CellValue) -> str:
        """The region the row's numbers are read in."""
        found = self._regions.get(value)
        if found is None:
            found = self._regions[value] = self.named(value) or self.default
        return found

    def regions(self, values: list[CellValue]) -> list[str]:
        """:meth:`region` of each value (the cache answers at C speed for values seen)."""
        cached = self._regions
        if all(value in cached for value in set(values)):
            return list(map(cached.__getitem__, values))
        return list(map(self.region, values))
