"""Column letters round-trip with indices; columns are named by title and letter."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from importer.columns import column_index, column_label, column_letter, letter_label


@pytest.mark.parametrize(
    ("index", "letter"), [(0, "A"), (25, "Z"), (26, "AA"), (701, "ZZ"), (16383, "XFD")]
)
def test_known_letters(index: int, letter: str) -> None:
    assert column_letter(index) == letter
    assert column_index(letter) == index


@given(st.integers(min_value=0, max_value=100_000))
def test_round_trip(index: int) -> None:
    assert column_index(column_letter(index)) == index


@pytest.mark.parametrize("bad", ["", "1", "A1", "É", " "])
def test_rejects_non_letters(bad: str) -> None:
    with pytest.raises(ValueError, match="not a column letter"):
        column_index(bad)


def test_a_column_is_named_by_its_title_with_the_letter_in_brackets() -> None:
    headers = ["Name", "Mobile", "Column C", "  "]
    assert column_label(headers, 1) == "Mobile (B)"
    assert letter_label(headers, "B") == "Mobile (B)"
    assert column_label(headers, 2) == "Column C"  # no title of its own
    assert column_label(headers, 3) == "Column D"
    assert column_label(headers, 30) == "Column AE"
    assert letter_label(headers, "") == ""
