"""The Lists role: found from titles in the program's languages and from known exports,
confirmed by the values, set or turned off on the command line, kept in templates."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.mapping.list_column import lists_header_score
from importer.mapping.model import ColumnChoice, Mapping, Role
from importer.mapping.overrides import ColumnOverrides, apply_overrides, without_lists
from importer.mapping.rules import check_mapping
from importer.mapping.suggest import suggest_mapping
from importer.mapping.template import load_template, save_template
from tests.helpers.contact_exports import GOOGLE, GOOGLE_OLD, OUTLOOK

TITLES = [
    "Labels",
    "Group Membership",
    "Categories",
    "Tags",
    "TAGS",
    "Group",
    "Groups",
    "Lists",
    "Contact groups",
    "Gruppe",
    "Kategorien",
    "Grupo",
    "Etiquetas",
    "Groupe",
    "Étiquettes",
    "Grupos de contacto",
]
NOT_TITLES = ["Phone 1 - Label", "Price list", "List price", "Tag der Anmeldung", "Group ID x"]


@pytest.mark.parametrize("title", TITLES)
def test_group_titles_in_the_programs_languages(title: str) -> None:
    assert lists_header_score(title) > 0
    rows = [(2, ["Ann", "+16175551212", "VIP; Team"]), (3, ["Bo", "+16175551213", "Team"])]
    mapping = suggest_mapping(["Name", "Phone", title], rows)
    assert mapping.lists_index == 2
    assert mapping.columns[2].key == "", "the groups make lists, not an extra field"
    assert mapping.extra_fields == {}


@pytest.mark.parametrize("title", NOT_TITLES)
def test_other_titles_are_not_groups(title: str) -> None:
    assert lists_header_score(title) == 0


@pytest.mark.parametrize(
    "values",
    [
        ["yes", "no", "yes"],
        ["ann@example.com", "bo@example.com", "x"],
        ["12", "7", "3"],
        ["https://example.com", "https://example.org", ""],
    ],
)
def test_a_group_title_over_other_values_stays_an_extra_field(values: list[str]) -> None:
    rows = [(i + 2, ["P", f"+1617555121{i}", value]) for i, value in enumerate(values)]
    mapping = suggest_mapping(["Name", "Phone", "Tags"], rows)
    assert mapping.lists_index is None
    assert mapping.extra_fields == {"tags": 2}


def test_known_exports_name_their_group_column() -> None:
    google = [None] * len(GOOGLE)
    google[GOOGLE.index("Labels")] = "* myContacts ::: Friends"
    google[GOOGLE.index("Phone 1 - Value")] = "+16175551212"
    assert suggest_mapping(GOOGLE, [(2, google)]).lists_index == GOOGLE.index("Labels")
    old = [None] * len(GOOGLE_OLD)
    old[GOOGLE_OLD.index("Group Membership")] = "* My Contacts ::: Family"
    old[GOOGLE_OLD.index("Phone 1 - Value")] = "+16175551212"
    assert suggest_mapping(GOOGLE_OLD, [(2, old)]).lists_index == GOOGLE_OLD.index(
        "Group Membership"
    )
    outlook = [None] * len(OUTLOOK)
    outlook[OUTLOOK.index("Categories")] = "Business;Personal"
    outlook[OUTLOOK.index("Mobile Phone")] = "+16175551212"
    assert suggest_mapping(OUTLOOK, [(2, outlook)]).lists_index == OUTLOOK.index("Categories")


def test_google_labels_naming_only_its_own_groups_are_no_lists() -> None:
    row = [None] * len(GOOGLE)
    row[GOOGLE.index("Labels")] = "* myContacts ::: * starred"
    row[GOOGLE.index("Phone 1 - Value")] = "+16175551212"
    mapping = suggest_mapping(GOOGLE, [(2, row)])
    assert mapping.lists_index is None


HEADERS = ["Name", "Phone", "Tags", "Segment"]
ROWS = [(2, ["Ann", "+16175551212", "VIP", "North"]), (3, ["Bo", "+16175551213", "Team", "South"])]


def test_the_command_line_names_the_column_or_turns_it_off() -> None:
    suggested = suggest_mapping(HEADERS, ROWS)
    assert suggested.lists_index == 2
    chosen = apply_overrides(suggested, HEADERS, ColumnOverrides(lists="D"))
    assert chosen.lists_index == 3 and chosen.extra_fields == {"tags": 2}, "no longer a field"
    off = apply_overrides(suggested, HEADERS, ColumnOverrides(no_lists=True))
    assert off.lists_index is None and off.extra_fields == {"tags": 2, "segment": 3}
    assert without_lists(suggested) == off


def test_a_lists_column_may_also_be_saved_as_a_field_and_only_one_is_allowed() -> None:
    mapping = suggest_mapping(HEADERS, ROWS).with_choice(2, Role.LISTS, "tags")
    assert mapping.extra_fields == {"tags": 2, "segment": 3}
    assert check_mapping(mapping) == []
    two = mapping.with_choice(3, Role.LISTS)
    assert check_mapping(two) == [
        'column C ("Tags") and column D ("Segment") are all chosen as the lists. Choose only '
        "one; keep the others as extra fields or ignore them."
    ]


def test_templates_keep_the_lists_column(tmp_path: Path) -> None:
    mapping = Mapping(
        (
            ColumnChoice(0, "Name", Role.NAME),
            ColumnChoice(1, "Phone", Role.PHONE),
            ColumnChoice(2, "Tags", Role.LISTS),
            ColumnChoice(3, "Segment", Role.EXTRA, "segment"),
        )
    )
    save_template(mapping, tmp_path / "mapping.json")
    loaded = load_template(tmp_path / "mapping.json", ["Segment", "Tags", "Phone", "Name"])
    assert loaded.lists_index == 1 and loaded.phone_index == 2
