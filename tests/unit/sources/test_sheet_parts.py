"""Big xlsx sheets read in parts: exactly the rows of a whole load, or a whole load."""

from __future__ import annotations

import datetime as dt
import re
import threading
import zipfile
from collections.abc import Generator, Iterator
from pathlib import Path

import pytest
import xlsxwriter
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from importer.errors import CorruptFileError, ResourceLimitError
from importer.sources import open_source, sheet_extent, sheet_head, sheet_parts
from importer.sources.read_ahead import map_ahead
from importer.sources.workbook_source import WorkbookSource
from tests.helpers.make_files import write_xlsx

SHEET = "xl/worksheets/sheet1.xml"


@pytest.fixture
def small_parts(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every sheet is big: a head of 3 rows, then parts of ~300 bytes of rows."""
    monkeypatch.setattr(sheet_head, "MIN_SHEET_BYTES", 0)
    monkeypatch.setattr(sheet_head, "HEAD_ROWS", 3)
    monkeypatch.setattr(sheet_parts, "PART_BYTES", 300)
    monkeypatch.setattr(sheet_parts, "MIN_CUT_BYTES", 0)
    monkeypatch.setattr(sheet_parts, "SHARED_STRINGS_FACTOR", 0)


def _rows(path: Path) -> list[object]:
    with open_source(path) as source:
        return list(source.iter_rows())


def _rows_whole(path: Path) -> list[object]:
    with open_source(path) as source:
        assert isinstance(source, WorkbookSource)
        source._head = lambda name: None  # type: ignore[method-assign]
        return list(source.iter_rows())


def _refuse_whole_load(self: WorkbookSource, name: str) -> None:
    raise AssertionError("the whole sheet was loaded")


def _messy_rows(count: int) -> list[list[object]]:
    rows: list[list[object]] = [["Export of 27 Nov"], [], ["Name", "Phone", "Joined", "Notes"]]
    for i in range(count):
        rows.append([f" Person {i} ", 33612345600 + i, dt.datetime(2024, 1, 1 + i % 28), None])
        if i % 7 == 3:
            rows.extend([[], []])
        if i % 11 == 4:
            rows.append([None, None, None, f"note {i}"])
    return rows


def test_parts_give_the_rows_of_a_whole_load(
    tmp_path: Path, small_parts: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_xlsx(tmp_path / "c.xlsx", _messy_rows(60), first_row=4)
    assert sheet_parts.part_size(path, 0) == 300
    assert len(list(sheet_parts.part_copies(path, 0, "Sheet1", 300))) > 10
    monkeypatch.setattr(WorkbookSource, "_load", _refuse_whole_load)
    rows = _rows(path)
    monkeypatch.undo()
    assert rows == _rows_whole(path)
    assert rows[0] == (4, ["Export of 27 Nov"])
    assert rows[-1][1] == [None, None, None, "note 59"]


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    gaps=st.lists(st.integers(0, 3), min_size=1, max_size=40),
    part_bytes=st.integers(1, 2000),
    first_column=st.integers(0, 3),
)
def test_any_cut_gives_the_rows_of_a_whole_load(
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
    gaps: list[int],
    part_bytes: int,
    first_column: int,
) -> None:
    monkeypatch.setattr(sheet_head, "MIN_SHEET_BYTES", 0)
    monkeypatch.setattr(sheet_head, "HEAD_ROWS", 2)
    monkeypatch.setattr(sheet_parts, "PART_BYTES", part_bytes)
    monkeypatch.setattr(sheet_parts, "MIN_CUT_BYTES", 0)
    monkeypatch.setattr(sheet_parts, "SHARED_STRINGS_FACTOR", 0)
    rows: list[list[object]] = []
    for i, gap in enumerate(gaps):
        rows.extend([[]] * gap)
        rows.append([*([None] * first_column), f"P{i}", i * 1.5 if i % 2 else i])
    path = write_xlsx(tmp_path_factory.mktemp("cut") / "c.xlsx", rows)
    assert _rows(path) == _rows_whole(path)


def test_cut_parts_are_whole_sheet_documents_holding_every_row_once() -> None:
    rows = b"".join(b'<row r="%d"><c r="A%d"><v>%d</v></c></row>' % (n, n, n) for n in range(1, 30))
    xml = b'<?xml version="1.0"?><worksheet><dimension ref="A1:A29"/><sheetData>'
    xml += rows + b"</sheetData><pageMargins/></worksheet>"
    chunks = iter([xml[i : i + 50] for i in range(0, len(xml), 50)])
    cut = list(sheet_parts.cut_sheet(chunks, 120))
    parts = [part.xml for part in cut]
    assert [part.last_row for part in cut][-1] == 29
    assert len(parts) > 5
    header = b'<?xml version="1.0"?><worksheet><dimension ref="A1:A29"/><sheetData>'
    assert all(p.startswith(header) and p.endswith(b"</sheetData></worksheet>") for p in parts)
    inner = b"".join(p[len(header) : -len(b"</sheetData></worksheet>")] for p in parts)
    assert inner == rows
    assert all(p[len(header) :].startswith(b'<row r="') for p in parts)


def _rewrite_sheet(path: Path, target: Path, change: re.Pattern[bytes], to: bytes) -> Path:
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(target, "w") as copy:
        for info in source.infolist():
            data = source.read(info)
            copy.writestr(info, change.sub(to, data) if info.filename == SHEET else data)
    return target


def test_rows_without_numbers_are_read_from_the_whole_sheet(
    tmp_path: Path, small_parts: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    numbered = write_xlsx(tmp_path / "numbered.xlsx", [[f"P{i}", i] for i in range(40)])
    bare = _rewrite_sheet(numbered, tmp_path / "bare.xlsx", re.compile(rb'<row r="\d+"'), b"<row")
    assert b'<row r="' not in zipfile.ZipFile(bare).read(SHEET)
    loaded: list[str] = []
    whole_load = WorkbookSource._load

    def record(self: WorkbookSource, name: str) -> object:
        loaded.append(name)
        return whole_load(self, name)

    monkeypatch.setattr(WorkbookSource, "_load", record)
    assert _rows(bare) == _rows(numbered)
    assert loaded == ["Sheet1"]


def test_a_numbering_lost_midway_continues_from_the_whole_sheet(
    tmp_path: Path, small_parts: None
) -> None:
    path = write_xlsx(tmp_path / "c.xlsx", [[f"P{i}", i] for i in range(40)])
    late = _rewrite_sheet(path, tmp_path / "late.xlsx", re.compile(rb'<row r="3\d"'), b"<row")
    assert _rows(late) == _rows_whole(late)
    assert [number for number, _values in _rows(late)] == list(range(1, 41))


def test_rows_out_of_order_are_reported_never_skipped(tmp_path: Path, small_parts: None) -> None:
    path = write_xlsx(tmp_path / "c.xlsx", [[f"P{i}", i] for i in range(1, 41)])
    with zipfile.ZipFile(path) as archive:
        xml = archive.read(SHEET)
    row_30 = re.search(rb'<row r="30".*?</row>', xml)
    assert row_30 is not None
    moved = xml.replace(row_30.group(), b"").replace(
        b'<row r="10"', row_30.group() + b'<row r="10"'
    )
    unordered = tmp_path / "unordered.xlsx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(unordered, "w") as copy:
        for info in source.infolist():
            copy.writestr(info, moved if info.filename == SHEET else source.read(info))
    with pytest.raises(CorruptFileError) as failure, open_source(unordered) as source:
        list(source.iter_rows())
    assert failure.value.sheet == "Sheet1"
    assert "damaged" in str(failure.value)


def test_sheets_under_the_cutting_size_are_loaded_whole(
    tmp_path: Path, small_parts: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_xlsx(tmp_path / "c.xlsx", [[f"P{i}", i] for i in range(40)])
    with zipfile.ZipFile(path) as archive:
        size = archive.getinfo(SHEET).file_size
    monkeypatch.setattr(sheet_parts, "MIN_CUT_BYTES", size)
    assert sheet_parts.part_size(path, 0) is None
    monkeypatch.setattr(sheet_parts, "MIN_CUT_BYTES", size - 1)
    assert sheet_parts.part_size(path, 0) == 300


def _with_sheet_xml(path: Path, target: Path, xml: bytes) -> Path:
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(target, "w") as copy:
        for info in source.infolist():
            copy.writestr(info, xml if info.filename == SHEET else source.read(info))
    return target


@pytest.mark.parametrize(
    ("before", "inserted"),
    [
        pytest.param(30, b'<row r="2"><c r="B2"><v>5551234</v></c></row>', id="repeated row"),
        pytest.param(
            41,
            b'<row r="5"><c r="B5"><v>5551234</v></c></row><row><c><v>1</v></c></row>',
            id="out of order, then unnumbered",
        ),
    ],
)
def test_a_row_out_of_its_place_is_reported_never_merged_or_skipped(
    tmp_path: Path, small_parts: None, before: int, inserted: bytes
) -> None:
    path = write_xlsx(tmp_path / "c.xlsx", [[f"P{i}", i] for i in range(1, 61)])
    xml = zipfile.ZipFile(path).read(SHEET)
    anchor = b'<row r="%d"' % before
    changed = _with_sheet_xml(path, tmp_path / "x.xlsx", xml.replace(anchor, inserted + anchor))
    with pytest.raises(CorruptFileError, match="damaged"), open_source(changed) as source:
        list(source.iter_rows())


def test_rows_with_their_number_not_first_are_read_whole_without_holding_the_sheet(
    tmp_path: Path, small_parts: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_xlsx(tmp_path / "c.xlsx", [[f"P{i}", i] for i in range(200)])
    xml = zipfile.ZipFile(path).read(SHEET)
    changed = re.sub(rb'<row r="(\d+)"', rb'<row spans="1:2" r="\1"', xml)
    spans = _with_sheet_xml(path, tmp_path / "s.xlsx", changed)
    held: list[int] = []
    cut = sheet_parts.cut_sheet

    def measure(chunks: Iterator[bytes], part_bytes: int) -> Iterator[sheet_parts.SheetPart]:
        small = (chunk[i : i + 100] for chunk in chunks for i in range(0, len(chunk), 100))
        for part in cut(small, part_bytes):
            held.append(len(part.xml))
            yield part

    monkeypatch.setattr(sheet_parts, "cut_sheet", measure)
    with pytest.raises(sheet_parts.Uncuttable):
        list(sheet_parts.part_copies(spans, 0, "Sheet1", 300))
    assert held == []
    assert _rows(spans) == _rows_whole(path)


def test_a_cell_far_below_its_row_element_counts_where_calamine_puts_it(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "c.xlsx", [["a", 1]])
    xml = zipfile.ZipFile(path).read(SHEET)
    far = b'<row r="2"><c r="A1048576"><v>1</v></c><c r="XFD2"><v>1</v></c></row></sheetData>'
    crafted = _with_sheet_xml(path, tmp_path / "far.xlsx", xml.replace(b"</sheetData>", far))
    with pytest.raises(ResourceLimitError, match="1,048,576 rows × 16,384 columns"):
        sheet_extent.check_sheet_extent(crafted, 0, "Sheet1")
    with pytest.raises(ResourceLimitError, match="1,048,576 rows × 16,384 columns"):
        sheet_extent.check_part_extent(crafted, xml.replace(b"</sheetData>", far), 2, "Sheet1")


def test_a_big_shared_strings_part_keeps_the_sheet_whole(
    tmp_path: Path, small_parts: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sheet_parts, "SHARED_STRINGS_FACTOR", 8)
    path = write_xlsx(tmp_path / "c.xlsx", [[f"Person {i}", i] for i in range(40)])
    assert sheet_parts.part_size(path, 0) is None
    assert _rows(path) == _rows_whole(path)


def test_a_part_spanning_too_wide_a_grid_is_refused(
    tmp_path: Path, small_parts: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sheet_extent, "MAX_CELL_AREA", 40 * 16)
    rows: list[list[object]] = [[f"P{i}", i] for i in range(30)]
    rows.append(["wide", *([None] * 40), "far right"])
    path = write_xlsx(tmp_path / "c.xlsx", rows)
    monkeypatch.setattr(WorkbookSource, "_load", _refuse_whole_load)
    with open_source(path) as source:
        rows_read = source.iter_rows()
        assert next(rows_read) == (1, ["P0", 0])
        with pytest.raises(ResourceLimitError, match="31 rows × 42 columns"):
            list(rows_read)


def test_a_sheet_reaching_its_last_cell_is_refused_after_its_first_rows(
    tmp_path: Path, small_parts: None
) -> None:
    path = tmp_path / "c.xlsx"
    workbook = xlsxwriter.Workbook(str(path))
    sheet = workbook.add_worksheet()
    for row in range(30):
        sheet.write_row(row, 0, [f"P{row}", row])
    sheet.write(1_048_575, 16_383, "the last cell")
    workbook.close()
    with open_source(path) as source:
        rows_read = source.iter_rows()
        assert next(rows_read) == (1, ["P0", 0])
        with pytest.raises(ResourceLimitError, match="1,048,576 rows × 16,384 columns"):
            list(rows_read)


def test_a_damaged_part_names_the_sheet(tmp_path: Path, small_parts: None) -> None:
    path = write_xlsx(tmp_path / "c.xlsx", [[f"Person {i}", i * 7919] for i in range(3000)])
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(SHEET)
    data = bytearray(path.read_bytes())
    middle = info.header_offset + 30 + len(SHEET) + info.compress_size // 2
    data[middle : middle + 64] = bytes(64)
    path.write_bytes(bytes(data))
    with pytest.raises(CorruptFileError) as failure, open_source(path) as source:
        list(source.iter_rows())
    assert failure.value.sheet == "Sheet1"


def test_map_ahead_takes_items_in_order_and_works_in_helper_threads() -> None:
    taken: list[str] = []
    worked: list[str] = []

    def items() -> Generator[int, None, None]:
        for n in range(12):
            taken.append(threading.current_thread().name)
            yield n

    def square(n: int) -> int:
        worked.append(threading.current_thread().name)
        return n * n

    assert list(map_ahead(square, items(), "ahead")) == [n * n for n in range(12)]
    assert all(name.startswith("ahead") for name in taken + worked)


def test_map_ahead_gives_results_in_order_when_later_items_finish_first() -> None:
    later_done = threading.Event()

    def slow_first(n: int) -> int:
        if n == 0:
            assert later_done.wait(5)
        else:
            later_done.set()
        return n

    def items() -> Generator[int, None, None]:
        yield from range(6)

    assert list(map_ahead(slow_first, items(), "ahead", workers=3)) == list(range(6))


def test_map_ahead_raises_the_error_in_its_place() -> None:
    def items() -> Generator[int, None, None]:
        yield 1
        yield 2
        raise ValueError("part 3 is damaged")

    ahead = map_ahead(lambda n: n, items(), "ahead")
    assert [next(ahead), next(ahead)] == [1, 2]
    with pytest.raises(ValueError, match="part 3"):
        next(ahead)


def test_map_ahead_raises_the_functions_error_in_its_place() -> None:
    def items() -> Generator[int, None, None]:
        yield from range(5)

    def fail_on_three(n: int) -> int:
        if n == 3:
            raise ValueError("cannot parse part 3")
        return n

    ahead = map_ahead(fail_on_three, items(), "ahead")
    assert [next(ahead) for _ in range(3)] == [0, 1, 2]
    with pytest.raises(ValueError, match="part 3"):
        next(ahead)


def test_leaving_map_ahead_early_closes_the_items() -> None:
    closed = threading.Event()

    def items() -> Generator[int, None, None]:
        try:
            yield from range(100)
        finally:
            closed.set()

    ahead = map_ahead(lambda n: n, items(), "ahead")
    assert next(ahead) == 0
    ahead.close()
    assert closed.wait(5)
