"""A huge cell is cut wherever a value is quoted in words: "1111… (10,000 digits)"."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.cell_text import LONGEST_WHOLE, START_SHOWN, as_in_file, cell_text
from importer.cli.main import main
from importer.columns import column_label
from importer.compare.texts import shown
from importer.i18n import set_language
from importer.report.lines import correction_text
from tests.helpers.make_files import write_csv

DIGITS = "1" * 10_000
CUT_DIGITS = "1" * START_SHOWN + "… (10,000 digits)"


def test_a_short_value_is_shown_whole() -> None:
    assert cell_text("+49 151 23456771") == "+49 151 23456771"
    assert cell_text("x" * LONGEST_WHOLE) == "x" * LONGEST_WHOLE
    assert cell_text(4915123456771) == "4915123456771"


def test_a_long_value_shows_its_start_and_its_length() -> None:
    assert cell_text(DIGITS) == CUT_DIGITS
    assert cell_text("Zoë " * 25) == "Zoë Zoë Zoë Zoë Zoë … (100 characters)"


def test_the_length_is_said_in_the_users_language() -> None:
    set_language("de")
    assert cell_text(DIGITS) == "1" * START_SHOWN + "… (10.000 Ziffern)"


def test_every_quoting_place_cuts() -> None:
    assert shown(DIGITS) == f"“{CUT_DIGITS}”"
    assert correction_text(DIGITS) == f"Corrected in the importer (was: {CUT_DIGITS})."
    assert column_label([DIGITS], 0) == f"{CUT_DIGITS} (A)"


def test_the_command_line_quotes_a_huge_phone_cut(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_csv(
        tmp_path / "huge.csv", [["Name", "Phone"], ["Ann", DIGITS], ["Bob", "12"], ["Cid", "3"]]
    )

    assert main(["check", str(path)]) == 1

    out = capsys.readouterr()
    assert CUT_DIGITS in out.out + out.err
    assert "1" * (START_SHOWN + 1) not in out.out + out.err


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (True, "TRUE"),
        (False, "FALSE"),
        (None, ""),
        (42, "42"),
        (42.0, "42"),
        (3.5, "3.5"),
        (1e-07, "0.0000001"),
        (1.5e16, "15000000000000000"),
        ("2024-03-05", "2024-03-05"),
        ("FALSE", "FALSE"),
        (["a", 1], '["a", 1]'),
        ({"b": 2, "a": 1}, '{"a": 1, "b": 2}'),
    ],
)
def test_values_are_written_as_the_spreadsheet_shows_them(value: object, shown: str) -> None:
    assert as_in_file(value) == shown


def test_a_sentence_quotes_a_yes_no_cell_as_the_sheet_has_it() -> None:
    assert cell_text(False) == "FALSE"
    assert shown(False) == "“FALSE”"
    assert shown(16175551212.0) == "“16175551212”"


def test_a_longer_limit_keeps_a_long_value_whole() -> None:
    note = "Prefers a call in the morning, never on Sundays; ask for the back office first."
    assert cell_text(note) != note
    assert cell_text(note, longest=1_000) == note
