"""The groups of a few cells, for Match columns' preview."""

from __future__ import annotations

from importer.groups.sample import sample_groups
from importer.groups.separators import GroupSeparator


def test_the_separator_is_found_and_the_groups_counted_once_most_named_first() -> None:
    values = ["* myContacts ::: VIP ::: Team", "Team", None, "vip ", "Team ::: Newsletter"]
    separator, names = sample_groups(values, None)
    assert separator is GroupSeparator.TRIPLE_COLON
    assert names == ["Team", "VIP", "Newsletter"]


def test_a_chosen_separator_reads_the_cells_its_way() -> None:
    separator, names = sample_groups(["VIP, Team", "Team"], GroupSeparator.NONE)
    assert separator is GroupSeparator.NONE
    assert names == ["VIP, Team", "Team"]
