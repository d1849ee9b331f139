"""The table of rows that need attention on Check data: fixed row heights, sized columns."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from gui.models.issues_model import COLUMN, NAME, PHONE, PROBLEM, ROW, IssuesModel
from gui.widgets.table_height import keep_rows_visible

COLUMN_CHARS = ((ROW, 6), (COLUMN, 14), (PHONE, 16), (NAME, 16))
"""Starting width of each column, in digits of the table's font; Problem takes the rest."""


def issues_table(model: IssuesModel, parent: QWidget) -> QTableView:
    """A single-row-selection view of ``model``: double-click or type to edit, Tab leaves it.

    Rows are two lines high without measuring (no ResizeToContents on a million rows).
    """
    table = QTableView(parent)
    table.setObjectName("issuesTable")
    table.setAccessibleName(QCoreApplication.translate("IssuesTable", "Rows that need attention"))
    table.setModel(model)
    table.verticalHeader().setVisible(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    table.setWordWrap(True)
    table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
    line = table.fontMetrics().lineSpacing()
    rows = table.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(2 * line + 10)  # two lines of a long problem, no measuring
    keep_rows_visible(table, 3)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(PROBLEM, QHeaderView.ResizeMode.Stretch)
    char = table.fontMetrics().horizontalAdvance("0")
    for column, chars in COLUMN_CHARS:  # at least as wide as the title in any language
        table.setColumnWidth(column, max(chars * char + 16, header.sectionSizeHint(column)))
    table.setToolTip(
        QCoreApplication.translate(
            "IssuesTable", "Double-click a phone number or a name to correct it."
        )
    )
    return table
