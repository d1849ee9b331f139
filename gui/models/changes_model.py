"""The table of existing contacts an import updates, with their old and new values.

The rows are the engine's own index array (``ComparePlan.updated_rows()``), and ``data()``
looks the row's change up in the plan (a dict) and formats only that row's cells: a hundred
thousand updated contacts scroll as fast as ten.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from gui.language import QT_TRANSLATE_NOOP
from gui.models.flat_table import AnyIndex, FlatTableModel
from importer.cell_text import LONGEST_IN_DETAIL
from importer.compare.changes import ContactChange
from importer.compare.plan import ComparePlan
from importer.compare.texts import change_text, shown

HEADERS = (
    QT_TRANSLATE_NOOP("ChangesModel", "Phone"),
    QT_TRANSLATE_NOOP("ChangesModel", "Name (old → new)"),
    QT_TRANSLATE_NOOP("ChangesModel", "Fields changed (old → new)"),
    QT_TRANSLATE_NOOP("ChangesModel", "Fields lost"),
    QT_TRANSLATE_NOOP("ChangesModel", "List"),
)
"""The column titles (translated where shown)."""
PHONE, NAME, FIELDS, LOST, LIST = range(len(HEADERS))
JOINS = QT_TRANSLATE_NOOP("ChangesModel", "joins")
ALREADY_IN = QT_TRANSLATE_NOOP("ChangesModel", "already in")


class ChangesModel(FlatTableModel):
    """The updated contacts of one plan: phone, name, fields changed, fields lost, list."""

    titles = HEADERS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._plan: ComparePlan | None = None
        self._rows: list[int] = []

    def set_plan(self, plan: ComparePlan | None) -> None:
        """Show the updated contacts of ``plan`` (none for None)."""
        self.beginResetModel()
        self._plan = plan
        self._rows = plan.updated_rows() if plan is not None else []
        self.endResetModel()

    def row_count(self) -> int:
        """Updated contacts."""
        return len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The cell text (one dict look-up in the plan, then this row's values formatted)."""
        plan = self._plan
        if plan is None or not index.isValid() or index.row() >= len(self._rows):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self._rows[index.row()]
        change = plan.changes[row]
        column = index.column()
        if column == PHONE:
            return plan.before[row].phone
        return self._text(change, column)

    def _text(self, change: ContactChange, column: int) -> str:
        if column == NAME:
            if change.name is None:
                return ""
            return self.tr("{old} → {new}").format(
                old=shown(change.name[0]), new=shown(change.name[1])
            )
        if column == FIELDS:
            return "; ".join(
                self.tr("{field}: {old} → {new}").format(field=key, old=shown(old), new=shown(new))
                for key, (old, new) in change.fields.items()
            )
        if column == LOST:
            return ", ".join(change.lost)
        return self.tr(JOINS) if change.list_added else self.tr(ALREADY_IN)

    def row_summary(self, row: int) -> str:
        """The whole change of table row ``row`` in sentences, every old → new value whole:
        "+1 212 555 0102: Name: “Old” → “New”. email: … Fields lost: tier. Joins the list."."""
        plan = self._plan
        if plan is None or not 0 <= row < len(self._rows):
            return ""
        index = self._rows[row]
        return self.tr("{phone}: {change}").format(
            phone=plan.before[index].phone,
            change=change_text(plan.changes[index], LONGEST_IN_DETAIL),
        )
