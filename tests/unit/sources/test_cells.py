"""Cell normalization: the values every reader hands to the engine."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from importer.sources.cells import format_duration, normalize_cell, normalize_row


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("  Ann  ", "Ann"),
        ("   ", None),
        ("", None),
        (None, None),
        (16175551212.0, 16175551212),
        (1e20, 100000000000000000000),
        (2.5, 2.5),
        (7, 7),
        (True, True),
        (False, False),
        (float("nan"), None),
        (dt.datetime(2024, 3, 1), "2024-03-01"),
        (dt.datetime(2024, 3, 1, 14, 5, 9), "2024-03-01T14:05:09"),
        (dt.datetime(2024, 3, 1, 14, 5, 9, 999_000), "2024-03-01T14:05:10"),
        (dt.date(2024, 3, 1), "2024-03-01"),
        (dt.time(8, 30), "08:30:00"),
        (dt.timedelta(days=1, hours=2, minutes=30), "26:30:00"),
    ],
)
def test_normalize_cell(raw: object, expected: object) -> None:
    result = normalize_cell(raw)
    assert result == expected
    assert type(result) is type(expected)


def test_integral_float_never_shows_an_exponent() -> None:
    assert str(normalize_cell(16175551212.0)) == "16175551212"


def test_negative_duration() -> None:
    assert format_duration(dt.timedelta(minutes=-90)) == "-1:30:00"


def test_normalize_row_drops_trailing_empty_cells_only() -> None:
    assert normalize_row([None, " a ", "", 3.0, "  ", None]) == [None, "a", None, 3]


def test_normalize_row_of_blanks_is_empty() -> None:
    assert normalize_row(["", None, "  "]) == []


def test_normalize_row_handles_every_raw_type() -> None:
    assert normalize_row([dt.date(2020, 1, 2), False, 1.5]) == ["2020-01-02", False, 1.5]


_RAW_CELLS = st.one_of(
    st.none(),
    st.text(max_size=6),
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(),
    st.booleans(),
    st.dates(),
    st.datetimes(),
    st.times(),
    st.timedeltas(),
)


@given(st.lists(_RAW_CELLS, max_size=8))
def test_normalize_row_is_normalize_cell_of_each_cell(values: list[object]) -> None:
    expected = [normalize_cell(value) for value in values]
    while expected and expected[-1] is None:
        expected.pop()
    row = normalize_row(values)
    assert row == expected
    assert list(map(type, row)) == list(map(type, expected))
