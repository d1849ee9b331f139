"""Extra-field keys derived from headers, and the check on renamed keys."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from importer.mapping.keys import KEY_PATTERN, MAX_KEY_LENGTH, derive_key, validate_key


@pytest.mark.parametrize(
    ("header", "key"),
    [
        ("Téléphone fixe", "telephone_fixe"),
        ("E-Mail Adresse", "e_mail_adresse"),
        ("  Email Address ", "email_address"),
        ("Straße", "strasse"),
        ("Phone #", "phone_number"),
        ("Customer ID", "customer_id"),
        ("2nd Phone", "field_2nd_phone"),
        ("Ærø Œuvre", "aero_oeuvre"),
        ("emailAddress", "emailaddress"),
    ],
)
def test_derives_snake_case_ascii(header: str, key: str) -> None:
    assert derive_key(header, set()) == key


def test_non_latin_header_uses_the_fallback() -> None:
    assert derive_key("姓名", set(), fallback="field_c") == "field_c"
    assert derive_key("", set()) == "field"


def test_clashes_get_numbered_suffixes() -> None:
    taken = {"email", "email_2"}
    assert derive_key("Email", taken) == "email_3"
    assert taken == {"email", "email_2"}


def test_long_headers_are_cut_and_still_unique() -> None:
    header = "x" * 200
    first = derive_key(header, set())
    second = derive_key(header, {first})
    assert len(first) == len(second) == MAX_KEY_LENGTH
    assert first != second


@given(st.lists(st.text(max_size=80), max_size=30))
def test_keys_are_always_valid_and_unique(headers: list[str]) -> None:
    taken: set[str] = set()
    for header in headers:
        key = derive_key(header, taken)
        assert key
        assert key.isascii()
        assert KEY_PATTERN.fullmatch(key)
        assert validate_key(key) is None
        assert key not in taken
        taken.add(key)


@pytest.mark.parametrize("key", ["email", "_private", "phone_2", "a" * MAX_KEY_LENGTH])
def test_valid_keys_pass(key: str) -> None:
    assert validate_key(key) is None


@pytest.mark.parametrize(
    ("key", "fragment"),
    [
        ("", "empty"),
        ("2nd", "starts with a digit"),
        ("E-Mail", 'Try "e_mail"'),
        ("a" * (MAX_KEY_LENGTH + 1), "longer than"),
        ("café", "lowercase letters"),
    ],
)
def test_invalid_keys_are_explained(key: str, fragment: str) -> None:
    message = validate_key(key)
    assert message is not None
    assert fragment in message
