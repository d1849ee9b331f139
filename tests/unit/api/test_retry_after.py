"""Retry-After parsing: delay-seconds and HTTP-date (RFC 9110)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from importer.api.retry_after import parse_retry_after

NOW = datetime(2024, 5, 1, 12, 0, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("120", 120.0),
        (" 5 ", 5.0),
        ("0", 0.0),
        ("1.5", 1.5),
        ("-3", 0.0),
        ("Wed, 01 May 2024 12:00:30 GMT", 30.0),
        ("Wednesday, 01-May-24 12:01:00 GMT", 60.0),
        ("Wed May  1 12:00:10 2024", 10.0),
        ("Wed, 01 May 2024 11:00:00 GMT", 0.0),
        ("999999999", 86400.0),
        (None, None),
        ("", None),
        ("soon", None),
        ("nan", None),
        ("inf", None),
    ],
)
def test_values(value: str | None, expected: float | None) -> None:
    assert parse_retry_after(value, NOW) == expected


@given(st.text(max_size=40))
def test_never_raises_and_stays_in_range(value: str) -> None:
    result = parse_retry_after(value, NOW)
    assert result is None or 0.0 <= result <= 86400.0
