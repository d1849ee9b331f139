"""A fast path for phone numbers written as plain digits, with the same verdicts as phonenumbers.

``phonenumbers.parse`` + ``is_valid_number`` cost 25–60 µs per number (for an invalid North
American number ``is_valid_number`` tries the patterns of all 25 regions sharing +1); a million
distinct numbers would take half a minute. Most real numbers are plain digits once spaces,
dashes and parentheses are removed, optionally after a ``+``. For those this module takes the
steps ``phonenumbers.parse`` takes — international prefix, country code, national prefix, the
possible lengths — and decides validity with one precompiled regular expression per country
code that encodes how phonenumbers picks the region among those sharing the code. A valid
number usually costs one regex match, an invalid one a few.

A verdict is the E.164 text (valid, of 7–15 digits and not a placeholder), a
:class:`Reading` (the number phonenumbers would read, whether it is valid and, if not, why —
decided here as well) or ``None`` when a step could go a way not reproduced here (a national
prefix with a transform rule, an unknown or non-geographic country code, too few or too many
digits): then the caller asks phonenumbers. The differential tests compare both on many
generated numbers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Final

from phonenumbers import COUNTRY_CODE_TO_REGION_CODE, PhoneMetadata, ValidationResult

from importer.phones.placeholders import placeholder_kind, placeholder_source

_MIN_NSN, _MAX_NSN = 2, 17
_MAX_CODE_LENGTH = 3
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
_KEEP_UNSTRIPPED: Final = frozenset(
    {
        ValidationResult.TOO_SHORT,
        ValidationResult.IS_POSSIBLE_LOCAL_ONLY,
        ValidationResult.INVALID_LENGTH,
    }
)
"""Length verdicts for which phonenumbers keeps a national prefix it could strip."""
_MIN_E164_DIGITS, _MAX_E164_DIGITS = 7, 15
"""Digits of an E.164 number the normalizer accepts (beyond them it reports too short/long)."""


@dataclass(frozen=True, slots=True)
class Reading:
    """How phonenumbers reads a number it does not call valid (or a valid placeholder)."""

    e164: str
    code: str
    """The country calling code (digits)."""
    valid: bool
    """Valid by phonenumbers' patterns (a valid Reading is a placeholder, or too short or too
    long for the E.164 texts the normalizer accepts)."""
    possible: int
    """``is_possible_number_with_reason`` of the number (IS_POSSIBLE when valid)."""
    accepted: bool = field(default=False, compare=False)
    """Not valid, with a national number of a length a valid E.164 text may have and no
    placeholder: only :attr:`possible` decides what is wrong with it."""

    @property
    def national(self) -> str:
        """The national significant number (the digits after the country code)."""
        return self.e164[1 + len(self.code) :]


Verdict = str | Reading | None

NO_COUNTRY_CODE: Final = Reading("", "", False, ValidationResult.INVALID_COUNTRY_CODE)
"""The verdict on digits after ``+`` that start with no country code (phonenumbers raises
INVALID_COUNTRY_CODE: its retry without the ``+`` cannot find one either)."""


def _valid_types(metadata: PhoneMetadata) -> dict[int, list[str]]:
    """Length → the patterns of the number types phonenumbers tries for national numbers of
    that length (lengths no valid number has are left out)."""
    general = metadata.general_desc
    if general is None or not general.national_number_pattern:
        return {}
    descs = [getattr(metadata, name) for name in _TYPE_FIELDS]
    if not metadata.same_mobile_and_fixed_line_pattern:
        descs.append(metadata.mobile)
    found = {}
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
            found[length] = types
    return found


def _valid_nsn_pattern(metadata: PhoneMetadata) -> str:
    """Regex source matching exactly the national numbers phonenumbers finds a type for."""
    general = metadata.general_desc
    branches = []
    for length, types in _valid_types(metadata).items():
        assert general is not None  # without it no length has types
        shape = f"(?=\\d{{{length}}}\\Z)(?=(?:{general.national_number_pattern})\\Z)"
        branches.append(f"{shape}(?:{'|'.join(types)})")
    return f"(?:{'|'.join(branches)})" if branches else "(?!)"


def _length_verdict(metadata: PhoneMetadata, length: int) -> int:
    """phonenumbers' ``_test_number_length`` for a national number of ``length`` digits."""
    general = metadata.general_desc
    possible = list(general.possible_length) if general is not None else []
    local = general.possible_length_local_only if general is not None else ()
    if length in local:
        return ValidationResult.IS_POSSIBLE_LOCAL_ONLY
    if not possible:
        return ValidationResult.INVALID_LENGTH
    if length == possible[0] or length in possible[1:]:
        return ValidationResult.IS_POSSIBLE
    if length < possible[0]:
        return ValidationResult.TOO_SHORT
    if length > possible[-1]:
        return ValidationResult.TOO_LONG
    return ValidationResult.INVALID_LENGTH


