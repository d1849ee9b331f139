"""How plausibly a valid reading is the number its owner gave: its kind, and the way it is written.

Many national numbers are valid in more than one country: a French mobile ``06 12 34 56 78``
is a valid German landline (Germany's plan takes almost any run of digits), a Spanish mobile
``612 34 56 78`` is a valid French one once France's leading 0 is left out. Two things tell
the readings apart, as a person would: a contact list for SMS and WhatsApp holds mobiles more
than landlines, and people write a country's numbers the way that country writes them — with
its national prefix (France's 0) unless the country has none or leaves it out (Spain, India's
mobiles). A number cell tells nothing about the prefix: a spreadsheet drops a leading 0.
"""

from __future__ import annotations

import re
from functools import cache

import phonenumbers
from phonenumbers import NumberFormat, PhoneMetadata, PhoneNumberFormat, PhoneNumberType

from importer.sources.base import CellValue

OTHER_KIND = 0.5
"""The weight of a valid number that is not known to be a mobile: a landline, or a number of a
country whose plan does not tell mobiles apart (North America, Mexico)."""
ODDLY_WRITTEN = 0.5
"""The weight of a number not written the way its country writes it (France's 0 left out)."""


def plausibility(value: CellValue, e164: str) -> float:
    """How plausibly the cell ``value`` is the valid number ``e164`` of the country it was
    read in: 1.0 for a mobile written that country's way, halved for another kind of number and
    halved again when written otherwise."""
    number = phonenumbers.parse(e164)
    weight = 1.0 if phonenumbers.number_type(number) == PhoneNumberType.MOBILE else OTHER_KIND
    return weight if _written_there(value, number) else weight * ODDLY_WRITTEN


def _written_there(value: CellValue, number: phonenumbers.PhoneNumber) -> bool:
    """Whether ``value``'s digits are ``number`` as its country writes it at home: its national
    format (with the national prefix where that format has one), or without the prefix where
    the format leaves it optional or the value is a number cell (which keeps no leading 0)."""
    if isinstance(value, str):
        digits = "".join(c for c in value if c.isdecimal() and c.isascii())
    elif isinstance(value, int) and not isinstance(value, bool):
        digits = str(value)
    else:
        return True
    national = phonenumbers.national_significant_number(number)
    written = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    if digits == "".join(c for c in written if c.isdecimal()):
        return True
    if digits != national:
        return False
    if not isinstance(value, str):
        return True
    region = phonenumbers.region_code_for_number(number)
    found = _format_for(region, national) if region else None
    return found is not None and bool(found.national_prefix_optional_when_formatting)


def _format_for(region: str, national: str) -> NumberFormat | None:
    """The national number format of ``region`` that applies to ``national`` (as
    libphonenumber chooses it: the last leading-digits pattern, then the whole pattern)."""
    for found, leading, pattern in _formats(region):
        if (leading is None or leading.match(national)) and pattern.fullmatch(national):
            return found
    return None


@cache
def _formats(
    region: str,
) -> tuple[tuple[NumberFormat, re.Pattern[str] | None, re.Pattern[str]], ...]:
    metadata = PhoneMetadata.metadata_for_region(region)
    if metadata is None:
        return ()
    return tuple(
        (
            found,
            re.compile(found.leading_digits_pattern[-1]) if found.leading_digits_pattern else None,
            re.compile(found.pattern or ""),
        )
        for found in metadata.number_format
        if found.pattern is not None
    )


@cache
def plan_lengths(region: str) -> int:
    """How many lengths a national number of ``region`` may have: a match in a strict plan
    (France: one) tells more than one in a loose plan (Germany: twelve)."""
    metadata = PhoneMetadata.metadata_for_region(region)
    if metadata is None or metadata.general_desc is None:
        return 99
    return len(metadata.general_desc.possible_length) or 99
