"""plural: whole phrases chosen by the count, with thousands separators."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from importer.wording import plural


def test_one_and_many() -> None:
    assert plural(1, "{n} row needs", "{n} rows need") == "1 row needs"
    assert plural(0, "{n} row needs", "{n} rows need") == "0 rows need"
    assert plural(2, "{n} row needs", "{n} rows need") == "2 rows need"


def test_thousands_separators_and_named_values() -> None:
    text = plural(1_234_567, "{n} contact is in {where}", "{n} contacts are in {where}", where="X")
    assert text == "1,234,567 contacts are in X"


def test_a_phrase_may_spell_the_number_itself() -> None:
    assert plural(1, "one try", "{n} tries") == "one try"


@given(st.integers(min_value=0, max_value=10**12))
def test_the_count_is_always_shown_in_full(count: int) -> None:
    assert plural(count, "{n} row", "{n} rows").replace(",", "").split()[0] == str(count)
