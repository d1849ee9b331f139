"""Automatic column mapping from headers and a sample of rows."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from importer.columns import column_index, untitled_name
from importer.mapping.model import Mapping
from importer.mapping.rules import check_mapping
from importer.mapping.suggest import suggest_mapping, untitled_phone_column
from importer.sources import open_source
from importer.sources.base import CellValue, Row
from importer.sources.table import read_preview


def rows(*values: Sequence[CellValue]) -> list[Row]:
    return [(number, list(row)) for number, row in enumerate(values, start=2)]


def roles(mapping: Mapping) -> dict[str, str]:
    return {c.header: c.role.value for c in mapping.columns}


def header_of(mapping: Mapping, index: int | None) -> str:
    assert index is not None
    return mapping.columns[index].header


def test_plain_english_sheet() -> None:
    mapping = suggest_mapping(
        ["Name", "Phone", "Email"], rows(["Ann Lee", "+1 617 555 1212", "ann@example.com"])
    )
    assert roles(mapping) == {"Name": "name", "Phone": "phone", "Email": "extra"}
    assert mapping.extra_fields == {"email": 2}
    assert check_mapping(mapping) == []


@pytest.mark.parametrize(
    ("headers", "phone", "name"),
    [
        (["Nombre", "Teléfono", "Correo"], "Teléfono", ["Nombre"]),
        (["Nome", "Celular", "E-mail"], "Celular", ["Nome"]),
        (["Nom complet", "Téléphone", "Courriel"], "Téléphone", ["Nom complet"]),
        (["Name", "Handy", "E-Mail"], "Handy", ["Name"]),
        (["Nominativo", "Cellulare", "Email"], "Cellulare", ["Nominativo"]),
        (["Kunde", "Rufnummer", "Ort"], "Rufnummer", ["Kunde"]),
        (["Contact Name", "MSISDN", "Plan"], "MSISDN", ["Contact Name"]),
        (["姓名", "电话号码", "地址"], "电话号码", ["姓名"]),
    ],
)
def test_multilingual_headers(headers: list[str], phone: str, name: list[str]) -> None:
    mapping = suggest_mapping(headers, rows(["Ann", "612345678", "x"]))
    assert header_of(mapping, mapping.phone_index) == phone
    assert [header_of(mapping, i) for i in mapping.name_indices] == name


@pytest.mark.parametrize(
    ("headers", "first", "last"),
    [
        (["First Name", "Last Name", "Mobile"], "First Name", "Last Name"),
        (["Surname", "Given name", "Mobile"], "Given name", "Surname"),
        (["Vorname", "Nachname", "Telefon"], "Vorname", "Nachname"),
        (["Prénom", "Nom", "Portable"], "Prénom", "Nom"),
        (["Nombre", "Apellidos", "Móvil"], "Nombre", "Apellidos"),
        (["Nome", "Sobrenome", "Celular"], "Nome", "Sobrenome"),
        (["Nome", "Cognome", "Cellulare"], "Nome", "Cognome"),
        (["Contact", "First Name", "Last Name", "Mobile"], "First Name", "Last Name"),
    ],
)
def test_first_and_last_name_are_combined(headers: list[str], first: str, last: str) -> None:
    sample = ["Ann", "Lee", "612345678"] if len(headers) == 3 else ["ACME", "Ann", "Lee", "6123"]
    mapping = suggest_mapping(headers, rows(sample))
    assert [header_of(mapping, i) for i in mapping.name_indices] == [first, last]
    assert check_mapping(mapping) == []


def test_google_contacts_export() -> None:
    headers = ["Name", "Given Name", "Family Name", "Phone 1 - Type", "Phone 1 - Value"]
    mapping = suggest_mapping(headers, rows(["Ann Lee", "Ann", "Lee", "Mobile", "+1 617 555 1212"]))
    assert header_of(mapping, mapping.phone_index) == "Phone 1 - Value"
    assert mapping.name_indices == (0,)
    assert mapping.extra_fields == {"given_name": 1, "family_name": 2, "phone_1_type": 3}


def test_prefers_a_filled_mobile_column() -> None:
    headers = ["Business Phone", "Home Phone", "Mobile Phone", "Business Fax"]
    mapping = suggest_mapping(headers, rows(["617 555 1212", "", "617 555 1313", "617 555 1414"]))
    assert header_of(mapping, mapping.phone_index) == "Mobile Phone"
    assert roles(mapping)["Home Phone"] == "ignore"


def test_empty_mobile_column_yields_to_a_filled_phone_column() -> None:
    headers = ["Business Phone", "Mobile Phone"]
    mapping = suggest_mapping(headers, rows(["617 555 1212", ""], ["617 555 1213", None]))
    assert header_of(mapping, mapping.phone_index) == "Business Phone"


def test_phone_header_is_used_even_without_sample_rows() -> None:
    mapping = suggest_mapping(["Name", "Phone", "Notes"], [])
    assert mapping.phone_index == 1
    assert roles(mapping)["Notes"] == "extra"


def test_phone_found_by_content_when_no_header_matches() -> None:
    headers = ["Customer ID", "Who", "Data", "Notes"]
    sample = rows(
        [10012345, "Ann", "+44 7911 123456", "call back"],
        [10012346, "Bob", "+44 7911 123457", ""],
        [10012347, "Cid", "not given", "vip"],
    )
    mapping = suggest_mapping(headers, sample)
    assert header_of(mapping, mapping.phone_index) == "Data"


def test_no_phone_column_when_nothing_looks_like_one() -> None:
    mapping = suggest_mapping(["A", "B"], rows(["x", "y"], ["z", "w"]))
    assert mapping.phone_index is None
    assert any("phone" in p for p in check_mapping(mapping))


def test_bare_number_header_needs_phone_like_content() -> None:
    serials = suggest_mapping(["No.", "Name", "Mobile"], rows([1, "Ann", "6175551212"]))
    assert header_of(serials, serials.phone_index) == "Mobile"
    numbers = suggest_mapping(["Number", "Name"], rows(["6175551212", "Ann"]))
    assert header_of(numbers, numbers.phone_index) == "Number"


def test_contact_column_holding_numbers_is_the_phone() -> None:
    mapping = suggest_mapping(["Contact", "Owner"], rows(["6175551212", "Ann"]))
    assert header_of(mapping, mapping.phone_index) == "Contact"
    assert mapping.name_indices == ()


def test_extras_get_unique_keys_and_empty_and_untitled_columns_are_ignored() -> None:
    headers = ["Phone", "Email", "email", "Column D", "地址", "Empty"]
    mapping = suggest_mapping(headers, rows(["6175551212", "a@x", "b@x", "c", "d", None]))
    assert mapping.extra_fields == {"email": 1, "email_2": 2, "field_e": 4}
    assert (roles(mapping)["Empty"], roles(mapping)["Column D"]) == ("ignore", "ignore")
    assert [c.index for c in mapping.columns] == list(range(6))


def test_untitled_columns_are_never_the_phone_nor_an_extra_field() -> None:
    """In a wide file the names of untitled columns spell words: "Column TEL" (column TEL),
    "Column GSM", "Column MOB", "Column AGE" are no titles."""
    width = column_index("XFD") + 1
    headers = [untitled_name(i) for i in range(width)]
    headers[0], headers[1] = "Name", "Notes"
    sample = [(2, ["Ann", "called", *(["a"] * (width - 2))])]
    mapping = suggest_mapping(headers, sample)
    assert mapping.phone_index is None
    assert mapping.extra_fields == {"notes": 1}
    assert {headers[i] for i in mapping.name_indices} == {"Name"}


def test_an_untitled_column_of_numbers_is_not_taken_as_the_phone() -> None:
    """Whose numbers they are is unknown without a title: the user chooses."""
    headers = ["Name", "Column B", "City"]
    mapping = suggest_mapping(headers, rows(["Ann", "+1 617 555 1212", "Boston"]))
    assert mapping.phone_index is None
    assert roles(mapping)["Column B"] == "ignore"


def test_an_untitled_column_of_numbers_is_named_to_choose() -> None:
    headers = ["Name", "Column B", "Column C", "City"]
    sample = rows(["Ann", "x", "+1 617 555 1212", "Boston"], ["Bo", "y", "617 555 1213", "Lynn"])
    assert untitled_phone_column(headers, sample) == 2
    assert untitled_phone_column(["Name", "Phone"], rows(["Ann", "617 555 1212"])) is None
    assert untitled_phone_column(["Name", "Column B"], rows(["Ann", "letters"])) is None


def test_short_rows_are_padded() -> None:
    mapping = suggest_mapping(["Phone", "Name", "Tail"], rows(["6175551212"], ["6175551213", "Bo"]))
    assert roles(mapping) == {"Phone": "phone", "Name": "name", "Tail": "ignore"}


def test_problem_column_of_a_fixed_attention_file_is_ignored() -> None:
    mapping = suggest_mapping(["Phone", "Import problem"], rows(["6175551212", "Too short."]))
    assert roles(mapping) == {"Phone": "phone", "Import problem": "ignore"}


def test_country_tells_phone_numbers_from_ids() -> None:
    headers = ["Ref", "Who", "Contact info"]
    sample = rows(
        [40012345, "Ann", "06 12 34 56 78"],
        [40012346, "Bob", "07 12 34 56 79"],
        [40012347, "Cid", "n/a"],
    )
    ids_only = [(number, values[:2]) for number, values in sample]
    assert suggest_mapping(headers[:2], ids_only).phone_index is None  # digits alone: no guess
    assert suggest_mapping(headers, sample, country="FR").phone_index == 2


def test_country_counts_numbers_excel_damaged() -> None:
    sample = rows(["Ann", "1.61755E+10"], ["Bob", "1.61755E+10"])
    assert suggest_mapping(["Who", "What"], sample, country="US").phone_index == 1


def test_content_guess_needs_a_clear_majority_of_valid_numbers() -> None:
    headers = ["Ref", "Who"]
    mostly_valid = rows(*([f"617555{1000 + i}", "x"] for i in range(7)), *([1234567, "y"],) * 3)
    assert suggest_mapping(headers, mostly_valid, country="US").phone_index == 0
    few_valid = rows(*([f"617555{1000 + i}", "x"] for i in range(3)), *([1234567, "y"],) * 27)
    assert suggest_mapping(headers, few_valid, country="US").phone_index is None


@pytest.mark.parametrize(
    "title", ["createdTime", "Order date", "Postal code", "Kunden-ID", "Preis", "Total", "Año"]
)
def test_content_guess_skips_columns_titled_as_something_else(title: str) -> None:
    sample = rows(*([f"617555{1000 + i}", "x"] for i in range(5)))
    assert suggest_mapping([title, "Who"], sample, country="US").phone_index is None


def test_corpus_timestamps_are_not_phone_numbers(corpus_dir: Path) -> None:
    assert suggested_phone(corpus_dir / "issue-493.csv") is None


def test_corpus_column_with_few_valid_numbers_is_not_guessed(corpus_dir: Path) -> None:
    assert suggested_phone(corpus_dir / "large.xlsx") is None


def suggested_phone(path: Path) -> int | None:
    with open_source(path) as source:
        preview = read_preview(source, None, None)
    return suggest_mapping(preview.headers, preview.rows, country="US").phone_index
