"""How plausibly a valid reading is the number its owner gave."""

from __future__ import annotations

import pytest

from importer.phones.plausible import plan_lengths, plausibility


@pytest.mark.parametrize(
    ("value", "e164", "weight"),
    [
        ("06 12 34 56 78", "+33612345678", 1.0),  # a French mobile, written the French way
        ("06 12 34 56 78", "+49612345678", 0.5),  # the same digits as a German landline
        ("612 34 56 78", "+34612345678", 1.0),  # Spain has no national prefix
        ("612 34 56 78", "+33612345678", 0.5),  # France's 0 left out
        (612345678, "+33612345678", 1.0),  # a number cell keeps no leading 0
        ("98123 45678", "+919812345678", 1.0),  # India's 0 is optional for mobiles
        ("098123 45678", "+919812345678", 1.0),
        ("02 34 56 78 90", "+33234567890", 0.5),  # a landline, written the French way
        ("999 234 5678", "+499992345678", 0.25),  # a German landline without its 0
        ("(11) 91234-5678", "+5511912345678", 1.0),
    ],
)
def test_mobiles_written_their_countrys_way_weigh_most(
    value: str | int, e164: str, weight: float
) -> None:
    assert plausibility(value, e164) == weight


def test_a_stricter_plan_has_fewer_lengths() -> None:
    assert plan_lengths("FR") == 1 < plan_lengths("IN") < plan_lengths("DE")
