"""A fast path for phone numbers written as plain digits, with the same verdicts as phonenumbers.

``phonenumbers.parse`` + ``is_valid_number`` cost about 25 µs per number; a million distinct
numbers would take half a minute. Most real numbers are plain digits (once spaces, dashes and
parentheses are removed), optionally after a ``+``. For those, this module reproduces the steps
phonenumbers takes — country code extraction, national prefix handling, the region's validity
patterns — with one precompiled regular expression per country and number length.

It only ever answers "valid, and here is the E.164 text". Whenever a step could go more than
one way (a national prefix or international prefix at the start, a leading 0, a non-geographic
country code, a number not valid), it answers ``None`` and the caller asks phonenumbers. The
tests compare both on many generated numbers.
"""

from __future__ import annotations

import re
from functools import cache

from phonenumbers import COUNTRY_CODE_TO_REGION_CODE, PhoneMetadata

_MIN_NSN, _MAX_NSN = 2, 17
_E164_MIN, _E164_MAX = 8, 16
_TYPE_FIELDS = (
    "premium_rate",
    "toll_free",
    "shared_cost",
    "voip",
    "personal_number",
    "pager",
    "uan",
    "voicemail",
    "fixed_line",
)


class _RegionPatterns:
    """A region's validity check as two regexes per length: general shape, then any type."""

    def __init__(self, metadata: PhoneMetadata) -> None:
        general = metadata.general_desc
        descs = [getattr(metadata, name) for name in _TYPE_FIELDS]
        if not metadata.same_mobile_and_fixed_line_pattern:
            descs.append(metadata.mobile)
        self.general: dict[int, re.Pattern[str]] = {}
        self.types: dict[int, re.Pattern[str]] = {}
        if general is None or not general.national_number_pattern:
            return
        for length in range(_MIN_NSN, _MAX_NSN + 1):
            if general.possible_length and length not in general.possible_length:
                continue
            alternatives = [
                f"(?:{desc.national_number_pattern})"
                for desc in descs
                if desc is not None
                and desc.national_number_pattern
                and (not desc.possible_length or length in desc.possible_length)
            ]
            if alternatives:
                self.general[length] = re.compile(general.national_number_pattern)
                self.types[length] = re.compile("|".join(alternatives))

    def valid(self, nsn: str) -> bool:
        """Whether phonenumbers would give ``nsn`` a number type in this region."""
        general = self.general.get(len(nsn))
        if general is None or general.fullmatch(nsn) is None:
            return False
        return self.types[len(nsn)].fullmatch(nsn) is not None


class _CountryCode:
    """Validity for one country calling code, choosing the region as phonenumbers does."""

    def __init__(self, regions: tuple[str, ...]) -> None:
        self.single = len(regions) == 1
        self.rules: list[tuple[re.Pattern[str] | None, _RegionPatterns]] = []
        for region in regions:
            metadata = PhoneMetadata.metadata_for_region(region)
            if metadata is None:
                continue
            digits = metadata.leading_digits
            leading = re.compile(digits) if digits is not None else None
            self.rules.append((leading, _RegionPatterns(metadata)))
        main = PhoneMetadata.metadata_for_region(regions[0])
        prefix = main.national_prefix_for_parsing if main is not None else None
        self.national_prefix = re.compile(prefix) if prefix else None

    def valid(self, nsn: str) -> bool:
        if self.single:
            return bool(self.rules) and self.rules[0][1].valid(nsn)
        for leading, patterns in self.rules:
            if leading is not None:
                if leading.match(nsn):
                    return patterns.valid(nsn)
            elif patterns.valid(nsn):
                return True
        return False


@cache
def _country_code(code: int) -> _CountryCode | None:
    regions = COUNTRY_CODE_TO_REGION_CODE.get(code)
    if not regions or "001" in regions:
        return None
    return _CountryCode(tuple(regions))


def _e164(code: str, rules: _CountryCode, nsn: str) -> str | None:
    if nsn.startswith("0") or not _MIN_NSN <= len(nsn) <= _MAX_NSN:
        return None
    if rules.national_prefix is not None and rules.national_prefix.match(nsn):
        return None
    if not rules.valid(nsn):
        return None
    e164 = f"+{code}{nsn}"
    return e164 if _E164_MIN <= len(e164) <= _E164_MAX else None


def international(digits: str) -> str | None:
    """The E.164 form of ``+digits`` when phonenumbers finds it valid (``None``: ask it)."""
    if len(digits) < 4 or digits.startswith("0"):
        return None
    for size in (1, 2, 3):
        if int(digits[:size]) in COUNTRY_CODE_TO_REGION_CODE:
            rules = _country_code(int(digits[:size]))
            return None if rules is None else _e164(digits[:size], rules, digits[size:])
    return None


class NationalReader:
    """Digits without ``+`` read in a default region, as ``phonenumbers.parse`` does."""

    def __init__(self, region: str) -> None:
        metadata = PhoneMetadata.metadata_for_region(region)
        assert metadata is not None
        self.code = str(metadata.country_code)
        self.rules = _country_code(metadata.country_code)
        idd = metadata.international_prefix
        self.idd = re.compile(idd) if idd else None
        prefix = metadata.national_prefix_for_parsing
        self.national_prefix = re.compile(prefix) if prefix else None
        general = metadata.general_desc
        pattern = general.national_number_pattern if general is not None else None
        self.general = re.compile(pattern) if pattern else None

    def read(self, digits: str) -> str | None:
        """The E.164 form of national ``digits`` when valid (``None``: ask phonenumbers)."""
        rules = self.rules
        if rules is None or self.general is None or digits.startswith("0"):
            return None
        if self.idd is not None and self.idd.match(digits):
            return None
        if digits.startswith(self.code):
            potential = digits[len(self.code) :]
            if self.national_prefix is not None and self.national_prefix.match(potential):
                return None
            if self.general.fullmatch(digits) or not self.general.fullmatch(potential):
                return None
            return _e164(self.code, rules, potential)
        if self.national_prefix is not None and self.national_prefix.match(digits):
            return None
        return _e164(self.code, rules, digits)
