"""Phone numbers: read any cell the way a person would, write E.164, explain every failure.

A :class:`PhoneNormalizer` reads numbers for one default country. Numbers without a country
code are read in that country; ``+``, ``00`` and the country's own international prefix (011 in
the US) are understood; spaces, dashes, dots and parentheses are ignored. A number is good only
when libphonenumber finds it valid: one of the right length in a range not in use is
"unverified" (an error unless the user chooses to send such numbers), and placeholders
(000-000-0000, 123-456-7890, 555-0123) are always errors. Cells damaged by Excel (scientific
notation, digits beyond the 15th, a lost leading zero) are recognised, and whole numbers a
spreadsheet wrote as text (``14159479653.0``) are read as those numbers. Results are cached by
raw value, so a column with repeated values costs one parse per distinct value.
"""

from __future__ import annotations

import math
import re
import unicodedata
from typing import Final

import phonenumbers
from phonenumbers import NumberParseException, PhoneMetadata, ValidationResult

from importer.errors import ImporterError
from importer.i18n import _
from importer.phones import fast as phone_fast
from importer.phones.countries import COUNTRY_NAMES, country_name
from importer.phones.placeholders import Placeholder, looks_like_placeholder, placeholder_kind
from importer.phones.problems import (
    EMPTY,
    EXCEL_PRECISION,
    EXCEL_SCIENTIFIC,
    EXTENSION_DROPPED,
    INVALID_LENGTH,
    LEADING_ZERO,
    NOT_A_NUMBER,
    PLACEHOLDER_CODE,
    PLACEHOLDERS,
    PLUS_GUESS,
    SPREADSHEET_NUMBER,
    TOO_LONG,
    TOO_SHORT,
    UNKNOWN_COUNTRY_CODE,
    UNVERIFIED_CODE,
    VANITY_LETTERS,
    PhoneProblem,
    PhoneResult,
    impossible_problem,
    local_only_problem,
    plus_ambiguous_problem,
    plus_unverified_problem,
    unverified_problem,
)
from importer.phones.spreadsheet_text import spreadsheet_integer
from importer.sources.base import CellValue

Lookup = str | PhoneResult
"""A cached verdict: the E.164 text alone for a clean valid number, else the full result."""

_SCIENTIFIC: Final = re.compile(r"[+-]?\d+(?:[.,]\d*)?[eE][+-]?\d+")
_FORMATTING: Final = str.maketrans("", "", " -.()/\t\u00a0\u2010\u2011\u2012\u2013\u2014")
_EXTENSION: Final = re.compile(
    r"(?P<number>\+?[\d\s().\-/]{6,}\d)\s*(?:x|ext\.?|#)\s*\d{1,6}", re.IGNORECASE
)
"""A number followed by an extension as people write it: x45, ext. 45, #45."""
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
            _('"{region}" is not a country code the program knows.').format(region=region),
            hint=_("Use a two-letter ISO country code such as US, GB, IN or BR."),
        )
    return code


def dial_code(region: str) -> str:
    """The country dial code of ``region`` as text ("US" → "1", "GB" → "44")."""
    return str(phonenumbers.country_code_for_region(check_region(region)))


def country_code_of(e164: str) -> str:
    """The country calling code an E.164 text starts with ("" when none): codes are
    prefix-free, so the first of 1–3 leading digits that is one is it, as ``parse`` finds it."""
    digits = e164[1:]
    if not e164.startswith("+") or not digits[:3].isdecimal() or digits.startswith("0"):
        return ""
    for size in range(1, 4):
        if int(digits[:size]) in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
            return digits[:size]
    return ""


