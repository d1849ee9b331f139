"""The wizard's language: Qt's own buttons, the engine's catalog, the choice in About."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QDialog, QWizard
from pytestqt.qtbot import QtBot

from gui.language import Restarter, active_language, apply_language, wizard_language
from gui.pages.connect_page import ConnectPage
from gui.pages.file_page import FilePage
from gui.wizard import ImportWizard, page_id
from importer.i18n import SOURCE_LANGUAGE, current_language, pgettext
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
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    started: list[bool] = []
    monkeypatch.setattr(Restarter, "start", classmethod(lambda cls: started.append(True)))
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
