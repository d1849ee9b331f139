"""The wizard's language: Qt's own buttons, the engine's catalog, the choice in About; English
with no catalog at all, and a language whose catalog is missing or damaged."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QWizard
from pytestqt.qtbot import QtBot

import importer.resources
from gui.language import (
    Restarter,
    active_language,
    apply_language,
    installed_catalogs,
    language_installed,
    wizard_language,
)
from gui.pages.check_page import unverified_text
from gui.pages.connect_page import ConnectPage
from gui.pages.done_page import DonePageWords
from gui.pages.file_page import FilePage
from gui.wizard import ImportWizard, page_id
from importer.i18n import LANGUAGES, SOURCE_LANGUAGE, current_language, pgettext
from importer.wording import plural
from tests.gui.test_app import OFFSCREEN_DIALOG_NOTE


@pytest.fixture
def restore_english() -> Iterator[None]:
    yield
    apply_language(SOURCE_LANGUAGE)


def test_german_reaches_qts_buttons_numbers_and_the_engine(
    qtbot: QtBot, session: Any, settings: Any, restore_english: None
) -> None:
    assert apply_language("de") == "de"
    wizard = ImportWizard(session, settings)
    qtbot.addWidget(wizard)
    assert wizard.buttonText(QWizard.WizardButton.NextButton) == "&Weiter >"
    assert wizard.buttonText(QWizard.WizardButton.CancelButton) == "Abbrechen"
    assert current_language() == "de"
    assert pgettext("country", "Germany") == "Deutschland"
    assert QLocale().toString(12345) == "12.345"
    connect = wizard.page(page_id(ConnectPage))
    assert connect.subTitle() == "Geben Sie an, welches Sociocs-Konto verwendet werden soll."
    file_page = wizard.page(page_id(FilePage))
    assert isinstance(file_page, FilePage)
    assert file_page.summary(1, 200, 1500) == (
        "1 Spalte und 1.500 Zeilen mit Kontakten gefunden. Unten stehen die ersten 200."
    )
    assert file_page.summary(2, 1) == "2 Spalten und 1 Zeile mit Kontakten gefunden."
    wizard.shutdown()


def test_the_chosen_language_wins_over_the_system(restore_english: None) -> None:
    assert wizard_language("fr") == "fr"
    assert wizard_language("pt-BR") == "pt_BR"
    assert wizard_language("") == SOURCE_LANGUAGE, "tests run with LANGUAGE=en"
    assert wizard_language("xx") == SOURCE_LANGUAGE


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Each time the program would start again (Restarter.start), recorded instead."""
    restarts: list[bool] = []
    monkeypatch.setattr(Restarter, "start", classmethod(lambda cls: restarts.append(True)))
    return restarts


def _about(wizard: ImportWizard, qtbot: QtBot) -> QComboBox:
    wizard.button(QWizard.WizardButton.CustomButton1).click()
    dialog = wizard.findChild(QDialog, "aboutDialog")
    assert dialog is not None
    combo = dialog.findChild(QComboBox, "languageCombo")
    assert combo is not None
    return combo


@pytest.mark.qt_log_ignore(OFFSCREEN_DIALOG_NOTE)
def test_choosing_a_language_keeps_it_and_offers_a_restart(
    wizard: ImportWizard,
    qtbot: QtBot,
    dialogs: Any,
    settings: Any,
    started: list[bool],
) -> None:
    combo = _about(wizard, qtbot)
    assert combo.currentData() == "", "follows the system until a language is chosen"
    dialogs.answer = False
    combo.setCurrentIndex(combo.findData("de"))
    assert settings.language == "de"
    assert "Deutsch" in dialogs.questions[-1]
    assert started == [] and wizard.isVisible(), "Later: nothing restarts"
    dialogs.answer = True
    combo.setCurrentIndex(combo.findData("es"))
    assert settings.language == "es"
    assert started == [True]
    assert not wizard.isVisible()