class _RegionSteps:
    """One region's parsing data: its general pattern, national prefix and possible lengths."""

    def __init__(self, metadata: PhoneMetadata) -> None:
        general = metadata.general_desc
        pattern = general.national_number_pattern if general is not None else None
        self.general_source = pattern or "(?!)"
        self.general = re.compile(self.general_source)
        prefix = metadata.national_prefix_for_parsing
        self.prefix_source = prefix or ""
        self.prefix = re.compile(prefix) if prefix else None
        self.transforms = bool(metadata.national_prefix_transform_rule)
        self.lengths = [_length_verdict(metadata, n) for n in range(_MAX_NSN + 2)]

    def no_prefix(self) -> str:
        """Regex source: a lookahead refusing numbers that start with the national prefix."""
        return f"(?!{self.prefix_source})" if self.prefix_source else ""

    def length(self, number: str) -> int:
        """The length verdict of ``number`` (TOO_LONG beyond what phonenumbers stores)."""
        size = len(number)
        return self.lengths[size] if size < len(self.lengths) else ValidationResult.TOO_LONG

    def strip_prefix(self, number: str) -> str | None:
        """``_maybe_strip_national_prefix_carrier_code``'s number (None: a transform rule)."""
        if not number or self.prefix is None:
            return number
        found = self.prefix.match(number)
        if found is None:
            return number
        if self.transforms:
            return None
        stripped = number[found.end() :]
        if self.general.fullmatch(number) and not self.general.fullmatch(stripped):
            return number
        return stripped

    def national_number(self, number: str) -> str | None:
        """The national significant number ``parse`` keeps after its national-prefix step."""
        stripped = self.strip_prefix(number)
        if stripped is None:
            return None
        return number if self.length(stripped) in _KEEP_UNSTRIPPED else stripped


def _combined_validity(regions: tuple[str, ...]) -> str:
    """Regex source: a whole national number valid for the region phonenumbers would pick.

    ``region_code_for_number`` takes the first region (in the metadata's order) whose leading
    digits match or, without leading digits, whose patterns accept the number; the number is
    valid when that region's patterns accept it. Built from the last region to the first.
    """
    metadatas = [m for r in regions if (m := PhoneMetadata.metadata_for_region(r)) is not None]
    single = len(regions) == 1
    source = "(?!)"
    for metadata in reversed(metadatas):
        valid = f"(?:{_valid_nsn_pattern(metadata)})\\Z"
        leading = metadata.leading_digits
        if leading is None or single:
            source = f"(?:{valid}|{source})"
        else:
            source = f"(?:(?=(?:{leading})){valid}|(?!(?:{leading})){source})"
    return source


