"""The one sentence that says why rows cannot be sent, and the column that fixes it."""

from __future__ import annotations

from pathlib import Path

from importer.check.diagnosis import diagnose, fallback_offer
from importer.check.run import check_rows, run_check
from importer.choices import ImportChoices
from importer.cli.phone_column_hint import advice_lines
from importer.mapping.model import ColumnChoice, Mapping, Role
from importer.mapping.suggest import suggest_mapping
from importer.sources import open_source
from importer.sources.base import Row
from importer.sources.table import read_preview
from tests.helpers.make_files import write_csv

HEADERS = ["Name", "Phone 1 - Type", "Phone 1 - Value", "Office"]


def _mapping(phone: int) -> Mapping:
    return Mapping(
        tuple(
            ColumnChoice(i, h, Role.PHONE if i == phone else Role.IGNORE)
            for i, h in enumerate(HEADERS)
        )
    )


def _rows(count: int = 4) -> list[Row]:
    return [
        (n + 2, [f"P{n}", "Mobile" if n % 2 else "Work", f"617-253-{1000 + n}", "713-853-3008"])
        for n in range(count)
    ]


def test_words_in_the_phone_column_suggest_the_column_with_numbers() -> None:
    result = check_rows(_rows(), _mapping(1), headers=HEADERS)
    found = diagnose(result, _rows())
    assert found is not None
    assert found.message == (
        'The phone column "Phone 1 - Type" holds words like "Work", "Mobile", not phone numbers.'
    )
    assert found.column == 2


def test_one_number_repeated_on_every_row() -> None:
    result = check_rows(_rows(), _mapping(3), headers=HEADERS)
    found = diagnose(result, _rows())
    assert found is not None
    assert found.message == (
        'The phone column "Office" holds the same number (+17138533008) in 4 rows: they would '
        "all become one contact."
    )
    assert found.column == 2


def test_invalid_numbers_are_shown_with_the_country_they_are_read_in() -> None:
    rows: list[Row] = [(n + 2, ["P", "x", f"253 100{n}"]) for n in range(3)]
    result = check_rows(rows, _mapping(2), headers=HEADERS, country="US")
    found = diagnose(result, rows)
    assert found is not None
    assert found.message.startswith(
        'The phone column "Phone 1 - Value" holds values like "253 1000", "253 1001", "253 1002"'
    )
    assert "read as United States numbers" in found.message
    assert found.column is None


def test_mostly_sendable_rows_need_no_diagnosis() -> None:
    result = check_rows(_rows(), _mapping(2), headers=HEADERS)
    assert diagnose(result, _rows()) is None


def test_fallback_offer_counts_rows_with_plural_words() -> None:
    headers = ["Mobile Phone", "Business Phone"]
    mapping = Mapping(
        (ColumnChoice(0, headers[0], Role.PHONE), ColumnChoice(1, headers[1], Role.IGNORE))
    )
    one = check_rows([(2, [None, "617-253-1000"])], mapping, headers=headers)
    offer = fallback_offer(one)
    assert offer is not None and (offer.column, offer.rows) == (1, 1)
    assert offer.message == '1 row has no number in "Mobile Phone" but has one in "Business Phone".'
    two = check_rows(
        [(2, [None, "617-253-1000"]), (3, [None, "617-253-1001"])], mapping, headers=headers
    )
    offer = fallback_offer(two)
    assert offer is not None
    assert offer.message.startswith("2 rows have no number")


def test_titles_among_the_first_rows_name_the_row_that_holds_them() -> None:
    titles = ["Customer export", "May 2026", "Sales team"]
    rows: list[Row] = [
        (2, ["Name", "Mobile", "E-mail"]),
        *((n + 3, [f"P{n}", f"617-253-{1000 + n}", f"p{n}@example.com"]) for n in range(5)),
    ]
    mapping = Mapping(
        (ColumnChoice(0, titles[0], Role.NAME), ColumnChoice(1, titles[1], Role.PHONE))
    )
    result = check_rows(rows, mapping, headers=titles, country="US")
    found = diagnose(result, rows)
    assert found is not None
    assert (found.header_row, found.column) == (2, None)
    assert found.message == (
        'Row 2 looks like the column titles ("Name", "Mobile", "E-mail"): the contacts start '
        "below it, and the columns are named after another row."
    )
    assert diagnose(check_rows(rows[1:], mapping, headers=titles), rows[1:]) is None


def test_the_command_line_says_which_header_row_to_try(tmp_path: Path) -> None:
    rows = [
        ["Customer export", "May 2026", "Sales team"],
        ["Name", "Mobile", "E-mail"],
        *([f"P{n}", f"617-253-{1000 + n}", f"p{n}@example.com"] for n in range(5)),
    ]
    path = write_csv(tmp_path / "export.csv", rows)
    with open_source(path) as source:
        preview = read_preview(source)
    assert preview.header_row == 1, "the title line passes for the column titles"
    mapping = suggest_mapping(preview.headers, preview.rows)
    result = run_check(ImportChoices(path, header_row=1, mapping=mapping, country="US"))
    lines = advice_lines(result)
    assert lines[0].startswith('Row 2 looks like the column titles ("Name", "Mobile", "E-mail")')
    assert lines[1] == "Try --header-row 2."
