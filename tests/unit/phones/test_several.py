"""Cells listing several numbers: split only when each part is a whole number."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from importer.phones import several
from importer.phones.normalize import PhoneNormalizer
from importer.phones.several import is_valid, pick_number, split_numbers


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("+1 617 234 0100 ::: +1 617 234 0199", ["+1 617 234 0100", "+1 617 234 0199"]),
        ("Other Phone ::: Tel9", ["Other Phone", "Tel9"]),
        ("617-234-0100 / 617-234-0199", ["617-234-0100", "617-234-0199"]),
        ("(617) 234-0100; (617) 234-0199", ["(617) 234-0100", "(617) 234-0199"]),
        ("617 234 0100 or 617 234 0199", ["617 234 0100", "617 234 0199"]),
        ("030 1234567 oder 0171 2345678", ["030 1234567", "0171 2345678"]),
        ("617 234 0100\n617 234 0199", ["617 234 0100", "617 234 0199"]),
        ("home: 905-666-1234; work: 905-777-1234", ["905-666-1234", "905-777-1234"]),
        ("0987 /6543", ["0987 /6543"]),
        ("+1 617 234 0100", ["+1 617 234 0100"]),
        ("617 234 0100 / 12", ["617 234 0100 / 12"]),
    ],
)
def test_split_numbers(text: str, numbers: list[str]) -> None:
    assert split_numbers(text) == numbers


def test_the_first_valid_number_is_picked_and_the_others_kept() -> None:
    normalizer = PhoneNormalizer("US")
    picked = pick_number("123 ::: (617) 234-0100 ::: 617-234-0199", normalizer)
    assert picked is not None
    assert picked.verdict == "+16172340100"
    assert picked.others == ("123", "617-234-0199")


def test_no_valid_number_gives_the_first_ones_verdict() -> None:
    picked = pick_number("Handy ::: Tel privat", PhoneNormalizer("DE"))
    assert picked is not None
    assert not is_valid(picked.verdict)
    assert picked.number_text == "Handy"


def test_a_single_number_is_not_picked() -> None:
    assert pick_number("(617) 234-0100", PhoneNormalizer("US")) is None


@given(st.text(max_size=80))
def test_splitting_never_loses_digits(text: str) -> None:
    parts = split_numbers(text)
    assert parts
    digits = sum(c.isdigit() for c in text)
    assert sum(c.isdigit() for part in parts for c in part) == digits or parts == [text]


@given(st.text(alphabet=" \t\r\n\u00a0:;/|,-.()+0123456789oOrRdDeEfFuUxX", max_size=40))
def test_a_text_without_separators_is_never_split(text: str) -> None:
    """The quick test for "no separator" never misses one that would split the text."""
    if several._ANY_SEPARATOR.search(text) is None:
        assert several._GOOGLE_SEPARATOR.search(text) is None
        assert len(several._SEPARATORS.split(text)) == 1
