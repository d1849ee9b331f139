"""Numbers the program believes wrong never leave it: `check --json` says why for each case
(French numbers under a US default, placeholders, Excel's number text), and `upload` sends
exactly the valid rows — with --send-unverified also the unverified ones, never placeholders."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest

from importer.cli.main import main
from importer.sandbox.server import SandboxServer
from tests.helpers.make_files import write_xlsx
from tests.helpers.sandbox import TEST_API_KEY

FRENCH_NATIONAL = [f"06 57 64 03 {i:02d}" for i in range(16)]
FRENCH_INTERNATIONAL = [f"+33 7 40 40 26 {i:02d}" for i in range(32)]
PLACEHOLDERS = [
    "+1 (000) 000-0000",
    "000-000-0000",
    "123-456-7890",
    "(555) 555-5555",
    "999-999-9999",
    "1111111111",
    "(212) 555-0123",
]
MIXED = [
    ("Ann", "(617) 253-1000"),  # valid
    ("Bob", "+44 20 7946 0958"),  # valid, another country
    ("Cy", "06 57 64 03 84"),  # a French mobile read under the US default: impossible
    ("Di", "+1 999 234 5678"),  # area code 999 not assigned: unverified
    ("Ed", "000-000-0000"),  # placeholder
    ("Flo", "123-456-7890"),  # placeholder, and unverified as well
    ("Gus", "(212) 555-0123"),  # placeholder, valid by libphonenumber's patterns
    ("Hal", "16172534000.0"),  # Excel's number text: valid
    ("Ida", "16,172,535,000"),  # grouped digits: valid
    ("Jo", "1.6172536000E+10"),  # exact scientific notation: valid
    ("Kim", "1.61725E+10"),  # lossy scientific notation: Excel damage
]
SENT = {"+16172531000", "+442079460958", "+16172534000", "+16172535000", "+16172536000"}
UNVERIFIED = {"+19992345678"}


def check_json(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, Any]:
    status = main(["check", *map(str, args), "--json"])
    return status, json.loads(capsys.readouterr().out)


def phones_file(path: Path, phones: list[str]) -> Path:
    return write_xlsx(path, [["Name", "Phone"], *([f"P{i}", p] for i, p in enumerate(phones))])


def test_french_numbers_under_a_us_default_are_refused_and_france_suggested(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = phones_file(tmp_path / "fr.xlsx", FRENCH_NATIONAL + FRENCH_INTERNATIONAL)
    status, data = check_json(capsys, path)
    assert status == 1
    counts = (data["ready"], data["ready_with_note"], data["invalid"], data["duplicates"])
    assert counts == (32, 0, 16, 0)
    assert data["suggested_country"] == "FR"
    assert data["issue_codes"] == {"impossible_number": 16}
    for issue in data["issues"]:
        assert issue["severity"] == "error"
        assert "North American (+1)" in issue["message"]
        assert "choose France as the default country" in issue["message"]
    assert main(["check", str(path)]) == 1
    out = capsys.readouterr().out
    assert "Most numbers look like France (+33) numbers: try --country FR." in out
    assert "--send-unverified" not in out  # +1 065 … is no newer range: nothing to advise
    status, data = check_json(capsys, path, "--country", "FR")
    assert (status, data["to_send"], data["suggested_country"]) == (0, 48, None)


def test_send_unverified_never_sends_numbers_valid_in_the_suggested_country(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = phones_file(tmp_path / "fr.xlsx", FRENCH_NATIONAL + FRENCH_INTERNATIONAL)
    status, data = check_json(capsys, path, "--send-unverified")
    assert status == 1
    assert (data["ready"], data["ready_with_note"], data["to_send"]) == (32, 0, 32)
    assert data["send_unverified"] is True
    assert data["suggested_country"] == "FR"
    assert {issue["severity"] for issue in data["issues"]} == {"error"}
    assert all("choose France" in issue["message"] for issue in data["issues"])


def test_placeholders_are_refused_even_with_send_unverified(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = phones_file(tmp_path / "placeholders.xlsx", PLACEHOLDERS)
    for extra in ([], ["--send-unverified"]):
        status, data = check_json(capsys, path, *extra)
        assert (status, data["invalid"], data["to_send"]) == (1, len(PLACEHOLDERS), 0)
        assert data["issue_codes"] == {"placeholder": len(PLACEHOLDERS)}


def test_excel_number_text_is_read_as_the_number_with_a_note(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "numbers.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Name", "Phone"])
        writer.writerows(
            [
                ["Ann", "14159479653.0"],
                ["Bob", "16,172,532,000"],
                ["Cy", "1.6172533000E+10"],
                ["Di", "1.61755E+10"],
            ]
        )
    status, data = check_json(capsys, path)
    assert status == 1
    assert (data["ready"], data["ready_with_note"], data["invalid"]) == (0, 3, 1)
    assert data["issue_codes"] == {"spreadsheet_number": 3, "excel_scientific": 1}
    assert [issue["code"] for issue in data["issues"]] == [
        "spreadsheet_number",
        "spreadsheet_number",
        "spreadsheet_number",
        "excel_scientific",
    ]


def test_json_counts_each_row_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = phones_file(tmp_path / "mixed.xlsx", [phone for _, phone in MIXED] + ["617-253-1000"])
    _, data = check_json(capsys, path)
    four = data["ready"] + data["ready_with_note"] + data["invalid"] + data["duplicates"]
    assert four == data["rows"] == len(MIXED) + 1
    assert data["to_send"] == data["ready"] + data["ready_with_note"] == len(SENT)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SOCIOCS_API_KEY", TEST_API_KEY)
    monkeypatch.setenv("SOCIOCS_IMPORTER_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


def upload_mixed(sandbox: SandboxServer, tmp_path: Path, *extra: str) -> set[str]:
    path = write_xlsx(tmp_path / "mixed.xlsx", [["Name", "Phone"], *map(list, MIXED)])
    command = ["upload", str(path), "--api-url", sandbox.url, "--list-id", "10001", "--yes"]
    assert main([*command, *extra]) == 1  # finished, some rows invalid
    return set(sandbox.store.contacts())


@pytest.mark.usefixtures("home")
def test_upload_sends_exactly_the_valid_rows(sandbox: SandboxServer, tmp_path: Path) -> None:
    assert upload_mixed(sandbox, tmp_path) == SENT


@pytest.mark.usefixtures("home")
def test_upload_with_send_unverified_adds_them_but_never_placeholders(
    sandbox: SandboxServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert upload_mixed(sandbox, tmp_path, "--send-unverified") == SENT | UNVERIFIED
    out = capsys.readouterr().out
    assert "Ready to upload: 6 (4 with a note) · cannot be sent: 5" in out
    assert "1 row has a number not known to be in use; it is sent, as --send-unverified" in out


@pytest.mark.usefixtures("home")
def test_upload_says_which_numbers_are_held_back_as_unverified(
    sandbox: SandboxServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    upload_mixed(sandbox, tmp_path)
    assert "or pass --send-unverified if the number is new" in capsys.readouterr().out
