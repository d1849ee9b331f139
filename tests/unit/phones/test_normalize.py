from __future__ import annotations

from unittest import mock

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from importer.errors import ImporterError
from importer.phones import fast as phone_fast
from importer.phones.countries import COUNTRY_NAMES
from importer.phones.normalize import (
    PhoneNormalizer,
    PhoneResult,
    check_region,
    country_choices,
    country_code_of,
    dial_code,
)
from importer.phones.placeholders import placeholder_kind

DEFAULT_REGIONS = ["US", "GB", "DE", "FR", "IN", "MX", "ZA", "JP", "IT", "AU"]
"""Default countries for the property tests (their own prefixes all differ)."""

NORMALIZERS = {region: PhoneNormalizer(region) for region in DEFAULT_REGIONS}

EXAMPLES = sorted(
    phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    for region in phonenumbers.SUPPORTED_REGIONS
    if (number := phonenumbers.example_number(region)) is not None
    and placeholder_kind(str(number.country_code), str(number.national_number)) is None
)
"""One valid number of every country (phonenumbers' examples, but not the placeholders among
them such as the US 201-555-0123), in E.164."""

cell_values = st.one_of(
    st.text(),
    st.text(alphabet="0123456789 +-().x#eE,/"),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.none(),
)


def codes(result: PhoneResult) -> list[str]:
    return [w.code for w in result.warnings]


@settings(max_examples=400, deadline=None)
@given(value=cell_values, region=st.sampled_from(DEFAULT_REGIONS))
def test_never_raises_and_e164_is_well_formed(value: object, region: str) -> None:
    normalizer = NORMALIZERS[region]
    result = normalizer.normalize(value)  # type: ignore[arg-type]
    assert (result.e164 is None) == (result.error is not None)
    if result.unverified is not None:
        assert result.error is not None and result.error.code == "unverified_number"
    if result.e164 is not None:
        assert result.e164.startswith("+")
        assert result.e164[1:].isdigit()
        assert 8 <= len(result.e164) <= 16
        assert normalizer.normalize(result.e164).e164 == result.e164


@st.composite
def formatted_variants(draw: st.DrawFn) -> tuple[str, str]:
    """An example E.164 number and the same number written the way people write it."""
    e164 = draw(st.sampled_from(EXAMPLES))
    number = phonenumbers.parse(e164)
    country, national = str(number.country_code), e164[1 + len(str(number.country_code)) :]
    cuts = sorted(draw(st.sets(st.integers(1, len(national) - 1), max_size=4)))
    groups = [national[a:b] for a, b in zip([0, *cuts], [*cuts, len(national)], strict=True)]
    separator = draw(st.sampled_from([" ", "-", ".", "", " - "]))
    if draw(st.booleans()) and len(groups) > 1:
        groups[0] = f"({groups[0]})"
    prefix = draw(st.sampled_from(["+", "00", "+ ", "00 "]))
    return e164, f"{prefix}{country} {separator.join(groups)}"


@settings(max_examples=400, deadline=None)
@given(variant=formatted_variants(), region=st.sampled_from(["US", "GB", "DE", "IN"]))
def test_formatting_variants_give_the_same_e164(variant: tuple[str, str], region: str) -> None:
    e164, written = variant
    assert NORMALIZERS[region].normalize(written).e164 == e164


@settings(max_examples=200, deadline=None)
@given(e164=st.sampled_from(EXAMPLES), region=st.sampled_from(DEFAULT_REGIONS))
def test_every_country_example_is_valid_from_any_default(e164: str, region: str) -> None:
    assert NORMALIZERS[region].normalize(e164) == PhoneResult(e164, None, ())


@pytest.mark.parametrize(
    "value",
    [
        "(617) 555-1212",
        "617.555.1212",
        "617-555-1212",
        "+1 617 555 1212",
        "1 (617) 555-1212",
        "001 617 555 1212",
        "011 1 617 555 1212",
        6175551212,
        16175551212,
        16175551212.0,
        " 617 555 1212 ",
    ],
)
def test_us_numbers_in_every_common_shape(value: object) -> None:
    assert NORMALIZERS["US"].normalize(value) == PhoneResult("+16175551212", None, ())  # type: ignore[arg-type]


