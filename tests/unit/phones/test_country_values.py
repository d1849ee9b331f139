"""Country cells read the way people write them, from CLDR's names (resources/countries)."""

from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from importer.phones.countries import COUNTRY_NAMES
from importer.phones.country_values import CountryReader, fold, read_country
from tests.helpers.scripts import load_script


@pytest.mark.parametrize(
    ("value", "region"),
    [
        ("Germany", "DE"),
        ("Deutschland", "DE"),
        ("Allemagne", "DE"),
        ("Alemania", "DE"),
        ("Alemanha", "DE"),
        ("DE", "DE"),
        ("deu", "DE"),
        ("  germany ", "DE"),
        ("UK", "GB"),
        ("GBR", "GB"),
        ("United Kingdom", "GB"),
        ("Brasil", "BR"),
        ("España", "ES"),
        ("espana", "ES"),
        ("India", "IN"),
        ("Italia", "IT"),
        ("Nederland", "NL"),
        ("日本", "JP"),
        ("Россия", "RU"),
        ("Côte d’Ivoire", "CI"),
        ("United States of America", "US"),
        ("U.S.A.", "US"),
        ("+49", "DE"),
        ("49", "DE"),
        ("0049", "DE"),
        ("(+44)", "GB"),
        (49, "DE"),
        (1.0, "US"),
    ],
)
def test_countries_are_read_as_people_write_them(value: object, region: str) -> None:
    assert read_country(value) == region  # type: ignore[arg-type]


@pytest.mark.parametrize("value", ["Atlantis", "Country", "999", True, 1.5, "Korea"])
def test_values_naming_no_country(value: object) -> None:
    assert read_country(value) is None  # type: ignore[arg-type]


@pytest.mark.parametrize("value", [None, "", "   ", "N/A", "n.a.", "NA"])
def test_an_empty_cell_names_nothing(value: object) -> None:
    assert read_country(value) == ""  # type: ignore[arg-type]


@settings(max_examples=300, deadline=None)
@given(
    region=st.sampled_from(sorted(set(COUNTRY_NAMES) - {"NA"})),  # "NA" is "not applicable"
    upper=st.lists(st.booleans(), min_size=2, max_size=2),
    pad=st.sampled_from(["", " ", "  ", "\t"]),
)
def test_every_iso_code_in_any_case_and_spacing(region: str, upper: list[bool], pad: str) -> None:
    code = "".join(c.upper() if up else c.lower() for c, up in zip(region, upper, strict=True))
    assert read_country(f"{pad}{code}{pad}") == region


@settings(max_examples=200, deadline=None)
@given(region=st.sampled_from(sorted(COUNTRY_NAMES)), plus=st.sampled_from(["+", "", "00"]))
def test_a_dial_code_names_its_main_country(region: str, plus: str) -> None:
    code = phonenumbers.country_code_for_region(region)
    main = phonenumbers.region_code_for_country_code(code)
    assert read_country(f"{plus}{code}") == (main if main in COUNTRY_NAMES else None)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=40), st.integers(), st.floats(), st.none(), st.booleans()))
def test_any_value_gets_an_answer(value: object) -> None:
    found = read_country(value)  # type: ignore[arg-type]
    assert found is None or found == "" or found in COUNTRY_NAMES


def test_the_reader_uses_the_default_for_empty_and_unknown_values() -> None:
    reader = CountryReader("FR")
    assert reader.regions(["DE", "", None, "Atlantis", "DE"]) == ["DE", "FR", "FR", "FR", "DE"]
    assert [reader.named(v) for v in ("DE", "", "Atlantis")] == ["DE", "", None]


def test_folding_ignores_case_accents_spaces_and_punctuation() -> None:
    assert fold(" Côte d’Ivoire ") == fold("COTE D'IVOIRE") == "cotedivoire"


def test_the_shipped_table_is_what_cldr_gives_today() -> None:
    """resources/countries/names.json is written from Babel's CLDR data: run
    ``python scripts/country_names.py`` after updating Babel."""
    script = load_script("country_names")
    assert script.TARGET.read_text(encoding="utf-8") == script.text()
