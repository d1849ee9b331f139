"""The table of existing contacts an import changes (Confirm): rows from the plan's own index
array, one row's values formatted per cell, titles translated in the model's context."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from gui.language import apply_language
from gui.models.changes_model import FIELDS, LIST, LOST, NAME, PHONE, ChangesModel
from importer.api.contacts import Contact
from importer.choices import ExistingPolicy
from importer.compare.changes import ContactChange
from importer.compare.plan import ComparePlan, RowKind


def _plan() -> ComparePlan:
    plan = ComparePlan(kinds=bytearray(4), list_id=10001, existing=ExistingPolicy.REPLACE)
    plan.kinds[0] = RowKind.NEW
    for row, phone in ((1, "+16172000001"), (3, "+16172000003")):
        plan.kinds[row] = RowKind.UPDATED
        plan.before[row] = Contact(phone, "Ann", {"city": "Boston", "tier": "gold"})
    plan.changes[1] = ContactChange(
        name=("Ann", "Ann Lee"), fields={"city": ("Boston", "Salem")}, removed=("tier",)
    )
    plan.changes[3] = ContactChange(list_added=True)
    return plan


@pytest.fixture
def german() -> Iterator[None]:
    apply_language("de")
    yield
    apply_language("en")


def test_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = ChangesModel()
    model.set_plan(_plan())
    qtmodeltester.check(model, force_py=True)
    model.set_plan(None)
    qtmodeltester.check(model, force_py=True)


def test_rows_are_the_updated_contacts_with_their_old_and_new_values() -> None:
    model = ChangesModel()
    model.set_plan(_plan())
    assert model.rowCount() == 2 and model.rowCount(model.index(0, 0)) == 0
    cells = [[model.index(row, column).data() for column in range(5)] for row in range(2)]
    assert cells[0][PHONE] == "+16172000001"
    assert cells[0][NAME] == "“Ann” → “Ann Lee”"
    assert cells[0][FIELDS] == "city: “Boston” → “Salem”"
    assert (cells[0][LOST], cells[0][LIST]) == ("tier", "already in")
    assert (cells[1][NAME], cells[1][FIELDS], cells[1][LIST]) == ("", "", "joins")
    assert model.data(QModelIndex()) is None


def test_titles_go_across_the_top_in_the_chosen_language(german: None) -> None:
    model = ChangesModel()
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert titles[0] == "Telefon" and titles[LIST] == "Liste"
    assert model.headerData(0, Qt.Orientation.Vertical) is None
