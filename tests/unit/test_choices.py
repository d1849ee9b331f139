"""ImportChoices: one typed value, stored and read back by one pair of functions."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from importer.choices import (
    CHOICES_VERSION,
    ChoicesError,
    DuplicatePolicy,
    ExistingPolicy,
    ImportChoices,
    mapping_entries,
    mapping_from_entries,
)
from importer.mapping.model import ColumnChoice, Mapping, Role

MAPPING = Mapping(
    (
        ColumnChoice(0, "Phone", Role.PHONE),
        ColumnChoice(1, "Name", Role.NAME),
        ColumnChoice(2, "Town", Role.EXTRA, "town"),
        ColumnChoice(3, "Notes", Role.IGNORE),
    )
)
LEGACY_DETAILS: dict[str, Any] = {
    "path": "/home/ann/contacts.xlsx",
    "sheet": "People",
    "header_row": 2,
    "list_id": 10001,
    "list_name": "Newsletter",
    "country": "GB",
    "duplicates": "first",
    "mapping": [
        [0, "Phone", "phone", ""],
        [1, "Name", "name", ""],
        [2, "Town", "extra", "town"],
        [3, "Notes", "ignore", ""],
    ],
}
"""A journal's details exactly as versions before ImportChoices wrote them (version 0)."""


def _through_json(choices: ImportChoices) -> ImportChoices:
    return ImportChoices.from_json(json.loads(json.dumps(choices.to_json())))


def test_full_choices_survive_the_journal() -> None:
    choices = ImportChoices(
        Path("/data/contacts.csv"),
        sheet="contacts",
        header_row=3,
        mapping=MAPPING,
        country="DE",
        duplicates=DuplicatePolicy.FIRST,
        send_unverified=True,
        list_id=0,
        list_name="All Contacts",
        existing=ExistingPolicy.SKIP,
        add_skipped_to_list=True,
        consent_confirmed=True,
    )
    assert _through_json(choices) == choices
    assert choices.to_json()["version"] == CHOICES_VERSION
    assert choices.to_json()["add_skipped_to_list"] is True
    assert choices.to_json()["consent_confirmed"] is True


def test_unchosen_parts_survive_as_unchosen() -> None:
    choices = ImportChoices(Path("c.csv"))
    back = _through_json(choices)
    assert back == choices
    assert (back.sheet, back.header_row, back.mapping, back.list_id) == (None, None, None, None)


_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=20)
_columns = st.lists(st.tuples(_text, st.sampled_from(list(Role)), _text), max_size=6).map(
    lambda cols: Mapping(tuple(ColumnChoice(i, h, r, k) for i, (h, r, k) in enumerate(cols)))
)


@given(
    path=_text.filter(bool),
    sheet=st.none() | _text,
    header_row=st.none() | st.integers(0, 1_048_576),
    mapping=st.none() | _columns,
    country=st.sampled_from(["US", "GB", "DE", "IN", "BR"]),
    duplicates=st.sampled_from(list(DuplicatePolicy)),
    send_unverified=st.booleans(),
    list_id=st.none() | st.integers(0, 2**53),
    list_name=_text,
    existing=st.sampled_from(list(ExistingPolicy)),
    add_skipped_to_list=st.booleans(),
    consent_confirmed=st.booleans(),
)
def test_any_choices_round_trip(**fields: Any) -> None:
    choices = ImportChoices(Path(fields.pop("path")), **fields)
    assert _through_json(choices) == choices


def test_a_journal_written_before_the_choices_had_a_version_still_loads() -> None:
    choices = ImportChoices.from_json(LEGACY_DETAILS)
    assert choices == ImportChoices(
        Path("/home/ann/contacts.xlsx"),
        sheet="People",
        header_row=2,
        mapping=MAPPING,
        country="GB",
        duplicates=DuplicatePolicy.FIRST,
        list_id=10001,
        list_name="Newsletter",
        existing=ExistingPolicy.REPLACE,
    )
    assert choices.send_unverified is False


def test_legacy_defaults_follow_the_behaviour_of_that_time() -> None:
    choices = ImportChoices.from_json({"path": "c.csv"})
    assert choices.existing is ExistingPolicy.REPLACE, "existing contacts were replaced then"
    assert choices.duplicates is DuplicatePolicy.LAST
    assert choices.country == "US"
    assert ImportChoices.from_json({"version": 1, "path": "c.csv"}).existing is ExistingPolicy.KEEP
    assert not ImportChoices.from_json(LEGACY_DETAILS).add_skipped_to_list
    assert not ImportChoices.from_json(LEGACY_DETAILS).consent_confirmed, "not asked before"
    assert not ImportChoices.from_json({"version": 1, "path": "c.csv"}).consent_confirmed


