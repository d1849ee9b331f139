"""Workbooks through python-calamine: sheets, hidden sheets, positions, values, damage."""

from __future__ import annotations

import datetime as dt
import logging
import zipfile
from pathlib import Path

import pytest
import xlsxwriter

from importer.errors import CorruptFileError, EmptyFileError, ResourceLimitError, SourceError
from importer.sources import open_source
from importer.sources.zip_guard import RATIO_CHECK_FROM
from tests.helpers.make_files import Formula, write_ods, write_xlsx


def test_values_are_normalized(tmp_path: Path) -> None:
    rows = [
        ["Name", "Phone", "Joined", "Active", "Score", "Calls"],
        ["  Ann  ", 16175551212.0, dt.datetime(2024, 3, 1), True, 2.5, Formula("=1+2", 3)],
        ["Bob", "0612345678", dt.datetime(2024, 3, 1, 14, 30), False, 7, Formula("=X1", "")],
    ]
    path = write_xlsx(tmp_path / "c.xlsx", rows)
    with open_source(path) as source:
        assert source.kind == "xlsx"
        assert list(source.iter_rows()) == [
            (1, ["Name", "Phone", "Joined", "Active", "Score", "Calls"]),
            (2, ["Ann", 16175551212, "2024-03-01", True, 2.5, 3]),
            (3, ["Bob", "0612345678", "2024-03-01T14:30:00", False, 7]),
        ]


def test_row_numbers_and_columns_keep_their_excel_position(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "c.xlsx", [[None, None, "Name"], [], [None, None, "Ann", 5]], first_row=4
    )
    with open_source(path) as source:
        assert list(source.iter_rows()) == [(4, [None, None, "Name"]), (6, [None, None, "Ann", 5])]


def test_hidden_sheets_are_marked_and_the_default_is_the_first_visible_with_data(
    tmp_path: Path,
) -> None:
    path = write_xlsx(
        tmp_path / "c.xlsx",
        [],
        sheet="Empty",
        extra_sheets={"Secret": [["x"]], "Contacts": [["Name"], ["Ann"]], "Other": [["y"]]},
        hidden=["Secret"],
    )
    with open_source(path) as source:
        assert [(s.name, s.hidden) for s in source.sheets()] == [
            ("Empty", False),
            ("Secret", True),
            ("Contacts", False),
            ("Other", False),
        ]
        assert source.default_sheet() == "Contacts"
        assert list(source.iter_rows()) == [(1, ["Name"]), (2, ["Ann"])]
        assert list(source.iter_rows("Secret")) == [(1, ["x"])]
        assert list(source.iter_rows("Empty")) == []


def test_only_hidden_data_falls_back_to_the_hidden_sheet(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "c.xlsx", [], sheet="Front", extra_sheets={"data": [["a"]]}, hidden=["data"]
    )
    with open_source(path) as source:
        assert source.default_sheet() == "data"


def test_workbook_without_data(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "c.xlsx", [])
    with open_source(path) as source, pytest.raises(EmptyFileError, match="No sheet"):
        list(source.iter_rows())


def test_unknown_sheet_names_the_choices(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "c.xlsx", [["a"]], sheet="Contacts")
    with open_source(path) as source, pytest.raises(SourceError, match=r'"Nope".*"Contacts"'):
        list(source.iter_rows("Nope"))


def test_the_same_sheet_can_be_read_twice(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "c.xlsx", [["a"], ["b"]])
    with open_source(path) as source:
        assert list(source.iter_rows()) == list(source.iter_rows("Sheet1"))


def test_ods_is_read(tmp_path: Path) -> None:
    path = write_ods(tmp_path / "c.ods", [["Name", "Phone"], ["Ann", 16175551212]])
    with open_source(path) as source:
        assert source.kind == "ods"
        assert list(source.iter_rows()) == [(1, ["Name", "Phone"]), (2, ["Ann", 16175551212])]


def test_zip_bomb_is_refused_before_inflating(tmp_path: Path) -> None:
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (RATIO_CHECK_FROM + 1024))
    with pytest.raises(ResourceLimitError, match="zip bomb"):
        open_source(path)


def test_an_xlsx_named_ods_is_read_by_content(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "c.ods", [["Name"], ["Ann"]])
    with open_source(path) as source:
        assert source.kind == "xlsx"
        assert list(source.iter_rows()) == [(1, ["Name"]), (2, ["Ann"])]


def _far_cells(path: Path, cells: list[tuple[int, int, object]]) -> Path:
    workbook = xlsxwriter.Workbook(str(path))
    worksheet = workbook.add_worksheet()
    for row, column, value in cells:
        worksheet.write(row, column, value)
    workbook.close()
    return path


def test_a_sparse_sheet_spanning_the_whole_grid_is_refused(tmp_path: Path) -> None:
    path = _far_cells(tmp_path / "far.xlsx", [(0, 0, "a"), (1_048_575, 16_383, "z")])
    with open_source(path) as source, pytest.raises(ResourceLimitError, match="1,048,576 rows"):
        list(source.iter_rows())


def test_styled_empty_cells_far_away_do_not_count(tmp_path: Path) -> None:
    path = tmp_path / "styled.xlsx"
    workbook = xlsxwriter.Workbook(str(path))
    worksheet = workbook.add_worksheet()
    worksheet.write(0, 0, "Name")
    worksheet.write_blank(1_048_575, 16_383, None, workbook.add_format({"bold": True}))
    workbook.close()
    with open_source(path) as source:
        assert list(source.iter_rows()) == [(1, ["Name"])]


def test_a_wide_sheet_with_real_data_is_read(tmp_path: Path) -> None:
    row = [f"c{n}" for n in range(300)]
    path = _far_cells(
        tmp_path / "wide.xlsx", [(r, c, row[c]) for r in range(3) for c in range(300)]
    )
    with open_source(path) as source:
        assert [len(values) for _, values in source.iter_rows()] == [300, 300, 300]


def without_member(source: Path, target: Path, member: str) -> Path:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for item in old.infolist():
            if item.filename != member:
                new.writestr(item, old.read(item))
    return target


def test_damaged_workbook_message_is_plain_and_detail_is_logged(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    whole = write_xlsx(tmp_path / "whole.xlsx", [["Phone"], ["6175551212"]])
    path = without_member(whole, tmp_path / "missing.xlsx", "_rels/.rels")
    with (
        caplog.at_level(logging.DEBUG),
        pytest.raises(CorruptFileError) as raised,
        open_source(path) as source,
    ):
        list(source.iter_rows())
    assert raised.value.message == '"missing.xlsx": The workbook is damaged and cannot be read.'
    assert raised.value.hint == "Open it in Excel or LibreOffice, save it again, and try again."
    assert "_rels" in caplog.text


@pytest.mark.parametrize("name", ["issue252.xlsx", "missing-bits.xlsx"])
def test_corpus_damaged_workbooks_leak_no_technical_text(corpus_dir: Path, name: str) -> None:
    with pytest.raises(CorruptFileError) as raised, open_source(corpus_dir / name) as source:
        for sheet in source.sheets():
            list(source.iter_rows(sheet.name))
    text = raised.value.user_text()
    assert "damaged" in text
    assert "(" not in text
    assert "error" not in text.lower()
