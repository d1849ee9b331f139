"""The rows an upload did not send, with why in words, and the file they are saved to."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from importer.check.issues import Outcome
from importer.check.run import run_check
from importer.choices import ImportChoices
from importer.mapping.model import ColumnChoice, Mapping, Role
from importer.report.unsent import UnsentRows
from importer.report.write import save_unsent_file
from importer.upload.refusals import refusal_text
from tests.helpers.make_files import write_csv

MAPPING = Mapping(
    (
        ColumnChoice(0, "Name", Role.NAME),
        ColumnChoice(1, "Phone", Role.PHONE),
        ColumnChoice(2, "VIP", Role.EXTRA, "vip"),
    )
)
ROWS = [
    ["Name", "Phone", "VIP"],
    ["Ann Lee", "+1 617 555 1212", "TRUE"],
    ["Sione Tapu", "+683 4002", "FALSE"],
    ["Kim Park", "call the office", "TRUE"],
    ["Bo Chen", "+1 617 555 1313", "FALSE"],
    ["Ann again", "+1 617 555 1212", "TRUE"],
]
OUTCOMES = [
    Outcome.UPLOADED,
    Outcome.REJECTED,
    Outcome.INVALID,
    Outcome.NOT_SENT,
    Outcome.DUPLICATE,
]
REFUSAL = "Sociocs refused row 3: phone_number '+6834002' is not a valid phone number."


def _unsent(tmp_path: Path) -> UnsentRows:
    path = write_csv(tmp_path / "clients.csv", ROWS)
    result = run_check(ImportChoices(path, mapping=MAPPING, country="US"))
    return UnsentRows(result, OUTCOMES, {1: REFUSAL})


def test_refused_invalid_and_unsent_rows_are_listed_with_why(tmp_path: Path) -> None:
    unsent = _unsent(tmp_path)
    assert unsent.indices == [1, 2, 3], "sent rows and duplicates are not listed"
    assert [unsent.record_number(i) for i in unsent.indices] == [3, 4, 5]
    assert [unsent.phone_as_typed(i) for i in unsent.indices] == [
        "+683 4002",
        "call the office",
        "+1 617 555 1313",
    ]
    assert unsent.reason(1) == REFUSAL == unsent.told(1)
    assert unsent.reason(2).startswith("Cannot be sent: Phone (B): ")
    assert unsent.told(2).startswith("Row 4: Cannot be sent: Phone (B): ")
    assert unsent.reason(3) == "Not sent yet: the upload stopped before this row."
    stopped = UnsentRows(unsent.result, OUTCOMES, {3: "Not sent: the upload was stopped."})
    assert stopped.reason(3) == "Not sent: the upload was stopped."
    assert stopped.reason(1) == "Sociocs refused row 3: Sociocs gave no reason."
    assert (unsent.name(1), len(unsent)) == ("Sione Tapu", 3)


def test_the_rows_are_saved_as_the_file_has_them_with_why(tmp_path: Path) -> None:
    unsent = _unsent(tmp_path)
    target = tmp_path / "not sent.xlsx"
    assert save_unsent_file(target, unsent) == 3
    sheet = load_workbook(target).active
    assert sheet is not None
    lines = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert lines[0] == ["Name", "Phone", "VIP", "Import problem"]
    assert [line[:3] for line in lines[1:]] == [list(row) for row in ROWS[2:5]]
    assert lines[1][3] == unsent.reason(1)


def test_a_refused_card_of_a_vcard_is_named_as_a_card() -> None:
    said = refusal_text(6, "records[0]: phone_number '+6834002' is not a valid phone number.")
    assert said == "Sociocs refused row 6: phone_number '+6834002' is not a valid phone number."
    assert refusal_text(6, "records[0]: no", cards=True) == "Sociocs refused card 6: no"