@pytest.mark.qt_log_ignore(OFFSCREEN_DIALOG_NOTE)
def test_choosing_the_language_in_use_asks_nothing(
    wizard: ImportWizard, qtbot: QtBot, dialogs: Any, settings: Any
) -> None:
    combo = _about(wizard, qtbot)
    combo.setCurrentIndex(combo.findData(active_language()))
    assert settings.language == "en"
    assert dialogs.questions == []


@pytest.fixture
def resources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The program's resources copied to a folder the test may break (catalogs removed or
    damaged), as an install that lost them would be; English again after."""
    copy = tmp_path / "resources"
    shutil.copytree(importer.resources.resources_root(), copy)
    monkeypatch.setattr(importer.resources, "resources_root", lambda: copy)
    yield copy
    apply_language(SOURCE_LANGUAGE)


def test_english_counts_are_right_without_any_catalog(
    resources: Path, wizard: ImportWizard
) -> None:
    shutil.rmtree(resources / "translations")
    assert apply_language("en") == "en"
    assert installed_catalogs() == 0
    assert unverified_text(1) == "Send the number that cannot be &verified (1 row)"
    assert unverified_text(2) == "Send the numbers that cannot be &verified (2 rows)"
    file_page = wizard.page(page_id(FilePage))
    assert isinstance(file_page, FilePage)
    assert file_page.summary(1, 1) == "Found 1 column and 1 row of contacts."
    assert file_page.summary(2, 3) == "Found 2 columns and 3 rows of contacts."
    assert DonePageWords().duplicate(1) == "1 row was not sent: the phone number repeats."
    assert DonePageWords().duplicate(3) == "3 rows were not sent: the phone number repeats."
    assert plural(1, "{n} duplicate", "{n} duplicates") == "1 duplicate"
    assert apply_language("de") == "en", "no German without its catalogs"


@pytest.mark.parametrize(
    ("damage", "file"),
    [("missing", "gui_de.qm"), ("missing", "importer_de.mo"), ("garbage", "importer_de.mo")],
)
def test_a_language_with_a_missing_or_damaged_catalog_is_not_spoken(
    resources: Path, damage: str, file: str
) -> None:
    path = resources / "translations" / file
    if damage == "missing":
        path.unlink()
    else:
        path.write_bytes(b"\x95\x04\x12\xde" + b"not a catalog" * 3)
    assert not language_installed("de")
    assert language_installed("fr") and language_installed("en")
    assert apply_language("de") == "en"
    assert current_language() == "en", "the engine speaks English too"
    assert apply_language("fr") == "fr"


@pytest.mark.qt_log_ignore(OFFSCREEN_DIALOG_NOTE)
def test_about_offers_a_language_that_is_not_installed_and_says_so_when_chosen(
    resources: Path,
    wizard: ImportWizard,
    qtbot: QtBot,
    dialogs: Any,
    settings: Any,
    started: list[bool],
) -> None:
    (resources / "translations" / "gui_de.qm").unlink()
    combo = _about(wizard, qtbot)
    note = wizard.findChild(QLabel, "languageNote")
    assert note is not None and not note.isVisible()
    german = combo.findData("de")
    assert combo.itemText(german) == "Deutsch (not installed)"
    assert combo.itemText(combo.findData("fr")) == LANGUAGES["fr"]
    combo.setCurrentIndex(german)
    assert note.isVisible()
    assert note.text().startswith("Deutsch is not installed: its translation files are missing")
    assert "keeps the language it speaks now (English)" in note.text()
    assert combo.currentData() == "", "the choice goes back to what it was"
    assert settings.language == "" and dialogs.questions == [] and started == []
    assert active_language() == "en"


def test_about_says_when_the_language_kept_in_the_settings_is_not_installed(
    resources: Path, qtbot: QtBot
) -> None:
    from gui.dialogs.about_dialog import AboutDialog

    (resources / "translations" / "importer_es.mo").unlink()
    assert apply_language("es") == "en"
    dialog = AboutDialog("es")
    qtbot.addWidget(dialog)
    assert dialog.language.currentText() == "Español (not installed)"
    assert dialog.note.text().startswith("Español is not installed")
