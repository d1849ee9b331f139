"""How tall a table or list asks to be: room for a number of rows, never collapsed to its header.

A page whose content scrolls (see :class:`gui.pages.base.WizardPage`) gives a table what is left
of the window's height, down to the table's minimum: without one, a table on a small screen
shrinks to its header and a sliver of a row. Heights come from the view's fixed row height and
its header, without measuring rows.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QListView, QStyle, QTableView

MIN_ROWS = 4
"""The fewest rows a table shows before its page scrolls instead."""


def rows_height(view: QAbstractItemView, rows: int) -> int:
    """The height of ``view`` showing ``rows`` rows, its header and frame, and a horizontal
    scroll bar's room when it may need one."""
    frame = 2 * view.frameWidth()
    bar = 0
    if view.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
        bar = view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, view)
    if isinstance(view, QTableView):
        header = view.horizontalHeader()
        top = header.sizeHint().height() if not header.isHidden() else 0
        row = view.verticalHeader().defaultSectionSize()
        return frame + top + rows * row + bar
    if isinstance(view, QListView):
        row = view.sizeHintForRow(0) if view.model() and view.model().rowCount() else 0
        row = max(row, view.fontMetrics().lineSpacing() + 6) + 2 * view.spacing()
        return frame + rows * row
    return frame + rows * view.fontMetrics().lineSpacing()


def keep_rows_visible(view: QAbstractItemView, rows: int = MIN_ROWS) -> None:
    """Never let ``view`` be shorter than ``rows`` rows (its page scrolls instead)."""
    view.setMinimumHeight(rows_height(view, rows))