def test_us_international_prefix_reaches_other_countries() -> None:
    assert NORMALIZERS["US"].normalize("011 44 20 7946 0958").e164 == "+442079460958"
    assert NORMALIZERS["US"].normalize("0044 20 7946 0958").e164 == "+442079460958"


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("", "empty"),
        ("   ", "empty"),
        (None, "empty"),
        ("hello", "not_a_number"),
        (True, "not_a_number"),
        (6.5, "not_a_number"),
        (float("nan"), "not_a_number"),
        (float("inf"), "not_a_number"),
        (-6175551212, "not_a_number"),
        (0, "not_a_number"),
        ("+1 617", "too_short"),
        ("12", "too_short"),
        ("+1 617 555 1212 1212 1212", "too_long"),
        ("+999 123 4567", "unknown_country_code"),
        ("555-1212", "missing_area_code"),
        ("+1 617 555 121", "too_short"),
    ],
)
def test_invalid_numbers_have_a_reason(value: object, code: str) -> None:
    result = NORMALIZERS["US"].normalize(value)  # type: ignore[arg-type]
    assert result.e164 is None
    assert result.error is not None
    assert result.error.code == code
    assert result.error.message


@pytest.mark.parametrize("text", ["1.61755E+10", "1,61755E+10", "6.17555E+09", "1.6E10"])
def test_scientific_notation_is_excel_damage(text: str) -> None:
    result = NORMALIZERS["US"].normalize(text)
    assert result.error is not None
    assert result.error.code == "excel_scientific"
    assert "Text" in result.error.message


@pytest.mark.parametrize("value", [10**15, 1617555121212345678, "1617555121212340000"])
def test_more_than_15_digits_is_excel_damage(value: object) -> None:
    result = NORMALIZERS["US"].normalize(value)  # type: ignore[arg-type]
    assert result.error is not None
    assert result.error.code == "excel_precision"
    assert "15" in result.error.message


def test_lost_leading_zero_is_restored_with_a_warning() -> None:
    result = NORMALIZERS["IT"].normalize(612345678)
    assert result.e164 == "+390612345678"
    assert codes(result) == ["leading_zero_restored"]
    assert NORMALIZERS["IT"].normalize("612345678").e164 == "+390612345678"


def test_uk_mobile_stored_as_number_is_read_without_warning() -> None:
    assert NORMALIZERS["GB"].normalize(7911123456) == PhoneResult("+447911123456", None, ())


def test_international_number_without_plus_waits_for_the_file_to_confirm_it() -> None:
    result = NORMALIZERS["US"].normalize(447911123456)
    assert (result.e164, result.with_plus) == (None, "+447911123456")
    assert result.error is not None and result.error.code == "country_code_unconfirmed"
    assert codes(result) == []


def test_digits_valid_both_as_written_and_with_a_plus_wait_for_the_file() -> None:
    """A German landline in area 0491 as written, a German mobile with a + in front."""
    result = NORMALIZERS["DE"].normalize("4915112345678")
    assert (result.e164, result.unverified, result.with_plus) == (None, None, "+4915112345678")
    assert result.error is not None and result.error.code == "country_code_ambiguous"
    assert result.error.message.startswith(
        "Two numbers are possible: as written, a Germany number, +49 491 5112345678; with a + "
        "in front, a Germany number, +49 1511 2345678."
    )
    assert NORMALIZERS["DE"].normalize("447911123456").with_plus == "+447911123456"


@pytest.mark.parametrize(
    ("region", "value", "e164"),
    [
        ("DE", "030 1234567", "+49301234567"),  # written with its 0: no dial code to read
        ("DE", "0151 23456789", "+4915123456789"),
        ("DE", "4930123456", "+4930123456"),  # both readings are the same number
        ("BR", "(51) 99999-8888", "+5551999998888"),  # Brazil writes its numbers without 0
        ("IT", "33612345678", "+3933612345678"),  # Italy has no trunk prefix
        ("US", "(646) 374-0105", "+16463740105"),
    ],
)
def test_national_numbers_written_as_the_country_writes_them_stay_national(
    region: str, value: str, e164: str
) -> None:
    assert PhoneNormalizer(region).lookup(value) == e164


