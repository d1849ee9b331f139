"""Colours that follow the theme: status tones derived from the palette, and the themes.

Nothing in the wizard names a colour. A status is a :class:`Tone`; :func:`tone_colour` gives
its text colour for the palette in use — the tone's hue, with a lightness that reads on the
palette's background (dark on a light window, light on a dark one) — and
:func:`tone_background` / :func:`tone_border` mix it into the palette's base colour. In the
high-contrast theme every tone is the palette's own text colour: the words and symbols carry
the meaning, never colour alone.

:func:`apply_theme` follows the system's colour scheme (``QStyleHints.colorScheme``, Qt ≥ 6.5)
and contrast preference (Qt ≥ 6.10), switching to Fusion with the program's dark palette when
the platform style stays light; :class:`ThemeChoice` forces a theme (screenshots, tests). The
program's own themes frame every input so it shows (:class:`gui.framed_style.FramedStyle`,
:func:`input_frame`).
Widgets that style themselves call :func:`on_theme_change` to restyle when the theme changes.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from gui.framed_style import FramedStyle


class Tone(StrEnum):
    """What a coloured thing says."""

    OK = "ok"
    """Done, ready, uploaded."""
    NOTE = "note"
    """Goes ahead, but worth a look (a note, a duplicate)."""
    ERROR = "error"
    """Cannot be sent, refused, failed."""
    INFO = "info"
    """A neutral offer or fact (continue an import)."""
    PRACTICE = "practice"
    """The practice sandbox is in use."""
    NEUTRAL = "neutral"
    """The palette's own text colour."""


class ThemeChoice(StrEnum):
    """Which colours the program uses."""

    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"
    HIGH_CONTRAST = "high-contrast"


_HUES = {
    Tone.OK: 130,
    Tone.NOTE: 36,
    Tone.ERROR: 4,
    Tone.INFO: 214,
    Tone.PRACTICE: 46,
}
"""Each tone's hue in degrees; lightness and saturation come from the palette's brightness."""
_LIGHTNESS = {False: 0.42, True: 0.62}
"""Where the search for a readable lightness starts on a light (False) and a dark (True) base."""
_SATURATION = {False: 0.80, True: 0.70}
_BACKGROUND_MIX = {False: 0.12, True: 0.22}
_BORDER_MIX = 0.45
MIN_CONTRAST = 4.8
"""Tone text reads at least this well on the base colour and on its own background (WCAG AA
asks 4.5 for body text)."""
_CACHE: dict[tuple[Tone, bool, int], QColor] = {}


class _State:
    """The theme in effect (one per process, like the application palette)."""

    high_contrast = False
    choice = ThemeChoice.SYSTEM
    own_dark = False
    """The program's own dark palette is in use (Fusion: its box frames need help)."""


