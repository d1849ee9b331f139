"""The base of the flat tables with fixed column titles: the changes on Confirm, the rows that
need attention on Check data, the column choices on Match columns, the import history."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

AnyIndex = QModelIndex | QPersistentModelIndex


class FlatTableModel(QAbstractTableModel):
    """Rows under one root (none below a valid parent), one column per title, the titles
    across the top (translated in the context named after the subclass, where they are marked
    with ``QT_TRANSLATE_NOOP``) and nothing down the side. Subclasses name :attr:`titles`, say
    how many rows there are (:meth:`row_count`) and answer :meth:`data`."""

    titles: ClassVar[tuple[str, ...]]

    def row_count(self) -> int:
        """How many rows the table shows."""
        raise NotImplementedError

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """:meth:`row_count` (none under a valid parent: this is a flat table)."""
        return 0 if parent.isValid() else self.row_count()

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """One column per title."""
        return 0 if parent.isValid() else len(self.titles)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """The column titles across the top; nothing down the side."""
        if (
            orientation is Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.titles)
        ):
            return QCoreApplication.translate(type(self).__name__, self.titles[section])
        return None