def test_extension_is_dropped_with_a_warning() -> None:
    for text in ["617-555-1212 x45", "617-555-1212 ext. 45", "(617) 555-1212 #45"]:
        result = NORMALIZERS["US"].normalize(text)
        assert result.e164 == "+16175551212"
        assert codes(result) == ["extension_dropped"]


def test_vanity_letters_are_converted_with_a_warning() -> None:
    result = NORMALIZERS["US"].normalize("1-800-FLOWERS")
    assert result.e164 == "+18003569377"
    assert codes(result) == ["vanity_letters"]


@pytest.mark.parametrize(
    ("value", "unverified"),
    [
        ("+1 999 234 5678", "+19992345678"),  # area code 999 is not assigned
        ("98123 45678", "+19812345678"),  # an Indian mobile under the US default
    ],
)
def test_possible_but_not_valid_is_an_error_that_keeps_the_number(
    value: str, unverified: str
) -> None:
    result = NORMALIZERS["US"].normalize(value)
    assert result.e164 is None
    assert result.unverified == unverified
    assert result.error is not None and result.error.code == "unverified_number"
    assert "North America (+1)" in result.error.message
    assert "not assigned" in result.error.message


@pytest.mark.parametrize(
    "value",
    [
        "06 57 64 03 84",  # a French mobile under the US default: area code 065
        "07 81 23 45 67",
        "1612345678",  # ten digits starting with 1, as Excel stores them
        "+1 061 234 5678",
        "+1 (161) 234-5678",
        1612345678,  # the same as a number cell
        "(210) 123-4567",  # the exchange (123) starts with 1
        "212-023-4567",
    ],
)
def test_a_north_american_number_whose_area_code_or_exchange_starts_with_0_or_1_is_impossible(
    value: object,
) -> None:
    """Such a number can never be a range newer than the phone data: no choice sends it."""
    result = NORMALIZERS["US"].normalize(value)  # type: ignore[arg-type]
    assert result.e164 is None and result.unverified is None and result.with_plus is None
    assert result.error is not None and result.error.code == "impossible_number"
    assert result.error.message == (
        "Not a possible North American (+1) number: area codes and exchanges (the three digits "
        "after them) never start with 0 or 1. Check the number and the default country."
    )


def test_a_number_outside_another_countrys_plan_is_impossible_in_words() -> None:
    """Spanish numbers start with 5 to 9 (nine digits, "[5-9]\\d{8}")."""
    result = NORMALIZERS["US"].normalize("+34 133 46 01 10")
    assert result.unverified is None
    assert result.error is not None and result.error.code == "impossible_number"
    assert result.error.message.startswith("Not a possible number in Spain (+34): ")


@settings(max_examples=300, deadline=None)
@given(
    digits=st.text(alphabet="0123456789", min_size=4, max_size=16),
    region=st.sampled_from(DEFAULT_REGIONS),
    plus=st.booleans(),
)
def test_an_unverified_number_always_fits_its_countrys_plan(
    digits: str, region: str, plus: bool
) -> None:
    """What --send-unverified may send has the form of a number of its country."""
    result = NORMALIZERS[region].normalize(("+" if plus else "") + digits)
    if result.unverified is not None:
        number = phonenumbers.parse(result.unverified)
        code = number.country_code
        assert phonenumbers.is_possible_number(number)
        assert phone_fast.fits_plan(code, result.unverified[1 + len(str(code)) :])
    if result.error is not None and result.error.code == "impossible_number":
        assert result.unverified is None and result.e164 is None


