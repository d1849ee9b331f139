"""The column choices of the Match columns page: one row per column of the sheet.

Columns of the model: the sheet column, example values, what it becomes ("Import as") and
the extra-field name. Edits produce a new immutable :class:`~importer.mapping.model.Mapping`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    Qt,
    Signal,
)

from gui.language import QT_TRANSLATE_NOOP
from gui.models.flat_table import AnyIndex, FlatTableModel
from importer.cell_text import as_in_file
from importer.columns import column_letter, titled_column
from importer.mapping.keys import derive_key
from importer.mapping.model import KEYED_ROLES, Mapping, Role
from importer.sources.base import Row

COLUMN, EXAMPLES, ROLE, KEY = range(4)
TITLES = (
    QT_TRANSLATE_NOOP("MappingModel", "Column in your file"),
    QT_TRANSLATE_NOOP("MappingModel", "Examples"),
    QT_TRANSLATE_NOOP("MappingModel", "Import as"),
    QT_TRANSLATE_NOOP("MappingModel", "Field name in Sociocs"),
)
ROLE_LABELS = {
    Role.PHONE: QT_TRANSLATE_NOOP("MappingModel", "Phone number"),
    Role.NAME: QT_TRANSLATE_NOOP("MappingModel", "Name"),
    Role.FIRST_NAME: QT_TRANSLATE_NOOP("MappingModel", "First name"),
    Role.LAST_NAME: QT_TRANSLATE_NOOP("MappingModel", "Last name"),
    Role.EXTRA: QT_TRANSLATE_NOOP("MappingModel", "Extra field"),
    Role.COUNTRY: QT_TRANSLATE_NOOP("MappingModel", "Country of the row"),
    Role.LISTS: QT_TRANSLATE_NOOP("MappingModel", "Lists (the row's groups)"),
    Role.IGNORE: QT_TRANSLATE_NOOP("MappingModel", "Don't import"),
}
"""The column titles and the role names, translated where shown (context MappingModel)."""
EXAMPLE_COUNT = 3


def examples(rows: list[Row], index: int) -> str:
    """The first few non-empty values of column ``index``, joined for display."""
    found: list[str] = []
    for _, values in rows:
        text = as_in_file(values[index]) if index < len(values) else ""
        if text:
            found.append(text)
        if len(found) == EXAMPLE_COUNT:
            break
    return " · ".join(found)


class MappingModel(FlatTableModel):
    """Shows and edits a :class:`Mapping`; emits ``mapping_changed`` after every edit."""

    titles = TITLES

    mapping_changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._mapping = Mapping()
        self._examples: list[str] = []

    def set_mapping(self, mapping: Mapping, sample_rows: list[Row]) -> None:
        """Show ``mapping`` with example values taken from ``sample_rows``."""
        self.beginResetModel()
        self._mapping = mapping
        self._examples = [examples(sample_rows, c.index) for c in mapping.columns]
        self.endResetModel()
        self.mapping_changed.emit()

    def mapping(self) -> Mapping:
        """The choices as they stand."""
        return self._mapping

    def row_count(self) -> int:
        """One row per column of the sheet."""
        return len(self._mapping.columns)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        role = self._mapping.columns[index.row()].role
        if index.column() == ROLE or (index.column() == KEY and role in KEYED_ROLES):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        choice = self._mapping.columns[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.EditRole:
            if column == ROLE:
                return choice.role.value
            if column == KEY:
                return choice.key
            return None
        if role == Qt.ItemDataRole.ToolTipRole and column == KEY and choice.role is Role.EXTRA:
            return self.tr("Double-click to change the field name")
        if role == Qt.ItemDataRole.ToolTipRole and column == KEY and choice.role is Role.COUNTRY:
            return self.tr(
                "Numbers without a country code are read in this column's country. With a "
                "field name the country is also saved in Sociocs; leave it empty to not save it."
            )
        if role == Qt.ItemDataRole.ToolTipRole and column == KEY and choice.role is Role.LISTS:
            return self.tr(
                "Each group in this column becomes a Sociocs list its contacts join. With a "
                "field name the groups are also saved as text in Sociocs; leave it empty to "
                "not save them."
            )
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == COLUMN:
            return titled_column(choice.header, choice.index)
        if column == EXAMPLES:
            return self._examples[index.row()]
        if column == ROLE:
            return self.tr(ROLE_LABELS[choice.role])
        return choice.key if choice.role in KEYED_ROLES else ""

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        choice = self._mapping.columns[index.row()]
        if index.column() == ROLE and value in set(Role):
            new_role = Role(value)
            key = choice.key
            if new_role is Role.EXTRA:
                key = key or self._new_key(index.row())
            self._mapping = self._mapping.with_choice(choice.index, new_role, key)
        elif index.column() == KEY and choice.role in KEYED_ROLES and isinstance(value, str):
            self._mapping = self._mapping.with_choice(choice.index, choice.role, value.strip())
        else:
            return False
        self.dataChanged.emit(self.index(index.row(), ROLE), self.index(index.row(), KEY))
        self.mapping_changed.emit()
        return True

    def _new_key(self, row: int) -> str:
        choice = self._mapping.columns[row]
        taken = set(self._mapping.extra_fields)
        fallback = f"field_{column_letter(choice.index).lower()}"
        return derive_key(choice.header, taken, fallback=fallback)
