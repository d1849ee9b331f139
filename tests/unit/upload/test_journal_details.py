"""An import's journal keeps its choices (as checked), for whoever offers to continue it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from importer.check.issues import RowStatus
from importer.check.result import CheckResult
from importer.check.run import check_rows
from importer.choices import DuplicatePolicy, ExistingPolicy, ImportChoices
from importer.mapping.model import ColumnChoice, Mapping, Role
from importer.upload.journal import find_resumable
from importer.upload.journal_details import open_import_journal, saved_mapping

MAPPING = Mapping(
    (
        ColumnChoice(0, "Phone", Role.PHONE),
        ColumnChoice(1, "Name", Role.NAME),
        ColumnChoice(2, "Town", Role.EXTRA, "town"),
    )
)
HEADERS = ["Phone", "Name", "Town"]
ROWS = [(3, ["07911 123456", "Ann", "Leeds"]), (4, ["nope", "Bob", "York"])]


def _checked(tmp_path: Path) -> tuple[ImportChoices, CheckResult]:
    path = tmp_path / "contacts.xlsx"
    choices = ImportChoices(path, list_id=7, list_name="Newsletter", send_unverified=True)
    result = check_rows(
        ROWS,
        MAPPING,
        country="GB",
        duplicates=DuplicatePolicy.FIRST,
        send_unverified=True,
        path=path,
        sheet="People",
        header_row=2,
        headers=HEADERS,
    )
    return choices, result


def test_the_journal_keeps_the_choices_the_rows_were_checked_with(tmp_path: Path) -> None:
    choices, result = _checked(tmp_path)
    with open_import_journal(tmp_path / "j", choices, result, identity="id-1") as journal:
        journal.note_acknowledged([0])
    info = find_resumable(tmp_path / "j", "id-1")
    assert info is not None
    assert info.rows_total == result.count(RowStatus.READY) == 1
    assert json.loads(json.dumps(info.details)) == info.details
    assert info.choices() == ImportChoices(
        tmp_path / "contacts.xlsx",
        sheet="People",
        header_row=2,
        mapping=MAPPING,
        country="GB",
        duplicates=DuplicatePolicy.FIRST,
        send_unverified=True,
        list_id=7,
        list_name="Newsletter",
        existing=ExistingPolicy.KEEP,
    )


def test_an_import_without_a_list_has_no_journal(tmp_path: Path) -> None:
    choices, result = _checked(tmp_path)
    with pytest.raises(ValueError, match="list"):
        open_import_journal(tmp_path, choices.with_changes(list_id=None), result)


def test_saved_mapping_is_kept_while_the_columns_are_the_same(tmp_path: Path) -> None:
    choices = ImportChoices(tmp_path / "c.csv", mapping=MAPPING)
    assert saved_mapping(choices, HEADERS) == MAPPING
    assert saved_mapping(choices, ["Phone", "Name", "City"]) is None
    assert saved_mapping(choices, ["Phone", "Name"]) is None
    assert saved_mapping(choices.with_changes(mapping=None), HEADERS) is None