@pytest.mark.parametrize("value", ["33691328449", 33691328449, "33 6 91 32 84 49"])
def test_a_number_not_valid_here_and_not_in_use_with_a_plus_gives_both_readings(
    value: object,
) -> None:
    """Too many digits for the United States; with a + it is a possible French mobile of a
    range not in use (69x): neither reading is sent, and the message gives both."""
    result = NORMALIZERS["US"].normalize(value)  # type: ignore[arg-type]
    assert (result.e164, result.unverified, result.with_plus) == (None, None, None)
    assert result.error is not None and result.error.code == "plus_reading_unverified"
    assert result.error.message == (
        "Not a valid United States number; with a + in front it would be a France number, "
        "+33 6 91 32 84 49, of the right length but not known to be in use. Check the number "
        "and the row's country."
    )


def test_an_unverified_national_reading_keeps_its_own_words() -> None:
    """+1 999 234 5678 could be a newer range; its + reading (+99…) is no number at all."""
    result = NORMALIZERS["US"].normalize("9992345678")
    assert result.error is not None and result.error.code == "unverified_number"


def test_unverified_number_names_its_country() -> None:
    result = NORMALIZERS["US"].normalize("+44 5000 123456")
    assert result.unverified == "+445000123456"
    assert result.error is not None and "United Kingdom (+44)" in result.error.message


def test_results_are_cached_by_raw_value_and_type() -> None:
    normalizer = PhoneNormalizer("US")
    assert normalizer.normalize("617 555 1212") is not None
    assert normalizer.lookup("617 555 1212") is normalizer.lookup("617 555 1212")
    assert normalizer.normalize(1).error is not None
    assert normalizer.normalize(True).error.code == "not_a_number"  # type: ignore[union-attr]


def test_region_is_checked_and_upper_cased() -> None:
    assert PhoneNormalizer("gb").region == "GB"
    assert check_region(" us ") == "US"
    with pytest.raises(ImporterError, match="XX"):
        PhoneNormalizer("XX")


def test_dial_codes() -> None:
    assert dial_code("US") == "1"
    assert dial_code("gb") == "44"
    assert dial_code("IN") == "91"


def test_country_choices_cover_every_region_sorted_by_name() -> None:
    choices = country_choices()
    assert {region for region, _, _ in choices} == set(phonenumbers.SUPPORTED_REGIONS)
    assert set(COUNTRY_NAMES) == set(phonenumbers.SUPPORTED_REGIONS)
    assert ("US", "United States", "1") in choices
    assert choices[0][1] == "Afghanistan"
    assert choices.index(("AX", "Åland Islands", "358")) < choices.index(("AL", "Albania", "355"))
    assert all(name for _, name, _ in choices)


@pytest.mark.parametrize(
    "value",
    [
        "000-000-0000",
        "+1 (000) 000-0000",
        "123-456-7890",
        "(555) 555-5555",
        "999-999-9999",
        "1111111111",
        "987-654-3210",
        "+33 1 23 45 67 89",
        1111111111,
        "212-555-0123",
        "+1 617 555 0199",
    ],
)
def test_placeholders_are_always_errors(value: object) -> None:
    result = NORMALIZERS["US"].normalize(value)  # type: ignore[arg-type]
    assert result.e164 is None and result.unverified is None
    assert result.error is not None and result.error.code == "placeholder"


def test_a_real_555_number_outside_the_fiction_range_is_valid() -> None:
    assert NORMALIZERS["US"].normalize("212-555-0200") == PhoneResult("+12125550200", None, ())


@pytest.mark.parametrize(
    "text",
    [
        "14159479653.0",
        "14159479653.00",
        "14159479653,0",
        "14,159,479,653",
        "14.159.479.653,00",
        "1.4159479653E+10",
        "1.4159479653e10",
        "1,4159479653E+10",
    ],
)
def test_spreadsheet_number_text_reads_as_the_number(text: str) -> None:
    as_number = NORMALIZERS["US"].normalize(14159479653)
    result = NORMALIZERS["US"].normalize(text)
    assert result.e164 == as_number.e164 == "+14159479653"
    assert codes(result) == ["spreadsheet_number"]


