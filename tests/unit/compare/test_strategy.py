"""Choosing pages or searches by the number of requests each needs."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from importer.compare.strategy import search_is_cheaper


def decide(account: int, to_find: int) -> tuple[bool, int]:
    """(search chosen, probes made) for an account of ``account`` contacts."""
    probes: list[int] = []

    def exists(offset: int) -> bool:
        probes.append(offset)
        return offset < account

    return search_is_cheaper(to_find, exists), len(probes)


def pages_after_first(account: int) -> int:
    return max(0, math.ceil(account / 1000) - 1)


@pytest.mark.parametrize(
    ("account", "to_find", "search"),
    [
        (100_000, 5, True),
        (100_000, 50, True),
        (100_000, 5_000, False),
        (3_500, 20, False),
        (1_001, 2, False),
        (1_000_000, 900, True),
    ],
)
def test_the_cheaper_way_is_chosen(account: int, to_find: int, search: bool) -> None:
    assert decide(account, to_find)[0] is search


@given(st.integers(1_000, 2_000_000), st.integers(2, 20_000))
def test_probes_are_few_and_the_choice_is_near_the_best(account: int, to_find: int) -> None:
    search, probes = decide(account, to_find)
    pages = pages_after_first(account)
    assert probes <= 2 * math.log2(to_find) + 4
    chosen = to_find if search else pages
    assert chosen <= min(to_find, pages) * 1.1 + 1
