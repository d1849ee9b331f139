"""The sandbox validates bodies as strictly as the Sociocs documentation describes."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from importer.sandbox.validation import bulk_body_errors, list_name_errors, record_errors

GOOD = {"phone_number": "+16175551212", "name": "Ann", "extra_fields": {"a": 1, "b": None}}


def test_a_documented_body_is_accepted() -> None:
    body = {"list_id": 0, "phone_number_cc": "1", "records": [GOOD, {"phone_number": "4930123"}]}
    assert bulk_body_errors(body) == [
        "records[1]: phone_number '4930123' is not a valid phone number."
    ]
    body["records"] = [GOOD, {"phone_number": "493012345"}]
    assert bulk_body_errors(body) == []
    assert bulk_body_errors({"records": [GOOD]}) == []


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ([GOOD], "must be a JSON object"),
        ({"records": []}, "1 to 10000 items, not 0"),
        ({"records": [GOOD] * 10_001}, "not 10001"),
        ({"records": "x"}, "records is required"),
        ({}, "records is required"),
        ({"list_id": "10001", "records": [GOOD]}, "list_id must be an integer"),
        ({"list_id": True, "records": [GOOD]}, "list_id must be an integer"),
        ({"phone_number_cc": 1, "records": [GOOD]}, "phone_number_cc must be a string"),
        ({"phone_number_cc": "+1", "records": [GOOD]}, "phone_number_cc must be a string"),
        ({"list": 1, "records": [GOOD]}, "Unknown field 'list'"),
    ],
)
def test_body_problems(body: Any, message: str) -> None:
    assert any(message in error for error in bulk_body_errors(body))


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ("text", "must be an object"),
        ({}, "phone_number is required"),
        ({"phone_number": 16175551212}, "phone_number must be a string"),
        ({"phone_number": "617-555-1212"}, "is not a valid phone number"),
        ({"phone_number": "+1234567"}, "is not a valid phone number"),
        ({"phone_number": "+1234567890123456"}, "is not a valid phone number"),
        ({"phone_number": "+16175551212", "name": 3}, "name must be a string"),
        ({"phone_number": "+16175551212", "extra_fields": []}, "extra_fields must be an object"),
        ({"phone_number": "+16175551212", "extra_fields": {"x": {}}}, "extra_fields 'x'"),
        ({"phone_number": "+16175551212", "email": "a@b"}, "unknown field 'email'"),
    ],
)
def test_record_problems(record: Any, message: str) -> None:
    assert any(message in problem for problem in record_errors(record))


def test_one_message_per_bad_record_naming_its_index() -> None:
    records = [GOOD, {"name": 1}, GOOD, {"phone_number": "x"}]
    errors = bulk_body_errors({"records": records})
    assert len(errors) == 2
    assert errors[0].startswith("records[1]: ")
    assert "phone_number is required" in errors[0]
    assert "name must be a string" in errors[0]
    assert errors[1].startswith("records[3]: ")


def test_list_names() -> None:
    assert list_name_errors({"name": "Fair"}) == []
    assert list_name_errors({"name": "  "})
    assert list_name_errors({"title": "Fair"})
    assert list_name_errors(["Fair"])


@given(st.from_regex(r"\+?[0-9]{8,15}", fullmatch=True))
def test_every_plausible_number_is_accepted(phone: str) -> None:
    assert record_errors({"phone_number": phone}) == []