def current_palette() -> QPalette:
    """The application's palette (a default one before the application exists)."""
    app = QGuiApplication.instance()
    return QGuiApplication.palette() if app is not None else QPalette()


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether ``palette`` (default: the application's) has light text on a dark window."""
    palette = palette or current_palette()
    return palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5


def is_high_contrast() -> bool:
    """Whether the high-contrast theme is in effect (tones become the text colour)."""
    return _State.high_contrast


def tone_colour(tone: Tone, palette: QPalette | None = None) -> QColor:
    """The text colour of ``tone`` on ``palette``'s window and base colours."""
    palette = palette or current_palette()
    if tone is Tone.NEUTRAL or _State.high_contrast:
        return palette.color(QPalette.ColorRole.WindowText)
    dark = is_dark(palette)
    key = (tone, dark, palette.color(QPalette.ColorRole.Base).rgb())
    if key not in _CACHE:
        _CACHE[key] = _readable(tone, dark, palette.color(QPalette.ColorRole.Base))
    return QColor(_CACHE[key])


def _readable(tone: Tone, dark: bool, base: QColor) -> QColor:
    """The tone's hue at the lightness nearest :data:`_LIGHTNESS` that reads at
    :data:`MIN_CONTRAST` on ``base`` and on the tone's own background."""
    lightness = _LIGHTNESS[dark]
    step = 0.02 if dark else -0.02
    while True:
        colour = QColor.fromHslF(_HUES[tone] / 360, _SATURATION[dark], lightness)
        fill = mix(base, colour, _BACKGROUND_MIX[dark])
        worst = min(contrast_ratio(colour, base), contrast_ratio(colour, fill))
        if worst >= MIN_CONTRAST or not 0.05 < lightness < 0.95:
            return colour
        lightness += step


def mix(first: QColor, second: QColor, amount: float) -> QColor:
    """``amount`` of ``second`` over ``first`` (0: ``first``, 1: ``second``)."""
    return QColor.fromRgbF(
        first.redF() + (second.redF() - first.redF()) * amount,
        first.greenF() + (second.greenF() - first.greenF()) * amount,
        first.blueF() + (second.blueF() - first.blueF()) * amount,
    )


def tone_background(tone: Tone, palette: QPalette | None = None) -> QColor:
    """A quiet fill for a box of ``tone`` (the palette's window in high contrast)."""
    palette = palette or current_palette()
    base = palette.color(QPalette.ColorRole.Base)
    if tone is Tone.NEUTRAL or _State.high_contrast:
        return base
    return mix(base, tone_colour(tone, palette), _BACKGROUND_MIX[is_dark(palette)])


def tone_border(tone: Tone, palette: QPalette | None = None) -> QColor:
    """The frame of a box of ``tone`` (the text colour in high contrast)."""
    palette = palette or current_palette()
    if _State.high_contrast:
        return palette.color(QPalette.ColorRole.WindowText)
    if tone is Tone.NEUTRAL:
        return palette.color(QPalette.ColorRole.Mid)
    return mix(palette.color(QPalette.ColorRole.Base), tone_colour(tone, palette), _BORDER_MIX)


def box_style(selector: str, tone: Tone, palette: QPalette | None = None) -> str:
    """A style sheet for a framed box of ``tone`` (banner, warning, offer) and its labels."""
    palette = palette or current_palette()
    width = 2 if _State.high_contrast else 1
    return (
        f"{selector} {{ background: {tone_background(tone, palette).name()};"
        f" border: {width}px solid {tone_border(tone, palette).name()}; border-radius: 4px; }}"
        f" {selector} QLabel {{ color: {palette.color(QPalette.ColorRole.Text).name()};"
        " background: transparent; border: none; }"
    )


def text_style(tone: Tone, *, bold: bool = False, palette: QPalette | None = None) -> str:
    """A style sheet giving a label the text colour of ``tone``."""
    weight = " font-weight: bold;" if bold else ""
    return f"color: {tone_colour(tone, palette).name()};{weight}"


def contrast_ratio(first: QColor, second: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""

    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        red, green, blue = (channel(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
        return 0.2126 * red + 0.7152 * green + 0.0722 * blue

    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


# ----- palettes -----------------------------------------------------------------------------
_DARK = {
    QPalette.ColorRole.Window: "#2b2d30",
    QPalette.ColorRole.WindowText: "#e8e8e8",
    QPalette.ColorRole.Base: "#1e1f22",
    QPalette.ColorRole.AlternateBase: "#26282b",
    QPalette.ColorRole.ToolTipBase: "#3c3f41",
    QPalette.ColorRole.ToolTipText: "#f0f0f0",
    QPalette.ColorRole.PlaceholderText: "#9a9da3",
    QPalette.ColorRole.Text: "#e8e8e8",
    QPalette.ColorRole.Button: "#3a3c40",
    QPalette.ColorRole.ButtonText: "#e8e8e8",
    QPalette.ColorRole.BrightText: "#ffffff",
    QPalette.ColorRole.Light: "#4a4d52",
    QPalette.ColorRole.Midlight: "#3f4246",
    QPalette.ColorRole.Mid: "#5b5e63",
    QPalette.ColorRole.Dark: "#18191b",
    QPalette.ColorRole.Shadow: "#000000",
    QPalette.ColorRole.Highlight: "#3d7bd9",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#8ab4f8",
    QPalette.ColorRole.LinkVisited: "#c58af9",
}
"""A dark palette in the greys of common dark desktop themes."""
_DARK_DISABLED = "#7c7f85"
_HIGH_CONTRAST = {
    QPalette.ColorRole.Window: "#000000",
    QPalette.ColorRole.WindowText: "#ffffff",
    QPalette.ColorRole.Base: "#000000",
    QPalette.ColorRole.AlternateBase: "#000000",
    QPalette.ColorRole.ToolTipBase: "#000000",
    QPalette.ColorRole.ToolTipText: "#ffffff",
    QPalette.ColorRole.PlaceholderText: "#c0c0c0",
    QPalette.ColorRole.Text: "#ffffff",
    QPalette.ColorRole.Button: "#000000",
    QPalette.ColorRole.ButtonText: "#ffffff",
    QPalette.ColorRole.BrightText: "#ffffff",
    QPalette.ColorRole.Light: "#ffffff",
    QPalette.ColorRole.Midlight: "#ffffff",
    QPalette.ColorRole.Mid: "#ffffff",
    QPalette.ColorRole.Dark: "#ffffff",
    QPalette.ColorRole.Shadow: "#ffffff",
    QPalette.ColorRole.Highlight: "#1aebff",
    QPalette.ColorRole.HighlightedText: "#000000",
    QPalette.ColorRole.Link: "#ffff00",
    QPalette.ColorRole.LinkVisited: "#ffff00",
}
"""White on black with a cyan selection, as Windows' "Night sky" / High Contrast Black."""
_HIGH_CONTRAST_DISABLED = "#a0a0a0"
HIGH_CONTRAST_SHEET = (
    "QProgressBar { border: 1px solid palette(window-text); border-radius: 3px;"
    " text-align: center; min-height: 26px; }"
    " QProgressBar::chunk { background: palette(highlight); margin-top: 19px; }"
    " QCheckBox::indicator, QRadioButton::indicator { width: 13px; height: 13px;"
    " border: 2px solid palette(window-text); background: palette(base); }"
    " QRadioButton::indicator { border-radius: 8px; }"
    " QCheckBox::indicator:checked, QRadioButton::indicator:checked"
    " { background: palette(highlight); }"
    " QCheckBox::indicator:disabled, QRadioButton::indicator:disabled { border-style: dotted; }"
)
"""The high-contrast theme's additions to Fusion, for the wizard's widgets and dialogs (Fusion
frames them a shade darker than the window, which vanishes on black): progress bars framed in
the text colour, their text on black above a strip of progress (white text over the cyan fill
would not read); check boxes and radio buttons framed in the text colour, filled when chosen."""


def _palette(colours: dict[QPalette.ColorRole, str], disabled: str) -> QPalette:
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled))
    return palette


def dark_palette() -> QPalette:
    """The program's dark palette (used when the style does not follow a dark system)."""
    return _palette(_DARK, _DARK_DISABLED)


def high_contrast_palette() -> QPalette:
    """White on black, for the high-contrast theme when the system gives no palette."""
    return _palette(_HIGH_CONTRAST, _HIGH_CONTRAST_DISABLED)


# ----- applying and following ----------------------------------------------------------------
class _ThemeSignals(QObject):
    """Emits ``changed`` after the application's palette or the theme changed."""

    changed = Signal()

    @Slot(QPalette)
    def palette_changed(self, _palette: QPalette) -> None:
        """The application's palette changed (the system's theme, or :func:`apply_theme`)."""
        self.changed.emit()


def theme_signals() -> _ThemeSignals:
    """The application's :class:`_ThemeSignals` (created with the first call).

    It listens to the application's ``paletteChanged`` signal: an application-wide event
    filter would run Python for every event of the program.
    """
    app = QApplication.instance()
    found = app.findChild(_ThemeSignals) if app is not None else None
    if isinstance(found, _ThemeSignals):
        return found
    signals = _ThemeSignals(app)
    if isinstance(app, QGuiApplication):
        app.paletteChanged.connect(signals.palette_changed)
        QGuiApplication.styleHints().colorSchemeChanged.connect(_follow_system)
    return signals


def on_theme_change(restyle: Callable[[], None]) -> None:
    """Call ``restyle`` (a bound method of a widget) whenever the theme changes."""
    theme_signals().changed.connect(restyle)


def system_wants_high_contrast() -> bool:
    """The system's contrast preference (Qt ≥ 6.10; False before)."""
    accessibility = getattr(QGuiApplication.styleHints(), "accessibility", None)
    if accessibility is None:
        return False
    return bool(accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast)


def system_theme() -> ThemeChoice:
    """The system's theme: high contrast, dark (Qt ≥ 6.5 colour scheme) or light."""
    if system_wants_high_contrast():
        return ThemeChoice.HIGH_CONTRAST
    dark = QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark
    return ThemeChoice.DARK if dark else ThemeChoice.LIGHT


_DARK_INDICATORS = (
    "QCheckBox::indicator, QRadioButton::indicator {{ width: 13px; height: 13px;"
    " border: 1px solid {frame}; border-radius: 2px; background: palette(base); }}"
    " QRadioButton::indicator {{ border-radius: 7px; }}"
    " QCheckBox::indicator:checked, QRadioButton::indicator:checked"
    " {{ background: palette(highlight); border-color: palette(highlighted-text); }}"
    " QCheckBox::indicator:disabled, QRadioButton::indicator:disabled"
    " {{ border-style: dotted; }}"
)
"""Check boxes and radio buttons on the program's dark palette: Fusion frames them a shade
darker than the window, which hardly shows; here the frame is a mid grey, a chosen box filled."""
_FRAME_MIX = 0.55
"""How far from the window colour towards the text colour a dark theme's box frame lies."""


def wizard_style_sheet() -> str:
    """What the wizard adds to the style for the theme in effect ("" for most themes)."""
    if _State.high_contrast:
        return HIGH_CONTRAST_SHEET
    if _State.own_dark:
        palette = current_palette()
        window = palette.color(QPalette.ColorRole.Window)
        frame = mix(window, palette.color(QPalette.ColorRole.WindowText), _FRAME_MIX)
        return _DARK_INDICATORS.format(frame=frame.name())
    return ""


def apply_theme(app: QApplication, choice: ThemeChoice = ThemeChoice.SYSTEM) -> ThemeChoice:
    """Use the colours of ``choice`` (SYSTEM: follow the system, now and when it changes).

    Returns the theme in effect. Following the system keeps the platform's palette (a high-
    contrast system gives its own) unless the system is dark and the style stays light: then
    Fusion with :func:`dark_palette`.
    """
    signals = theme_signals()
    _State.choice = choice
    resolved = system_theme() if choice is ThemeChoice.SYSTEM else choice
    _State.high_contrast = resolved is ThemeChoice.HIGH_CONTRAST
    style_stays = resolved is ThemeChoice.HIGH_CONTRAST or (
        is_dark(app.palette()) == (resolved is ThemeChoice.DARK)
    )
    own_palette = choice is not ThemeChoice.SYSTEM or not style_stays
    _State.own_dark = own_palette and resolved is ThemeChoice.DARK
    if own_palette:
        _use_palette(app, resolved)
    signals.changed.emit()
    return resolved


def input_frame(palette: QPalette) -> QColor:
    """The frame of a text field, drop-down, list or table: the text colour in high contrast,
    else a grey between the window and the text that stands out 3:1 from the window."""
    text = palette.color(QPalette.ColorRole.WindowText)
    if _State.high_contrast:
        return text
    return mix(palette.color(QPalette.ColorRole.Window), text, _FRAME_MIX)


def _use_palette(app: QApplication, theme: ThemeChoice) -> None:
    if not isinstance(app.style(), FramedStyle):  # once: setting a style re-polishes every widget
        app.setStyle(FramedStyle(input_frame))
    if theme is ThemeChoice.DARK:
        app.setPalette(dark_palette())
    elif theme is ThemeChoice.HIGH_CONTRAST:
        app.setPalette(high_contrast_palette())
    else:
        app.setPalette(app.style().standardPalette())


def _follow_system() -> None:
    """The system's colour scheme changed: apply it when the program follows the system."""
    app = QApplication.instance()
    if _State.choice is ThemeChoice.SYSTEM and isinstance(app, QApplication):
        apply_theme(app, ThemeChoice.SYSTEM)
