"""The Country role: found from titles in the program's languages, confirmed by the values,
set or turned off on the command line, kept in templates."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.mapping.country_column import country_header_score, pick_country
from importer.mapping.model import ColumnChoice, Mapping, Role
from importer.mapping.overrides import ColumnOverrides, apply_overrides
from importer.mapping.rules import check_mapping
from importer.mapping.suggest import suggest_mapping
from importer.mapping.template import load_template, save_template

TITLES = [
    "Country",
    "COUNTRY",
    "Country/Region",
    "Mailing Country",
    "Billing Country",
    "Home Country/Region",
    "Business Country/Region",
    "Address 1 - Country",
    "Country code",
    "Land",
    "Land/Region (privat)",
    "País",
    "Pays",
    "Paese",
]


@pytest.mark.parametrize("title", TITLES)
def test_country_titles_in_the_programs_languages(title: str) -> None:
    assert country_header_score(title) > 0
    rows = [(2, ["Ann", "030 1234567", "Deutschland"]), (3, ["Bo", "0171 2345678", "DE"])]
    mapping = suggest_mapping(["Name", "Phone", title], rows)
    assert mapping.country_index == 2


@pytest.mark.parametrize("title", ["Landline", "City", "Phone", "Country manager notes x"])
def test_other_titles_or_values_are_not_the_country(title: str) -> None:
    rows = [(2, ["Ann", "030 1234567", "Berlin"]), (3, ["Bo", "0171 2345678", "Munich"])]
    assert suggest_mapping(["Name", "Phone", title], rows).country_index is None


def test_the_column_naming_most_rows_wins() -> None:
    headers = ["Business Country/Region", "Home Country/Region"]
    columns = [["", "", "Germany"], ["France", "Spain", "Italy"]]
    assert pick_country(headers, columns, ()) == 1


def test_the_country_keeps_the_extra_field_it_would_have_been() -> None:
    rows = [(2, ["Ann", "030 1234567", "Deutschland"])]
    mapping = suggest_mapping(["Name", "Phone", "Country"], rows)
    assert mapping.columns[2] == ColumnChoice(2, "Country", Role.COUNTRY, "country")
    assert mapping.extra_fields == {"country": 2}


MAPPING = Mapping(
    (
        ColumnChoice(0, "Name", Role.NAME),
        ColumnChoice(1, "Phone", Role.PHONE),
        ColumnChoice(2, "Country", Role.COUNTRY, "country"),
        ColumnChoice(3, "Ship to", Role.EXTRA, "ship_to"),
    )
)
HEADERS = [c.header for c in MAPPING.columns]


def test_no_country_column_keeps_the_field_and_reads_the_default() -> None:
    mapping = apply_overrides(MAPPING, HEADERS, ColumnOverrides(no_country=True))
    assert mapping.country_index is None
    assert mapping.extra_fields == {"country": 2, "ship_to": 3}


def test_country_column_names_another_column() -> None:
    mapping = apply_overrides(MAPPING, HEADERS, ColumnOverrides(country="D"))
    assert mapping.country_index == 3
    assert mapping.extra_fields == {"country": 2, "ship_to": 3}


def test_two_country_columns_are_a_problem() -> None:
    two = MAPPING.with_choice(3, Role.COUNTRY, "ship_to")
    assert any("chosen as the country" in problem for problem in check_mapping(two))


def test_a_country_not_saved_needs_no_field_name() -> None:
    assert check_mapping(MAPPING.with_choice(2, Role.COUNTRY, "")) == []
    assert MAPPING.with_choice(2, Role.COUNTRY, "").extra_fields == {"ship_to": 3}


def test_templates_keep_the_country_role(tmp_path: Path) -> None:
    path = tmp_path / "template.json"
    save_template(MAPPING, path)
    assert load_template(path, HEADERS) == MAPPING