@pytest.mark.parametrize("text", ["14.159.479.653", "14 159 479 653"])
def test_dots_and_spaces_between_groups_read_the_same_digits(text: str) -> None:
    assert NORMALIZERS["US"].normalize(text) == NORMALIZERS["US"].normalize(14159479653)


def test_spreadsheet_number_text_keeps_the_verdict_of_the_number() -> None:
    italian = NORMALIZERS["IT"].normalize("612345678.0")
    assert italian.e164 == "+390612345678"
    assert codes(italian) == ["spreadsheet_number", "leading_zero_restored"]
    short = NORMALIZERS["US"].normalize("5551212.0")
    assert short.error is not None and short.error.code == "missing_area_code"


@pytest.mark.parametrize("text", ["1.61755E+10", "1.41594796E+10", "1.4159479653E+12"])
def test_lossy_scientific_notation_keeps_the_excel_explanation(text: str) -> None:
    result = NORMALIZERS["US"].normalize(text)
    assert result.error is not None and result.error.code == "excel_scientific"


class _NoFastPath:
    """Stands in for the fast reader: declines every number, so phonenumbers decides."""

    def read(self, digits: str) -> None:
        return None


def _slow_normalizer(region: str) -> PhoneNormalizer:
    normalizer = PhoneNormalizer(region)
    normalizer._national = _NoFastPath()  # type: ignore[assignment]
    return normalizer


SLOW = {region: _slow_normalizer(region) for region in DEFAULT_REGIONS}

written_numbers = st.builds(
    lambda e164, cut, prefix, digit, region: (prefix + e164[cut:]).replace("5", digit),
    st.sampled_from(EXAMPLES),
    st.integers(1, 4),
    st.sampled_from(["", "0", "00", "+", "011", "1"]),
    st.sampled_from("0123456789"),
    st.sampled_from(DEFAULT_REGIONS),
)


north_american_shapes = st.one_of(
    st.from_regex(r"1?[2-9]\d\d[0-9]\d{6}", fullmatch=True),  # unassigned areas, exchanges
    st.from_regex(r"1?[2-9]\d\d[0-9]\d{6}", fullmatch=True).map(int),
    st.from_regex(r"0[1-9]\d{8}", fullmatch=True),  # national numbers of other countries
)
"""Numbers of the benchmark's messy profile: right length, often not valid."""


with_extensions = st.builds(
    lambda number, mark, extension: f"{number}{mark}{extension}",
    written_numbers,
    st.sampled_from([" x", " ext. ", "#", " EXT", " x ", "ext", " # ", " extension "]),
    st.integers(0, 999_999),
)


@settings(max_examples=600, deadline=None)
@given(
    value=st.one_of(
        written_numbers,
        with_extensions,
        st.integers(1, 10**15),
        st.text("0123456789", max_size=16),
        st.text("0123456789", min_size=3, max_size=15).map("+{}".format),
        north_american_shapes,
    ),
    region=st.sampled_from(DEFAULT_REGIONS),
)
def test_fast_path_and_phonenumbers_give_the_same_verdicts(value: object, region: str) -> None:
    """The normalizer with its fast path says exactly what it says with phonenumbers alone."""
    fast = NORMALIZERS[region].normalize(value)  # type: ignore[arg-type]
    with (
        mock.patch.object(phone_fast, "international", return_value=None),
        mock.patch.object(phone_fast, "may_be_valid_international", return_value=True),
    ):
        slow = SLOW[region].normalize(value)  # type: ignore[arg-type]
    assert fast == slow


@pytest.mark.parametrize(
    "e164", ["+12125550123", "+33612345678", "+4915112345678", "+35312345678", "+8801712345678"]
)
def test_the_country_code_of_a_number_is_the_one_phonenumbers_reads(e164: str) -> None:
    assert country_code_of(e164) == str(phonenumbers.parse(e164).country_code)


def test_text_without_a_country_code_has_none() -> None:
    assert [country_code_of(text) for text in ("", "+", "+0123456789", "12125550123")] == [""] * 4
