"""The wizard without a mouse: Tab reaches every input of each page, mnemonics do not clash,
Enter presses the default button and Escape asks before closing."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from gui.pages.base import WizardPage
from gui.pages.confirm_page import ConfirmPage
from gui.pages.connect_page import ConnectPage
from gui.pages.done_page import DonePage
from gui.pages.file_page import FilePage
from gui.wizard import ImportWizard, page_id
from importer.choices import ImportChoices
from importer.sandbox.server import SandboxServer
from tests.helpers.make_files import write_csv
from tests.helpers.sandbox import TEST_API_KEY

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

INPUTS = (QLineEdit, QComboBox, QSpinBox, QAbstractButton, QAbstractItemView)
WIZARD_BUTTONS = (
    QWizard.WizardButton.BackButton,
    QWizard.WizardButton.NextButton,
    QWizard.WizardButton.CommitButton,
    QWizard.WizardButton.FinishButton,
    QWizard.WizardButton.CustomButton1,
)
ROWS = [["Phone", "Name", "Town"], ["(617) 555-1212", "Ann", "Salem"], ["12", "Bob", "Lynn"]]


def _usable(widget: QWidget, page: QWidget) -> bool:
    part_of_another = isinstance(widget.parentWidget(), (QSpinBox, QComboBox))
    return (
        not part_of_another
        and widget.isVisibleTo(page)
        and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
    )


def _wizard_buttons(wizard: QWizard) -> list[QAbstractButton]:
    buttons = [wizard.button(which) for which in WIZARD_BUTTONS]
    return [b for b in buttons if b.isVisible() and b.isEnabled()]


def _reached_by_tab(wizard: QWizard, start: QWidget) -> set[QWidget]:
    """Press Tab from ``start`` until the focus comes round again; the widgets it visited."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    seen: set[QWidget] = set()
    for _ in range(200):
        focused = QApplication.focusWidget()
        assert focused is not None, "the focus was lost"
        if focused in seen:
            break
        seen.add(focused)
        QTest.keyClick(focused, Qt.Key.Key_Tab)
    return seen


def _assert_tab_reaches_everything(wizard: ImportWizard) -> None:
    page = wizard.currentPage()
    assert isinstance(page, WizardPage)
    inputs = [w for w in page.findChildren(QWidget) if isinstance(w, INPUTS) and _usable(w, page)]
    expected = set(inputs) | set(_wizard_buttons(wizard))
    reached = _reached_by_tab(wizard, inputs[0] if inputs else wizard.button(WIZARD_BUTTONS[1]))
    missing = [f"{type(w).__name__} {w.objectName() or w.accessibleName()}" for w in expected]
    missing = [name for w, name in zip(expected, missing, strict=True) if w not in reached]
    assert not missing, f"{type(page).__name__}: Tab never reaches {missing}"


def _mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&\s])", text)
    return match.group(1).lower() if match else None


def _assert_mnemonics_unique(wizard: ImportWizard) -> None:
    page = wizard.currentPage()
    owners: dict[str, list[str]] = {}
    widgets = [w for w in page.findChildren(QWidget) if w.isVisibleTo(page)]
    widgets += _wizard_buttons(wizard)
    for widget in widgets:
        labelled = isinstance(widget, QLabel) and widget.buddy() is not None
        text = widget.text() if isinstance(widget, QAbstractButton) or labelled else ""
        key = _mnemonic(text)
        if key is not None:
            owners.setdefault(key, []).append(text)
    clashes = {key: texts for key, texts in owners.items() if len(texts) > 1}
    assert not clashes, f"{type(page).__name__}: one Alt+key for several controls: {clashes}"


def _check_page(wizard: ImportWizard) -> None:
    _assert_mnemonics_unique(wizard)
    _assert_tab_reaches_everything(wizard)


def _next_page(qtbot: QtBot, wizard: ImportWizard) -> None:
    current = wizard.currentId()
    page = wizard.currentPage()
    qtbot.waitUntil(lambda: page.isComplete() and not page.is_busy(), timeout=10_000)
    QTest.keyClick(wizard.button(QWizard.WizardButton.NextButton), Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: wizard.currentId() != current, timeout=10_000)
    qtbot.waitUntil(lambda: not wizard.currentPage().is_busy(), timeout=10_000)


def test_every_page_can_be_used_with_the_keyboard(
    qtbot: QtBot, wizard: ImportWizard, sandbox: SandboxServer, tmp_path: Path
) -> None:
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard, timeout=5000)
    connect = wizard.currentPage()
    assert isinstance(connect, ConnectPage)
    connect.advanced.set_open(True)
    connect.help_button.setChecked(True)
    _check_page(wizard)
    connect.url_edit.setText(sandbox.url)
    connect.key_edit.setFocus()
    QTest.keyClicks(connect.key_edit, TEST_API_KEY)
    QTest.keyClick(connect.key_edit, Qt.Key.Key_Return)  # Enter = Next, which tests first
    qtbot.waitUntil(lambda: wizard.currentId() == page_id(FilePage), timeout=10_000)

    file_page = wizard.currentPage()
    assert isinstance(file_page, FilePage)
    file_page.load_file(write_csv(tmp_path / "contacts.csv", ROWS))
    qtbot.waitUntil(file_page.isComplete, timeout=10_000)
    _check_page(wizard)
    for _ in ("mapping", "check", "list"):
        _next_page(qtbot, wizard)
        _check_page(wizard)
    sandbox.store.upsert(0, [{"phone_number": "+16175551212", "name": "Ann Old"}])
    _next_page(qtbot, wizard)
    confirm = wizard.currentPage()
    assert isinstance(confirm, ConfirmPage)
    qtbot.waitUntil(confirm.keep.hasFocus, timeout=10_000)  # once the comparison found Ann
    QTest.keyClick(confirm.keep, Qt.Key.Key_Down)  # arrows move between the three choices
    assert confirm.replace.isChecked()
    QTest.keyClick(confirm.replace, Qt.Key.Key_Up)
    assert confirm.keep.isChecked()
    confirm.consent.setFocus()
    QTest.keyClick(confirm.consent, Qt.Key.Key_Space)  # consent is ticked from the keyboard
    assert confirm.consent.isChecked()
    qtbot.waitUntil(confirm.isComplete, timeout=10_000)
    _check_page(wizard)
    confirm.consent.setFocus()  # Tab went round the page: the focus is back on a control
    QTest.keyClick(confirm.consent, Qt.Key.Key_Return)  # Enter = Upload
    qtbot.waitUntil(lambda: wizard.currentId() == page_id(DonePage), timeout=15_000)
    assert not wizard.button(QWizard.WizardButton.CancelButton).isVisible()
    _check_page(wizard)


def test_escape_asks_before_closing_and_keeps_working_on_no(
    qtbot: QtBot, wizard: ImportWizard, dialogs: object, tmp_path: Path
) -> None:
    wizard.session.choices = ImportChoices(tmp_path / "contacts.csv")
    wizard.setStartId(page_id(FilePage))
    wizard.restart()
    dialogs.answer = False  # type: ignore[attr-defined]
    QTest.keyClick(wizard, Qt.Key.Key_Escape)
    assert dialogs.questions  # type: ignore[attr-defined]
    assert wizard.isVisible()
    dialogs.answer = True  # type: ignore[attr-defined]
    QTest.keyClick(wizard, Qt.Key.Key_Escape)
    assert not wizard.isVisible()
