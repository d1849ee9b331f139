"""What the pages share: the choices change through one typed method per decision, and a
check's result hands back what its rows were checked with."""

from __future__ import annotations

from pathlib import Path

import pytest

from gui.session import ImportSession
from importer.check.run import check_rows
from importer.choices import DuplicatePolicy, ExistingPolicy
from importer.mapping.model import ColumnChoice, Mapping, Role

MAPPING = Mapping((ColumnChoice(0, "Phone", Role.PHONE),))


def test_each_decision_has_its_own_method() -> None:
    session = ImportSession()
    with pytest.raises(RuntimeError, match="No file"):
        session.choose_country("FR")
    session.choose_file(Path("contacts.csv"), country="US")
    session.choose_sheet("Sheet1", 2)
    session.choose_columns(MAPPING)
    session.choose_country("FR")
    session.choose_duplicates(DuplicatePolicy.FIRST)
    session.choose_unverified(True)
    session.choose_list(10001, "Newsletter")
    session.choose_existing(ExistingPolicy.SKIP, True)
    choices = session.confirm_consent(True)
    assert choices is session.choices
    assert (choices.sheet, choices.header_row, choices.mapping, choices.country) == (
        "Sheet1",
        2,
        MAPPING,
        "FR",
    )
    assert choices.duplicates is DuplicatePolicy.FIRST and choices.send_unverified
    assert (choices.list_id, choices.list_name, choices.existing) == (
        10001,
        "Newsletter",
        ExistingPolicy.SKIP,
    )
    assert choices.add_skipped_to_list and choices.consent_confirmed


def test_a_check_hands_back_what_its_rows_were_checked_with() -> None:
    session = ImportSession()
    session.choose_file(Path("contacts.csv"), country="US")
    session.choose_list(10001, "Newsletter")
    result = check_rows([(2, ["+33 6 12 34 56 78"])], MAPPING, country="fr", sheet="Sheet1")
    session.checked(result)
    assert session.result is result
    assert session.choices is not None
    assert (session.choices.country, session.choices.mapping) == ("FR", MAPPING)
    assert session.choices.list_name == "Newsletter", "where the rows go stays"
