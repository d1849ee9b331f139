"""The fast path must never disagree with phonenumbers; it may only decline to answer.

Every verdict it gives is compared with phonenumbers' own parse, E.164 format,
``is_valid_number`` and ``is_possible_number_with_reason``: a valid E.164 text must be valid
there (and not a placeholder), a :class:`Reading` must carry the same E.164 text, validity and
possibility. And the fast path must actually answer — invalid numbers as well as valid ones.
"""

from __future__ import annotations

import random

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from phonenumbers import ValidationResult

from importer.phones import fast as phone_fast
from importer.phones.placeholders import placeholder_kind

REGIONS = sorted(phonenumbers.SUPPORTED_REGIONS)
EXAMPLES = [
    (region, number)
    for region in REGIONS
    for kind in (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE)
    if (number := phonenumbers.example_number_for_type(region, kind)) is not None
]
READERS: dict[str, phone_fast.NationalReader] = {}


def reader(region: str) -> phone_fast.NationalReader:
    found = READERS.get(region)
    if found is None:
        found = READERS[region] = phone_fast.NationalReader(region)
    return found


def assert_agrees(verdict: phone_fast.Verdict, text: str, region: str | None) -> None:
    """``verdict`` (unless None) is what phonenumbers says of ``text`` in ``region``."""
    if verdict is None:
        return
    if verdict is phone_fast.NO_COUNTRY_CODE:
        with pytest.raises(phonenumbers.NumberParseException) as raised:
            phonenumbers.parse(text, region)
        assert raised.value.error_type == phonenumbers.NumberParseException.INVALID_COUNTRY_CODE
        return
    number = phonenumbers.parse(text, region)  # a verdict means phonenumbers reads it too
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    valid = phonenumbers.is_valid_number(number)
    code = str(number.country_code)
    if isinstance(verdict, str):
        assert valid and verdict == e164, (text, region, verdict, e164)
        assert placeholder_kind(code, e164[1 + len(code) :]) is None
        assert 8 <= len(e164) <= 16
        return
    assert (verdict.e164, verdict.code, verdict.valid) == (e164, code, valid), (text, region)
    if valid:
        shape = placeholder_kind(code, verdict.national) is not None
        assert shape or not 8 <= len(e164) <= 16, (text, region, verdict)
    else:
        assert verdict.possible == phonenumbers.is_possible_number_with_reason(number)


@st.composite
def digit_strings(draw: st.DrawFn) -> tuple[str, str]:
    """(default region, digits): example numbers written nationally, with the country code,
    the national prefix or an international prefix, then perturbed."""
    region, number = draw(st.sampled_from(EXAMPLES))
    nsn = phonenumbers.national_significant_number(number)
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    prefix = (metadata.national_prefix or "") if metadata is not None else ""
    code = str(number.country_code)
    digits = draw(st.sampled_from([nsn, code + nsn, prefix + nsn, "0" + nsn, "00" + code + nsn]))
    if draw(st.booleans()):
        position = draw(st.integers(0, len(digits) - 1))
        digits = digits[:position] + draw(st.sampled_from("0123456789")) + digits[position + 1 :]
    digits = digits[: draw(st.integers(max(1, len(digits) - 2), len(digits)))]
    digits += draw(st.text(alphabet="0123456789", max_size=2))
    default = draw(st.sampled_from([region, *draw(st.lists(st.sampled_from(REGIONS), max_size=1))]))
    return default, digits


@settings(max_examples=800, deadline=None)
@given(case=digit_strings())
def test_national_fast_path_agrees_with_phonenumbers(case: tuple[str, str]) -> None:
    region, digits = case
    assert_agrees(reader(region).read(digits), digits, region)


@settings(max_examples=800, deadline=None)
@given(case=digit_strings())
def test_international_fast_path_agrees_with_phonenumbers(case: tuple[str, str]) -> None:
    _, digits = case
    assert_agrees(phone_fast.international(digits), "+" + digits, None)


@settings(max_examples=500, deadline=None)
@given(digits=st.text(alphabet="0123456789", min_size=1, max_size=18))
def test_random_digits_agree_with_phonenumbers(digits: str) -> None:
    assert_agrees(phone_fast.international(digits), "+" + digits, None)
    for region in ("US", "GB", "IN", "BR", "DE", "CA", "IT", "FR", "AG"):
        assert_agrees(reader(region).read(digits), digits, region)


def test_every_region_agrees_on_a_seeded_sample() -> None:
    """Each region as the default, its own and other regions' numbers: every verdict agrees."""
    rng = random.Random(20261126)
    for region in REGIONS:
        for _ in range(12):
            _, number = rng.choice(EXAMPLES)
            nsn = phonenumbers.national_significant_number(number)
            digits = rng.choice([nsn, f"{number.country_code}{nsn}", "0" + nsn])
            position = rng.randrange(len(digits))
            digits = digits[:position] + rng.choice("0123456789") + digits[position + 1 :]
            assert_agrees(reader(region).read(digits), digits, region)
            assert_agrees(phone_fast.international(digits), "+" + digits, None)


