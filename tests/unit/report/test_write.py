"""Reports (.xlsx and .csv) and the file of rows to fix: content, alignment, formula safety."""

from __future__ import annotations

import csv
import errno
import os
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from importer.check.issues import Issue, Outcome, RowStatus, Severity
from importer.check.rechecking import edit
from importer.check.result import CheckResult
from importer.choices import ExistingPolicy, ImportChoices
from importer.compare.plan import ComparePlan, RowKind
from importer.errors import ImporterError
from importer.i18n import set_language
from importer.mapping.model import ColumnChoice, Mapping, Role
from importer.mapping.suggest import suggest_mapping
from importer.report.about import about_import
from importer.report.cells import csv_text, is_formula_like, xlsx_value
from importer.report.write import write_attention_file, write_report
from importer.report.writers import save_error
from importer.sources.base import Row

HEADERS = ["Phone", "Name", "Note"]
MAPPING = Mapping(
    (
        ColumnChoice(0, "Phone", Role.PHONE),
        ColumnChoice(1, "Name", Role.NAME),
        ColumnChoice(2, "Note", Role.EXTRA, "note"),
    )
)
SOURCE: list[Row] = [
    (2, ["6175551212", "Ann", '=HYPERLINK("http://evil","x")']),
    (3, ["12", "+Bob", "-2+3"]),
    (4, ["6175551212", "@Cid", 42]),
    (5, ["6175551313", "Dee", None]),
]


def make_result() -> CheckResult:
    choices = ImportChoices(
        Path("contacts.xlsx"), sheet="Sheet1", header_row=1, mapping=MAPPING, country="US"
    )
    return CheckResult(
        choices=choices,
        headers=list(HEADERS),
        row_numbers=[2, 3, 4, 5],
        raw_phones=["6175551212", "12", "6175551212", "6175551313"],
        phones=["+16175551212", None, "+16175551212", "+16175551313"],
        names=["Ann", "+Bob", "@Cid", "Dee"],
        extras={"note": ['=HYPERLINK("http://evil","x")', "-2+3", 42, None]},
        status=bytearray(
            [RowStatus.DUPLICATE, RowStatus.INVALID, RowStatus.READY, RowStatus.READY]
        ),
        issues={
            0: [Issue(2, "A", Severity.WARNING, "duplicate", "Same number as row 4.")],
            1: [Issue(3, "A", Severity.ERROR, "too_short", "Too few digits.")],
            3: [Issue(5, "A", Severity.WARNING, "possibly_invalid", "Check it.")],
        },
    )


def xlsx_rows(path: Path) -> list[list[object]]:
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    for row in sheet.iter_rows():
        for cell in row:
            assert cell.data_type != "f", f"{cell.coordinate} is a formula"
    return [[c.value for c in row] for row in sheet.iter_rows()]


def csv_rows(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.reader(stream))


def test_xlsx_report_lines_and_no_formulas(tmp_path: Path) -> None:
    path = tmp_path / "report.xlsx"
    write_report(path, make_result(), SOURCE)
    rows = xlsx_rows(path)
    assert rows[0] == ["Row", "Status", "Phone number", "Name", "Details", *HEADERS]
    repeated = "Phone (A): Same number as row 4."
    assert rows[1][:5] == [2, "duplicate", "+16175551212", "Ann", repeated]
    assert rows[1][7] == '=HYPERLINK("http://evil","x")'
    assert rows[2][:5] == [3, "invalid", None, "+Bob", "Phone (A): Too few digits."]
    assert rows[3][1] == "ready"
    assert rows[3][7] == 42
    assert len(rows) == 5
    book = openpyxl.load_workbook(path)
    assert book.worksheets[0]["H2"].quotePrefix


def test_csv_report_guards_formula_like_text(tmp_path: Path) -> None:
    path = tmp_path / "report.csv"
    write_report(path, make_result(), SOURCE)
    rows = csv_rows(path)
    assert rows[0] == ["Row", "Status", "Phone number", "Name", "Details", *HEADERS]
    assert rows[1][2] == "'+16175551212"
    assert rows[1][7] == '\'=HYPERLINK("http://evil","x")'
    assert rows[2][3] == "'+Bob"
    assert rows[2][7] == "'-2+3"
    assert rows[3][3] == "'@Cid"
    assert rows[3][7] == "42"
    assert rows[4][7] == ""
    unsafe = [cell for row in rows for cell in row if is_formula_like(cell)]
    assert unsafe == []


