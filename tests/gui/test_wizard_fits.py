"""The wizard on real screens: on a 1366×768 laptop at 125 % with a taskbar (a work area of
1093×540, the window's frame included), a 1920×1080 screen and an 800×600 one, every page keeps
the wizard's buttons inside the window, cuts no label, squeezes no button below its text and
never scrolls sideways — in every language and theme.

One practice import per language and theme walks every page (see
:mod:`tests.gui.wizard_walk`); on each page the three screens are measured in place. (A walk
takes about a second; changing the theme on each page instead would take longer, as every
widget is restyled.)
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from gui.language import apply_language
from gui.theme import ThemeChoice, apply_theme
from gui.wizard import MINIMUM_SIZE, ImportWizard
from importer.i18n import LANGUAGES, SOURCE_LANGUAGE
from tests.gui.layout_checks import LAPTOP, SCREENS, layout_problems
from tests.gui.wizard_walk import WizardWalk

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

THEMES = (ThemeChoice.LIGHT, ThemeChoice.DARK, ThemeChoice.HIGH_CONTRAST)
PAGES = (
    "Connect",
    "Choose file",
    "Match columns",
    "Check data",
    "Choose list",
    "Confirm",
    "Upload",
    "Done",
)


def test_the_smallest_window_fits_every_screen() -> None:
    for screen in SCREENS:
        window = screen.window()
        assert MINIMUM_SIZE.width() <= window.width(), screen.name
        assert MINIMUM_SIZE.height() <= window.height(), screen.name


@pytest.mark.parametrize("theme", THEMES, ids=[theme.value for theme in THEMES])
@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_every_page_fits_every_screen(
    language: str,
    theme: ThemeChoice,
    qtbot: QtBot,
    session: Any,
    settings: Any,
    restore_theme: QApplication,
    tmp_path: Path,
) -> None:
    assert apply_language(language) == language
    apply_theme(restore_theme, theme)
    problems: list[str] = []
    seen: list[str] = []
    try:
        wizard = ImportWizard(session, settings)
        qtbot.addWidget(wizard, before_close_func=lambda w: w.shutdown())
        wizard.show()

        def look(page: str) -> None:
            seen.append(page)
            for screen in SCREENS:
                size = screen.window()
                wizard.resize(size)
                QApplication.processEvents()
                problems.extend(
                    f"{page}, {screen.name}: {problem}" for problem in layout_problems(wizard, size)
                )
            wizard.resize(LAPTOP.window())

        WizardWalk(qtbot, wizard, tmp_path, look).run()
    finally:
        apply_language(SOURCE_LANGUAGE)
    assert seen == list(PAGES)
    assert problems == []
