"""The country-free guess used to find a phone column by its content."""

from __future__ import annotations

import pytest

from importer.phones.guess import looks_like_phone, phone_share, valid_share
from importer.phones.normalize import PhoneNormalizer
from importer.sources.base import CellValue


@pytest.mark.parametrize(
    "value",
    [
        "+1 (617) 555-1212", "0049 30 1234567", "06 12 34 56 78", "617.555.1212",
        "617-555-1212 x23", "1.61755E+10", 16175551212, 16175551212.0, "+447911123456",
    ],
)  # fmt: skip
def test_phone_like(value: CellValue) -> None:
    assert looks_like_phone(value)


@pytest.mark.parametrize(
    "value",
    [None, "", True, "Ann Lee", "a@b.com", "2024-01-05", "12:30", "01/02/2024", 42, 1.5, "123",
     "1234567890123456789", "12 Main Street"],
)  # fmt: skip
def test_not_phone_like(value: CellValue) -> None:
    assert not looks_like_phone(value)


def test_share_ignores_blanks() -> None:
    assert phone_share(["6175551212", None, "", "n/a"]) == (0.5, 2)
    assert phone_share([None, ""]) == (0.0, 0)


def test_valid_share_for_a_country() -> None:
    normalizer = PhoneNormalizer("GB")
    values: list[CellValue] = ["07911 123456", "+1 617 555 1212", "1.61755E+10", "12345678", None]
    assert valid_share(values, normalizer) == 0.75
    assert valid_share([None], normalizer) == 0.0
