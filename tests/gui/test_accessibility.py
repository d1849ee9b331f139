"""Screen readers: every control the user can reach has an accessible name and description,
on every page of a whole practice import and in every dialog; status changes are announced.

Names and descriptions are read the way a screen reader gets them: through Qt's accessibility
interface (a button's text, a field's buddy label, a tooltip all count).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent
from PySide6.QtWidgets import QAbstractSpinBox, QCheckBox, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from gui.dialogs.about_dialog import AboutDialog
from gui.dialogs.new_key_dialog import NewKeyDialog
from gui.dialogs.report_location_dialog import ReportLocationBox
from gui.dialogs.retry_dialog import RetryDialog
from gui.pages.confirm_page import ConfirmPage
from gui.pages.connect_page import ConnectPage
from gui.pages.done_page import DonePage
from gui.pages.file_page import FilePage
from gui.widgets.status_label import StatusLabel
from gui.wizard import PAGES, ImportWizard
from importer.jobs.decisions import RetryEvent, RetryKind
from importer.sandbox.server import SandboxServer
from tests.helpers.make_files import write_csv
from tests.helpers.sandbox import TEST_API_KEY

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

ROWS = [
    ["Name", "Mobile", "City"],
    ["Ann Lee", "(617) 234-1212", "Boston"],
    ["Bob Stone", "617-555-12", "Salem"],
    ["Cy Young", "(617) 234-1313", "Quincy"],
]


def _reachable(widget: QWidget, root: QWidget) -> bool:
    """Shown and reachable with Tab (the editor inside a combo or spin box is part of it)."""
    inner = isinstance(widget.parentWidget(), QComboBox | QAbstractSpinBox)
    return (
        not inner
        and widget.isVisibleTo(root)
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
    )


def _accessible_text(widget: QWidget, which: QAccessible.Text) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(which).strip() if interface is not None else ""


def unnamed(root: QWidget, *, descriptions: bool = True) -> list[str]:
    """The reachable controls of ``root`` a screen reader could not name (or describe)."""
    missing = []
    for widget in root.findChildren(QWidget):
        if not _reachable(widget, root):
            continue
        label = f"{type(root).__name__}: {type(widget).__name__} {widget.objectName()!r}"
        if not _accessible_text(widget, QAccessible.Text.Name):
            missing.append(f"{label} has no name")
        elif descriptions and not _accessible_text(widget, QAccessible.Text.Description):
            missing.append(
                f"{label} ({_accessible_text(widget, QAccessible.Text.Name)}) has no description"
            )
    return missing


def _page_problems(wizard: ImportWizard) -> list[str]:
    page = wizard.currentPage()
    wizard_buttons = unnamed(wizard, descriptions=False)
    return unnamed(page) + [p for p in wizard_buttons if "wizardbutton" in p or "qt_" in p]


def _settle(qtbot: QtBot, wizard: ImportWizard, page: Any) -> None:
    """Wait until ``page`` may be left (or has moved on by itself, as Upload does)."""

    def ready() -> None:
        assert wizard.currentPage() is not page or (page.isComplete() and not page.is_busy())

    qtbot.waitUntil(ready, timeout=15_000)


def test_every_control_of_every_page_has_a_name_and_a_description(
    qtbot: QtBot, wizard: ImportWizard, sandbox: SandboxServer, tmp_path: Path
) -> None:
    connect = wizard.currentPage()
    assert isinstance(connect, ConnectPage)
    connect.url_edit.setText(sandbox.url)
    connect.key_edit.setText(TEST_API_KEY)
    problems, seen = [], []
    while True:
        page = wizard.currentPage()
        problems += _page_problems(wizard)  # as it opens (Upload moves on by itself)
        seen.append(wizard.currentId())
        if isinstance(page, FilePage):
            page.load_file(write_csv(tmp_path / "contacts.csv", ROWS))
        for box in page.findChildren(QCheckBox) if isinstance(page, ConfirmPage) else []:
            box.setChecked(box.isVisibleTo(page))
        _settle(qtbot, wizard, page)
        if wizard.currentPage() is not page:
            continue
        problems += _page_problems(wizard)
        if isinstance(page, DonePage):
            break
        wizard.next()
        qtbot.waitUntil(lambda p=page: wizard.currentPage() is not p, timeout=15_000)
    assert seen == list(range(len(PAGES)))
    assert sorted(set(problems)) == [], "\n".join(sorted(set(problems)))


def test_every_dialog_names_and_describes_its_controls(qtbot: QtBot, tmp_path: Path) -> None:
    event = RetryEvent(RetryKind.RATE_LIMITED, "Sociocs asked us to slow down.", 30.0, 31, True)
    report = tmp_path / "report.xlsx"
    report.write_bytes(b"")
    dialogs = [
        RetryDialog(event),
        NewKeyDialog(),
        AboutDialog(""),
        ReportLocationBox(report, lambda _url: True),
    ]
    problems = []
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        problems += unnamed(dialog)
    assert problems == [], "\n".join(problems)


def test_status_changes_are_announced_to_screen_readers(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[tuple[str, QAccessible.AnnouncementPoliteness]] = []

    def record(event: QAccessibleEvent) -> None:
        if isinstance(event, QAccessibleAnnouncementEvent):
            said.append((event.message(), event.politeness()))

    monkeypatch.setattr(QAccessible, "updateAccessibility", record)
    label = StatusLabel()
    qtbot.addWidget(label)
    label.show_busy("Checking every row…")
    label.show_busy("Checking every row… 1,000 read so far")  # counting on: not repeated
    label.show_ok("All 3 rows checked.")
    label.show_error("The file could not be read.")
    polite, assertive = (
        QAccessible.AnnouncementPoliteness.Polite,
        (QAccessible.AnnouncementPoliteness.Assertive),
    )
    assert said == [
        ("Checking every row…", polite),
        ("All 3 rows checked.", polite),
        ("The file could not be read.", assertive),
    ]
