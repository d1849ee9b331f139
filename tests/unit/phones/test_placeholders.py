"""Placeholders: the regular expressions must say exactly what the definition says."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from importer.phones.placeholders import (
    MIN_RUN,
    Placeholder,
    looks_like_placeholder,
    placeholder_kind,
)


def is_pattern(digits: str) -> bool:
    """The definition: all one digit, or a run of at least MIN_RUN digits each followed by
    the next one up (or down), wrapping past 0."""
    if not (digits.isdecimal() and digits.isascii()):
        return False
    if digits == digits[0] * len(digits):
        return True
    if len(digits) < MIN_RUN:
        return False
    steps = {(int(b) - int(a)) % 10 for a, b in pairwise(digits)}
    return steps in ({1}, {9})


@st.composite
def near_runs(draw: st.DrawFn) -> str:
    """Runs up or down of any length, one digit of them maybe changed, maybe with more
    digits or a letter around."""
    first, step = draw(st.integers(0, 9)), draw(st.sampled_from([1, -1]))
    length = draw(st.integers(0, 40))
    digits = "".join(str((first + step * n) % 10) for n in range(length))
    if digits and draw(st.booleans()):
        position = draw(st.integers(0, len(digits) - 1))
        digits = digits[:position] + draw(st.sampled_from("0123456789")) + digits[position + 1 :]
    return draw(st.sampled_from(["", "0", "x"])) + digits + draw(st.sampled_from(["", "5", "x"]))


@settings(max_examples=1500, deadline=None)
@given(digits=near_runs() | st.text(alphabet="0123456789", max_size=25))
def test_patterns_are_exactly_the_definition(digits: str) -> None:
    assert looks_like_placeholder(digits) == is_pattern(digits), digits
    expected = Placeholder.PATTERN if is_pattern(digits) else None
    if expected is not None or "5550" not in digits:
        assert placeholder_kind("44", digits) == expected


def test_every_run_up_to_forty_digits() -> None:
    for first in range(10):
        for step in (1, -1):
            run = "".join(str((first + step * n) % 10) for n in range(40))
            for length in range(1, 41):
                assert looks_like_placeholder(run[:length]) == (length >= MIN_RUN or length == 1)
    assert looks_like_placeholder("0000") and looks_like_placeholder("7")
    assert not looks_like_placeholder("1234567890 ") and not looks_like_placeholder("")


def test_fiction_numbers() -> None:
    assert placeholder_kind("1", "2125550123") is Placeholder.FICTION
    assert placeholder_kind("1", "2125550200") is None
    assert placeholder_kind("44", "2125550123") is None
