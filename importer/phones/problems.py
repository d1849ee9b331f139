"""What can be wrong with a phone number, or was changed to read it, in plain words."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import phonenumbers

from importer.i18n import N_, _, current_language
from importer.phones.countries import country_name
from importer.phones.placeholders import Placeholder


@dataclass(frozen=True, slots=True)
class PhoneProblem:
    """Why a number is invalid, or what was changed to read it: a stable code and a sentence.

    ``text`` is the English sentence (a catalog entry); :attr:`message` says it in the current
    language.
    """

    code: str
    text: str

    @property
    def message(self) -> str:
        """The sentence in the current language."""
        return _(self.text)


@dataclass(frozen=True, slots=True)
class PhoneResult:
    """The verdict on one cell.

    ``e164`` is the number to send (valid numbers only), ``error`` why there is none, and
    ``warnings`` what was changed to read it. ``unverified`` holds the E.164 text of a number
    of the right length that libphonenumber does not know as in use (``error`` is then an
    :data:`UNVERIFIED_CODE` problem): it is sent only when the user chooses so. ``with_plus``
    holds the E.164 text of a number valid only when read with a ``+`` in front (``error`` is
    then :data:`PLUS_GUESS`): it is sent only when the file confirms that country (see
    :mod:`importer.check.plus_readings`).
    """

    e164: str | None
    error: PhoneProblem | None
    warnings: tuple[PhoneProblem, ...] = ()
    unverified: str | None = None
    with_plus: str | None = None


UNVERIFIED_CODE = "unverified_number"
PLACEHOLDER_CODE = "placeholder"

EMPTY = PhoneProblem("empty", N_("No phone number."))
NOT_A_NUMBER = PhoneProblem("not_a_number", N_("This is not a phone number."))
TOO_SHORT = PhoneProblem("too_short", N_("Too few digits for a phone number."))
TOO_LONG = PhoneProblem("too_long", N_("Too many digits for a phone number."))
INVALID_LENGTH = PhoneProblem(
    "invalid_length", N_("The number of digits does not fit any phone number of this country.")
)
UNKNOWN_COUNTRY_CODE = PhoneProblem(
    "unknown_country_code", N_("The number starts with a country code that does not exist.")
)
EXCEL_SCIENTIFIC = PhoneProblem(
    "excel_scientific",
    N_(
        "Excel turned this number into scientific notation (like 1.61755E+10) and its last "
        "digits are lost. In Excel, format the phone column as Text (or as Number with 0 "
        "decimal places), re-enter or re-import the numbers, and save the file again."
    ),
)
EXCEL_PRECISION = PhoneProblem(
    "excel_precision",
    N_(
        "This number has more than 15 digits, and Excel keeps only 15: the last digits are "
        "lost. In Excel, format the phone column as Text (or as Number with 0 decimal places), "
        "re-enter or re-import the numbers, and save the file again."
    ),
)
SPREADSHEET_NUMBER = PhoneProblem(
    "spreadsheet_number",
    N_(
        "The cell held the number the way a spreadsheet writes numbers (with .0, thousands "
        "separators or E+); it was read as that whole number."
    ),
)
EXTENSION_DROPPED = PhoneProblem(
    "extension_dropped",
    N_("The extension after the number was left out: Sociocs stores no extensions."),
)
VANITY_LETTERS = PhoneProblem(
    "vanity_letters",
    N_("Letters were turned into digits as on a phone keypad (1-800-FLOWERS)."),
)
LEADING_ZERO = PhoneProblem(
    "leading_zero_restored",
    N_("The leading 0 was missing (Excel drops it from numbers) and was put back."),
)
COUNTRY_CODE_READ = PhoneProblem(
    "country_code_read",
    N_(
        "The number is not valid in the default country; it was read as starting with a "
        "country code (a + was added)."
    ),
)
PLUS_GUESS_CODE = "country_code_unconfirmed"
PLUS_GUESS = PhoneProblem(
    PLUS_GUESS_CODE,
    N_(
        "The number is not valid in the default country; it would be valid only with a + in "
        "front, and nothing in the file confirms that country."
    ),
)
"""A number valid only with a ``+`` added, until the file confirms its country (the check
then gives it :func:`plus_guess_problem`'s words, or sends it with :data:`COUNTRY_CODE_READ`)."""
PLUS_CHOSEN = PhoneProblem(
    "country_code_chosen",
    N_(
        "The number is also valid as written, without a country code; the file confirms that "
        "its numbers are written with a country code, so it was read with a + in front."
    ),
)
"""The note of a number valid both as written and with a ``+`` in front (see
:func:`plus_ambiguous_problem`) sent with the + once the file confirms that country."""
PLACEHOLDERS = {
    Placeholder.PATTERN: PhoneProblem(
        PLACEHOLDER_CODE,
        N_(
            "This is a placeholder, not a real phone number (all one digit, or a run such as "
            "1234567890); it is never sent."
        ),
    ),
    Placeholder.FICTION: PhoneProblem(
        PLACEHOLDER_CODE,
        N_(
            "Numbers 555-0100 to 555-0199 are reserved for films and examples; this is not a "
            "real phone number, and it is never sent."
        ),
    ),
}
SENT_UNVERIFIED = N_("It is sent anyway, as you chose to send numbers that cannot be verified.")
"""Said (translated with ``_``) after an unverified number's message when the user chose to
send such numbers."""


def _place(code: int) -> str:
    """Where numbers of country calling code ``code`` belong, in words."""
    if code == 1:
        return _("North America (+1)")
    region = phonenumbers.region_code_for_country_code(code)
    return _("{country} (+{code})").format(country=country_name(region), code=code)


def unverified_problem(code: int) -> PhoneProblem:
    """The error of a possible but not valid number of country calling code ``code``."""
    return _unverified_problem(code, current_language())


@cache
def _unverified_problem(code: int, _language: str) -> PhoneProblem:
    return PhoneProblem(
        UNVERIFIED_CODE,
        _(
            "Not a number in use in {place}: the number of digits is right, but this area code "
            "or range is not assigned, as far as the phone number data knows. Check the number "
            "and the default country."
        ).format(place=_place(code)),
    )


IMPOSSIBLE_CODE = "impossible_number"


def impossible_problem(code: int) -> PhoneProblem:
    """The error of a number of a possible length that has the form of no number of country
    calling code ``code`` (see :func:`importer.phones.fast.fits_plan`): no range can ever make
    it valid, so it is never sent."""
    return _impossible_problem(code, current_language())


@cache
def _impossible_problem(code: int, _language: str) -> PhoneProblem:
    if code == 1:
        text = _(
            "Not a possible North American (+1) number: area codes and exchanges (the three "
            "digits after them) never start with 0 or 1. Check the number and the default "
            "country."
        )
    else:
        text = _(
            "Not a possible number in {place}: no number there has these first digits and "
            "this many digits. Check the number and the default country."
        ).format(place=_place(code))
    return PhoneProblem(IMPOSSIBLE_CODE, text)


def plus_guess_problem(region: str, with_plus: str) -> PhoneProblem:
    """The error of a number not valid in ``region`` that would be valid as ``with_plus``
    (E.164) in another country, which nothing in the file confirms: both readings in words."""
    return PhoneProblem(
        PLUS_GUESS_CODE,
        _(
            "Not a valid {country} number; with a + in front it would be a {other} number, "
            "{number}. Check the number and the row's country."
        ).format(**_plus_words(region, with_plus)),
    )


def _plus_words(region: str, with_plus: str) -> dict[str, str]:
    """The words of a message giving both readings: ``country`` (``region``'s name), and
    ``other`` and ``number``, the country and the international form of ``with_plus``."""
    number = phonenumbers.parse(with_plus)
    other = phonenumbers.region_code_for_number(number) or ""
    return {
        "country": country_name(region),
        "other": country_name(other),
        "number": _international(with_plus),
    }


PLUS_AMBIGUOUS_CODE = "country_code_ambiguous"


def plus_ambiguous_problem(region: str, national: str, with_plus: str) -> PhoneProblem:
    """The error of a number valid in ``region`` as written (``national``, E.164) that read
    with a + in front is another valid number (``with_plus``): which one it is, nothing in the
    file confirms. Both readings in words; neither is sent."""
    return PhoneProblem(
        PLUS_AMBIGUOUS_CODE,
        _(
            "Two numbers are possible: as written, a {country} number, {national}; with a + "
            "in front, a {other} number, {number}. Nothing in the file tells which, so it is "
            "not sent. Check the number and write it with its + and country code."
        ).format(national=_international(national), **_plus_words(region, with_plus)),
    )


def _international(e164: str) -> str:
    """``e164`` written the international way (+49 491 5112345678)."""
    number = phonenumbers.parse(e164)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


PLUS_UNVERIFIED_CODE = "plus_reading_unverified"


def plus_unverified_problem(region: str, with_plus: str) -> PhoneProblem:
    """The error of a number not valid in ``region`` that with a + in front would be
    ``with_plus`` (E.164): of a possible length in another country, but not known to be in use
    there. Both readings in words; neither is sent."""
    number = phonenumbers.parse(with_plus)
    other = phonenumbers.region_code_for_country_code(number.country_code or 0)
    return PhoneProblem(
        PLUS_UNVERIFIED_CODE,
        _(
            "Not a valid {country} number; with a + in front it would be a {other} number, "
            "{number}, of the right length but not known to be in use. Check the number and "
            "the row's country."
        ).format(
            country=country_name(region),
            other=country_name(other),
            number=phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL),
        ),
    )