class CountryCode:
    """Validity and possibility of national numbers after one country calling code."""

    def __init__(self, code: int, regions: tuple[str, ...]) -> None:
        self.code = str(code)
        main = PhoneMetadata.metadata_for_region(regions[0])
        assert main is not None
        self.main = _RegionSteps(main)
        """The parsing data of the main region, which ``parse`` uses after a country code."""
        self.valid = re.compile(_combined_validity(regions))
        self.low = max(_MIN_NSN, _MIN_E164_DIGITS - len(self.code))
        self.high = min(_MAX_NSN, _MAX_E164_DIGITS - len(self.code))
        self.accepted = f"(?=\\d{{{self.low},{self.high}}}\\Z)(?!{placeholder_source(self.code)})"
        """Regex source: a national number of a length and shape a valid E.164 text may have."""
        self.plus = re.compile(f"{self.main.no_prefix()}{self.accepted}")
        """With :attr:`valid`, accepts the common valid numbers written after ``+`` and the code:
        no national prefix to consider, a length phonenumbers stores, not a placeholder."""
        self.valid_lengths = self._valid_lengths(regions)
        """Lengths a national number judged valid (an E.164 text) may have."""

    def _valid_lengths(self, regions: tuple[str, ...]) -> frozenset[int]:
        metadatas = [PhoneMetadata.metadata_for_region(r) for r in regions]
        lengths = {n for m in metadatas if m is not None for n in _valid_types(m)}
        return frozenset(n for n in lengths if self.low <= n <= self.high)

    def may_be_valid_after(self, rest: str) -> bool:
        """Whether ``rest``, the digits written after this country code, may be a valid
        number: False only when neither the ``+`` reading of :func:`international` nor
        :meth:`after_code` can give an E.164 text for them, nor leave them to phonenumbers.

        Unless a national prefix is taken off (which only shortens it; a transform rule could
        lengthen it), the national number is ``rest`` itself.
        """
        size = len(rest)
        if size in self.valid_lengths or size < _MIN_NSN or self.main.transforms:
            return True  # may be valid, or after_code leaves it to phonenumbers
        prefix = self.main.prefix
        return (
            prefix is not None
            and any(n < size for n in self.valid_lengths)
            and prefix.match(rest) is not None
        )

    def judge(self, national: str) -> Verdict:
        """The verdict on the national significant number ``national``."""
        if not _MIN_NSN <= len(national) <= _MAX_NSN:
            return None
        e164 = f"+{self.code}{national}"
        if self.valid.match(national):
            if self.low <= len(national) <= self.high and not placeholder_kind(self.code, national):
                return e164
            return Reading(e164, self.code, True, ValidationResult.IS_POSSIBLE)
        return Reading(e164, self.code, False, self.main.length(national))

    def not_valid(self, national: str) -> Reading:
        """The verdict on a national number of an accepted shape that is not valid."""
        return Reading(
            f"+{self.code}{national}", self.code, False, self.main.length(national), True
        )

    def after_code(self, rest: str) -> Verdict:
        """The verdict on ``rest``, the digits written after this country code."""
        if len(rest) < _MIN_NSN:
            return None
        national = self.main.national_number(rest)
        return None if national is None else self.judge(national)


@cache
def country_code(code: int) -> CountryCode | None:
    """The rules of a geographic country calling code (None: unknown or non-geographic)."""
    regions = COUNTRY_CODE_TO_REGION_CODE.get(code)
    if not regions or "001" in regions:
        return None
    return CountryCode(code, tuple(regions))


def _codes_by_start() -> dict[str, tuple[int, int]]:
    """First three digits → (length, value) of the country calling code they start with.

    Codes are prefix-free, so the first of 1–3 leading digits that is a code is it, as
    ``parse`` finds it; three digits starting with no code are left out.
    """
    found = {}
    for start in range(1000):
        digits = f"{start:03d}"
        for size in range(1, _MAX_CODE_LENGTH + 1):
            if int(digits[:size]) in COUNTRY_CODE_TO_REGION_CODE:
                found[digits] = (size, int(digits[:size]))
                break
    return found


_CODE_AT_START: Final = _codes_by_start()


def international(digits: str) -> Verdict:
    """The verdict on ``+digits`` (``digits`` plain ASCII digits)."""
    if len(digits) <= _MIN_NSN or digits.startswith("0"):
        return None  # too short after the +; or the retry without it may read a prefix
    found = _CODE_AT_START.get(digits[:3])
    if found is None:
        return NO_COUNTRY_CODE
    size, code = found
    rules = country_code(code)
    if rules is None:
        return None
    rest = digits[size:]
    if rules.plus.match(rest):  # no prefix to consider: read as it is
        return "+" + digits if rules.valid.match(rest) else rules.not_valid(rest)
    return rules.after_code(rest)


def may_be_valid_international(digits: str) -> bool:
    """Whether ``+digits`` may be a valid number: False only when :func:`international`
    gives no E.164 text and leaves nothing to phonenumbers (no country code, or a number of
    digits after it that no valid number of that code has)."""
    if len(digits) <= _MIN_NSN or digits.startswith("0"):
        return True
    found = _CODE_AT_START.get(digits[:3])
    if found is None:
        return False
    size, code = found
    rules = country_code(code)
    return rules is None or rules.may_be_valid_after(digits[size:])


