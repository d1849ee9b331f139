"""Page 8, Done: the outcome counts, Open report, and what a stopped run says."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from html import escape
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from gui.dialogs.file_dialog import RowsFileDialog
from gui.pages.done_page import DonePage, summary_lines
from gui.session import ImportSession
from gui.settings import AppSettings
from gui.theme import Tone, tone_colour
from gui.wizard import ImportWizard
from importer.choices import ImportChoices
from importer.jobs.stops import StopKind
from importer.upload.summary import UploadSummary
from tests.gui.wizard_walk import WizardWalk

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _summary(**counts: int) -> UploadSummary:
    values = {"uploaded": 0, "invalid": 0, "duplicate": 0, "rejected": 0, "not_sent": 0}
    values.update(counts)
    return UploadSummary(**values, elapsed_seconds=1.0, rows_per_second=10.0)


def _page(qtbot: QtBot, settings: AppSettings, session: ImportSession) -> DonePage:
    page = DonePage(session, settings)
    qtbot.addWidget(page)
    page.initializePage()
    return page


def test_summary_and_open_report(
    qtbot: QtBot, settings: AppSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    report = tmp_path / "report.xlsx"
    report.write_bytes(b"x")
    session = ImportSession(
        choices=ImportChoices(tmp_path / "contacts.xlsx", list_name="Customers"),
        upload_summary=_summary(uploaded=1200, invalid=3, duplicate=2, rejected=1),
        report_path=report,
    )
    page = _page(qtbot, settings, session)
    text = page.summary.text()
    assert "<b>1,200</b> contacts are now in <b>Customers</b>." in text
    assert "3 rows were not sent because of problems" in text
    assert "2 rows were not sent: the phone number repeats." in text
    assert "1 row was refused by Sociocs" in text
    opened: list[QUrl] = []
    monkeypatch.setattr(page, "open_url", lambda url: opened.append(url) or True)
    page.open_report_button.click()
    assert opened == [QUrl.fromLocalFile(str(report))]


def test_a_file_changed_since_it_was_checked_is_said_beside_the_report(
    qtbot: QtBot, settings: AppSettings, tmp_path: Path
) -> None:
    report = tmp_path / "report.xlsx"
    report.write_bytes(b"x")
    note = (
        "contacts.xlsx changed after it was checked: the report shows the rows as they were sent."
    )
    session = ImportSession(
        choices=ImportChoices(tmp_path / "contacts.xlsx", list_name="Customers"),
        upload_summary=_summary(uploaded=2),
        report_path=report,
        source_note=note,
    )
    page = _page(qtbot, settings, session)
    assert not page.report_note.isHidden()
    assert page.report_note.text() == note


def test_without_report_the_button_is_off(qtbot: QtBot, settings: AppSettings) -> None:
    session = ImportSession(upload_summary=_summary(uploaded=1))
    page = _page(qtbot, settings, session)
    assert not page.open_report_button.isEnabled()
    assert not page.open_folder_button.isEnabled()


def test_stopped_run_says_how_to_continue() -> None:
    summary = UploadSummary(
        uploaded=52_000,
        invalid=0,
        duplicate=0,
        rejected=0,
        not_sent=68_000,
        elapsed_seconds=9.0,
        rows_per_second=1.0,
        stop_kind=StopKind.CANCELLED,
        stop_message="The upload was stopped at your request.",
    )
    lines = summary_lines(summary, "All Contacts")
    assert lines[0] == "<b>52,000</b> contacts are now in <b>All Contacts</b>."
    assert "68,000 rows were not sent yet. " in lines[-1]
    assert summary_lines(UploadSummary(0, 0, 0, 0, 5, 1.0, 0.0), "VIP")[0] == (
        "No contacts were sent to <b>VIP</b>."
    )
    assert "continue where it stopped" in lines[-1]


def test_the_summary_says_how_many_went_with_a_note() -> None:
    summary = UploadSummary(20, 1, 0, 0, 0, 1.0, 20.0, noted=3)
    lines = summary_lines(summary, "Clients")
    assert lines[1] == (
        "3 of them went with a note (a leading 0 put back, an extension left out …): the report "
        "says what."
    )
    assert not any("note" in line for line in summary_lines(_summary(uploaded=5), "Clients"))


def test_the_summary_says_how_many_unverified_numbers_were_sent() -> None:
    summary = UploadSummary(20, 1, 0, 0, 0, 1.0, 20.0, noted=3, unverified=2)
    lines = summary_lines(summary, "Clients")
    assert lines[2] == (
        "2 of them had a number that cannot be verified, sent as you chose on Check data."
    )
    assert "verified" not in " ".join(summary_lines(_summary(uploaded=5, noted=1), "Clients"))


def _unopenable_report(
    qtbot: QtBot, settings: AppSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[DonePage, Path, list[QUrl], list[bool]]:
    report = tmp_path / "report.xlsx"
    report.write_bytes(b"x")
    session = ImportSession(upload_summary=_summary(uploaded=1), report_path=report)
    page = _page(qtbot, settings, session)
    opened: list[QUrl] = []
    answers: list[bool] = [False]

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return answers.pop(0) if answers else False

    monkeypatch.setattr(page, "open_url", open_url)
    return page, report, opened, answers


def test_report_path_is_shown_as_selectable_text(
    qtbot: QtBot, settings: AppSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page, report, _opened, _answers = _unopenable_report(qtbot, settings, tmp_path, monkeypatch)
    assert str(report) in page.report_label.text()
    assert page.report_label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse


def test_report_nobody_opens_names_its_path_and_shows_the_folder(
    qtbot: QtBot, settings: AppSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page, report, opened, answers = _unopenable_report(qtbot, settings, tmp_path, monkeypatch)
    answers.append(True)  # the folder opens
    page.open_report_button.click()
    box = page.report_box
    assert box is not None and box.isVisible()
    assert escape(str(report)) in box.text()
    box.folder_button.click()
    assert opened == [QUrl.fromLocalFile(str(report)), QUrl.fromLocalFile(str(tmp_path))]
    assert not box.isVisible()


def test_when_the_folder_will_not_open_either_the_path_can_be_copied(
    qtbot: QtBot, settings: AppSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page, report, _opened, answers = _unopenable_report(qtbot, settings, tmp_path, monkeypatch)
    answers.append(False)
    page.open_report_button.click()
    box = page.report_box
    assert box is not None
    box.folder_button.click()
    assert box.isVisible()
    assert "could not be opened either" in box.text()
    assert escape(str(tmp_path)) in box.text()
    assert not box.folder_button.isEnabled()
    box.copy_button.click()
    assert QGuiApplication.clipboard().text() == str(report)
    box.close()


def test_practice_mode_says_the_contacts_are_in_the_sandbox() -> None:
    lines = summary_lines(_summary(uploaded=20), "UAT Customers", practice=True)
    assert lines[0] == (
        "<b>20</b> contacts are now in the practice sandbox's list <b>UAT Customers</b> "
        "(nothing was sent to Sociocs)."
    )
    assert summary_lines(_summary(uploaded=20), "UAT Customers")[0] == (
        "<b>20</b> contacts are now in <b>UAT Customers</b>."
    )


def test_the_report_is_named_by_a_short_path_and_its_folder_opens(
    qtbot: QtBot, settings: AppSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("USERPROFILE", str(tmp_path))
    report = tmp_path / "Documents" / "contacts — import report 2026-11-27 14.05.xlsx"
    session = ImportSession(upload_summary=_summary(uploaded=1), report_path=report)
    page = _page(qtbot, settings, session)
    shown = str(Path("Documents") / report.name)
    assert page.report_label.text().endswith(shown)
    assert str(tmp_path) not in page.report_label.text()
    assert page.report_label.toolTip() == str(report)
    opened: list[QUrl] = []
    monkeypatch.setattr(page, "open_url", lambda url: opened.append(url) or True)
    page.open_folder_button.click()
    assert opened == [QUrl.fromLocalFile(str(report.parent))]
    assert page.report_box is None


def test_a_folder_that_will_not_open_is_named_with_copy_path(
    qtbot: QtBot, settings: AppSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page, report, opened, _answers = _unopenable_report(qtbot, settings, tmp_path, monkeypatch)
    page.open_folder_button.click()
    box = page.report_box
    assert box is not None and box.isVisible()
    assert opened == [QUrl.fromLocalFile(str(tmp_path))]
    assert escape(report.name) in box.text() and not box.folder_button.isEnabled()
    box.copy_button.click()
    assert QGuiApplication.clipboard().text() == str(report)


@pytest.mark.parametrize(
    ("counts", "headline"),
    [
        ({"uploaded": 90, "rejected": 10}, "Done — 10 rows were refused"),
        ({"uploaded": 90, "rejected": 1}, "Done — 1 row was refused"),
        ({"uploaded": 90, "invalid": 3, "rejected": 2}, "Done — 5 rows could not be sent"),
        ({"uploaded": 1, "duplicate": 4}, "Done — 1 contact was sent"),
        ({"unchanged": 7}, "Done — no contact needed to be sent"),
    ],
)
def test_the_headline_says_what_went_wrong(
    qtbot: QtBot, settings: AppSettings, counts: dict[str, int], headline: str
) -> None:
    page = _page(qtbot, settings, ImportSession(upload_summary=_summary(**counts)))
    assert page.subTitle() == headline


def test_a_stopped_run_is_headlined_with_what_is_left(qtbot: QtBot, settings: AppSettings) -> None:
    summary = replace(_summary(uploaded=5, not_sent=20), stop_kind=StopKind.CANCELLED)
    page = _page(qtbot, settings, ImportSession(upload_summary=summary))
    assert page.subTitle() == "Stopped — 20 contacts were not sent yet; you can continue later"
    assert not page.tiles.waiting.isHidden()


def test_tiles_and_chart_show_the_outcomes(qtbot: QtBot, settings: AppSettings) -> None:
    summary = replace(
        _summary(uploaded=1200, invalid=3, duplicate=2, rejected=1), unchanged=4, noted=200
    )
    page = _page(qtbot, settings, ImportSession(upload_summary=summary))
    tiles = page.tiles
    assert [t.accessibleName() for t in (tiles.uploaded, tiles.skipped, tiles.refused)] == [
        "1,200 uploaded",
        "6 skipped",
        "4 could not be sent",
    ]
    assert tiles.waiting.isHidden(), "nothing is left to send"
    assert [(bar.label, bar.value) for bar in page.chart.bars] == [
        ("sent", 1000),
        ("sent with a note", 200),
        ("already in Sociocs as in the file", 4),
        ("phone number repeats", 2),
        ("problems in the file", 3),
        ("refused by Sociocs", 1),
    ]
    assert "refused by Sociocs: 1" in page.chart.accessibleDescription()


def test_a_tile_that_counts_nothing_is_neutral_not_an_alarm(
    qtbot: QtBot, settings: AppSettings
) -> None:
    page = _page(qtbot, settings, ImportSession(upload_summary=_summary(uploaded=40)))
    refused = page.tiles.refused
    assert refused.accessibleName() == "0 could not be sent"
    assert refused.shown_tone is Tone.NEUTRAL
    assert tone_colour(Tone.ERROR).name() not in refused.number.styleSheet()
    assert page.tiles.uploaded.shown_tone is Tone.OK
    page.session.upload_summary = _summary(uploaded=38, rejected=2)
    page.initializePage()
    assert refused.shown_tone is Tone.ERROR
    assert tone_colour(Tone.ERROR).name() in refused.number.styleSheet()


def test_done_lists_the_rows_that_did_not_go_and_exports_them(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    session: ImportSession,
    settings: AppSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    wizard = ImportWizard(session, settings)
    qtbot.addWidget(wizard, before_close_func=lambda w: w.shutdown())
    wizard.show()
    WizardWalk(qtbot, wizard, tmp_path, lambda _page: None).run()
    page = wizard.currentPage()
    assert isinstance(page, DonePage)
    box = page.unsent
    assert box.isVisibleTo(page) and box.title.text() == "<b>5 rows did not go</b>"
    qtmodeltester.check(box.model)
    cells = [
        [box.model.index(row, column).data() for column in range(4)]
        for row in range(box.model.rowCount())
    ]
    assert [line[:3] for line in cells] == [
        ["10", "+683 4002", "Sione Tapu"],
        ["11", "+683 4003", "Mele Hala"],
        ["12", "call the office", "Kim Park"],
        ["13", "555-01", "Noor Aziz"],
        ["15", "", "Tom Berg"],
    ]
    assert cells[0][3] == (
        "Sociocs refused row 10: phone_number '+6834002' is not a valid phone number."
    )
    assert cells[2][3].startswith("Cannot be sent: Phone (B): ")
    assert box.table.height() >= 4 * box.table.verticalHeader().defaultSectionSize()
    box.table.selectRow(1)
    assert box.detail.text().startswith("Sociocs refused row 11: phone_number '+6834003'")
    box.table.selectRow(2)
    assert box.detail.text().startswith("Row 12: Cannot be sent: Phone (B): ")
    assert "1 row was refused" not in page.summary.text()
    assert "2 rows were refused by Sociocs (below: which, and why)." in page.summary.text()
    target = tmp_path / "not sent.xlsx"
    asked: list[Path] = []

    def ask_save(
        _parent: object, _title: str, suggested: Path, chosen: Callable[[Path], None]
    ) -> None:
        asked.append(suggested)
        chosen(target)

    monkeypatch.setattr(RowsFileDialog, "ask_save", ask_save)
    box.export_button.click()
    qtbot.waitUntil(lambda: box.status.state == "ok", timeout=10_000)
    assert box.status.text() == '✓ Saved 5 rows to "not sent.xlsx".'
    assert asked[0].name == "customers - rows not sent.xlsx"
    sheet = load_workbook(target).active
    assert sheet is not None
    lines = list(sheet.iter_rows(values_only=True))
    assert [line[0] for line in lines] == [
        "Name",
        "Sione Tapu",
        "Mele Hala",
        "Kim Park",
        "Noor Aziz",
        "Tom Berg",
    ]
    assert lines[0][-1] == "Import problem" and lines[1][-1] == cells[0][3]
