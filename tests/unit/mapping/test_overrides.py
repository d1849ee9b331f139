"""Explicit column choices applied over a suggested mapping."""

from __future__ import annotations

import pytest

from importer.errors import MappingError
from importer.mapping.model import Role
from importer.mapping.overrides import ColumnOverrides, apply_overrides, split_extra
from importer.mapping.suggest import suggest_mapping

HEADERS = ["Name", "Phone", "Mobile", "Email", "a=b", "Mail"]
SAMPLE = [(2, ["Ann", "6175551212", "6175551313", "a@x", "q", "m@x"])]


def test_no_overrides_keep_the_suggestion() -> None:
    mapping = suggest_mapping(HEADERS, SAMPLE)
    assert apply_overrides(mapping, HEADERS, ColumnOverrides()) == mapping


def test_new_phone_demotes_the_suggested_one_to_an_extra_field() -> None:
    mapping = suggest_mapping(HEADERS, SAMPLE)
    assert mapping.phone_index == 2
    changed = apply_overrides(mapping, HEADERS, ColumnOverrides(phone="Phone"))
    assert changed.phone_index == 1
    assert changed.columns[2].role is Role.EXTRA
    assert changed.columns[2].key == "mobile"


def test_two_names_are_first_and_last() -> None:
    mapping = suggest_mapping(HEADERS, SAMPLE)
    changed = apply_overrides(mapping, HEADERS, ColumnOverrides(names=("Email", "Name")))
    assert changed.columns[3].role is Role.FIRST_NAME
    assert changed.columns[0].role is Role.LAST_NAME
    assert changed.name_indices == (3, 0)


def test_explicit_key_wins_and_the_other_column_is_renamed() -> None:
    mapping = suggest_mapping(HEADERS, SAMPLE)
    changed = apply_overrides(mapping, HEADERS, ColumnOverrides(extras=("Mail=email",)))
    assert changed.extra_fields["email"] == 5
    assert changed.columns[3].key == "email_2"


def test_no_extra_keeps_only_explicit_extras() -> None:
    mapping = suggest_mapping(HEADERS, SAMPLE)
    changed = apply_overrides(mapping, HEADERS, ColumnOverrides(extras=("D",), no_extra=True))
    assert changed.extra_fields == {"email": 3}
    assert changed.phone_index == 2
    assert changed.name_indices == (0,)


def test_headers_holding_an_equals_sign() -> None:
    assert split_extra("a=b", HEADERS) == (4, None)
    assert split_extra("a=b=field", HEADERS) == (4, "field")
    assert split_extra("Email = mail", HEADERS) == (3, "mail")


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        (ColumnOverrides(phone="B", ignore=("Phone",)), "both --phone and --ignore"),
        (ColumnOverrides(extras=("Email=2x",)), "starts with a digit"),
        (ColumnOverrides(names=("A", "B", "C")), "at most two"),
        (ColumnOverrides(extras=("Nope=x",)), 'no column "Nope"'),
    ],
)
def test_clashing_or_bad_overrides(overrides: ColumnOverrides, message: str) -> None:
    mapping = suggest_mapping(HEADERS, SAMPLE)
    with pytest.raises(MappingError, match=message):
        apply_overrides(mapping, HEADERS, overrides)


def test_phone_fallbacks_in_the_order_given() -> None:
    mapping = suggest_mapping(HEADERS, SAMPLE)
    changed = apply_overrides(mapping, HEADERS, ColumnOverrides(fallbacks=("Email", "B")))
    assert changed.phone_fallbacks == (3, 1)
    assert apply_overrides(changed, HEADERS, ColumnOverrides(ignore=("Mail",))).phone_fallbacks == (
        3,
        1,
    )
