"""Numbers taken from a fallback column or from a cell listing several; rescue counts."""

from __future__ import annotations

from importer.check.issues import RowStatus
from importer.check.phone_sources import rescue_counts, spare_columns
from importer.check.rechecking import edit
from importer.check.run import check_rows
from importer.mapping.model import ColumnChoice, Mapping, Role

HEADERS = ["Name", "Mobile Phone", "Business Phone", "Home Phone", "Fax"]
MAPPING = Mapping(
    (
        ColumnChoice(0, "Name", Role.NAME),
        ColumnChoice(1, "Mobile Phone", Role.PHONE),
        ColumnChoice(2, "Business Phone", Role.IGNORE),
        ColumnChoice(3, "Home Phone", Role.EXTRA, "home_phone"),
        ColumnChoice(4, "Fax", Role.IGNORE),
    )
)
ROWS = [
    (2, ["Ann", "(617) 234-0100", "617-234-0101"]),
    (3, ["Bob", None, "617-234-0102", "617-234-0103"]),
    (4, ["Cy", None, None, "617-234-0104"]),
    (5, ["Di", None, "n/a", None, "617-234-0105"]),
]


def _check(mapping: Mapping) -> object:
    return check_rows(ROWS, mapping, headers=HEADERS)


def test_fallbacks_are_off_by_default_and_counted_as_rescues() -> None:
    result = check_rows(ROWS, MAPPING, headers=HEADERS)
    assert list(result.status) == [RowStatus.READY, *[RowStatus.INVALID] * 3]
    assert result.spare_columns == (2, 3)
    assert rescue_counts(result) == {2: 1, 3: 2}


def test_fallback_columns_fill_empty_phones_in_order_with_a_note() -> None:
    result = check_rows(ROWS, MAPPING.with_fallbacks((3, 2)), headers=HEADERS)
    assert result.phones == ["+16172340100", "+16172340103", "+16172340104", None]
    assert result.phone_sources == {1: 3, 2: 3, 3: 2}
    note = result.issues[1][0]
    assert (note.code, note.column) == ("phone_from_fallback", "B")
    assert 'column D ("Home Phone")' in note.message
    assert result.issues[3][0].code == "not_a_number"
    assert rescue_counts(result) == {}


def test_spare_columns_leave_out_fax_and_the_chosen_ones() -> None:
    assert spare_columns(HEADERS, MAPPING.with_fallbacks((3,))) == (2,)


def test_a_cell_listing_numbers_uses_the_first_valid_one() -> None:
    rows = [(2, ["Ann", "Mobile ::: (617) 234-0100 ::: 617-234-0199"])]
    result = check_rows(rows, MAPPING, headers=HEADERS)
    assert result.phones == ["+16172340100"]
    assert result.other_numbers == {0: "Mobile; 617-234-0199"}
    assert result.issues[0][0].code == "several_numbers"
    assert result.record(0) == {
        "phone_number": "+16172340100",
        "name": "Ann",
        "extra_fields": {"other_phones": "Mobile; 617-234-0199"},
    }


def test_other_numbers_join_an_existing_other_phones_field() -> None:
    mapping = Mapping(
        (ColumnChoice(0, "Phone", Role.PHONE), ColumnChoice(1, "Other", Role.EXTRA, "other_phones"))
    )
    rows = [(2, ["617-234-0100 / 617-234-0199", "home: 617-234-0142"])]
    result = check_rows(rows, mapping, headers=["Phone", "Other"])
    assert result.record(0)["extra_fields"] == {"other_phones": "home: 617-234-0142; 617-234-0199"}


def test_editing_the_row_drops_the_picked_numbers() -> None:
    rows = [(2, ["Ann", "617-234-0100 / 617-234-0199"])]
    result = check_rows(rows, MAPPING, headers=HEADERS)
    edit(result, 0, phone="617-234-0142")
    assert result.other_numbers == {}
    assert result.issues == {}
