"""Big xlsx sheets read head first: the same rows as a whole load, without loading the sheet."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest

from importer.errors import ResourceLimitError
from importer.sources import open_source, sheet_extent, sheet_head
from importer.sources.table import read_preview
from importer.sources.workbook_source import WorkbookSource
from tests.helpers.make_files import write_xlsx


@pytest.fixture
def small_head(monkeypatch: pytest.MonkeyPatch) -> int:
    """Treat every sheet as big and keep 5 row elements in the head copy."""
    monkeypatch.setattr(sheet_head, "MIN_SHEET_BYTES", 0)
    monkeypatch.setattr(sheet_head, "HEAD_ROWS", 5)
    return 5


def _rows_whole(path: Path, sheet: str | None = None) -> list[object]:
    with open_source(path) as source:
        assert isinstance(source, WorkbookSource)
        source._head = lambda name: None  # type: ignore[method-assign]
        return list(source.iter_rows(sheet))


def _messy_rows() -> list[list[object]]:
    rows: list[list[object]] = [["Title of the export"], [], ["Name", "Phone", "Joined"]]
    for i in range(12):
        rows.append([f" Person {i} ", 16172340100 + i, dt.datetime(2024, 1, 1 + i)])
        if i % 4 == 0:
            rows.append([])
    rows.append([None, None, None, "far right"])
    return rows


def test_head_then_whole_sheet_gives_the_same_rows_as_a_whole_load(
    tmp_path: Path, small_head: int
) -> None:
    path = write_xlsx(tmp_path / "c.xlsx", _messy_rows(), first_row=3)
    with open_source(path) as source:
        rows = list(source.iter_rows())
    assert rows == _rows_whole(path)
    assert rows[0] == (3, ["Title of the export"])
    assert rows[-1][1] == [None, None, None, "far right"]


def test_preview_reads_only_the_head(
    tmp_path: Path, small_head: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_xlsx(
        tmp_path / "c.xlsx", [["Name", "Phone"], ["Ann", "0612"], ["Bob", "0613"]] * 4
    )

    def refuse(self: WorkbookSource, name: str) -> None:
        raise AssertionError("the whole sheet was loaded")

    with open_source(path) as source:
        monkeypatch.setattr(WorkbookSource, "_load", refuse)
        preview = read_preview(source, header_row=1, limit=2)
    assert preview.headers == ["Name", "Phone"]
    assert preview.rows == [(2, ["Ann", "0612"]), (3, ["Bob", "0613"])]


def test_default_sheet_is_found_from_the_head(tmp_path: Path, small_head: int) -> None:
    many = [["x", i] for i in range(20)]
    path = write_xlsx(tmp_path / "c.xlsx", [], sheet="Empty", extra_sheets={"Data": many})
    with open_source(path) as source:
        assert source.default_sheet() == "Data"
        assert list(source.iter_rows()) == _rows_whole(path, "Data")


def test_sheets_with_no_more_rows_than_the_head_are_not_copied(
    tmp_path: Path, small_head: int
) -> None:
    short = write_xlsx(tmp_path / "short.xlsx", [["a"]] * small_head)
    assert sheet_head.head_copy(short, 0, "Sheet1") is None


def test_small_sheets_are_loaded_whole(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "c.xlsx", [["a"]] * 2000)
    assert sheet_head.head_copy(path, 0, "Sheet1") is None


def test_rows_of_a_prefixed_namespace_sheet(tmp_path: Path, small_head: int) -> None:
    plain = write_xlsx(tmp_path / "plain.xlsx", [["Name"], *([f"P{i}"] for i in range(9))])
    prefixed = tmp_path / "prefixed.xlsx"
    main = b"http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(prefixed, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = (
                    data.replace(b'xmlns="' + main, b'xmlns:x="' + main)
                    .replace(b"<", b"<x:")
                    .replace(b"<x:/", b"</x:")
                    .replace(b"<x:?xml", b"<?xml")
                )
            target.writestr(info, data)
    assert b"<x:row" in zipfile.ZipFile(prefixed).read("xl/worksheets/sheet1.xml")
    copy = sheet_head.head_copy(prefixed, 0, "Sheet1")
    assert copy is not None
    with open_source(prefixed) as source:
        assert list(source.iter_rows()) == _rows_whole(plain)


def test_a_head_spanning_too_wide_a_grid_is_refused(
    tmp_path: Path, small_head: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sheet_extent, "MAX_CELL_AREA", 100)
    wide: list[list[object]] = [["a", *([None] * 40), "b"]] * 9
    path = write_xlsx(tmp_path / "c.xlsx", wide)
    with pytest.raises(ResourceLimitError), open_source(path) as source:
        next(source.iter_rows())
