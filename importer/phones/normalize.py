"""Phone numbers: read any cell the way a person would, write E.164, explain every failure.

A :class:`PhoneNormalizer` reads numbers for one default country. Numbers without a country
code are read in that country; ``+``, ``00`` and the country's own international prefix (011 in
the US) are understood; spaces, dashes, dots and parentheses are ignored. Cells damaged by Excel
(scientific notation, digits beyond the 15th, a lost leading zero) are recognised. Results are
cached by raw value, so a column with repeated values costs one parse per distinct value.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from typing import Final

import phonenumbers
from phonenumbers import NumberParseException, PhoneMetadata, ValidationResult

from importer.errors import ImporterError
from importer.phones import fast as phone_fast
from importer.phones.countries import COUNTRY_NAMES
from importer.sources.base import CellValue


@dataclass(frozen=True, slots=True)
class PhoneProblem:
    """Why a number is invalid, or what was changed to read it: a stable code and a sentence."""

    code: str
    message: str


@dataclass(frozen=True, slots=True)
class PhoneResult:
    """The E.164 number (``None`` when invalid), the error if any, and warnings."""

    e164: str | None
    error: PhoneProblem | None
    warnings: tuple[PhoneProblem, ...] = ()


Lookup = str | PhoneResult
"""A cached verdict: the E.164 text alone for a clean valid number, else the full result."""

_EXCEL_FIX = (
    "In Excel, format the phone column as Text (or as Number with 0 decimal places), "
    "re-enter or re-import the numbers, and save the file again."
)
EMPTY = PhoneProblem("empty", "No phone number.")
NOT_A_NUMBER = PhoneProblem("not_a_number", "This is not a phone number.")
TOO_SHORT = PhoneProblem("too_short", "Too few digits for a phone number.")
TOO_LONG = PhoneProblem("too_long", "Too many digits for a phone number.")
INVALID_LENGTH = PhoneProblem(
    "invalid_length", "The number of digits does not fit any phone number of this country."
)
UNKNOWN_COUNTRY_CODE = PhoneProblem(
    "unknown_country_code", "The number starts with a country code that does not exist."
)
EXCEL_SCIENTIFIC = PhoneProblem(
    "excel_scientific",
    "Excel turned this number into scientific notation (like 1.61755E+10) and its last "
    f"digits are lost. {_EXCEL_FIX}",
)
EXCEL_PRECISION = PhoneProblem(
    "excel_precision",
    "This number has more than 15 digits, and Excel keeps only 15: the last digits are lost. "
    f"{_EXCEL_FIX}",
)
EXTENSION_DROPPED = PhoneProblem(
    "extension_dropped",
    "The extension after the number was left out: Sociocs stores no extensions.",
)
VANITY_LETTERS = PhoneProblem(
    "vanity_letters", "Letters were turned into digits as on a phone keypad (1-800-FLOWERS)."
)
NOT_VALID = PhoneProblem(
    "possibly_invalid",
    "The number has the right length but is not in use in its country as far as we know; check it.",
)
LEADING_ZERO = PhoneProblem(
    "leading_zero_restored",
    "The leading 0 was missing (Excel drops it from numbers) and was put back.",
)
COUNTRY_CODE_READ = PhoneProblem(
    "country_code_read",
    "The number is not valid in the default country; it was read as starting with a country "
    "code (a + was added).",
)

_SCIENTIFIC: Final = re.compile(r"[+-]?\d+(?:[.,]\d*)?[eE][+-]?\d+")
_FORMATTING: Final = str.maketrans("", "", " -.()/\t\u00a0\u2010\u2011\u2012\u2013\u2014")
_PARSE_ERRORS: Final = {
    NumberParseException.INVALID_COUNTRY_CODE: UNKNOWN_COUNTRY_CODE,
    NumberParseException.NOT_A_NUMBER: NOT_A_NUMBER,
    NumberParseException.TOO_SHORT_AFTER_IDD: TOO_SHORT,
    NumberParseException.TOO_SHORT_NSN: TOO_SHORT,
    NumberParseException.TOO_LONG: TOO_LONG,
}
_IMPOSSIBLE: Final = {
    ValidationResult.INVALID_COUNTRY_CODE: UNKNOWN_COUNTRY_CODE,
    ValidationResult.TOO_SHORT: TOO_SHORT,
    ValidationResult.TOO_LONG: TOO_LONG,
    ValidationResult.INVALID_LENGTH: INVALID_LENGTH,
}
_MAX_EXCEL_INT: Final = 10**15
_E164_MIN, _E164_MAX = 8, 16


def check_region(region: str) -> str:
    """``region`` upper-cased; an :class:`ImporterError` when phonenumbers does not know it."""
    code = region.strip().upper()
    if code not in phonenumbers.SUPPORTED_REGIONS:
        raise ImporterError(
            f'"{region}" is not a country code the program knows.',
            hint="Use a two-letter ISO country code such as US, GB, IN or BR.",
        )
    return code


def dial_code(region: str) -> str:
    """The country dial code of ``region`` as text ("US" → "1", "GB" → "44")."""
    return str(phonenumbers.country_code_for_region(check_region(region)))


def country_choices() -> list[tuple[str, str, str]]:
    """(region, English name, dial code) for every supported country, sorted by name."""
    return sorted(
        ((r, n, dial_code(r)) for r, n in COUNTRY_NAMES.items()),
        key=lambda choice: _sort_key(choice[1]),
    )


def _sort_key(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


class PhoneNormalizer:
    """Reads phone numbers for one default country; results are cached by raw value."""

    def __init__(self, region: str) -> None:
        self.region = check_region(region)
        metadata = PhoneMetadata.metadata_for_region(self.region)
        idd = metadata.international_prefix if metadata is not None else None
        self._idd = re.compile(idd or "00")
        self._text: dict[str, Lookup] = {}
        self._numbers: dict[int, Lookup] = {}
        self._local_only = _local_only(self.region)
        self._national = phone_fast.NationalReader(self.region)
        self._zero_recovery = phone_fast.zero_starts_numbers(self.region)

    def normalize(self, value: CellValue) -> PhoneResult:
        """The verdict on one cell value (text, number, boolean or empty)."""
        found = self.lookup(value)
        return PhoneResult(found, None, ()) if isinstance(found, str) else found

    def lookup(self, value: CellValue) -> Lookup:
        """Like :meth:`normalize`, but a clean valid number comes back as its E.164 text."""
        if isinstance(value, str):
            found = self._text.get(value)
            if found is None:
                found = self._text[value] = self._read_text(value)
            return found
        if value is None:
            return _failed(EMPTY)
        if isinstance(value, bool):
            return _failed(NOT_A_NUMBER)
        if isinstance(value, int):
            found = self._numbers.get(value)
            if found is None:
                found = self._numbers[value] = self._read_int(value)
            return found
        return self._read_float(value)

    def _read_float(self, value: float) -> Lookup:
        if not math.isfinite(value) or not value.is_integer():
            return _failed(NOT_A_NUMBER)
        return self.lookup(int(value))

    def _read_int(self, value: int) -> Lookup:
        if value <= 0:
            return _failed(NOT_A_NUMBER)
        if value >= _MAX_EXCEL_INT:
            return _failed(EXCEL_PRECISION)
        return self._read_digits(str(value))

    def _read_text(self, value: str) -> Lookup:
        text = value.strip()
        if not text:
            return _failed(EMPTY)
        if _SCIENTIFIC.fullmatch(text):
            return _failed(EXCEL_SCIENTIFIC)
        bare = text.translate(_FORMATTING)
        plus = bare.startswith("+")
        digits = bare[1:] if plus else bare
        if not (digits.isdecimal() and digits.isascii()):
            if bare.startswith("00") and not self._idd.match(bare):
                text = "+" + bare[2:]
            return self._parse(text)
        if plus:
            return self._plus(digits)
        if len(digits) > 15 and not digits.startswith("0") and not digits[15:].strip("0"):
            return _failed(EXCEL_PRECISION)
        if digits.startswith("00") and not self._idd.match(digits):
            return self._plus(digits[2:])
        if digits.startswith("0"):
            return self._parse(digits)
        return self._read_digits(digits)

    def _plus(self, digits: str) -> Lookup:
        """Digits written after a + (or 00): the country code comes first."""
        return phone_fast.international(digits) or self._parse("+" + digits)

    def _with_plus(self, digits: str) -> str | None:
        """The E.164 text of ``+digits`` when that is a valid number without warnings."""
        verdict = phone_fast.international(digits)
        if verdict is None:
            found = self._parse("+" + digits)
            return found if isinstance(found, str) else None
        return verdict or None

    def _with_zero(self, digits: str) -> str | None:
        """The E.164 text of ``0digits`` when this country keeps leading zeros and it is valid."""
        if not self._zero_recovery:
            return None
        found = self._parse("0" + digits)
        return found if isinstance(found, str) else None

    def _read_digits(self, digits: str) -> Lookup:
        """Digits alone, as Excel stores numbers: recover a lost leading 0 or a missing +."""
        fast = self._national.read(digits)
        if fast:
            return fast
        found = self._parse(digits)
        if isinstance(found, str):
            return found
        with_zero, with_plus = self._with_zero(digits), self._with_plus(digits)
        if with_zero is not None and with_plus is None:
            return PhoneResult(with_zero, None, (LEADING_ZERO,))
        if with_plus is not None and with_zero is None:
            return PhoneResult(with_plus, None, (COUNTRY_CODE_READ,))
        return found

    def _parse(self, text: str) -> Lookup:
        try:
            number = phonenumbers.parse(text, self.region)
        except NumberParseException as exc:
            return _failed(_PARSE_ERRORS.get(exc.error_type, NOT_A_NUMBER))
        e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        warnings: list[PhoneProblem] = []
        if not phonenumbers.is_valid_number(number):
            reason = phonenumbers.is_possible_number_with_reason(number)
            if reason == ValidationResult.IS_POSSIBLE_LOCAL_ONLY:
                return _failed(self._local_only)
            if reason != ValidationResult.IS_POSSIBLE:
                return _failed(_IMPOSSIBLE.get(reason, NOT_A_NUMBER))
            warnings.append(NOT_VALID)
        if len(e164) < _E164_MIN:
            return _failed(TOO_SHORT)
        if len(e164) > _E164_MAX:
            return _failed(TOO_LONG)
        if number.extension:
            warnings.append(EXTENSION_DROPPED)
        if phonenumbers.is_alpha_number(text):
            warnings.append(VANITY_LETTERS)
        return PhoneResult(e164, None, tuple(warnings)) if warnings else e164


def _failed(problem: PhoneProblem) -> PhoneResult:
    return PhoneResult(None, problem, ())


def _local_only(region: str) -> PhoneProblem:
    name = COUNTRY_NAMES.get(region, region)
    return PhoneProblem(
        "missing_area_code",
        f"The area code is missing: this can only be dialled locally in {name}.",
    )
