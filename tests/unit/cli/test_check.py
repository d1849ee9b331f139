"""`contact-importer check`: exit statuses, JSON shape, options and reports.

The first tests run the real command in a subprocess; the option details call ``main`` in
process to keep the suite fast.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from importer.cli.main import main
from importer.mapping.model import ColumnChoice, Mapping, Role
from importer.mapping.template import save_template
from tests.helpers.make_files import write_excel_legacy_csv, write_xlsx

ROOT = Path(__file__).resolve().parents[3]
GOOD = [
    ["Contacts export"],
    [],
    ["First Name", "Last Name", "Mobile", "Email", "Note"],
    ["Ann", "Lee", "617 555 1212", "ann@example.com", "=1+1"],
    ["Bob", "Ray", 16175551313, "bob@example.com", None],
]
BAD_ROW = ["Cid", "Oz", "12", "cid@example.com", "@x"]


def run_cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "importer.cli", "check", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )


def check_json(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, Any]:
    status = main(["check", *map(str, args), "--json"])
    return status, json.loads(capsys.readouterr().out)


@pytest.fixture
def good_xlsx(tmp_path: Path) -> Path:
    return write_xlsx(tmp_path / "good.xlsx", GOOD)


@pytest.fixture
def bad_xlsx(tmp_path: Path) -> Path:
    return write_xlsx(tmp_path / "bad.xlsx", [*GOOD, BAD_ROW])


def test_all_valid_exits_0_with_a_summary(good_xlsx: Path) -> None:
    done = run_cli(good_xlsx)
    assert done.returncode == 0, done.stderr
    assert (
        "2 rows: 2 ready to send, 0 ready with a note, 0 cannot be sent, 0 duplicates."
        in done.stdout
    )
    assert "Numbers without a country code were read as United States (+1) numbers." in done.stdout
    assert 'Phone number: column C "Mobile"' in done.stdout
    assert done.stderr == ""


def test_invalid_rows_exit_1_and_json_has_the_documented_shape(bad_xlsx: Path) -> None:
    done = run_cli(bad_xlsx, "--json")
    assert done.returncode == 1, done.stderr
    data = json.loads(done.stdout)
    assert {
        "file", "sheet", "header_row", "rows", "ready", "ready_with_note", "invalid",
        "duplicates", "to_send", "country", "send_unverified", "suggested_country", "mapping",
        "issue_codes", "issues",
    } <= data.keys()  # fmt: skip
    assert (data["sheet"], data["header_row"], data["rows"]) == ("Sheet1", 3, 3)
    assert (data["ready"], data["ready_with_note"], data["invalid"], data["duplicates"]) == (
        2,
        0,
        1,
        0,
    )
    assert data["mapping"] == {
        "phone_number": {"letter": "C", "title": "Mobile"},
        "name": [{"letter": "A", "title": "First Name"}, {"letter": "B", "title": "Last Name"}],
        "extra_fields": {
            "email": {"letter": "D", "title": "Email"},
            "note": {"letter": "E", "title": "Note"},
        },
    }
    (issue,) = data["issues"]
    assert issue.keys() == {"row", "column", "severity", "code", "message"}
    assert (issue["row"], issue["column"], issue["severity"]) == (6, "C", "error")


def test_unusable_file_exits_2_without_traceback(tmp_path: Path) -> None:
    done = run_cli(tmp_path / "missing.xlsx")
    assert done.returncode == 2
    assert done.stdout == ""
    assert "missing.xlsx" in done.stderr
    assert "Traceback" not in done.stderr


def test_bad_arguments_exit_2(good_xlsx: Path) -> None:
    done = run_cli(good_xlsx, "--duplicates", "sometimes")
    assert done.returncode == 2
    assert "invalid choice" in done.stderr


def test_report_is_written_and_formula_safe(bad_xlsx: Path, tmp_path: Path) -> None:
    report = tmp_path / "report.xlsx"
    done = run_cli(bad_xlsx, "--report", report)
    assert done.returncode == 1, done.stderr
    book = openpyxl.load_workbook(report)
    rows = [[c.value for c in row] for row in book.worksheets[0].iter_rows()]
    assert all(c.data_type != "f" for row in book.worksheets[0].iter_rows() for c in row)
    assert rows[0][:6] == ["Row", "Status", "Phone number", "Name", "Details", "First Name"]
    assert [r[:4] for r in rows[1:]] == [
        [4, "ready", "+16175551212", "Ann Lee"],
        [5, "ready", "+16175551313", "Bob Ray"],
        [6, "invalid", None, "Cid Oz"],
    ]
    assert rows[1][9] == "=1+1"


def test_csv_report(bad_xlsx: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = tmp_path / "report.csv"
    assert main(["check", str(bad_xlsx), "--report", str(report)]) == 1
    lines = report.read_text(encoding="utf-8-sig").splitlines()
    assert lines[1].startswith("4,ready,'+16175551212,Ann Lee,")
    assert lines[1].endswith(",'=1+1")
    assert "Report saved to" in capsys.readouterr().out


def test_report_with_unknown_extension_fails_before_checking(
    good_xlsx: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(good_xlsx), "--report", str(tmp_path / "r.pdf")]) == 2
    assert ".xlsx (Excel) or .csv" in capsys.readouterr().err


def test_explicit_columns(good_xlsx: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, data = check_json(
        capsys, good_xlsx, "--phone", "mobile", "--name", "A", "--extra", "Email=mail", "--no-extra"
    )
    assert status == 0
    assert data["mapping"] == {
        "phone_number": {"letter": "C", "title": "Mobile"},
        "name": [{"letter": "A", "title": "First Name"}],
        "extra_fields": {"mail": {"letter": "D", "title": "Email"}},
    }


def test_first_and_last_name_and_ignore(
    good_xlsx: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, data = check_json(
        capsys, good_xlsx, "--name", "Last Name", "--name", "First Name", "--ignore", "Note"
    )
    names = [column["letter"] for column in data["mapping"]["name"]]
    assert names == ["B", "A"]  # first name as given first, then last name
    assert data["mapping"]["extra_fields"] == {"email": {"letter": "D", "title": "Email"}}


def test_header_row_and_sheet(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_xlsx(
        tmp_path / "two.xlsx",
        [["x"]],
        extra_sheets={"People": [["Tel", "Who"], ["Phone", "Name"], ["6175551212", "Ann"]]},
    )
    status, data = check_json(capsys, path, "--sheet", "People", "--header-row", "2")
    assert status == 0
    assert (data["sheet"], data["header_row"], data["rows"]) == ("People", 2, 1)


def test_template_and_country(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_excel_legacy_csv(
        tmp_path / "fr.csv", [["Nom", "Numéro", "Ville"], ["Zoé", "06 12 34 56 78", "Lyon"]]
    )
    template = tmp_path / "t.json"
    save_template(
        Mapping(
            (
                ColumnChoice(0, "Nom", Role.NAME),
                ColumnChoice(1, "Numéro", Role.PHONE),
                ColumnChoice(2, "Ville", Role.EXTRA, "city"),
            )
        ),
        template,
    )
    status, data = check_json(capsys, path, "--template", template, "--country", "fr")
    assert status == 0
    assert data["mapping"] == {
        "phone_number": {"letter": "B", "title": "Numéro"},
        "name": [{"letter": "A", "title": "Nom"}],
        "extra_fields": {"city": {"letter": "C", "title": "Ville"}},
    }
    assert data["country"] == "FR"


def test_duplicates_policy(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_xlsx(tmp_path / "d.xlsx", [["Phone"], ["6175551212"], ["617-555-1212"]])
    status, data = check_json(capsys, path, "--duplicates", "first")
    assert (status, data["duplicates"]) == (0, 1)
    assert data["issues"][0]["row"] == 3


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--phone", "Zed"], 'There is no column "Zed"'),
        (["--phone", "C", "--ignore", "Mobile"], "given to both --phone and --ignore"),
        (["--extra", "Email=E-Mail"], "may only hold lowercase letters"),
        (["--name", "A", "--name", "B", "--name", "D"], "at most two name columns"),
        (["--ignore", "C"], "no column is chosen for the phone number"),
        (["--template", "nowhere.json"], "nowhere.json"),
        (["--country", "XX"], "not a country code"),
        (["--sheet", "Nope"], 'There is no sheet named "Nope"'),
    ],
)
def test_unusable_options_exit_2(
    good_xlsx: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    assert main(["check", str(good_xlsx), *args]) == 2
    captured = capsys.readouterr()
    assert message in captured.err
    assert captured.out == ""


def test_json_lists_at_most_1000_issues(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_xlsx(tmp_path / "many.xlsx", [["Phone"], *([["12"]] * 1_005)])
    status, data = check_json(capsys, path)
    assert (status, data["invalid"], len(data["issues"])) == (1, 1_005, 1_000)


def test_missing_phone_names_file_option_and_columns(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "people.csv"
    path.write_text("Name,Favourite\ncolour,Town\nAnn,blue\n", encoding="utf-8")
    assert main(["check", str(path)]) == 2
    err = capsys.readouterr().err
    assert '"people.csv": no column is chosen for the phone number' in err
    assert "--phone COL" in err
    assert 'Columns: A "Name", B "Favourite".' in err
    assert "sheet" not in err


def test_missing_phone_names_an_untitled_column_of_numbers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An untitled column is never taken as the phone, but the message must not say that no
    column looks like phone numbers when one does: it names it, to choose with --phone."""
    path = tmp_path / "untitled.csv"
    path.write_text(
        "Name,,Email\nAna,(212) 736-0199,a@x.com\nBob,(415) 736-0134,b@x.com\n", encoding="utf-8"
    )
    assert main(["check", str(path)]) == 2
    err = capsys.readouterr().err
    assert "Column B has no title but holds phone numbers" in err
    assert "--phone B" in err
    assert "none looks like phone numbers" not in err
    assert main(["check", str(path), "--phone", "B", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["to_send"] == 2


def test_a_file_without_titles_loses_no_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Its first row is a contact: every row is checked, the summary says there is no title row,
    and --header-row 1 still makes the first row the titles when the user says so."""
    path = tmp_path / "plain.csv"
    path.write_text("Ann,(212) 736-0199\nBob,(415) 736-0134\nCy,(646) 736-0100\n", "utf-8")
    assert main(["check", str(path), "--phone", "B", "--name", "A"]) == 0
    out = capsys.readouterr().out
    assert 'plain.csv, sheet "plain", no title row' in out
    assert "3 rows: 3 ready to send" in out
    status, data = check_json(capsys, path, "--phone", "B")
    assert (status, data["header_row"], data["rows"]) == (0, 0, 3)
    status, data = check_json(capsys, path, "--header-row", "1")
    assert (data["header_row"], data["rows"]) == (1, 2)
    with pytest.raises(SystemExit) as refused:
        main(["check", str(path), "--header-row", "-1"])
    assert refused.value.code == 2
    assert "0 means no title row" in capsys.readouterr().err


def test_missing_phone_names_the_sheet_and_flattens_long_header_lists(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "book.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Staff"
    headers = ["Given\nname", *[f"Col {i}" for i in range(2, 26)]]
    sheet.append(headers)
    sheet.append(["Ann", *["x"] * 24])
    book.create_sheet("Other").append(["Phone"])
    book.save(path)
    assert main(["check", str(path), "--sheet", "Staff"]) == 2
    err = capsys.readouterr().err
    assert '"book.xlsx", sheet "Staff":' in err
    assert 'A "Given name", B "Col 2"' in err
    assert 'T "Col 20" and 5 more.' in err


def test_corpus_file_without_phone_column_gets_the_hint(
    corpus_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(corpus_dir / "bad.csv")]) == 2
    err = capsys.readouterr().err
    assert err.startswith('contact-importer: "bad.csv": no column')
    assert 'Choose it with --phone COL (a title or letter). Columns: A "column_a"' in err


def test_json_on_unusable_file_prints_one_error_object(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    assert main(["check", str(path), "--json"]) == 2
    captured = capsys.readouterr()
    data = json.loads(captured.out)
    assert data["file"] == str(path)
    assert "damaged" in data["error"]
    assert data["error"] in captured.err
