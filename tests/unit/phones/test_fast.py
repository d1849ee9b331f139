"""The fast path must never disagree with phonenumbers; it may only decline to answer."""

from __future__ import annotations

import phonenumbers
from hypothesis import given, settings
from hypothesis import strategies as st

from importer.phones import fast as phone_fast

REGIONS = sorted(phonenumbers.SUPPORTED_REGIONS)
EXAMPLES = [
    (region, number)
    for region in REGIONS
    for kind in (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE)
    if (number := phonenumbers.example_number_for_type(region, kind)) is not None
]


def reference(text: str, region: str | None) -> str | None:
    """What phonenumbers itself says: the E.164 text of a valid number, else None."""
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


@st.composite
def digit_strings(draw: st.DrawFn) -> tuple[str, str]:
    """(default region, digits): example numbers, with or without country code, perturbed."""
    region, number = draw(st.sampled_from(EXAMPLES))
    nsn = phonenumbers.national_significant_number(number)
    digits = draw(st.sampled_from([nsn, f"{number.country_code}{nsn}"]))
    if draw(st.booleans()):
        position = draw(st.integers(0, len(digits) - 1))
        digits = digits[:position] + draw(st.sampled_from("0123456789")) + digits[position + 1 :]
    digits = digits[: draw(st.integers(len(digits) - 2, len(digits)))]
    digits += draw(st.text(alphabet="0123456789", max_size=2))
    default = draw(st.sampled_from([region, *draw(st.lists(st.sampled_from(REGIONS), max_size=1))]))
    return default, digits


@settings(max_examples=1500, deadline=None)
@given(case=digit_strings())
def test_national_fast_path_agrees_with_phonenumbers(case: tuple[str, str]) -> None:
    region, digits = case
    fast = phone_fast.NationalReader(region).read(digits)
    if fast is not None:
        assert (fast or None) == reference(digits, region)


@settings(max_examples=1500, deadline=None)
@given(case=digit_strings())
def test_international_fast_path_agrees_with_phonenumbers(case: tuple[str, str]) -> None:
    _, digits = case
    fast = phone_fast.international(digits)
    if fast is not None:
        assert (fast or None) == reference("+" + digits, None)


@settings(max_examples=500, deadline=None)
@given(digits=st.text(alphabet="0123456789", min_size=1, max_size=18))
def test_random_digits_agree_with_phonenumbers(digits: str) -> None:
    fast = phone_fast.international(digits)
    if fast is not None:
        assert (fast or None) == reference("+" + digits, None)
    for region in ("US", "GB", "IN", "BR", "DE", "CA", "IT"):
        national = phone_fast.NationalReader(region).read(digits)
        if national is not None:
            assert (national or None) == reference(digits, region)


def test_fast_path_answers_the_common_cases() -> None:
    """It must actually take the work off phonenumbers for typical numbers."""
    assert phone_fast.NationalReader("US").read("6175551212") == "+16175551212"
    assert phone_fast.NationalReader("US").read("16175551212") == "+16175551212"
    assert phone_fast.international("442079460958") == "+442079460958"
    assert phone_fast.NationalReader("GB").read("7911123456") == "+447911123456"
    assert phone_fast.NationalReader("CA").read("6135550123") == "+16135550123"
    assert phone_fast.NationalReader("US").read("6135550123") == "+16135550123"
    assert phone_fast.NationalReader("US").read("2120234567") is phone_fast.INVALID
    assert phone_fast.international("12120234567") is phone_fast.INVALID
    assert phone_fast.international("4402079460958") is None
    answered = sum(
        phone_fast.international(f"{n.country_code}{phonenumbers.national_significant_number(n)}")
        is not None
        for _, n in EXAMPLES
    )
    assert answered > 0.8 * len(EXAMPLES)


def test_zero_keeping_countries() -> None:
    assert phone_fast.zero_starts_numbers("IT")
    assert not phone_fast.zero_starts_numbers("GB")
    assert not phone_fast.zero_starts_numbers("US")
