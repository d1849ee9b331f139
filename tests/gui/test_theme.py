"""Status colours come from the palette and read well in the light, dark and high-contrast
themes; the program follows the system's colour scheme; no colour is hard-coded in gui/; every
input of every page is framed so it shows (in the text colour in high contrast)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from gui import theme
from gui.theme import (
    ThemeChoice,
    Tone,
    apply_theme,
    contrast_ratio,
    dark_palette,
    high_contrast_palette,
    is_dark,
    tone_background,
    tone_colour,
)
from gui.widgets.status_label import StatusLabel
from gui.wizard import ImportWizard
from tests.gui.wizard_walk import WizardWalk

GUI = Path(__file__).resolve().parents[2] / "gui"
COLOUR_LITERAL = re.compile(
    r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b|QColor\(\s*\"|GlobalColor\.(?!transparent)"
    r"|\b(?:color|background):\s*(?:red|green|yellow|brown|orange|blue)\b"
)


@pytest.mark.parametrize("name", ["light", "dark"])
def test_every_tone_reads_on_the_window_the_base_and_its_own_background(
    qapp: QApplication, name: str
) -> None:
    palette = qapp.style().standardPalette() if name == "light" else dark_palette()
    assert is_dark(palette) == (name == "dark")
    for tone in Tone:
        colour = tone_colour(tone, palette)
        for background in (
            palette.color(QPalette.ColorRole.Window),
            palette.color(QPalette.ColorRole.Base),
            tone_background(tone, palette),
        ):
            assert contrast_ratio(colour, background) >= 4.5, (name, tone)


def test_high_contrast_uses_the_text_colour_for_every_tone(restore_theme: QApplication) -> None:
    apply_theme(restore_theme, ThemeChoice.HIGH_CONTRAST)
    palette = restore_theme.palette()
    assert palette.color(QPalette.ColorRole.Window) == high_contrast_palette().color(
        QPalette.ColorRole.Window
    )
    text = palette.color(QPalette.ColorRole.WindowText)
    assert {tone_colour(tone).name() for tone in Tone} == {text.name()}
    assert contrast_ratio(text, palette.color(QPalette.ColorRole.Window)) >= 15


def test_a_status_label_restyles_when_the_theme_changes(
    restore_theme: QApplication, qtbot: QtBot
) -> None:
    label = StatusLabel()
    qtbot.addWidget(label)
    label.show_error("The file could not be read.")
    assert label.text().startswith("⚠ ")  # never colour alone
    light = tone_colour(Tone.ERROR).name()
    assert light in label.styleSheet()
    apply_theme(restore_theme, ThemeChoice.DARK)
    assert is_dark(restore_theme.palette())
    dark = tone_colour(Tone.ERROR).name()
    assert dark != light
    assert dark in label.styleSheet()


def test_following_the_system_switches_to_dark_and_back(
    restore_theme: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    wanted = [ThemeChoice.DARK]
    monkeypatch.setattr(theme, "system_theme", lambda: wanted[0])
    assert apply_theme(restore_theme) is ThemeChoice.DARK
    assert is_dark(restore_theme.palette())
    wanted[0] = ThemeChoice.LIGHT
    theme._follow_system()  # what colorSchemeChanged calls
    assert not is_dark(restore_theme.palette())


def test_no_colour_is_written_into_gui_code_outside_the_theme() -> None:
    found = [
        f"{path.relative_to(GUI.parent)}:{number}: {line.strip()}"
        for path in sorted(GUI.rglob("*.py"))
        if path.name != "theme.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if COLOUR_LITERAL.search(line)
    ]
    assert found == []


def test_dark_and_high_contrast_frame_the_boxes_in_the_wizard(
    restore_theme: QApplication, wizard: Any
) -> None:
    apply_theme(restore_theme, ThemeChoice.LIGHT)
    assert wizard.styleSheet() == ""
    apply_theme(restore_theme, ThemeChoice.HIGH_CONTRAST)
    assert wizard.styleSheet() == theme.HIGH_CONTRAST_SHEET
    assert "QCheckBox::indicator" in theme.HIGH_CONTRAST_SHEET
    apply_theme(restore_theme, ThemeChoice.DARK)
    sheet = wizard.styleSheet()
    assert "QCheckBox::indicator" in sheet and "QProgressBar" not in sheet
    found = re.search(r"border: 1px solid (#[0-9a-f]{6})", sheet)
    assert found is not None
    frame = QColor(found.group(1))
    window = restore_theme.palette().color(QPalette.ColorRole.Window)
    assert contrast_ratio(frame, window) >= 3, "a box's frame shows on the window (WCAG 1.4.11)"
    apply_theme(restore_theme, ThemeChoice.LIGHT)
    assert wizard.styleSheet() == ""


INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)
"""What takes input: text fields, drop-downs, spin boxes, lists and tables."""


def unframed_inputs(page: QWidget, high_contrast: bool) -> list[str]:
    """The inputs on ``page`` whose edge (in a picture of each) is not the text colour (high
    contrast) or does not stand out 3:1 from the window (light, dark). The one with the focus
    is framed in the highlight colour instead."""
    palette = page.palette()
    text = palette.color(QPalette.ColorRole.WindowText)
    window = palette.color(QPalette.ColorRole.Window)
    found = []
    for widget in page.findChildren(QWidget):
        inner = isinstance(widget.parentWidget(), QComboBox | QAbstractSpinBox)
        if not isinstance(widget, INPUTS) or isinstance(widget, QHeaderView) or inner:
            continue
        if not widget.isVisibleTo(page) or widget.hasFocus():
            continue
        picture = widget.grab().toImage()
        edge = QColor(picture.pixel(0, picture.height() // 2))
        framed = edge == text if high_contrast else contrast_ratio(edge, window) >= 3
        if not framed:
            name = widget.objectName() or widget.accessibleName()
            found.append(f"{type(widget).__name__} {name!r}: edge {edge.name()}")
    return found


@pytest.mark.parametrize("choice", [ThemeChoice.LIGHT, ThemeChoice.DARK, ThemeChoice.HIGH_CONTRAST])
def test_every_input_of_every_page_is_framed(
    choice: ThemeChoice,
    restore_theme: QApplication,
    qtbot: QtBot,
    session: Any,
    settings: Any,
    tmp_path: Path,
) -> None:
    apply_theme(restore_theme, choice)
    wizard = ImportWizard(session, settings)
    qtbot.addWidget(wizard, before_close_func=lambda w: w.shutdown())
    wizard.show()
    found: dict[str, list[str]] = {}
    inputs: list[str] = []

    def look(name: str) -> None:
        page = wizard.currentPage()
        inputs.extend(type(w).__name__ for w in page.findChildren(QWidget) if isinstance(w, INPUTS))
        found[name] = unframed_inputs(page, choice is ThemeChoice.HIGH_CONTRAST)

    WizardWalk(qtbot, wizard, tmp_path, look).run()
    assert {"QLineEdit", "QComboBox", "QSpinBox", "QListWidget", "QTableView"} <= set(inputs)
    assert {page: faults for page, faults in found.items() if faults} == {}
