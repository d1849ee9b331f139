"""What can be wrong with a phone number, or was changed to read it, in plain words."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import phonenumbers

from importer.phones.countries import COUNTRY_NAMES
from importer.phones.placeholders import Placeholder


@dataclass(frozen=True, slots=True)
class PhoneProblem:
    """Why a number is invalid, or what was changed to read it: a stable code and a sentence."""

    code: str
    message: str


@dataclass(frozen=True, slots=True)
class PhoneResult:
    """The verdict on one cell.

    ``e164`` is the number to send (valid numbers only), ``error`` why there is none, and
    ``warnings`` what was changed to read it. ``unverified`` holds the E.164 text of a number
    of the right length that libphonenumber does not know as in use (``error`` is then an
    :data:`UNVERIFIED_CODE` problem): it is sent only when the user chooses so.
    """

    e164: str | None
    error: PhoneProblem | None
    warnings: tuple[PhoneProblem, ...] = ()
    unverified: str | None = None


UNVERIFIED_CODE = "unverified_number"
PLACEHOLDER_CODE = "placeholder"

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
SPREADSHEET_NUMBER = PhoneProblem(
    "spreadsheet_number",
    "The cell held the number the way a spreadsheet writes numbers (with .0, thousands "
    "separators or E+); it was read as that whole number.",
)
EXTENSION_DROPPED = PhoneProblem(
    "extension_dropped",
    "The extension after the number was left out: Sociocs stores no extensions.",
)
VANITY_LETTERS = PhoneProblem(
    "vanity_letters", "Letters were turned into digits as on a phone keypad (1-800-FLOWERS)."
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
PLACEHOLDERS = {
    Placeholder.PATTERN: PhoneProblem(
        PLACEHOLDER_CODE,
        "This is a placeholder, not a real phone number (all one digit, or a run such as "
        "1234567890); it is never sent.",
    ),
    Placeholder.FICTION: PhoneProblem(
        PLACEHOLDER_CODE,
        "Numbers 555-0100 to 555-0199 are reserved for films and examples; this is not a real "
        "phone number, and it is never sent.",
    ),
}
SENT_UNVERIFIED = "It is sent anyway, as you chose to send numbers that cannot be verified."
"""Said after an unverified number's message when the user chose to send such numbers."""


def _place(code: int) -> str:
    """Where numbers of country calling code ``code`` belong, in words."""
    if code == 1:
        return "North America (+1)"
    region = phonenumbers.region_code_for_country_code(code)
    return f"{COUNTRY_NAMES.get(region, region)} (+{code})"


@cache
def unverified_problem(code: int) -> PhoneProblem:
    """The error of a possible but not valid number of country calling code ``code``."""
    return PhoneProblem(
        UNVERIFIED_CODE,
        f"No phone number in use in {_place(code)} starts like this one: the number of "
        "digits is right, but that area code or range is not assigned, as far as the phone "
        "number data knows. Check the number and the default country.",
    )


@cache
def local_only_problem(region: str) -> PhoneProblem:
    """The error of a number that lacks its area code in ``region``."""
    name = COUNTRY_NAMES.get(region, region)
    return PhoneProblem(
        "missing_area_code",
        f"The area code is missing: this can only be dialled locally in {name}.",
    )


@cache
def looks_foreign_text(region: str) -> str:
    """Said after a number's error when it is valid in the country most numbers point to."""
    name = COUNTRY_NAMES.get(region, region)
    return (
        f"It is a valid {name} number, and most numbers in this file look like {name} "
        f"numbers: choose {name} as the default country."
    )
