"""Each row's own country: the notes it brings, and the countries a check's rows were read in
and its numbers go to.

A row whose Country column names a country has its national numbers read there; a row with
an empty country uses the default country, and one whose value names no country too, with a
note naming the value. A number written with its own country code keeps it; when that code is
not the row's country's, a note says so.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

import phonenumbers

from importer.check.issues import Issue, Severity
from importer.i18n import _
from importer.phones.countries import country_name
from importer.phones.normalize import country_code_of, dial_code
from importer.sources.base import CellValue

if TYPE_CHECKING:
    from importer.check.result import CheckResult

UNKNOWN_COUNTRY_CODE = "unknown_country"
COUNTRY_DIFFERS_CODE = "country_code_differs"


def unknown_note(row: int, column: str, value: CellValue, default: str) -> Issue:
    """The note of a row whose Country cell names no country the program knows."""
    message = _(
        'The country "{value}" is not one the program knows; the number was read as a '
        "{country} number."
    ).format(value=" ".join(str(value).split()), country=country_name(default))
    return Issue(row, column, Severity.WARNING, UNKNOWN_COUNTRY_CODE, message)


def differs_note(row: int, column: str, e164: str, named: str) -> Issue:
    """The note of a number whose country code is not that of the row's country."""
    code = country_code_of(e164)
    region = phonenumbers.region_code_for_country_code(int(code)) if code else ""
    message = _(
        "The number has the country code +{code} ({other}), not that of the row's country, "
        "{country}; it is sent with +{code}."
    ).format(code=code, other=country_name(region), country=country_name(named))
    return Issue(row, column, Severity.WARNING, COUNTRY_DIFFERS_CODE, message)


def country_notes(result: CheckResult, start: int, stop: int) -> dict[int, list[Issue]]:
    """Row index → the notes its country brings, for rows ``start``–``stop`` (numbers already
    read): a value naming no country, or a number whose own country code is not the row's
    country's."""
    if result.mapping.country_index is None:
        return {}
    reader = result.country_reader()
    values = result.raw_countries[start:stop]
    prefixes: dict[CellValue, str | None] = {}
    for value in set(values):
        named = reader.named(value)
        prefixes[value] = "+" + dial_code(named) if named else named
    column = result.phone_column_letter()
    numbers = result.row_numbers
    notes: dict[int, list[Issue]] = {}
    rows = zip(map(prefixes.__getitem__, values), result.phones[start:stop], strict=True)
    for offset, (prefix, phone) in enumerate(rows):
        if prefix == "" or (prefix is not None and (phone is None or phone.startswith(prefix))):
            continue
        index = start + offset
        if prefix is None:
            notes[index] = [unknown_note(numbers[index], column, values[offset], result.country)]
        else:
            named = reader.named(values[offset])
            assert named and phone is not None  # a prefix comes from a named country
            notes[index] = [differs_note(numbers[index], column, phone, named)]
    return notes


def destinations(result: CheckResult, indices: Iterable[int]) -> list[tuple[str, str, int]]:
    """(region, dial code, rows) of the countries the numbers of rows ``indices`` go to, most
    rows first: a number of its row's country counts for that country, another one for the
    main country of its code."""
    phones = result.phones
    regions = result.row_regions(0, len(result))
    if regions is None:  # one country: only the numbers written with another code are looked at
        sent = [phone for phone in map(phones.__getitem__, indices) if phone is not None]
        code = dial_code(result.country)
        foreign = [phone for phone in sent if not phone.startswith("+" + code)]
        counted = Counter({(result.country, code): len(sent) - len(foreign)})
        pairs: Iterable[tuple[str, str]] = ((result.country, phone) for phone in foreign)
    else:
        counted = Counter()
        pairs = ((regions[i], phone) for i in indices if (phone := phones[i]) is not None)
    prefixes: dict[str, str] = {}
    by_code: dict[str, str] = {}
    for region, phone in pairs:
        if region not in prefixes:
            prefixes[region] = dial_code(region)
        code = prefixes[region]
        if not phone.startswith("+" + code):
            code = country_code_of(phone)
            if code not in by_code:
                by_code[code] = phonenumbers.region_code_for_country_code(int(code or 0))
            region = by_code[code]
        counted[region, code] += 1
    return [(region, code, rows) for (region, code), rows in counted.most_common() if rows]
