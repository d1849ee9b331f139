"""A better default country when national numbers fail under the chosen one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from importer.check.country_hint import country_hint_text, suggest_country
from importer.check.result import CheckResult
from importer.check.run import run_check
from importer.choices import ImportChoices
from importer.cli.main import main
from importer.mapping.model import ColumnChoice, Mapping, Role
from tests.helpers.make_files import write_xlsx

MAPPING = Mapping((ColumnChoice(0, "Phone", Role.PHONE),))
GERMAN = [
    "0171 1234567",
    "030 12345678",
    "+49 171 7654321",
    "0049 30 87654321",
    "0151 23456789",
    "089 1234567",
    "0160 9876543",
    "+49 40 1234567",
]


def checked(tmp_path: Path, phones: list[str], country: str = "US") -> CheckResult:
    path = write_xlsx(tmp_path / "contacts.xlsx", [["Phone"], *([p] for p in phones)])
    return run_check(ImportChoices(path, mapping=MAPPING, country=country))


def test_german_national_numbers_suggest_germany(tmp_path: Path) -> None:
    result = checked(tmp_path, GERMAN)
    assert result.summary()["invalid"] >= 4
    assert suggest_country(result) == "DE"


def test_no_suggestion_when_the_country_fits(tmp_path: Path) -> None:
    assert suggest_country(checked(tmp_path, GERMAN, "DE")) is None


def test_no_suggestion_for_a_few_typos(tmp_path: Path) -> None:
    phones = [f"617555{1000 + i}" for i in range(40)] + ["12", "0171 1234567"]
    assert suggest_country(checked(tmp_path, phones)) is None


def test_no_suggestion_when_switching_loses_more_than_it_gains(tmp_path: Path) -> None:
    phones = [f"312555{1000 + i}" for i in range(30)] + GERMAN[:2] * 2  # not German numbers
    assert suggest_country(checked(tmp_path, phones)) is None


def test_hint_text_names_country_dial_code_and_option() -> None:
    assert country_hint_text("DE") == (
        "Most numbers look like Germany (+49) numbers: try --country DE."
    )


def test_cli_summary_and_json_carry_the_suggestion(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_xlsx(tmp_path / "de.xlsx", [["Phone"], *([p] for p in GERMAN)])
    assert main(["check", str(path)]) == 1
    assert "try --country DE." in capsys.readouterr().out
    assert main(["check", str(path), "--json"]) == 1
    assert json.loads(capsys.readouterr().out)["suggested_country"] == "DE"
    assert main(["check", str(path), "--json", "--country", "DE"]) == 0
    assert json.loads(capsys.readouterr().out)["suggested_country"] is None
