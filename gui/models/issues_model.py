"""The table of rows that need attention, read straight from the engine's CheckResult.

The rows shown are the engine's own index array (``CheckResult.issue_indices(code)``): the
model keeps no per-row Python objects, and ``data()`` is a couple of list look-ups, so a
million rows with issues scroll as fast as ten. Filtering by issue type asks the engine for
another index array. Editing the phone or the name hands the new text to
``CheckResult.edit``, which re-validates the row; the row stays in view (marked fixed) until
the filter is applied again, so the user sees the effect of the edit.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QIcon

from gui.language import QT_TRANSLATE_NOOP
from gui.models.flat_table import AnyIndex, FlatTableModel
from gui.symbols import Symbol, symbol_icon
from gui.theme import Tone, tone_colour
from importer.cell_text import as_in_file
from importer.check.issues import Issue, Severity
from importer.check.rechecking import edit
from importer.columns import letter_label

if TYPE_CHECKING:
    from importer.check.result import CheckResult

CARD = QT_TRANSLATE_NOOP("IssuesModel", "Card")
"""The first column's title for a vCard file, whose rows are its cards."""
HEADERS = (
    QT_TRANSLATE_NOOP("IssuesModel", "Row"),
    QT_TRANSLATE_NOOP("IssuesModel", "Column"),
    QT_TRANSLATE_NOOP("IssuesModel", "Problem"),
    QT_TRANSLATE_NOOP("IssuesModel", "Phone as typed"),
    QT_TRANSLATE_NOOP("IssuesModel", "Name"),
)
"""The column titles (translated where shown)."""
ROW, COLUMN, PROBLEM, PHONE, NAME = range(len(HEADERS))
FIXED_TEXT = QT_TRANSLATE_NOOP("IssuesModel", "Fixed — ready to send")
_LOOKS = {
    Severity.ERROR: (Tone.ERROR, Symbol.ERROR),
    Severity.WARNING: (Tone.NOTE, Symbol.NOTE),
    None: (Tone.OK, Symbol.CHECK),
}
"""Each severity's tone and symbol (None: the row was fixed): never colour alone."""


class IssuesModel(FlatTableModel):
    """Rows with issues of one CheckResult, optionally only those with one issue code."""

    titles = HEADERS

    row_edited = Signal(int)
    """A data-row index whose phone or name the user changed (the counts may have changed)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._result: CheckResult | None = None
        self._code: str | None = None
        self._indices: Sequence[int] = ()
        self._icons: dict[tuple[Symbol, int], QIcon] = {}

    @property
    def result(self) -> CheckResult | None:
        """The CheckResult shown, if any."""
        return self._result

    @property
    def code(self) -> str | None:
        """The issue code shown (None: every row that needs attention)."""
        return self._code

    def set_result(self, result: CheckResult | None, code: str | None = None) -> None:
        """Show ``result`` (its rows with issue ``code``, or all rows with issues)."""
        self.beginResetModel()
        self._result = result
        self._code = code
        self._indices = result.issue_indices(code) if result is not None else ()
        self.endResetModel()

    @property
    def cards(self) -> bool:
        """Whether the rows are a vCard file's cards ("Card 6" instead of "Row 7")."""
        return self._result is not None and self._result.cards

    def set_code(self, code: str | None) -> None:
        """Show only the rows with issue ``code`` (None: all of them)."""
        self.set_result(self._result, code)

    def refresh(self) -> None:
        """Ask the engine again which rows have issues (after re-validation)."""
        self.set_result(self._result, self._code)

    def row_count(self) -> int:
        """Rows shown (the Row column says which sheet row each is)."""
        return len(self._indices)

    def data_row(self, row: int) -> int:
        """The CheckResult index of table row ``row``."""
        return int(self._indices[row])

    def row_summary(self, row: int) -> str:
        """Table row ``row`` in one sentence: its sheet row and every problem, in full."""
        result = self._result
        if result is None or not 0 <= row < len(self._indices):
            return ""
        i = int(self._indices[row])
        issues = result.issues.get(i, [])
        messages = " ".join(issue.message for issue in issues) or self.tr(FIXED_TEXT)
        number = result.record_number(result.row_numbers[i])
        if result.cards:
            return self.tr("Card {card}: {problems}").format(card=number, problems=messages)
        return self.tr("Row {row}: {problems}").format(row=number, problems=messages)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """The column titles (the Row column is the Card column in a vCard file)."""
        horizontal = orientation is Qt.Orientation.Horizontal
        if section == ROW and self.cards and horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(CARD)
        return super().headerData(section, orientation, role)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """Phone and name cells can be edited in place."""
        base = super().flags(index)
        if index.isValid() and index.column() in (PHONE, NAME):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The cell text (O(1): a few look-ups in the engine's arrays)."""
        result = self._result
        if result is None or not index.isValid() or index.row() >= len(self._indices):
            return None
        i = int(self._indices[index.row()])
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(result, i, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == PROBLEM:
            issues = result.issues.get(i, [])
            return "\n".join(issue.message for issue in issues) or self.tr(FIXED_TEXT)
        if role == Qt.ItemDataRole.ForegroundRole and column == PROBLEM:
            return self._severity_colour(self._issue(result, i))
        if role == Qt.ItemDataRole.DecorationRole and column == PROBLEM:
            return self._severity_icon(self._issue(result, i))
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Hand an edited phone or name to the engine, which re-validates the row."""
        result = self._result
        if result is None or role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if index.column() not in (PHONE, NAME):
            return False
        i = int(self._indices[index.row()])
        text = "" if value is None else str(value)
        if index.column() == PHONE:
            edit(result, i, phone=text)
        else:
            edit(result, i, name=text)
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), NAME))
        self.row_edited.emit(i)
        return True

    def _issue(self, result: CheckResult, i: int) -> Issue | None:
        issues = result.issues.get(i)
        if not issues:
            return None
        if self._code is not None:
            for issue in issues:
                if issue.code == self._code:
                    return issue
        return issues[0]

    def _text(self, result: CheckResult, i: int, column: int) -> str:
        if column == ROW:
            return str(result.record_number(result.row_numbers[i]))
        if column == PHONE:
            return as_in_file(result.raw_phones[i])
        if column == NAME:
            return result.names[i] or ""
        issue = self._issue(result, i)
        if column == COLUMN:
            return letter_label(result.headers, issue.column) if issue is not None else ""
        return issue.message if issue is not None else self.tr(FIXED_TEXT)

    @staticmethod
    def _severity_colour(issue: Issue | None) -> QColor:
        tone, _symbol = _LOOKS[None if issue is None else issue.severity]
        return tone_colour(tone)

    def _severity_icon(self, issue: Issue | None) -> QIcon:
        """The severity's symbol, drawn once per theme."""
        tone, symbol = _LOOKS[None if issue is None else issue.severity]
        key = (symbol, tone_colour(tone).rgb())
        if key not in self._icons:
            self._icons[key] = symbol_icon(symbol, tone)
        return self._icons[key]