class NationalReader:
    """Digits without ``+`` read in a default region, as ``phonenumbers.parse`` does."""

    def __init__(self, region: str) -> None:
        metadata = PhoneMetadata.metadata_for_region(region)
        assert metadata is not None
        self.code = str(metadata.country_code)
        self.rules = country_code(metadata.country_code)
        self.steps = _RegionSteps(metadata)
        idd = metadata.international_prefix
        self.idd = re.compile(idd) if idd else None
        self.skip = len(self.code)
        self.plain = self.prefixed = self.valid = re.compile("(?!)")
        if self.rules is None:
            return
        rules, own = self.rules, self.steps
        no_idd = f"(?!{idd})" if idd else ""
        general = f"(?:{own.general_source})\\Z"
        tail = rules.accepted
        self.plain = re.compile(f"{no_idd}(?!{self.code}){own.no_prefix()}{tail}")
        self.prefixed = re.compile(
            f"{no_idd}(?!{general}){self.code}{own.no_prefix()}(?={general})"
            f"{rules.main.no_prefix()}{tail}"
        )
        self.valid = rules.valid

    def read(self, digits: str) -> Verdict:
        """The verdict on national ``digits`` (plain ASCII digits)."""
        if self.plain.match(digits):
            if self.valid.match(digits):
                return f"+{self.code}{digits}"
            assert self.rules is not None  # without rules nothing matches ``plain``
            return self.rules.not_valid(digits)  # no prefix to consider: read as it is
        if self.prefixed.match(digits):  # the country code, then no prefix to consider
            if self.valid.match(digits, self.skip):
                return "+" + digits
            assert self.rules is not None  # without rules nothing matches ``prefixed``
            return self.rules.not_valid(digits[self.skip :])
        return self._steps(digits)

    def _steps(self, digits: str) -> Verdict:
        """The same steps one by one, for the numbers the two patterns do not accept."""
        rules = self.rules
        if rules is None or len(digits) <= _MIN_NSN:
            return None
        if self.idd is not None:
            found = self.idd.match(digits)
            if found is not None and not digits.startswith("0", found.end()):
                return international(digits[found.end() :])
        if digits.startswith(self.code):
            potential = self.steps.strip_prefix(digits[len(self.code) :])
            if potential is None:
                return None
            general = self.steps.general
            if (
                not general.fullmatch(digits) and general.fullmatch(potential)
            ) or self.steps.length(digits) == ValidationResult.TOO_LONG:
                return rules.after_code(potential)
        national = self.steps.national_number(digits)
        return None if national is None else rules.judge(national)


@cache
def _plan(code: int) -> re.Pattern[str] | None:
    """The general pattern of every region sharing country calling code ``code`` (the
    non-geographic one for codes such as 800), as one regex; None for an unknown code."""
    regions = COUNTRY_CODE_TO_REGION_CODE.get(code, ())
    metadatas = [
        PhoneMetadata.metadata_for_nongeo_region(code)
        if region == "001"
        else PhoneMetadata.metadata_for_region(region)
        for region in regions
    ]
    sources = [
        f"(?:{m.general_desc.national_number_pattern})"
        for m in metadatas
        if m is not None and m.general_desc is not None and m.general_desc.national_number_pattern
    ]
    return re.compile("|".join(sources)) if sources else None


NANP_CODE = 1
NANP_DIGITS = 10
"""North America's country calling code and its numbers' length: area code, exchange, line."""


def fits_plan(code: int, national: str) -> bool:
    """Whether the national significant number ``national`` has the form of some number of
    country calling code ``code`` (its regions' general pattern: French numbers never start
    with 0; North American area codes never start with 0 or 1, and neither do their exchanges,
    the three digits after the area code, which the general pattern does not say).

    A number of a possible length that is not valid may be in a range newer than the phone
    number data only when it fits the plan; outside it, no new range can make it valid.
    """
    plan = _plan(code)
    if plan is None or plan.fullmatch(national) is None:
        return False
    return code != NANP_CODE or len(national) != NANP_DIGITS or national[3] not in "01"


def zero_starts_numbers(region: str) -> bool:
    """Whether numbers of ``region`` keep a leading 0 after the country code (as in Italy).

    Judged from the example numbers of each number type in phonenumbers' metadata.
    """
    metadata = PhoneMetadata.metadata_for_region(region)
    if metadata is None:
        return False
    descs = [getattr(metadata, name) for name in (*_TYPE_FIELDS, "mobile")]
    return any(d is not None and (d.example_number or "").startswith("0") for d in descs)