def test_a_newer_version_is_refused_clearly() -> None:
    newer = {**LEGACY_DETAILS, "version": CHOICES_VERSION + 1}
    with pytest.raises(ChoicesError) as caught:
        ImportChoices.from_json(newer)
    assert "newer version of the program" in caught.value.user_text()
    assert "Update the Sociocs Contact Importer" in caught.value.hint


def test_keys_a_newer_writer_added_are_kept_but_not_read() -> None:
    stored = {**ImportChoices(Path("c.csv")).to_json(), "colour": "blue"}
    choices = ImportChoices.from_json(stored)
    assert choices.extra == {"colour": "blue"}
    assert choices.to_json()["colour"] == "blue"
    assert choices == ImportChoices(Path("c.csv")), "extra keys take no part in equality"


@pytest.mark.parametrize(
    "damage",
    [
        {"path": None},
        {"path": ""},
        {"path": 7},
        {"sheet": 3},
        {"header_row": "2"},
        {"header_row": -1},
        {"header_row": True},
        {"header_row": 2.5},
        {"list_id": -1},
        {"list_id": "10001"},
        {"list_name": ["x"]},
        {"country": 44},
        {"duplicates": "middle"},
        {"existing": "merge"},
        {"send_unverified": "false"},
        {"add_skipped_to_list": 1},
        {"consent_confirmed": "yes"},
        {"mapping": "Phone"},
        {"mapping": [[0, "Phone"]]},
        {"mapping": [[0, "Phone", "nonsense", ""]]},
        {"mapping": [["x", "Phone", "phone", ""]]},
        {"mapping": [[-1, "Phone", "phone", ""]]},
        {"mapping": [[0, None, "phone", ""]]},
        {"mapping": [None]},
        {"version": "1"},
        {"version": -1},
    ],
)
def test_damaged_values_are_refused_with_a_plain_message(damage: dict[str, Any]) -> None:
    with pytest.raises(ChoicesError) as caught:
        ImportChoices.from_json({**LEGACY_DETAILS, **damage})
    assert "The saved import settings are damaged" in caught.value.user_text()
    assert "Start the import again" in caught.value.hint


def test_missing_path_or_a_non_object_is_damaged() -> None:
    without_path = {k: v for k, v in LEGACY_DETAILS.items() if k != "path"}
    for data in (without_path, [], "contacts.xlsx", None):
        with pytest.raises(ChoicesError, match="damaged"):
            ImportChoices.from_json(data)


def test_mapping_entries_read_back() -> None:
    assert mapping_from_entries(json.loads(json.dumps(mapping_entries(MAPPING)))) == MAPPING


def test_with_changes_and_for_file() -> None:
    choices = ImportChoices(
        Path("a.xlsx"),
        sheet="S",
        header_row=2,
        mapping=MAPPING,
        country="GB",
        list_id=5,
        consent_confirmed=True,
    )
    changed = choices.with_changes(country="DE")
    assert (changed.country, choices.country) == ("DE", "GB")
    other = choices.for_file(Path("b.xlsx"))
    assert (other.path, other.sheet, other.header_row, other.mapping) == (
        Path("b.xlsx"),
        None,
        None,
        None,
    )
    assert (other.country, other.list_id) == ("GB", 5)
    assert not other.consent_confirmed, "consent is given for one import, asked again"
    with pytest.raises(TypeError):
        choices.with_changes(colour="blue")


def test_with_checked_takes_what_the_rows_were_checked_with_and_keeps_where_they_go() -> None:
    sent = ImportChoices(
        Path("old.csv"),
        country="US",
        list_id=10001,
        list_name="Newsletter",
        existing=ExistingPolicy.SKIP,
        add_skipped_to_list=True,
        consent_confirmed=True,
    )
    checked = ImportChoices(
        Path("new.xlsx"),
        sheet="Contacts",
        header_row=3,
        mapping=MAPPING,
        country="FR",
        duplicates=DuplicatePolicy.FIRST,
        send_unverified=True,
        list_id=1,
    )
    both = sent.with_checked(checked)
    assert (both.path, both.sheet, both.header_row, both.mapping) == (
        Path("new.xlsx"),
        "Contacts",
        3,
        MAPPING,
    )
    assert (both.country, both.duplicates, both.send_unverified) == (
        "FR",
        DuplicatePolicy.FIRST,
        True,
    )
    assert (both.list_id, both.list_name, both.existing) == (
        10001,
        "Newsletter",
        ExistingPolicy.SKIP,
    )
    assert both.add_skipped_to_list and both.consent_confirmed
