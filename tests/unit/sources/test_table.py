"""Header detection, the table preview and the data rows below the header."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.errors import CancelledError
from importer.sources import open_source
from importer.sources.base import CellValue, Row
from importer.sources.table import (
    CANCEL_CHECK_ROWS,
    NO_TITLES,
    count_data_rows,
    detect_header_row,
    header_names,
    iter_data_rows,
    read_preview,
)
from tests.helpers.make_files import write_csv, write_xlsx


def test_header_on_the_first_row() -> None:
    rows: list[Row] = [(1, ["Name", "Phone"]), (2, ["Ann", "555 1234"]), (3, ["Bob", 5551234])]
    assert detect_header_row(rows) == 1


def test_title_and_blank_rows_above_the_header_are_skipped() -> None:
    rows: list[Row] = [
        (1, ["Customer list - March 2024"]),
        (2, [None, None, "exported by CRM"]),
        (4, ["Name", "Phone", "City"]),
        (5, ["Ann", 16175551212, "Boston"]),
        (6, ["Bob", 16175551213, "Salem"]),
    ]
    assert detect_header_row(rows) == 4


def test_a_row_of_numbers_is_not_a_header() -> None:
    rows: list[Row] = [(2, [None, 1]), (3, ["Name", "Phone"]), (4, ["Ann", "+1 617 555 1212"])]
    assert detect_header_row(rows) == 3


def test_no_header_like_row_gives_the_first_row() -> None:
    rows: list[Row] = [(3, [1, 2]), (4, [3, 4])]
    assert detect_header_row(rows) == 3
    assert detect_header_row([]) == 1


@pytest.mark.parametrize(
    "first",
    [
        ["Ann", "(212) 736-0199"],
        ["Ann", 2127360199],
        ["Ann", "ann@example.com"],
        ["Ann", "+44 20 7946 0958", "London"],
    ],
)
def test_a_first_row_holding_a_contact_is_no_header(first: list[CellValue]) -> None:
    """No row names the columns, and the first holds a phone number or an e-mail address:
    the table has no titles, so that row is read as a contact rather than lost as a header."""
    rows: list[Row] = [(1, first), (2, ["Bob", "(415) 736-0134", "x"]), (3, ["Cy", "n/a"])]
    assert detect_header_row(rows) == NO_TITLES


def test_a_table_without_titles_reads_every_row_as_data(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "plain.csv", [["Ann", "(212) 736-0199"], ["Bob", "(415) 736-0134"]])
    with open_source(path) as source:
        preview = read_preview(source)
        assert (preview.header_row, preview.headers) == (NO_TITLES, ["Column A", "Column B"])
        assert [number for number, _ in preview.rows] == [1, 2]
        assert count_data_rows(source, preview.sheet, NO_TITLES) == 2
        explicit = read_preview(source, header_row=NO_TITLES)
    assert explicit.rows == preview.rows


def test_header_names_fill_gaps_with_column_letters() -> None:
    rows: list[Row] = [(2, ["a", "b", "c", "d"])]
    assert header_names(["Name", None, " Phone "], rows) == [
        "Name",
        "Column B",
        "Phone",
        "Column D",
    ]
    assert header_names([True, 5], []) == ["TRUE", "5"]


def test_read_preview_detects_the_header(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "c.xlsx",
        [["Contacts"], [], ["Name", "Phone", None], ["Ann", 16175551212, "x"], ["Bob", 1, None]],
    )
    with open_source(path) as source:
        preview = read_preview(source)
    assert (preview.sheet, preview.header_row) == ("Sheet1", 3)
    assert preview.headers == ["Name", "Phone", "Column C"]
    assert preview.rows == [(4, ["Ann", 16175551212, "x"]), (5, ["Bob", 1])]


def test_read_preview_with_an_override_and_a_limit(tmp_path: Path) -> None:
    rows = [["Title"], ["Name"], *[[f"P{n}"] for n in range(50)]]
    path = write_csv(tmp_path / "c.csv", rows)
    with open_source(path) as source:
        preview = read_preview(source, header_row=2, limit=5)
    assert (preview.header_row, preview.headers) == (2, ["Name"])
    assert [number for number, _ in preview.rows] == [3, 4, 5, 6, 7]


def test_read_preview_of_a_long_sheet_stops_early(tmp_path: Path) -> None:
    rows = [["Name", "Phone"], *[[f"P{n}", str(n)] for n in range(500)]]
    path = write_csv(tmp_path / "c.csv", rows)
    with open_source(path) as source:
        preview = read_preview(source, limit=200)
    assert preview.header_row == 1
    assert len(preview.rows) == 200
    assert preview.rows[0] == (2, ["P0", "0"])


def test_read_preview_of_an_empty_sheet(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "c.xlsx", [["a"]], extra_sheets={"Empty": []})
    with open_source(path) as source:
        preview = read_preview(source, "Empty")
    assert (preview.header_row, preview.headers, preview.rows) == (1, [], [])


def test_iter_data_rows_streams_the_rows_below_the_header(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "c.xlsx", [["Title"], ["Name"], ["Ann"], ["Bob"]])
    with open_source(path) as source:
        assert list(iter_data_rows(source, "Sheet1", 2)) == [(3, ["Ann"]), (4, ["Bob"])]


def test_count_data_rows_counts_below_the_header_and_can_be_cancelled(tmp_path: Path) -> None:
    rows = [["Title"], ["Name", "Phone"], *([f"P{n}", "1"] for n in range(CANCEL_CHECK_ROWS + 5))]
    path = write_csv(tmp_path / "rows.csv", rows)
    with open_source(path) as source:
        sheet = source.sheets()[0].name
        assert count_data_rows(source, sheet, 2) == CANCEL_CHECK_ROWS + 5
    with open_source(path) as source, pytest.raises(CancelledError):
        count_data_rows(source, sheet, 2, cancelled=lambda: True)
