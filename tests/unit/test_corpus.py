"""Every real-world file in ../shared/corpus gets a clean answer: rows, or a typed error.

The files are read once, in a child process whose address space is capped (2 GiB), so a
runaway allocation fails these tests instead of exhausting the machine.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import CORPUS

pytestmark = pytest.mark.corpus

MEMORY_CAP = 2 * 1024**3
FILES = sorted(p.name for p in CORPUS.iterdir() if p.suffix != ".md") if CORPUS.is_dir() else []
SOURCE_ERRORS = {
    "SourceError",
    "EncryptedFileError",
    "CorruptFileError",
    "EmptyFileError",
    "UnsupportedFormatError",
    "ResourceLimitError",
}


def survey(path: Path) -> dict[str, Any]:
    """Open, list sheets, preview each, stream the default sheet: what a user's first step does."""
    from importer.errors import SourceError
    from importer.sources import open_source
    from importer.table import read_preview

    try:
        with open_source(path) as source:
            previews = {}
            for info in source.sheets():
                preview = read_preview(source, info.name)
                previews[info.name] = [preview.header_row, preview.headers[:6]]
            default = read_preview(source)
            count = sum(1 for _ in source.iter_rows(default.sheet))
            return {
                "outcome": "read",
                "kind": source.kind,
                "sheets": [[s.name, s.hidden] for s in source.sheets()],
                "previews": previews,
                "default": [default.sheet, default.header_row, default.headers[:6]],
                "rows": count,
                "encoding": getattr(source, "encoding", None),
                "delimiter": getattr(source, "delimiter", None),
            }
    except SourceError as exc:
        return {"outcome": type(exc).__name__, "message": str(exc)}
    except Exception as exc:  # the survey reports it; the test fails on it
        return {"outcome": "crash", "message": f"{type(exc).__name__}: {exc}"}


def _survey_all() -> None:
    results = {name: survey(CORPUS / name) for name in FILES}
    print(json.dumps(results))


def _cap_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


@pytest.fixture(scope="module")
def results(corpus_dir: Path) -> dict[str, dict[str, Any]]:
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root)}
    code = "from tests.unit.test_corpus import _survey_all; _survey_all()"
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        preexec_fn=_cap_memory,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    parsed: dict[str, dict[str, Any]] = json.loads(done.stdout)
    return parsed


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