@pytest.mark.parametrize(
    ("region", "digits"),
    [
        ("US", "2120234567"),  # exchange 023 does not exist
        ("US", "0657640384"),  # a French mobile under the US default
        ("US", "9991234567"),  # area code 999 is not assigned
        ("FR", "0123456"),  # too short
        ("GB", "07911123"),  # too short after the national prefix
        ("US", "12120234567"),
        ("DE", "00491234"),
    ],
)
def test_invalid_numbers_are_decided_without_phonenumbers(region: str, digits: str) -> None:
    verdict = reader(region).read(digits)
    assert isinstance(verdict, phone_fast.Reading)
    assert not verdict.valid
    assert_agrees(verdict, digits, region)


def test_fast_path_answers_the_common_cases() -> None:
    """It must actually take the work off phonenumbers for typical numbers."""
    assert reader("US").read("6175551212") == "+16175551212"
    assert reader("US").read("16175551212") == "+16175551212"
    assert phone_fast.international("442079460958") == "+442079460958"
    assert reader("GB").read("7911123456") == "+447911123456"
    assert reader("GB").read("07911123456") == "+447911123456"
    assert reader("FR").read("0657640384") == "+33657640384"
    assert reader("CA").read("6132345678") == "+16132345678"
    assert reader("US").read("6132345678") == "+16132345678"
    assert reader("DE").read("004930123456") == "+4930123456"
    unassigned = reader("US").read("0657640384")
    assert unassigned == phone_fast.Reading(
        "+10657640384", "1", False, ValidationResult.IS_POSSIBLE
    )
    answered = sum(
        phone_fast.international(f"{n.country_code}{phonenumbers.national_significant_number(n)}")
        is not None
        for _, n in EXAMPLES
    )
    assert answered > 0.9 * len(EXAMPLES)


def test_digits_after_a_plus_without_a_country_code_are_decided() -> None:
    assert phone_fast.international("9991234567") is phone_fast.NO_COUNTRY_CODE
    assert phone_fast.international("4221234567") is phone_fast.NO_COUNTRY_CODE
    assert_agrees(phone_fast.international("9991234567"), "+9991234567", "US")
    assert phone_fast.international("0441234567") is None  # the retry may read 00 44 …


def test_placeholders_are_never_accepted_as_valid() -> None:
    fiction = reader("US").read("2125550123")
    assert isinstance(fiction, phone_fast.Reading) and fiction.valid
    assert isinstance(reader("US").read("5555555555"), phone_fast.Reading)
    assert isinstance(phone_fast.international("33123456789"), phone_fast.Reading)


def test_zero_keeping_countries() -> None:
    assert phone_fast.zero_starts_numbers("IT")
    assert not phone_fast.zero_starts_numbers("GB")
    assert not phone_fast.zero_starts_numbers("US")


def assert_cannot_be_valid(digits: str) -> None:
    """When the fast path skips reading ``+digits``, phonenumbers finds no number there the
    normalizer would send (valid, of 7–15 digits, no placeholder)."""
    if phone_fast.may_be_valid_international(digits):
        return
    assert not isinstance(phone_fast.international(digits), str)
    try:
        number = phonenumbers.parse("+" + digits, None)
    except phonenumbers.NumberParseException:
        return
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    code = str(number.country_code)
    sendable = (
        phonenumbers.is_valid_number(number)
        and 8 <= len(e164) <= 16
        and placeholder_kind(code, e164[1 + len(code) :]) is None
    )
    assert not sendable, (digits, e164)


@settings(max_examples=800, deadline=None)
@given(case=digit_strings())
def test_plus_is_skipped_only_when_no_number_can_be_read(case: tuple[str, str]) -> None:
    _, digits = case
    assert_cannot_be_valid(digits)


@settings(max_examples=800, deadline=None)
@given(digits=st.text(alphabet="0123456789", min_size=1, max_size=18))
def test_plus_is_skipped_only_when_random_digits_cannot_be_read(digits: str) -> None:
    assert_cannot_be_valid(digits)


def test_plus_skipped_for_every_code_and_length() -> None:
    """Every country code with every number of digits after it (the digits of an example
    number, cut or repeated): skipped only when no such number is valid."""
    skipped = 0
    for code, regions in phonenumbers.COUNTRY_CODE_TO_REGION_CODE.items():
        number = phonenumbers.example_number(regions[0]) if regions[0] != "001" else None
        nsn = phonenumbers.national_significant_number(number) if number else "123456789"
        for size in range(18):
            digits = f"{code}{(nsn * 3)[:size]}"
            skipped += not phone_fast.may_be_valid_international(digits)
            assert_cannot_be_valid(digits)
    assert skipped > 1000  # and it does skip: most lengths cannot be valid


def test_plus_is_skipped_for_unassigned_north_american_numbers() -> None:
    assert not phone_fast.may_be_valid_international("7333817519")  # +7: 9 digits, not 10
    assert not phone_fast.may_be_valid_international("4225534036")  # no country code 42x
    assert phone_fast.may_be_valid_international("442079460958")