def test_upload_outcomes_and_server_messages(tmp_path: Path) -> None:
    path = tmp_path / "after.xlsx"
    outcomes = [Outcome.DUPLICATE, Outcome.INVALID, Outcome.UPLOADED, Outcome.REJECTED]
    write_report(path, make_result(), SOURCE, outcomes, {3: "Server said no."})
    rows = xlsx_rows(path)
    assert [r[1] for r in rows[1:]] == ["duplicate", "invalid", "uploaded", "rejected"]
    assert rows[4][4] == "Server said no."


def test_source_rows_are_aligned_by_row_number(tmp_path: Path) -> None:
    path = tmp_path / "report.csv"
    result = make_result()
    extra_source: list[Row] = [(2, ["a"]), (3, ["b"]), (4, ["c"]), (9, ["late"])]
    write_report(path, result, [(1, ["title"]), *extra_source[:2], *extra_source[3:]])
    rows = csv_rows(path)
    assert [r[0] for r in rows[1:]] == ["2", "3", "4", "5"]
    assert [r[5:] for r in rows[1:]] == [["a"], ["b"], [], []]


def test_after_an_upload_unchanged_and_skipped_rows_say_so_in_words(tmp_path: Path) -> None:
    kinds = [RowKind.NOT_READY, RowKind.NOT_READY, RowKind.UNCHANGED, RowKind.SKIPPED]
    plan = ComparePlan(bytearray(kinds), 10001, ExistingPolicy.SKIP)
    outcomes = [Outcome.DUPLICATE, Outcome.INVALID, Outcome.UNCHANGED, Outcome.SKIPPED]
    set_language("de")
    path = tmp_path / "r.xlsx"
    write_report(path, make_result(), SOURCE, outcomes, plan=plan)
    rows = xlsx_rows(path)
    assert rows[0][:6] == ["Zeile", "Status", "Telefonnummer", "Name", "Details", "In Sociocs"]
    assert [(r[1], r[5]) for r in rows[3:]] == [
        ("unverändert", "unverändert"),
        ("übersprungen", "übersprungen"),
    ]


def test_the_xlsx_report_says_what_was_imported_and_whether_consent_was_confirmed(
    tmp_path: Path,
) -> None:
    choices = ImportChoices(
        Path("/data/contacts.xlsx"), sheet="People", list_id=7, consent_confirmed=True
    )
    about = about_import(choices, datetime(2026, 11, 27, 14, 5))
    path = tmp_path / "r.xlsx"
    write_report(path, make_result(), SOURCE, about=about)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Report", "About this import"]
    assert [list(row) for row in book["About this import"].iter_rows(values_only=True)] == [
        ["File", str(Path("/data/contacts.xlsx"))],
        ["Sheet", "People"],
        ["List", "list 7"],
        ["Date", "2026-11-27 14:05"],
        [
            "The contacts agreed to be contacted by this account",
            "Yes — confirmed before the upload by the person who ran it",
        ],
    ]
    unconfirmed = about_import(choices.with_changes(consent_confirmed=False), datetime.now())
    assert unconfirmed[-1][1] == "Not confirmed"
    write_report(tmp_path / "r.csv", make_result(), SOURCE, about=about)
    assert len(csv_rows(tmp_path / "r.csv")) == 5, "a CSV report holds the rows only"


def test_attention_file_holds_only_invalid_rows(tmp_path: Path) -> None:
    path = tmp_path / "fix.xlsx"
    written = write_attention_file(path, make_result(), SOURCE)
    rows = xlsx_rows(path)
    assert written == 1
    assert rows[0] == [*HEADERS, "Import problem"]
    assert rows[1:] == [["12", "+Bob", "-2+3", "Phone (A): Too few digits."]]


def test_a_fixed_attention_file_written_in_any_language_is_read_back_without_its_problems(
    tmp_path: Path,
) -> None:
    for language in ("de", "es", "fr", "pt_BR"):
        set_language(language)
        path = tmp_path / f"fix-{language}.xlsx"
        write_attention_file(path, make_result(), SOURCE)
        title = xlsx_rows(path)[0][-1]
        assert title != "Import problem", f"{language}: the problem column is not translated"
        set_language("en")
        mapping = suggest_mapping(
            [*HEADERS, title], [(2, ["6175551212", "Ann", "x", "Too short."])]
        )
        assert mapping.columns[-1].role is Role.IGNORE, language


def test_attention_file_leaves_out_duplicates_whose_kept_row_is_imported(
    tmp_path: Path,
) -> None:
    result = make_result()
    result.status = bytearray(
        [RowStatus.DUPLICATE, RowStatus.READY, RowStatus.READY, RowStatus.READY]
    )
    result.issues = {0: result.issues[0]}
    path = tmp_path / "fix.xlsx"
    assert write_attention_file(path, result, SOURCE) == 0
    assert xlsx_rows(path) == [[*HEADERS, "Import problem"]]


