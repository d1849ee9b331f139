"""Every real-world file in ../shared/corpus gets a clean answer: rows, or a typed error.

The files are read once, in a child process whose address space is capped (2 GiB), so a
runaway allocation fails these tests instead of exhausting the machine.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.conftest import CORPUS
from tests.helpers.capped_child import survey_in_child

pytestmark = pytest.mark.corpus

FILES = sorted(p.name for p in CORPUS.iterdir() if p.suffix != ".md") if CORPUS.is_dir() else []
SOURCE_ERRORS = {
    "SourceError",
    "EncryptedFileError",
    "CorruptFileError",
    "EmptyFileError",
    "UnsupportedFormatError",
    "ResourceLimitError",
}


@pytest.fixture(scope="module")
def results(corpus_dir: Path) -> dict[str, dict[str, Any]]:
    return survey_in_child([corpus_dir / name for name in FILES])


@pytest.mark.parametrize("name", FILES)
def test_every_file_is_read_or_refused_cleanly(
    results: dict[str, dict[str, Any]], name: str
) -> None:
    result = results[name]
    assert result["outcome"] in {"read", *SOURCE_ERRORS}, result
    if result["outcome"] != "read":
        assert f'"{name}"' in result["message"]


EXPECTED_ERRORS = {
    "example_password.xlsx": "EncryptedFileError",
    "encrypted_no_password.xls": "EncryptedFileError",
    "null_file.xlsx": "EmptyFileError",
    "issue252.xlsx": "CorruptFileError",
    "missing-bits.xlsx": "CorruptFileError",
}


@pytest.mark.parametrize(("name", "error"), sorted(EXPECTED_ERRORS.items()))
def test_unreadable_files_get_the_right_error(
    results: dict[str, dict[str, Any]], name: str, error: str
) -> None:
    assert results[name]["outcome"] == error


def test_password_message_says_what_to_do(results: dict[str, dict[str, Any]]) -> None:
    assert "Remove the password in Excel" in results["example_password.xlsx"]["message"]


@pytest.mark.parametrize(
    ("name", "first_header", "encoding", "delimiter"),
    [
        ("text_and_numbers.txt", "English", "utf-16", "\t"),
        ("utf-16le_encoded.csv", "Organisation_code", "utf-16", ","),
        ("issue-811.csv", "Codice Regione", "cp1252", ";"),
        ("table-with-accents.csv", "Classement", "cp1252", ";"),
        ("all.csv", "Display Name", "utf-8-sig", ","),
        ("sep.csv", "A", "utf-8", ";"),
    ],
)
def test_csv_encodings_and_dialects(
    results: dict[str, dict[str, Any]], name: str, first_header: str, encoding: str, delimiter: str
) -> None:
    result = results[name]
    assert (result["encoding"], result["delimiter"]) == (encoding, delimiter)
    assert result["default"][2][0] == first_header


def test_cp1252_accents_decode(results: dict[str, dict[str, Any]]) -> None:
    assert results["table-with-accents.csv"]["default"][2][3] == "Année"


def test_header_in_the_middle(results: dict[str, dict[str, Any]]) -> None:
    _sheet, header_row, headers = results["temperature-in-middle.xlsx"]["default"]
    assert header_row == 4
    assert headers[:3] == ["Column A", "label", "value"]


@pytest.mark.parametrize(
    ("name", "header_row", "header"),
    [
        ("1519293514-KRISHNAPATNAM_LINE_UP.xlsx", 5, "VESSELS NAME:"),
        ("Attendance.xlsx", 2, "Date"),
        ("issue.3613.xlsx", 3, "员工姓名"),
        ("issue.2463.xls", 3, "bestelnummer"),
        ("mixedGLB.csv", 4, "Year"),
        ("issue_174.xlsx", 1, "Your Ref #"),
    ],
)
def test_header_rows_of_real_reports(
    results: dict[str, dict[str, Any]], name: str, header_row: int, header: str
) -> None:
    _, found_row, headers = results[name]["default"]
    assert found_row == header_row
    assert header in headers


def test_whole_grid_dimension_reads_only_real_cells(results: dict[str, dict[str, Any]]) -> None:
    result = results["issue_174.xlsx"]
    assert result["rows"] == 2
    assert len(result["default"][2]) == 6


def test_hidden_and_chart_sheets(results: dict[str, dict[str, Any]]) -> None:
    assert results["any_sheets.xlsx"]["sheets"] == [
        ["Visible", False],
        ["Hidden", True],
        ["VeryHidden", True],
    ]
    assert results["sheet_visibility_strict.xlsx"]["sheets"][2] == ["VeryHidden", True]
    assert results["HiddenSheet2.ods"]["sheets"] == [["Sheet1", False], ["Sheet2", True]]


def test_misnamed_zip_separators_are_read(results: dict[str, dict[str, Any]]) -> None:
    assert results["Zip-Windows-Directory-Separator.xlsx"]["rows"] == 3


def test_large_report_defaults_to_its_visible_sheet(results: dict[str, dict[str, Any]]) -> None:
    result = results["large.xlsx"]
    assert result["default"][0] == "Report"
    assert result["previews"]["data"][1][0] == "RptDate"
