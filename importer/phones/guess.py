"""Whether cell values are phone numbers, to find the phone column by content when no header
names it: a quick country-free guess, and the full check for a default country.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from importer.phones.normalize import PhoneNormalizer
from importer.sources.base import CellValue

MIN_DIGITS = 7
MAX_DIGITS = 15
_PHONE_TEXT = re.compile(r"\+?[\d\s().\-/]+(?:\s*(?:x|ext\.?|extension|#)\s*\d{1,6})?", re.I)
_DATE_OR_TIME = re.compile(r"\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}$")
EXCEL_DAMAGE_CODES = frozenset({"excel_scientific", "excel_precision"})
"""Errors that still show the cell held a phone number (Excel cut its digits)."""
_SCIENTIFIC = re.compile(r"\d(?:[.,]\d+)?E\+\d{1,2}", re.I)


def looks_like_phone(value: CellValue) -> bool:
    """Whether ``value`` could be a phone number: 7–15 digits with the usual punctuation.

    Numbers Excel showed in scientific notation (``1.61755E+10``) count: the column is still
    the phone column, even though those cells lost digits.
    """
    if isinstance(value, bool) or value is None:
        return False
    if isinstance(value, int):
        return MIN_DIGITS <= len(str(abs(value))) <= MAX_DIGITS
    if isinstance(value, float):
        return value.is_integer() and MIN_DIGITS <= len(str(int(abs(value)))) <= MAX_DIGITS
    text = value.strip()
    if _SCIENTIFIC.fullmatch(text):
        return True
    if not _PHONE_TEXT.fullmatch(text) or _DATE_OR_TIME.match(text):
        return False
    number: str = re.split(r"(?i)x|ext|#", text, maxsplit=1)[0]
    digits = sum(c.isdigit() for c in number)
    return MIN_DIGITS <= digits <= MAX_DIGITS


def phone_share(values: Iterable[CellValue]) -> tuple[float, int]:
    """The share of non-empty ``values`` that look like phone numbers, and how many there were."""
    filled = [v for v in values if v is not None and v != ""]
    if not filled:
        return 0.0, 0
    return sum(looks_like_phone(v) for v in filled) / len(filled), len(filled)


def valid_share(values: Iterable[CellValue], normalizer: PhoneNormalizer) -> float:
    """The share of non-empty ``values`` that are phone numbers of ``normalizer``'s country
    (or carry a country code, with or without its +), counting numbers Excel damaged and
    numbers of the right length in ranges not known to be in use."""
    filled = [v for v in values if v is not None and v != ""]
    if not filled:
        return 0.0
    valid = 0
    for value in filled:
        result = normalizer.normalize(value)
        valid += (
            result.e164 is not None
            or result.unverified is not None
            or result.with_plus is not None
            or (result.error is not None and result.error.code in EXCEL_DAMAGE_CODES)
        )
    return valid / len(filled)


def valid_numbers(values: Sequence[CellValue], normalizers: Sequence[PhoneNormalizer]) -> int:
    """How many distinct valid numbers ``values`` give, each read by the normalizer at the same
    position (its row's country). Numbers valid only with a + count when they are most of the
    column's numbers (the column is written that way, and the check confirms them)."""
    valid: set[str] = set()
    with_plus: set[str] = set()
    for value, normalizer in zip(values, normalizers, strict=True):
        if value is None or value == "":
            continue
        result = normalizer.normalize(value)
        if result.e164 is not None:
            valid.add(result.e164)
        elif result.with_plus is not None:
            with_plus.add(result.with_plus)
    return len(valid) + len(with_plus) if len(with_plus) > len(valid) else len(valid)