def country_choices() -> list[tuple[str, str, str]]:
    """(region, name in the current language, dial code) for every supported country, sorted
    by that name."""
    return sorted(
        ((r, country_name(r), dial_code(r)) for r in COUNTRY_NAMES),
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
        self._local_only = local_only_problem(self.region)
        self._national = phone_fast.NationalReader(self.region)
        self._zero_recovery = phone_fast.zero_starts_numbers(self.region)
        self._trunk = _written_trunk_prefix(metadata)

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
        bare = text.translate(_FORMATTING)
        plus = bare.startswith("+")
        digits = bare[1:] if plus else bare
        if not (digits.isdecimal() and digits.isascii()):
            return self._read_other(text, bare)
        if plus:
            return self._plus(digits)
        if "." in text or "," in text:
            number = spreadsheet_integer(text)
            if number is not None:
                return _noted(self.lookup(number), SPREADSHEET_NUMBER)
        if len(digits) > 15 and not digits.startswith("0") and not digits[15:].strip("0"):
            return _failed(EXCEL_PRECISION)
        if digits.startswith("00") and not self._idd.match(digits):
            if looks_like_placeholder(digits):
                return _failed(PLACEHOLDERS[Placeholder.PATTERN])
            return self._plus(digits[2:])
        if digits.startswith("0"):
            return self._national_only(digits)
        return self._read_digits(digits)

    def _read_other(self, text: str, bare: str) -> Lookup:
        """Text that is not plain digits: a spreadsheet's number, Excel damage, or for
        phonenumbers (letters, extensions, other separators)."""
        number = spreadsheet_integer(text)
        if number is not None:
            return _noted(self.lookup(number), SPREADSHEET_NUMBER)
        if _SCIENTIFIC.fullmatch(text):
            return _failed(EXCEL_SCIENTIFIC)
        extension = _EXTENSION.fullmatch(text)
        if extension is not None:
            found = self._with_extension(extension["number"].translate(_FORMATTING))
            if found is not None:
                return found
        if bare.startswith("00") and not self._idd.match(bare):
            text = "+" + bare[2:]
        return self._parse(text)

    def _with_extension(self, number: str) -> Lookup | None:
        """The verdict on a number written before an extension (``number`` without its
        formatting), as phonenumbers gives it; None for shapes left to phonenumbers."""
        plus = number.startswith("+")
        digits = number[1:] if plus else number
        if not (digits.isdecimal() and digits.isascii()) or digits.startswith("0"):
            return None
        verdict = phone_fast.international(digits) if plus else self._national.read(digits)
        return None if verdict is None else self._judged(verdict, (EXTENSION_DROPPED,))

    def _plus(self, digits: str) -> Lookup:
        """Digits written after a + (or 00): the country code comes first."""
        verdict = phone_fast.international(digits)
        return self._parse("+" + digits) if verdict is None else self._judged(verdict)

    def _national_only(self, digits: str) -> Lookup:
        """Digits read in the default country only (a leading 0 was written, not lost)."""
        verdict = self._national.read(digits)
        return self._parse(digits) if verdict is None else self._judged(verdict)

    def _valid_reading(self, verdict: phone_fast.Verdict, text: str) -> str | None:
        """The E.164 text when ``verdict`` (None: ask phonenumbers about ``text``) is a clean
        valid number."""
        if verdict is None:
            found = self._parse(text)
            return found if isinstance(found, str) else None
        return verdict if isinstance(verdict, str) else None

    def _read_digits(self, digits: str) -> Lookup:
        """Digits alone, as Excel stores numbers: recover a lost leading 0, or find the number
        a + in front would give (sent only when the file confirms it: ``with_plus``)."""
        national = self._national.read(digits)
        if isinstance(national, str):
            return national if self._trunk is None else self._also_with_plus(digits, national)
        found = self._parse(digits) if national is None else self._judged(national)
        if isinstance(found, str):
            return found if self._trunk is None else self._also_with_plus(digits, found)
        if looks_like_placeholder(digits):
            return found
        with_zero = None
        if self._zero_recovery:
            with_zero = self._valid_reading(self._national.read("0" + digits), "0" + digits)
        plus = self._plus(digits) if _plus_may_differ(national, digits) else None
        with_plus = plus if isinstance(plus, str) else None
        if with_zero is not None and with_plus is None:
            return PhoneResult(with_zero, None, (LEADING_ZERO,))
        if with_plus is not None and with_zero is None:
            return PhoneResult(None, PLUS_GUESS, (), None, with_plus)
        if with_zero is None and isinstance(plus, PhoneResult) and plus.unverified is not None:
            return self._both_readings(found, plus.unverified)
        return found

    def _also_with_plus(self, digits: str, national: str) -> Lookup:
        """``national``, the valid reading of ``digits`` in a country whose numbers are
        written with a trunk prefix (Germany's 0) — unless the digits lack that prefix and,
        read with a + in front, are another valid number: then which number it is is not known
        (``4915112345678``: +49 491 5112345678 as written, +49 1511 2345678 with a +), and the
        reading with a + is kept pending until the file confirms it (:mod:`importer.check.
        plus_readings`); unconfirmed, the row is an error giving both readings."""
        if not phone_fast.may_be_valid_international(digits):
            return national
        plus = self._plus(digits)
        if not isinstance(plus, str) or plus == national:
            return national
        number = phonenumbers.parse(national)
        written = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        if not written.lstrip("(").startswith(str(self._trunk)):
            return national
        problem = plus_ambiguous_problem(self.region, national, plus)
        return PhoneResult(None, problem, (), None, plus)

    def _both_readings(self, found: PhoneResult, with_plus: str) -> PhoneResult:
        """``found``, the national reading's error, in words that also give the reading with
        a + (``with_plus``: possible, not known to be in use) — unless the national reading is
        itself unverified or a placeholder, whose own words stand. Neither reading is sent."""
        if found.error is None or found.error.code in (UNVERIFIED_CODE, PLACEHOLDER_CODE):
            return found
        problem = plus_unverified_problem(self.region, with_plus)
        return PhoneResult(None, problem, found.warnings)

    def _judged(
        self, verdict: phone_fast.Reading | str, warnings: tuple[PhoneProblem, ...] = ()
    ) -> Lookup:
        if isinstance(verdict, str):
            return PhoneResult(verdict, None, warnings) if warnings else verdict
        if verdict.accepted:
            return self._not_valid(verdict, warnings)
        if verdict is phone_fast.NO_COUNTRY_CODE:
            return _failed(UNKNOWN_COUNTRY_CODE)
        code = int(verdict.code)
        return self._verdict(verdict.e164, code, verdict.valid, verdict.possible, warnings)

    def _not_valid(
        self, verdict: phone_fast.Reading, warnings: tuple[PhoneProblem, ...]
    ) -> PhoneResult:
        """:meth:`_verdict` of an accepted reading: not valid, of a length a valid number may
        have and no placeholder, so only its possibility decides."""
        if verdict.possible != ValidationResult.IS_POSSIBLE:
            return self._impossible(verdict.possible)
        return _unverified(verdict.e164, int(verdict.code), warnings)

    def _impossible(self, possible: int) -> PhoneResult:
        """The error of a number whose length is not even possible (``possible``)."""
        if possible == ValidationResult.IS_POSSIBLE_LOCAL_ONLY:
            return _failed(self._local_only)
        return _failed(_IMPOSSIBLE.get(possible, NOT_A_NUMBER))

    def _parse(self, text: str) -> Lookup:
        try:
            number = phonenumbers.parse(text, self.region)
        except NumberParseException as exc:
            return _failed(_PARSE_ERRORS.get(exc.error_type, NOT_A_NUMBER))
        e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        valid = phonenumbers.is_valid_number(number)
        possible = (
            ValidationResult.IS_POSSIBLE
            if valid
            else phonenumbers.is_possible_number_with_reason(number)
        )
        warnings: list[PhoneProblem] = []
        if number.extension:
            warnings.append(EXTENSION_DROPPED)
        if phonenumbers.is_alpha_number(text):
            warnings.append(VANITY_LETTERS)
        code = number.country_code or 0
        return self._verdict(e164, code, valid, possible, tuple(warnings))

    def _verdict(
        self,
        e164: str,
        code: int,
        valid: bool,
        possible: int,
        warnings: tuple[PhoneProblem, ...],
    ) -> Lookup:
        """The result for a number phonenumbers read as ``e164`` (country calling code
        ``code``): valid, unverified (possible but not valid), a placeholder, or an error."""
        if not valid and possible != ValidationResult.IS_POSSIBLE:
            return self._impossible(possible)
        if len(e164) < _E164_MIN:
            return _failed(TOO_SHORT)
        if len(e164) > _E164_MAX:
            return _failed(TOO_LONG)
        placeholder = placeholder_kind(str(code), e164[1 + len(str(code)) :])
        if placeholder is not None:
            return PhoneResult(None, PLACEHOLDERS[placeholder], warnings)
        if not valid:
            return _unverified(e164, code, warnings)
        return PhoneResult(e164, None, warnings) if warnings else e164


def _unverified(e164: str, code: int, warnings: tuple[PhoneProblem, ...]) -> PhoneResult:
    """The result of a number of a possible length that is not valid: unverified (sent only
    when the user chooses so) when it fits its country's numbering plan, else an error that
    nothing sends (:func:`phone_fast.fits_plan`)."""
    if not phone_fast.fits_plan(code, e164[1 + len(str(code)) :]):
        return PhoneResult(None, impossible_problem(code), warnings)
    return PhoneResult(None, unverified_problem(code), warnings, e164)


def _written_trunk_prefix(metadata: PhoneMetadata | None) -> str | None:
    """The trunk prefix national numbers are written with in ``metadata``'s country
    (Germany's 0, Russia's 8); None where numbers are written without one (the US, Italy,
    Spain)."""
    prefix = metadata.national_prefix if metadata is not None else None
    if not prefix or metadata is None:
        return None
    rules = (f.national_prefix_formatting_rule or "" for f in metadata.number_format)
    return prefix if any(prefix in rule for rule in rules) else None


def _plus_may_differ(national: phone_fast.Verdict, digits: str) -> bool:
    """Whether reading ``+digits`` may give a valid number where the national reading
    ``national`` gave none: not when that reading already was ``+digits`` with no prefix to
    consider (the same number), nor when no valid number can follow the country code it
    starts with (:func:`phone_fast.may_be_valid_international`)."""
    if (
        isinstance(national, phone_fast.Reading)
        and national.accepted
        and national.e164[1:] == digits
    ):
        return False
    return phone_fast.may_be_valid_international(digits)


_FAILED: Final[dict[PhoneProblem, PhoneResult]] = {}
"""Problem → the result of a number failing with it alone (results are immutable: shared)."""


def _failed(problem: PhoneProblem) -> PhoneResult:
    found = _FAILED.get(problem)
    if found is None:
        found = _FAILED[problem] = PhoneResult(None, problem, ())
    return found


def _noted(found: Lookup, note: PhoneProblem) -> PhoneResult:
    """``found`` with ``note`` added to its warnings."""
    if isinstance(found, str):
        return PhoneResult(found, None, (note,))
    return PhoneResult(
        found.e164, found.error, (note, *found.warnings), found.unverified, found.with_plus
    )
