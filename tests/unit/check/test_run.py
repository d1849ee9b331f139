from __future__ import annotations

import gc
import weakref
from pathlib import Path

import pytest

from importer.check.issues import RowStatus
from importer.check.run import CHUNK_ROWS, check_rows, run_check
from importer.choices import DuplicatePolicy, ImportChoices
from importer.errors import CancelledError, ImporterError, MappingError, SourceError
from importer.mapping.model import ColumnChoice, Mapping, Role
from tests.helpers.make_files import write_csv, write_xlsx

HEADER = ["Name", "Phone", "City", "Notes"]
MAPPING = Mapping(
    (
        ColumnChoice(0, "Name", Role.NAME),
        ColumnChoice(1, "Phone", Role.PHONE),
        ColumnChoice(2, "City", Role.EXTRA, "city"),
        ColumnChoice(3, "Notes", Role.IGNORE),
    )
)
DATA = [
    ["Ann Lee", 16175551212, "Boston", "x"],
    ["Bob", "1.61755E+10", "NYC"],
    ["Cy", "(617) 555-1213"],
    [None, "617.555.1212", "Salem", "y"],
]


def test_check_of_an_xlsx_with_a_title_row(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "c.xlsx", [["Contacts"], [], HEADER, *DATA])
    result = run_check(ImportChoices(path, mapping=MAPPING))
    assert (result.sheet, result.header_row, result.headers) == ("Sheet1", 3, HEADER)
    assert result.row_numbers == [4, 5, 6, 7]
    assert result.raw_phones == [16175551212, "1.61755E+10", "(617) 555-1213", "617.555.1212"]
    assert result.phones == ["+16175551212", None, "+16175551213", "+16175551212"]
    assert result.names == ["Ann Lee", "Bob", "Cy", None]
    assert result.extras == {"city": ["Boston", "NYC", None, "Salem"]}
    assert list(result.status) == [2, 1, 0, 0]
    assert result.summary() == {
        "rows": 4,
        "ready": 2,
        "ready_with_note": 0,
        "invalid": 1,
        "duplicates": 1,
        "to_send": 2,
    }
    assert result.issues[1][0].code == "excel_scientific"
    assert (result.issues[1][0].row, result.issues[1][0].column) == (5, "B")


def test_check_of_a_csv_with_sheet_and_header_row_given(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "c.csv", [HEADER, *DATA], delimiter=";", encoding="cp1252")
    result = run_check(
        ImportChoices(
            path, mapping=MAPPING, header_row=1, country="us", duplicates=DuplicatePolicy.FIRST
        )
    )
    assert result.country == "US"
    assert result.row_numbers == [2, 3, 4, 5]
    assert list(result.status) == [0, 1, 0, 2]
    assert result.record(0) == {
        "phone_number": "+16175551212",
        "name": "Ann Lee",
        "extra_fields": {"city": "Boston"},
    }


def test_unreadable_file_is_a_source_error(tmp_path: Path) -> None:
    path = tmp_path / "empty.xlsx"
    path.write_bytes(b"")
    with pytest.raises(SourceError):
        run_check(ImportChoices(path, mapping=MAPPING))


def test_a_phone_column_is_required() -> None:
    mapping = Mapping((ColumnChoice(0, "Name", Role.NAME),))
    with pytest.raises(MappingError, match="phone"):
        check_rows([(2, ["Ann"])], mapping)


def test_unknown_country_is_refused() -> None:
    with pytest.raises(ImporterError, match="ZZ"):
        check_rows([], MAPPING, country="ZZ")


def test_short_rows_and_phone_only_mapping() -> None:
    mapping = Mapping((ColumnChoice(3, "Phone", Role.PHONE),))
    result = check_rows([(2, []), (3, [None, None, None, "6175551212"])], mapping)
    assert result.phones == [None, "+16175551212"]
    assert result.names == [None, None]
    assert result.extras == {}
    assert result.issues[0][0].code == "empty"


def test_progress_reports_rows_read_per_chunk() -> None:
    rows = ((n, ["A", f"+1617234{n % 10_000:04d}"]) for n in range(2, CHUNK_ROWS + 502))
    seen: list[tuple[int, int | None]] = []
    result = check_rows(rows, MAPPING, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(CHUNK_ROWS, None), (CHUNK_ROWS + 500, None)]
    assert len(result) == CHUNK_ROWS + 500
    assert result.count(RowStatus.DUPLICATE) == 500


def test_cancel_stops_between_chunks() -> None:
    rows = ((n, ["A", "6175551212"]) for n in range(2, 3 * CHUNK_ROWS))
    calls: list[int] = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 1

    with pytest.raises(CancelledError):
        check_rows(rows, MAPPING, cancel=cancel)
    assert len(calls) == 2


def test_garbage_collector_is_paused_during_the_check_and_restored() -> None:
    states: list[bool] = []
    rows = [(2, ["A", "6175551212"])]
    check_rows(rows, MAPPING, progress=lambda done, total: states.append(gc.isenabled()))
    assert states == [False]
    assert gc.isenabled()
    with pytest.raises(CancelledError):
        check_rows(rows, MAPPING, cancel=lambda: True)
    assert gc.isenabled()


def test_a_big_result_is_hidden_from_the_cycle_collector(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = [(2, ["A", "6175551212"]), (3, ["B", "6175551213"])]
    small = check_rows(rows, MAPPING)
    assert any(o is small.phones for o in gc.get_objects())
    monkeypatch.setattr("importer.check.result.FREEZE_MIN_ROWS", 2)
    try:
        big = check_rows(rows, MAPPING)
        assert not any(o is big.phones for o in gc.get_objects())
        assert gc.get_freeze_count() > 0
        dropped = weakref.ref(big)
        del big
        assert dropped() is None
    finally:
        gc.unfreeze()


def test_repeated_values_share_one_object_and_distinct_columns_stop_sharing() -> None:
    count = 2 * CHUNK_ROWS
    rows = [
        (n + 2, [f"Ann {n % 3}", f"+1617555{n:04d}", "".join(["Bos", "ton"]), f"note {n}"])
        for n in range(count)
    ]
    mapping = MAPPING.with_choice(3, Role.EXTRA, "notes")
    result = check_rows(rows, mapping)
    cities = result.extras["city"]
    assert cities == ["Boston"] * count
    assert len({id(city) for city in cities}) == 1
    assert len({id(name) for name in result.names}) == 3
    assert result.extras["notes"] == [f"note {n}" for n in range(count)]


def test_the_result_refers_to_the_choices_it_was_checked_with(tmp_path: Path) -> None:
    path = tmp_path / "contacts.csv"
    path.write_text("Name,Phone\nAnn,617 555 1212\n", encoding="utf-8")
    chosen = ImportChoices(
        path, mapping=Mapping((ColumnChoice(1, "Phone", Role.PHONE),)), country="gb", list_id=7
    )
    result = run_check(chosen)
    assert result.choices == chosen.with_changes(sheet="contacts", header_row=1, country="GB")
    assert (result.path, result.sheet, result.header_row) == (path, "contacts", 1)
    assert result.mapping is chosen.mapping and result.country == "GB"
