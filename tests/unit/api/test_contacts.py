"""Tolerant reading of contact objects (phone with or without +, extra fields as a string or an
object, unknown keys kept)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from importer.api.contacts import ContactPage, contact_phone, parse_contact, parse_extra_fields

WEBHOOK_SAMPLE = {
    "id": 5012,
    "name": "John Johnson",
    "phone_number": "16175551212",
    "phone_number_cc": "1",
    "extra_fields": '{"email_address": "john@example.com", "id": 987123}',
    "created_at": "2024-05-01T10:00:00Z",
    "updated_at": "2024-05-02T11:00:00Z",
    "is_blocked": False,
}


def test_the_documented_sample_is_read_with_unknown_keys_kept() -> None:
    contact = parse_contact(WEBHOOK_SAMPLE)
    assert contact is not None
    assert contact.phone == "+16175551212"
    assert contact.name == "John Johnson"
    assert contact.extra == {"email_address": "john@example.com", "id": 987123}
    assert contact.extra_raw == WEBHOOK_SAMPLE["extra_fields"]
    assert contact.updated_at == "2024-05-02T11:00:00Z"
    assert contact.other == {"id": 5012, "created_at": "2024-05-01T10:00:00Z", "is_blocked": False}


@pytest.mark.parametrize(
    ("number", "dial_code", "expected"),
    [
        ("+16175551212", None, "+16175551212"),
        ("16175551212", None, "+16175551212"),
        ("16175551212", "1", "+16175551212"),
        ("6175551212", "1", "+16175551212"),
        ("33699887766", "1", "+33699887766"),  # sent as +33… beside the default dial code 1
        ("447911123456", "1", "+447911123456"),
        ("+49 151 1234-5678", "49", "+4915112345678"),
        (4915112345678, "+49", "+4915112345678"),
        ("", None, None),
        ("n/a", None, None),
        ("call 555", None, None),
        (None, "1", None),
        (True, None, None),
    ],
)
def test_phone_with_or_without_plus_and_dial_code(
    number: Any, dial_code: Any, expected: str | None
) -> None:
    assert contact_phone(number, dial_code) == expected


@given(st.one_of(st.text(max_size=30), st.integers(), st.none()), st.one_of(st.text(), st.none()))
def test_a_phone_is_plus_and_digits_or_nothing(number: Any, dial_code: Any) -> None:
    phone = contact_phone(number, dial_code)
    assert phone is None or (phone[0] == "+" and phone[1:].isdigit() and phone[1:].isascii())


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ('{"a": 1}', {"a": 1}),
        ({"a": 1}, {"a": 1}),
        ("", {}),
        (None, {}),
        ("null", {}),
        ("{broken", None),
        ("[1, 2]", None),
        (42, None),
    ],
)
def test_extra_fields_as_a_string_or_an_object(raw: Any, expected: dict[str, Any] | None) -> None:
    assert parse_extra_fields(raw) == expected


def test_unreadable_extra_fields_mark_the_contact() -> None:
    contact = parse_contact({**WEBHOOK_SAMPLE, "extra_fields": "{oops"})
    assert contact is not None and not contact.readable and contact.extra_raw == "{oops"


@pytest.mark.parametrize(
    "payload",
    [
        {"status": "success", "data": [WEBHOOK_SAMPLE, {"name": "no number"}, "junk"]},
        [WEBHOOK_SAMPLE, {"name": "no number"}, "junk"],
        {"data": {"contacts": [WEBHOOK_SAMPLE, {"name": "no number"}, "junk"]}},
    ],
)
def test_a_page_counts_every_item_and_reads_the_usable_ones(payload: Any) -> None:
    page = ContactPage(payload)
    assert page.size == 3
    assert page.unusable() == 2
    assert [c.phone for c in page.contacts()] == ["+16175551212"]
    assert page.contacts({"+19999999999"}) == []


def test_a_page_of_something_else_is_empty() -> None:
    assert ContactPage({"status": "success"}).size == 0
    assert ContactPage("nonsense").contacts() == []
