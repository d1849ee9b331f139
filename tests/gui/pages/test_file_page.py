"""Page 2 (Choose file): loading xlsx and CSV in the background, sheets, header row, errors."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from gui.dialogs.file_dialog import OpenFileDialog
from gui.pages.file_page import FilePage, sheet_label
from importer.sources import SheetInfo
from importer.upload.journal import ResumeInfo
from tests.helpers.contact_exports import VCARDS
from tests.helpers.make_files import write_csv, write_xlsx

HEADERS = ["Name", "Mobile", "Email"]
ROWS = [
    ["Ana Lima", "+55 11 91234-5678", "ana@example.com"],
    ["Bo Chen", "(212) 234-0101", "bo@example.com"],
]


@pytest.fixture
def page(qtbot: QtBot, session: Any, settings: Any) -> FilePage:
    widget = FilePage(session, settings)
    qtbot.addWidget(widget)
    return widget


def load(page: FilePage, qtbot: QtBot, path: Path) -> None:
    with qtbot.waitSignal(page.completeChanged, timeout=5000):
        page.load_file(path)
    qtbot.waitUntil(lambda: page.status.state in ("ok", "error"), timeout=5000)
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=5000)  # its thread has ended too


def test_xlsx_with_title_row_is_previewed_with_detected_header(
    page: FilePage, qtbot: QtBot, tmp_path: Path
) -> None:
    path = write_xlsx(tmp_path / "c.xlsx", [["Our customers"], [], HEADERS, *ROWS])
    load(page, qtbot, path)
    assert page.status.state == "ok"
    assert page.session.preview.headers == HEADERS
    assert page.header_spin.value() == 3
    assert page.header_note.text() == "(found automatically)"
    assert page.model.rowCount() == 2
    assert page.model.index(0, 1).data() == "+55 11 91234-5678"
    assert page.model.headerData(0, Qt.Orientation.Vertical) == "4"
    assert page.isComplete()


def test_hidden_sheet_is_marked_and_another_sheet_can_be_chosen(
    page: FilePage, qtbot: QtBot, tmp_path: Path
) -> None:
    other = [["Phone", "Who"], ["(212) 234-0199", "Old"]]
    path = write_xlsx(
        tmp_path / "s.xlsx", [HEADERS, *ROWS], extra_sheets={"Archive": other}, hidden=["Archive"]
    )
    load(page, qtbot, path)
    labels = [page.sheet_combo.itemText(i) for i in range(page.sheet_combo.count())]
    assert labels == ["Sheet1", "Archive (hidden)"]
    with qtbot.waitSignal(page.completeChanged, timeout=5000):
        page.sheet_combo.setCurrentIndex(1)
        page.sheet_combo.activated.emit(1)
    qtbot.waitUntil(lambda: page.session.preview is not None, timeout=5000)
    assert page.session.choices is not None
    assert page.session.choices.sheet == "Archive"
    assert page.session.preview.headers == ["Phone", "Who"]


def test_header_row_override_reloads_the_preview(
    page: FilePage, qtbot: QtBot, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "c.csv", [HEADERS, *ROWS])
    load(page, qtbot, path)
    page.header_spin.setValue(2)
    qtbot.waitUntil(
        lambda: (
            page.session.choices is not None
            and page.session.choices.header_row == 2
            and page.isComplete()
        ),
        timeout=5000,
    )
    assert page.session.preview.headers == ROWS[0]
    assert page.header_note.text() == "(you chose it)"


def test_a_file_without_titles_keeps_its_first_row_as_a_contact(
    page: FilePage, qtbot: QtBot, tmp_path: Path
) -> None:
    """No row names the columns and the first holds a phone number: it is a contact, not the
    titles; the header row reads "none", and choosing row 1 makes it the titles again."""
    path = write_csv(tmp_path / "plain.csv", ROWS)
    load(page, qtbot, path)
    assert page.header_spin.value() == 0
    assert page.header_spin.text() == "none"
    assert page.header_note.text() == "(no title row found: every row is a contact)"
    assert page.session.preview.headers == ["Column A", "Column B", "Column C"]
    assert page.model.rowCount() == 2
    assert page.model.headerData(0, Qt.Orientation.Vertical) == "1"
    page.header_spin.setValue(1)
    qtbot.waitUntil(
        lambda: page.session.choices is not None and page.session.choices.header_row == 1,
        timeout=5000,
    )
    qtbot.waitUntil(lambda: page.session.preview.headers == ROWS[0], timeout=5000)


def test_unreadable_file_shows_plain_error_inline(
    page: FilePage, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04 this is not really a workbook")
    load(page, qtbot, path)
    assert page.status.state == "error"
    assert "broken.xlsx" in page.status.text()
    assert "Traceback" not in page.status.text()
    assert not page.isComplete()


def test_browse_remembers_the_folder(
    page: FilePage, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_csv(tmp_path / "c.csv", [HEADERS, *ROWS])
    asked: list[Path | None] = []

    def pick(parent: Any, folder: Path | None, chosen: Callable[[Path], None]) -> None:
        asked.append(folder)
        chosen(path)

    monkeypatch.setattr(OpenFileDialog, "ask", pick)
    with qtbot.waitSignal(page.completeChanged, timeout=5000):
        page.drop_zone.browse_button.click()
    qtbot.waitUntil(page.isComplete, timeout=5000)
    page.drop_zone.browse_button.click()
    qtbot.waitUntil(page.isComplete, timeout=5000)
    assert asked == [None, tmp_path]


def test_a_new_file_while_loading_replaces_the_first(
    page: FilePage, qtbot: QtBot, tmp_path: Path
) -> None:
    first = write_csv(tmp_path / "a.csv", [["Phone"], ["1"]])
    second = write_csv(tmp_path / "b.csv", [HEADERS, *ROWS])
    page.load_file(first)
    page.load_file(second)
    qtbot.waitUntil(page.isComplete, timeout=5000)
    assert page.session.path == second
    assert page.session.preview.headers == HEADERS


def test_sheet_label_marks_hidden_sheets() -> None:
    assert sheet_label(SheetInfo("Old", 1, hidden=True)) == "Old (hidden)"
    assert sheet_label(SheetInfo("Now", 0)) == "Now"


def test_preview_model_passes_the_model_tester(
    page: FilePage, qtbot: QtBot, qtmodeltester: Any, tmp_path: Path
) -> None:
    load(page, qtbot, write_csv(tmp_path / "c.csv", [HEADERS, *ROWS]))
    qtmodeltester.check(page.model)


def test_csv_files_have_no_sheet_box(page: FilePage, qtbot: QtBot, tmp_path: Path) -> None:
    load(page, qtbot, write_csv(tmp_path / "c.csv", [HEADERS, *ROWS]))
    assert page.status.state == "ok"
    assert not page.sheet_combo.isVisibleTo(page) and not page.sheet_label.isVisibleTo(page)
    load(page, qtbot, write_xlsx(tmp_path / "c.xlsx", [HEADERS, *ROWS]))
    assert page.sheet_combo.isVisibleTo(page) and page.sheet_label.isVisibleTo(page)


def test_an_offer_whose_settings_cannot_be_read_says_why(page: FilePage, tmp_path: Path) -> None:
    newer = {"path": str(tmp_path / "contacts.xlsx"), "version": 99}
    page._offered = ResumeInfo(tmp_path / "a.journal", "a" * 64, "contacts.xlsx", 4, 10, "", newer)
    page.continue_offered()
    assert page.status.state == "error"
    assert "saved by a newer version of the program" in page.status.text()
    assert page.session.choices is None, "nothing was loaded"
    assert not page.resume_banner.isVisible()


def test_a_big_file_says_how_many_rows_it_has_once_counted(
    page: FilePage, qtbot: QtBot, tmp_path: Path
) -> None:
    rows = [[f"Person {n}", f"(212) 234-{n:04d}", ""] for n in range(1, 1201)]
    path = write_csv(tmp_path / "big.csv", [HEADERS, *rows, [], []])
    page.load_file(path)
    qtbot.waitUntil(lambda: "and" in page.status.text(), timeout=5000)
    assert page.status.text() == (
        "✓ Found 3 columns and 1,200 rows of contacts. Below are the first 200."
    )
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=5000)
    assert page.model.rowCount() == 200
    assert page.summary(3, 200) == (
        "Found 3 columns. Below are the first 200 rows; counting the others…"
    )


def test_a_small_file_names_its_rows_at_once(page: FilePage, qtbot: QtBot, tmp_path: Path) -> None:
    load(page, qtbot, write_csv(tmp_path / "one.csv", [HEADERS, ROWS[0]]))
    assert page.status.text() == "✓ Found 3 columns and 1 row of contacts."


def test_a_new_import_shows_nothing_of_the_last_file(
    page: FilePage, qtbot: QtBot, tmp_path: Path
) -> None:
    assert not page.choices_row.isVisibleTo(page), "no sheet or title row before a file"
    load(page, qtbot, write_xlsx(tmp_path / "c.xlsx", [["Our customers"], [], HEADERS, *ROWS]))
    assert page.header_spin.value() == 3 and page.choices_row.isVisibleTo(page)
    page.session.forget_file()  # "Import another file"
    page.initializePage()
    assert not page.choices_row.isVisibleTo(page)
    assert page.header_spin.value() == 1 and page.header_note.text() == ""
    assert page.sheet_combo.count() == 0
    assert page.file_label.text() == "No file chosen yet." and page.file_label.toolTip() == ""
    assert page.status.text() == "" and not page.table.isVisibleTo(page)
    assert page.model.rowCount() == 0 and not page.isComplete()
    qtbot.waitUntil(lambda: not page.is_busy())  # the look for an unfinished import ended


def test_a_vcard_is_told_in_cards_with_no_title_row_to_choose(
    page: FilePage, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "phone.vcf"
    path.write_text(VCARDS, encoding="utf-8", newline="")
    load(page, qtbot, path)
    assert page.status.text() == "✓ Found 3 contact cards."
    assert page.choices_row.isVisibleTo(page)
    assert not page.header_spin.isVisibleTo(page) and not page.sheet_combo.isVisibleTo(page)
