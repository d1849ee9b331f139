"""What a window on a small screen must never do: put its buttons out of sight, cut a label's
text (a QLabel's, or a chart's labels), squeeze a button below its text, or need sideways
scrolling.

:func:`layout_problems` lists each such fault in words naming the widget ("QLabel 'Where do I
find it?…' is 38 px tall, its text needs 54"), so a failing test says what to fix.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
    QWizard,
)

from gui.widgets.charts import BarChart
from gui.wizard import FRAME

SLACK = 1
"""Pixels of rounding allowed between a widget's size and what its text needs."""


@dataclass(frozen=True)
class Screen:
    """A screen's free area (without the taskbar), in device-independent pixels."""

    name: str
    work_area: QSize

    def window(self) -> QSize:
        """The largest window whose frame (:data:`gui.wizard.FRAME`) fits the free area."""
        return (
            QRect(0, 0, self.work_area.width(), self.work_area.height())
            .marginsRemoved(FRAME)
            .size()
        )


LAPTOP = Screen("1366×768 at 125 % with a taskbar", QSize(1093, 540))
FULL_HD = Screen("1920×1080 with a taskbar", QSize(1920, 1040))
SMALL = Screen("800×600 with a taskbar", QSize(800, 560))
SCREENS = (LAPTOP, FULL_HD, SMALL)


def _name(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, QLabel | QAbstractButton):
        text = widget.text().replace("\n", " ")
    elif isinstance(widget, QComboBox):
        text = widget.currentText()
    short = text if len(text) <= 48 else f"{text[:47]}…"
    name = widget.objectName()
    return f"{type(widget).__name__}{f' #{name}' if name else ''} {short!r}"


def _shown(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisibleTo(window) and widget.width() > 0 and widget.height() > 0


def _clipped_by(widget: QWidget, window: QWidget) -> QWidget | None:
    """The first ancestor whose rectangle does not hold ``widget`` (None: none clips it).

    A scroll area's content widget may be larger than its viewport: what lies outside is
    scrolled to, not cut, so the walk stops there."""
    rect = widget.rect()
    child: QWidget = widget
    parent = widget.parentWidget()
    while parent is not None and child is not window:
        rect = rect.translated(child.pos())
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and parent is area.viewport():
            return None  # inside a scroll area's viewport: scrolling shows the rest
        if not parent.rect().contains(rect):
            return parent
        child, parent = parent, parent.parentWidget()
    return None


def label_problem(label: QLabel) -> str | None:
    """Why ``label``'s text does not show whole (None when it fits or wraps)."""
    if not label.text() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK:
            return f"{_name(label)} is {label.height()} px tall, its text needs {needed}"
        return None
    hint = label.sizeHint()
    if hint.width() > label.width() + SLACK:
        return f"{_name(label)} is {label.width()} px wide, its text needs {hint.width()}"
    if hint.height() > label.height() + SLACK:
        return f"{_name(label)} is {label.height()} px tall, its text needs {hint.height()}"
    return None


def button_problem(button: QAbstractButton | QComboBox) -> str | None:
    """Why a button's (or check box's, or combo box's) text is cut (None when it is not)."""
    if isinstance(button, QComboBox):
        room, text = _combo_room(button)
        if text > room:
            return f"{_name(button)} has {room} px for its text, which needs {text}"
        return None
    if isinstance(button, QPushButton | QCheckBox):
        needed = button.minimumSizeHint().width()
    else:
        return None
    if needed > button.width() + SLACK:
        return f"{_name(button)} is {button.width()} px wide, its text needs {needed}"
    return None


def _combo_room(combo: QComboBox) -> tuple[int, int]:
    """The width of a combo box's text field, and the width its current text needs."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox,
        option,
        QStyle.SubControl.SC_ComboBoxEditField,
        combo,
    )
    return field.width(), combo.fontMetrics().horizontalAdvance(combo.currentText())


def wizard_button_problems(wizard: QWizard) -> list[str]:
    """The wizard's own buttons (Back, Next, Upload, Finish, Cancel, About) that are not wholly
    inside the window."""
    problems = []
    for which in QWizard.WizardButton:
        if which in (QWizard.WizardButton.NoButton, QWizard.WizardButton.NButtons):
            continue
        button = wizard.button(which)
        if button is None or not _shown(button, wizard):
            continue
        where = QRect(button.mapTo(wizard, button.rect().topLeft()), button.size())
        if not wizard.rect().contains(where):
            problems.append(f"{_name(button)} lies at {where.getRect()}, outside the window")
    return problems


def layout_problems(window: QWidget, size: QSize) -> list[str]:
    """Every way ``window``, resized to ``size``, hides or cuts what it shows."""
    problems = []
    if window.width() > size.width() or window.height() > size.height():
        problems.append(
            f"the window is {window.width()}×{window.height()}, larger than "
            f"{size.width()}×{size.height()} (its minimum size is too large)"
        )
    if isinstance(window, QWizard):
        problems += wizard_button_problems(window)
    for widget in window.findChildren(QWidget):
        if not _shown(widget, window):
            continue
        problem = None
        if isinstance(widget, QLabel):
            problem = label_problem(widget)
        elif isinstance(widget, QAbstractButton | QComboBox):
            problem = button_problem(widget)
        elif isinstance(widget, BarChart) and widget.width() + SLACK < widget.whole_width():
            problem = f"chart {widget.title!r} is {widget.width()} px wide, its labels need "
            problem += str(widget.whole_width())
        elif isinstance(widget, QScrollArea) and widget.objectName() == "pageScroll":
            content = widget.widget()
            if content is not None and content.width() > widget.viewport().width() + SLACK:
                problem = f"the page is {content.width()} px wide in {widget.viewport().width()}"
        if problem is None:
            ancestor = _clipped_by(widget, window)
            if ancestor is not None and isinstance(widget, QLabel | QAbstractButton):
                problem = f"{_name(widget)} reaches outside {_name(ancestor)}"
        if problem is not None:
            problems.append(problem)
    return problems
