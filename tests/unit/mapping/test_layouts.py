"""Known layouts recognised by their full column lists; wide files guessed sensibly."""

from __future__ import annotations

import pytest

from importer.mapping.describing import describes_contact
from importer.mapping.layouts import recognise_layout
from importer.mapping.model import Role
from importer.mapping.suggest import suggest_mapping
from tests.helpers.contact_exports import EXPORTS
from tests.helpers.make_files import Cells


@pytest.mark.parametrize(
    ("export", "name"),
    [
        ("google", "Google Contacts export"),
        ("google_old", "Google Contacts export (older format)"),
        ("outlook", "Outlook contacts export"),
        ("hubspot", "HubSpot contacts export"),
        ("salesforce_report", "Salesforce contacts report"),
        ("salesforce_data_loader", "Salesforce contacts export (Data Loader)"),
        ("thunderbird", "Thunderbird address book"),
    ],
)
def test_each_export_is_recognised(export: str, name: str) -> None:
    layout = recognise_layout(list(EXPORTS[export].headers))
    assert layout is not None and layout.name == name


def test_a_plain_sheet_is_no_known_layout() -> None:
    assert recognise_layout(["Name", "Phone", "City"]) is None


def test_google_phone_is_the_pair_labelled_mobile_most_often() -> None:
    headers = list(EXPORTS["google"].headers)
    label, value = headers.index("Phone 2 - Label"), headers.index("Phone 2 - Value")
    rows = []
    for number in range(3):
        row: list[object] = [None] * len(headers)
        row[0], row[label], row[value] = f"P{number}", "Mobile", f"617-253-{1000 + number}"
        rows.append((number + 2, row))
    mapping = suggest_mapping(headers, rows)
    assert mapping.phone_index == value
    assert mapping.columns[0].role is Role.FIRST_NAME


def _wide(rows: Cells) -> list[tuple[int, list[object]]]:
    return [(number, list(values)) for number, values in enumerate(rows, start=2)]


SALES = [
    "Statement Id", "Statement Date", "Seller Name", "Phone", "Fax", "Buyer Name",
    "Buyer Phone", "Buyer City", "Buyer Email", "Unit Price", "Quantity", "Item Description",
    *(f"Internal Code {n}" for n in range(1, 19)),
]  # fmt: skip


def _sales_row(number: int, seller_phone: str, buyer_phone: str) -> list[object]:
    return [
        number, "2024-03-01", "Acme Corp", seller_phone, "713-853-0000", f"Buyer {number}",
        buyer_phone, "Boston", f"b{number}@example.com", 9.5, 3, "Widget",
        *(f"X{n}" for n in range(1, 19)),
    ]  # fmt: skip


def test_wide_export_prefers_varied_numbers_and_the_name_with_their_prefix() -> None:
    rows = _wide([_sales_row(n, "713-853-3008", f"617-253-{1000 + n}") for n in range(6)])
    mapping = suggest_mapping(SALES, rows)
    assert mapping.phone_index == SALES.index("Buyer Phone")
    assert mapping.name_indices == (SALES.index("Buyer Name"),)
    assert set(mapping.extra_fields) == {"buyer_city", "buyer_email"}
    assert mapping.columns[SALES.index("Unit Price")].role is Role.IGNORE


def test_repeated_numbers_everywhere_take_the_phone_with_a_named_prefix() -> None:
    rows = _wide([_sales_row(n, "713-853-3008", "617-253-1000") for n in range(6)])
    assert suggest_mapping(SALES, rows).phone_index == SALES.index("Buyer Phone")


def test_narrow_files_keep_every_column_as_an_extra_field() -> None:
    headers = ["Name", "Phone", "Unit Price"]
    mapping = suggest_mapping(headers, [(2, ["Ann", "617-253-1000", 3.5])])
    assert mapping.extra_fields == {"unit_price": 2}


@pytest.mark.parametrize(
    ("header", "describes"),
    [
        ("E-mail Address", True),
        ("Customer ID", True),
        ("Business City", True),
        ("Birthday", True),
        ("Tags", True),
        ("E-mail 1 - Type", False),
        ("Unit Price", False),
        ("Business Phone", False),
        ("Sales_Statement_Id", False),
    ],
)
def test_describes_contact(header: str, describes: bool) -> None:
    assert describes_contact(header) is describes
