"""A vCard file's rows are its cards: the check names them so ("card 2", never "row 3")."""

from __future__ import annotations

from pathlib import Path

from importer.check.run import run_check
from importer.choices import ImportChoices
from importer.mapping.model import ColumnChoice, Mapping, Role
from importer.sources.vcard_card import COLUMNS

CARDS = "".join(
    f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name}\r\nTEL:+1 617 555 1212\r\nEND:VCARD\r\n"
    for name in ("Ann Lee", "Ann L.")
)


def test_a_repeated_number_names_the_card_it_repeats(tmp_path: Path) -> None:
    path = tmp_path / "phone.vcf"
    path.write_text(CARDS, encoding="utf-8")
    mapping = Mapping((ColumnChoice(COLUMNS.index("Phone"), "Phone", Role.PHONE),))
    result = run_check(ImportChoices(path, mapping=mapping, country="US"))
    assert result.cards
    assert [result.record_number(row) for row in result.row_numbers] == [1, 2]
    (issue,) = result.issues[0]
    assert issue.message == "Same phone number as card 2; card 2 is imported instead."


def test_a_sheet_keeps_its_row_numbers(tmp_path: Path) -> None:
    path = tmp_path / "phone.csv"
    path.write_text("Phone\n+1 617 555 1212\n+1 617 555 1212\n", encoding="utf-8")
    mapping = Mapping((ColumnChoice(0, "Phone", Role.PHONE),))
    result = run_check(ImportChoices(path, mapping=mapping, country="US"))
    assert not result.cards and result.record_number(3) == 3
    (issue,) = result.issues[0]
    assert issue.message == "Same phone number as row 3; row 3 is imported instead."
