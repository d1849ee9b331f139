"""Values compared as Sociocs shows them."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from importer.compare.values import same_contact, same_fields, same_value, value_text


@pytest.mark.parametrize(
    ("first", "second"),
    [(42, "42"), (1.0, 1), (True, "true"), (None, ""), ("", None), ("Zoë", "Zoë"), (2.5, "2.5")],
)
def test_the_same_value_in_another_json_type(first: Any, second: Any) -> None:
    assert same_value(first, second)


@pytest.mark.parametrize(
    ("first", "second"), [("a", "A"), (" a", "a"), (0, None), (False, None), (1, True)]
)
def test_different_values(first: Any, second: Any) -> None:
    assert not same_value(first, second)


def test_empty_fields_count_as_absent() -> None:
    assert same_fields({"a": 1, "b": ""}, {"a": "1", "c": None})
    assert not same_fields({"a": 1}, {})


def test_a_contact_holds_a_record() -> None:
    record = {"phone_number": "+1", "name": "Ann", "extra_fields": {"x": 1}}
    assert same_contact("Ann", {"x": "1"}, record)
    assert not same_contact("Ann", {}, record)
    assert same_contact(None, {}, {"phone_number": "+1"})


@given(st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text()))
def test_every_value_equals_itself(value: Any) -> None:
    assert same_value(value, value)
    assert value_text(value) is None or isinstance(value_text(value), str)
