"""A fast path for phone numbers written as plain digits, with the same verdicts as phonenumbers.

``phonenumbers.parse`` + ``is_valid_number`` cost about 25 µs per number; a million distinct
numbers would take half a minute. Most real numbers are plain digits (once spaces, dashes and
parentheses are removed), optionally after a ``+``. For those, this module reproduces the steps
phonenumbers takes — international prefix, country code extraction, national prefix, the
region's validity patterns — folded into one precompiled regular expression per default
country (and per country code after a ``+``), so a typical number costs one regex match.

A verdict is the E.164 text (valid), :data:`INVALID` (phonenumbers would read the same country
code and national number and find them not valid) or ``None`` whenever a step could go more
than one way (a national prefix or international prefix at the start, a leading 0, a
non-geographic country code): then the caller asks phonenumbers. The tests compare both on many
generated numbers.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final, Literal

from phonenumbers import COUNTRY_CODE_TO_REGION_CODE, PhoneMetadata

INVALID: Final = False
Verdict = str | Literal[False] | None

_MIN_NSN, _MAX_NSN = 2, 17
_MIN_E164_DIGITS, _MAX_E164_DIGITS = 7, 15
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


def _valid_nsn_pattern(metadata: PhoneMetadata) -> str:
    """Regex source matching exactly the national numbers phonenumbers finds a type for."""
    general = metadata.general_desc
    if general is None or not general.national_number_pattern:
        return "(?!)"
    descs = [getattr(metadata, name) for name in _TYPE_FIELDS]
    if not metadata.same_mobile_and_fixed_line_pattern:
        descs.append(metadata.mobile)
    branches = []
    for length in range(_MIN_NSN, _MAX_NSN + 1):
        if general.possible_length and length not in general.possible_length:
            continue
        types = [
            f"(?:{desc.national_number_pattern})"
            for desc in descs
            if desc is not None
            and desc.national_number_pattern
            and (not desc.possible_length or length in desc.possible_length)
        ]
        if types:
            shape = f"(?=\\d{{{length}}}\\Z)(?=(?:{general.national_number_pattern})\\Z)"
            branches.append(f"{shape}(?:{'|'.join(types)})")
    return f"(?:{'|'.join(branches)})" if branches else "(?!)"


class _CountryCode:
    """Validity for one country calling code, choosing the region as phonenumbers does."""

    def __init__(self, code: int, regions: tuple[str, ...]) -> None:
        self.single = len(regions) == 1
        self.rules: list[tuple[re.Pattern[str] | None, re.Pattern[str]]] = []
        first = ""
        for region in regions:
            metadata = PhoneMetadata.metadata_for_region(region)
            if metadata is None:
                continue
            valid = _valid_nsn_pattern(metadata)
            digits = metadata.leading_digits
            leading = None if digits is None or self.single else f"(?={digits})"
            self.rules.append((None if leading is None else re.compile(leading), re.compile(valid)))
            first = first or (leading or "") + valid
        main = PhoneMetadata.metadata_for_region(regions[0])
        self.national_prefix = main.national_prefix_for_parsing if main is not None else None
        self.first_rule = first or "(?!)"
        """Regex source: valid for the first region in the list (the common case)."""
        self.plus = re.compile(self.guard(len(str(code))) + self.first_rule)
        self.guard_re = re.compile(self.guard(len(str(code))))

    def guard(self, code_length: int) -> str:
        """Lookaheads a national number must pass for the steps to be unambiguous."""
        low = max(_MIN_NSN, _MIN_E164_DIGITS - code_length)
        high = min(_MAX_NSN, _MAX_E164_DIGITS - code_length)
        prefix = f"(?!{self.national_prefix})" if self.national_prefix else ""
        return f"(?!0){prefix}(?=\\d{{{low},{high}}}\\Z)"

    def valid(self, nsn: str) -> bool:
        """Whether phonenumbers would call ``nsn`` valid for this country code."""
        if self.single:
            return bool(self.rules) and self.rules[0][1].fullmatch(nsn) is not None
        for leading, valid in self.rules:
            if leading is not None:
                if leading.match(nsn):
                    return valid.fullmatch(nsn) is not None
            elif valid.fullmatch(nsn):
                return True
        return False

    def verdict(self, code: str, nsn: str) -> Verdict:
        """The verdict on ``nsn`` read after this country code, ``code`` (``None``: ambiguous)."""
        if not self.guard_re.match(nsn):
            return None
        return f"+{code}{nsn}" if self.valid(nsn) else INVALID


@cache
def _country_code(code: int) -> _CountryCode | None:
    regions = COUNTRY_CODE_TO_REGION_CODE.get(code)
    if not regions or "001" in regions:
        return None
    return _CountryCode(code, tuple(regions))


def international(digits: str) -> Verdict:
    """The verdict on ``+digits`` (``digits`` plain ASCII digits)."""
    if len(digits) < 4 or digits.startswith("0"):
        return None
    for size in (1, 2, 3):
        if int(digits[:size]) in COUNTRY_CODE_TO_REGION_CODE:
            rules = _country_code(int(digits[:size]))
            if rules is None:
                return None
            if rules.plus.fullmatch(digits, size):
                return "+" + digits
            return rules.verdict(digits[:size], digits[size:])
    return None


class NationalReader:
    """Digits without ``+`` read in a default region, as ``phonenumbers.parse`` does."""

    def __init__(self, region: str) -> None:
        metadata = PhoneMetadata.metadata_for_region(region)
        assert metadata is not None
        self.code = str(metadata.country_code)
        self.rules = _country_code(metadata.country_code)
        general = metadata.general_desc
        pattern = general.national_number_pattern if general is not None else None
        if self.rules is None or not pattern:
            self.plain = self.prefixed = self.general = re.compile("(?!)")
            return
        self.general = re.compile(pattern)
        no_idd = f"(?!{metadata.international_prefix})" if metadata.international_prefix else ""
        own = metadata.national_prefix_for_parsing
        no_prefix = f"(?!{own})" if own else ""
        guard = no_idd + no_prefix + self.rules.guard(len(self.code))
        self.plain = re.compile(f"(?!{self.code}){guard}{self.rules.first_rule}")
        self.prefixed = re.compile(
            f"{no_idd}(?!(?:{pattern})\\Z){self.code}(?=(?:{pattern})\\Z)"
            f"{no_prefix}{self.rules.guard(len(self.code))}{self.rules.first_rule}"
        )
        self.no_idd = re.compile(no_idd)
        self.no_prefix = re.compile(no_prefix)

    def read(self, digits: str) -> Verdict:
        """The verdict on national ``digits`` (plain ASCII digits)."""
        if self.plain.fullmatch(digits):
            return f"+{self.code}{digits}"
        if self.prefixed.fullmatch(digits):
            return "+" + digits
        return self._slow(digits)

    def _slow(self, digits: str) -> Verdict:
        """The same steps one by one, for numbers of the other regions sharing the code."""
        rules = self.rules
        if rules is None or not self.no_idd.match(digits):
            return None
        if digits.startswith(self.code):
            potential = digits[len(self.code) :]
            if not self.no_prefix.match(potential):
                return None
            if self.general.fullmatch(digits) or not self.general.fullmatch(potential):
                return None
            return rules.verdict(self.code, potential)
        if not self.no_prefix.match(digits):
            return None
        return rules.verdict(self.code, digits)


def zero_starts_numbers(region: str) -> bool:
    """Whether numbers of ``region`` keep a leading 0 after the country code (as in Italy).

    Judged from the example numbers of each number type in phonenumbers' metadata.
    """
    metadata = PhoneMetadata.metadata_for_region(region)
    if metadata is None:
        return False
    descs = [getattr(metadata, name) for name in (*_TYPE_FIELDS, "mobile")]
    return any(d is not None and (d.example_number or "").startswith("0") for d in descs)
