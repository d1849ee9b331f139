"""The table of rows needing attention: engine indices, filter by code, edits re-validate."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from gui.models.issues_model import FIXED_TEXT, HEADERS, NAME, PHONE, PROBLEM, ROW, IssuesModel
from importer.check.issues import RowStatus
from importer.check.result import CheckResult
from importer.check.run import check_rows
from importer.mapping.model import ColumnChoice, Mapping, Role

MAPPING = Mapping((ColumnChoice(0, "Phone", Role.PHONE), ColumnChoice(1, "Name", Role.NAME)))


def _result() -> CheckResult:
    rows = [
        (2, ["+1 617 555 1212", "Ann"]),
        (3, ["12", "Bob"]),
        (4, ["+1 617 555 1212", "Ann again"]),
        (5, ["not a phone", "Cy"]),
        (6, ["+1 617 555 1313", "Di"]),
    ]
    return check_rows(rows, MAPPING, country="US", path="contacts.xlsx", sheet="Sheet1")


def test_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = IssuesModel()
    model.set_result(_result())
    qtmodeltester.check(model, force_py=True)


def test_rows_come_from_the_engine_indices() -> None:
    result = _result()
    model = IssuesModel()
    model.set_result(result)
    assert model.rowCount() == len(result.issue_indices())
    shown = [model.index(r, ROW).data() for r in range(model.rowCount())]
    assert shown == ["2", "3", "5"]  # policy "last": row 2 loses to row 4
    assert model.headerData(PHONE, Qt.Orientation.Horizontal) == HEADERS[PHONE]


def test_filter_by_issue_code() -> None:
    result = _result()
    model = IssuesModel()
    model.set_result(result)
    model.set_code("duplicate")
    assert [model.index(r, ROW).data() for r in range(model.rowCount())] == ["2"]
    assert "row 4" in model.index(0, PROBLEM).data()


def test_editing_the_phone_revalidates_the_row() -> None:
    result = _result()
    model = IssuesModel()
    model.set_result(result)
    edited: list[int] = []
    model.row_edited.connect(edited.append)
    row_of_bob = 1
    index = model.index(row_of_bob, PHONE)
    assert index.flags() & Qt.ItemFlag.ItemIsEditable
    assert result.count(RowStatus.INVALID) == 2
    assert model.setData(index, "+1 617 555 1414")
    assert edited == [1]
    assert result.count(RowStatus.INVALID) == 1
    assert model.index(row_of_bob, PROBLEM).data() == FIXED_TEXT
    assert model.index(row_of_bob, PHONE).data() == "+1 617 555 1414"
    model.refresh()
    assert [model.index(r, ROW).data() for r in range(model.rowCount())] == ["2", "5"]


def test_editing_the_name() -> None:
    result = _result()
    model = IssuesModel()
    model.set_result(result)
    assert model.setData(model.index(2, NAME), "Cyrus")
    assert result.names[3] == "Cyrus"
    assert not model.setData(model.index(2, ROW), "9")


def test_row_summary_holds_every_message_in_full() -> None:
    result = _result()
    model = IssuesModel()
    model.set_result(result)
    assert model.row_summary(0).startswith("Row 2: ")
    assert "row 4" in model.row_summary(0)
    assert model.row_summary(99) == ""


def test_the_rows_of_a_vcard_are_named_as_its_cards() -> None:
    model = IssuesModel()
    result = _result()
    model.set_result(result)
    assert model.row_summary(1).startswith("Row 3: ")
    result.cards = True
    model.refresh()
    assert model.headerData(ROW, Qt.Orientation.Horizontal) == "Card"
    assert [model.index(r, ROW).data() for r in range(model.rowCount())] == ["1", "2", "4"]
    assert model.row_summary(1).startswith("Card 2: ")
    assert "Row" not in model.row_summary(1)