def test_duplicate_without_issue_still_explained(tmp_path: Path) -> None:
    result = make_result()
    del result.issues[0]
    path = tmp_path / "r.csv"
    write_report(path, result, SOURCE)
    assert csv_rows(path)[1][4] == "The same phone number is in another row."


def test_errors_come_before_warnings(tmp_path: Path) -> None:
    result = make_result()
    result.issues[1].insert(0, Issue(3, "B", Severity.WARNING, "w", "Name odd."))
    path = tmp_path / "r.csv"
    write_report(path, result, SOURCE)
    assert csv_rows(path)[2][4] == "Phone (A): Too few digits. Name (B): Name odd."


def test_unknown_extension_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ImporterError, match=r"\.xlsx \(Excel\) or \.csv"):
        write_report(tmp_path / "report.pdf", make_result(), SOURCE)


def test_a_folder_that_is_gone_sends_the_report_to_documents(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOCIOCS_IMPORTER_HOME", str(tmp_path / "home"))
    saved = write_report(tmp_path / "nope" / "r.xlsx", make_result(), SOURCE)
    assert saved.path == tmp_path / "home" / "Documents" / "r.xlsx"
    assert saved.reason == "the folder does not exist"
    assert xlsx_rows(saved.path)[0][:3] == ["Row", "Status", "Phone number"]
    assert not (tmp_path / "nope").exists()


def test_no_place_at_all_is_explained_and_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "home").write_text("a file where the Documents folder's parent should be")
    monkeypatch.setenv("SOCIOCS_IMPORTER_HOME", str(tmp_path / "home"))
    with pytest.raises(ImporterError, match="the folder does not exist"):
        write_report(tmp_path / "nope" / "r.xlsx", make_result(), SOURCE)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home"]


def failing_rows() -> Iterator[Row]:
    yield SOURCE[0]
    raise OSError(errno.ENOSPC, "No space left on device")


def test_failure_while_writing_leaves_no_file(tmp_path: Path) -> None:
    with pytest.raises(ImporterError, match="the disk is full"):
        write_report(tmp_path / "r.csv", make_result(), failing_rows())
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("exc", "text"),
    [
        (OSError(errno.ENOSPC, "No space"), "the disk is full"),
        (PermissionError(errno.EACCES, "Permission denied"), "open in another program"),
        (IsADirectoryError(errno.EISDIR, "Is a directory"), "a folder has that name"),
        (OSError(errno.EIO, "I/O error"), "I/O error"),
    ],
)
def test_save_errors_in_plain_words(exc: OSError, text: str) -> None:
    message = str(save_error(Path("r.xlsx"), exc))
    assert message.startswith('Could not save the report to "r.xlsx"')
    assert text in message


@pytest.mark.parametrize(
    "text", ["=1+1", "+1", "-1", "@x", "\tx", "\rx", "  =1", "=cmd|' /C calc'!A0"]
)
def test_formula_like_text(text: str) -> None:
    assert is_formula_like(text)
    assert csv_text(text) == "'" + text


@pytest.mark.parametrize("text", ["Ann", "1+1", "a=b", "", "'quoted"])
def test_ordinary_text(text: str) -> None:
    assert not is_formula_like(text)
    assert csv_text(text) == text


def test_cell_conversions() -> None:
    assert csv_text(None) == ""
    assert csv_text(True) == "TRUE"
    assert csv_text(1.5) == "1.5"
    assert xlsx_value("a\x00b\x1fc") == "abc"
    assert xlsx_value(float("inf")) == "inf"
    assert len(str(xlsx_value("x" * 40_000))) == 32_767


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
@pytest.mark.parametrize("name", ["r.csv", "r.xlsx"])
def test_report_gets_ordinary_permissions(tmp_path: Path, name: str) -> None:
    umask = os.umask(0o022)
    os.umask(umask)
    path = tmp_path / name
    write_report(path, make_result(), SOURCE)
    assert path.stat().st_mode & 0o777 == 0o666 & ~umask


def test_phone_fixed_in_the_importer_is_shown_with_its_old_value(tmp_path: Path) -> None:
    result = make_result()
    edit(result, 1, phone="6175551414")
    path = tmp_path / "r.csv"
    write_report(path, result, SOURCE)
    line = csv_rows(path)[2]
    assert (line[1], line[2]) == ("ready", "'+16175551414")
    assert line[4] == "Corrected in the importer (was: 12)."