def local_only_problem(region: str) -> PhoneProblem:
    """The error of a number that lacks its area code in ``region``."""
    return _local_only_problem(region, current_language())


@cache
def _local_only_problem(region: str, _language: str) -> PhoneProblem:
    return PhoneProblem(
        "missing_area_code",
        _("The area code is missing: this can only be dialled locally in {country}.").format(
            country=country_name(region)
        ),
    )


def valid_there_text(region: str) -> str:
    """Said after the message of a number that cannot be verified where it was read but is
    valid in ``region``, where the file's other such numbers point too: it is never sent."""
    return _valid_there_text(region, current_language())


@cache
def _valid_there_text(region: str, _language: str) -> str:
    return _(
        "It is a valid {country} number, so it is not sent as read here, even when numbers that "
        "cannot be verified are sent. If that is what it is, write it with +{code}."
    ).format(country=country_name(region), code=phonenumbers.country_code_for_region(region))


def looks_foreign_text(region: str) -> str:
    """Said after a number's error when it is valid in the country most numbers point to."""
    return _looks_foreign_text(region, current_language())


@cache
def _looks_foreign_text(region: str, _language: str) -> str:
    return _(
        "It is a valid {country} number, and most numbers in this file look like {country} "
        "numbers: choose {country} as the default country."
    ).format(country=country_name(region))
