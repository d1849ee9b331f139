"""Page 8, Done: the outcome counts, Open report, and what a stopped run says."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from pytestqt.qtbot import QtBot

from gui.pages.done_page import DonePage, summary_lines
from gui.session import ImportSession
from gui.settings import AppSettings
from importer.upload.summary import StopKind, UploadSummary


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
        list_name="Customers",
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


def test_without_report_the_button_is_off(qtbot: QtBot, settings: AppSettings) -> None:
    session = ImportSession(upload_summary=_summary(uploaded=1))
    page = _page(qtbot, settings, session)
    assert not page.open_report_button.isEnabled()


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
