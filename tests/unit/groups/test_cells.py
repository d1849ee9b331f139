"""Groups read from a cell: each program's way of writing several, Google's own groups left
out, names cleaned, and what cannot be a list name reported."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from importer.groups.cells import CellReader, GroupCell, split_cell
from importer.groups.names import MAX_LIST_NAME, clean_name, list_key
from importer.groups.separators import GroupSeparator, detect_separator

COLONS = GroupSeparator.TRIPLE_COLON
SEMICOLON = GroupSeparator.SEMICOLON
COMMA = GroupSeparator.COMMA


@pytest.mark.parametrize(
    ("value", "separator", "names"),
    [
        ("* myContacts ::: Friends ::: Customers", COLONS, ("Friends", "Customers")),
        ("* starred ::: * Friends", COLONS, ("Friends",)),
        ("* My Contacts", COLONS, ()),
        ("Business;Personal", SEMICOLON, ("Business", "Personal")),
        ("Business; Personal ;", SEMICOLON, ("Business", "Personal")),
        ('"VIP","Newsletter, monthly"', COMMA, ("VIP", "Newsletter, monthly")),
        ("VIP, Team", COMMA, ("VIP", "Team")),
        ("VIP\nTeam\r\nBerlin", GroupSeparator.LINE_BREAK, ("VIP", "Team", "Berlin")),
        ("VIP | Team", GroupSeparator.PIPE, ("VIP", "Team")),
        ("VIP, Team", GroupSeparator.NONE, ("VIP, Team",)),
        ("VIP; vip ;Vip", SEMICOLON, ("VIP",)),
        ("  Kunden   Berlin\u200b ", GroupSeparator.NONE, ("Kunden Berlin",)),
        (2024, GroupSeparator.NONE, ("2024",)),
        ("", SEMICOLON, ()),
        (None, SEMICOLON, ()),
        ("   ", SEMICOLON, ()),
    ],
)
def test_a_cell_names_its_groups(
    value: str | int | None, separator: GroupSeparator, names: tuple[str, ...]
) -> None:
    assert split_cell(value, separator).names == names


def test_names_too_long_or_empty_are_left_out_and_counted() -> None:
    long_name = "x" * (MAX_LIST_NAME + 1)
    cell = split_cell(f"VIP;;{long_name}; \u200b ;{'y' * MAX_LIST_NAME}", SEMICOLON)
    assert cell == GroupCell(("VIP", "y" * MAX_LIST_NAME), (long_name,), 2)


@pytest.mark.parametrize(
    ("values", "separator"),
    [
        (["* myContacts ::: Friends", "* myContacts", "A ::: B, C"], COLONS),
        (["Business;Personal", "Business", "Key Customer;Holiday Cards"], SEMICOLON),
        (['"VIP","Team"', '"VIP"', None], COMMA),
        (["VIP, Team", "Team", "VIP"], COMMA),
        (["VIP\nTeam", "VIP, Team", "A\nB"], GroupSeparator.LINE_BREAK),
        (["VIP", "Team", ""], GroupSeparator.NONE),
        ([], GroupSeparator.NONE),
    ],
)
def test_the_separator_is_the_one_most_cells_hold(
    values: list[str | None], separator: GroupSeparator
) -> None:
    assert detect_separator(values) is separator


def test_two_spellings_are_one_list() -> None:
    assert list_key("VIP") == list_key(" vip ") == list_key("Vip")
    assert list_key("Équipe") == list_key("equipe") == list_key("EQUIPE")
    assert list_key("Straße") == list_key("STRASSE")
    assert list_key("Team A") != list_key("Team B")
    assert clean_name("\u00adTeam\u00a0 A ") == "Team A"


def test_the_reader_answers_each_distinct_cell_once() -> None:
    reader = CellReader(SEMICOLON)
    first = reader.cell("VIP;Team")
    assert reader.cell("VIP;Team") is first
    assert reader.names("Team") == ("Team",)


@given(
    st.lists(st.text(min_size=1, max_size=20), min_size=1, max_size=6),
    st.sampled_from([COLONS, SEMICOLON, GroupSeparator.PIPE, GroupSeparator.LINE_BREAK]),
)
def test_every_name_found_is_clean_short_and_once(
    parts: list[str], separator: GroupSeparator
) -> None:
    cell = split_cell(separator.text.join(parts), separator)
    keys = [list_key(name) for name in cell.names]
    assert len(keys) == len(set(keys))
    for name in cell.names:
        assert name == clean_name(name) and 0 < len(name) <= MAX_LIST_NAME
