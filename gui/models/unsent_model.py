"""The table of rows an upload did not send: the row, the phone as typed, the name, and why.

The rows are the engine's index array (:attr:`UnsentRows.indices`); ``data()`` asks the engine
for one row's cells (its reason is made then), so a hundred thousand refused rows scroll as
fast as ten.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from gui.language import QT_TRANSLATE_NOOP
from gui.models.flat_table import AnyIndex, FlatTableModel
from importer.report.unsent import UnsentRows

HEADERS = (
    QT_TRANSLATE_NOOP("UnsentModel", "Row"),
    QT_TRANSLATE_NOOP("UnsentModel", "Phone as typed"),
    QT_TRANSLATE_NOOP("UnsentModel", "Name"),
    QT_TRANSLATE_NOOP("UnsentModel", "Why it did not go"),
)
"""The column titles (translated where shown)."""
ROW, PHONE, NAME, REASON = range(len(HEADERS))
CARD = QT_TRANSLATE_NOOP("UnsentModel", "Card")
"""The first column's title for a vCard file, whose rows are its cards."""


class UnsentModel(FlatTableModel):
    """The rows of one :class:`UnsentRows`, in sheet order."""

    titles = HEADERS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._unsent: UnsentRows | None = None

    def set_unsent(self, unsent: UnsentRows | None) -> None:
        """Show the rows of ``unsent`` (none for None)."""
        self.beginResetModel()
        self._unsent = unsent
        self.endResetModel()

    def row_count(self) -> int:
        """Rows that did not go."""
        return len(self._unsent) if self._unsent is not None else 0

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """The titles; "Card" for the first column of a vCard file."""
        cards = self._unsent is not None and self._unsent.result.cards
        horizontal = orientation is Qt.Orientation.Horizontal
        if cards and section == ROW and horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(CARD)
        return super().headerData(section, orientation, role)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The cell's text (the whole reason as its tooltip too: the cell may cut it)."""
        unsent = self._unsent
        if unsent is None or not index.isValid() or index.row() >= len(unsent):
            return None
        row = unsent.indices[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == REASON:
            return unsent.reason(row)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == ROW:
            return str(unsent.record_number(row))
        if column == PHONE:
            return unsent.phone_as_typed(row)
        if column == NAME:
            return unsent.name(row)
        return unsent.reason(row)

    def row_summary(self, row: int) -> str:
        """Table row ``row`` in one sentence: its row (or card) and why it did not go."""
        unsent = self._unsent
        if unsent is None or not 0 <= row < len(unsent):
            return ""
        return unsent.told(unsent.indices[row])
