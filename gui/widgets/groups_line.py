"""Match columns' line for the column of groups (the Lists role): what separates several groups
in one cell — found in the file or chosen — and the groups the first rows name with it
("3 groups: VIP, Newsletter, Team")."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QCoreApplication, QLocale, Signal, Slot
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from gui.language import QT_TRANSLATE_NOOP
from gui.widgets.responsive_row import ResponsiveRow, fit_items
from importer.groups.sample import sample_groups
from importer.groups.separators import GroupSeparator
from importer.sources.base import CellValue

SEPARATOR_LABELS = {
    GroupSeparator.TRIPLE_COLON: QT_TRANSLATE_NOOP("GroupsLine", "::: (as Google writes labels)"),
    GroupSeparator.SEMICOLON: QT_TRANSLATE_NOOP("GroupsLine", "; semicolon"),
    GroupSeparator.COMMA: QT_TRANSLATE_NOOP("GroupsLine", ", comma"),
    GroupSeparator.PIPE: QT_TRANSLATE_NOOP("GroupsLine", "| vertical bar"),
    GroupSeparator.LINE_BREAK: QT_TRANSLATE_NOOP("GroupsLine", "a line break"),
    GroupSeparator.NONE: QT_TRANSLATE_NOOP("GroupsLine", "nothing: one group per cell"),
}
"""How each separator is offered (translated where shown)."""
SHOWN_GROUPS = 5
"""Groups named in the preview; more are counted."""


def separator_label(separator: GroupSeparator) -> str:
    """The separator in words, in the language shown."""
    return QCoreApplication.translate("GroupsLine", SEPARATOR_LABELS[separator])


class GroupsLine(ResponsiveRow):
    """ "Groups in a cell are separated by: [found: ::: ▾]   3 groups in the first rows: …" —
    shown while a column has the Lists role."""

    chosen = Signal()
    """The user picked another separator (read it with :meth:`separator`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("groupsLine")
        self.separator_combo = QComboBox(self)
        self.separator_combo.setObjectName("groupSeparatorCombo")
        self.separator_combo.setAccessibleName(self.tr("What separates several groups in a cell"))
        self.separator_combo.setAccessibleDescription(
            self.tr("Each group becomes a Sociocs list its contacts join.")
        )
        label = QLabel(self.tr("&Groups in a cell are separated by:"), self)
        label.setBuddy(self.separator_combo)
        self.preview = QLabel(self)
        self.preview.setObjectName("groupsPreview")
        self.preview.setWordWrap(True)
        self.add(label)
        self.add(self.separator_combo)
        self.add(self.preview, 1)
        self.separator_combo.activated.connect(self._activated)
        self._values: list[CellValue] = []

    def show_column(self, values: Sequence[CellValue], chosen: GroupSeparator | None) -> None:
        """Offer the separators for the column holding ``values`` (its first rows), with
        ``chosen`` selected (None: the one found in the file), and preview its groups."""
        self._values = list(values)
        found, _names = sample_groups(self._values, None)
        combo = self.separator_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(
            self.tr("Found in the file: {separator}").format(separator=separator_label(found)),
            None,
        )
        for separator in SEPARATOR_LABELS:
            combo.addItem(separator_label(separator), separator.value)
        combo.setCurrentIndex(max(0, combo.findData(chosen.value)) if chosen else 0)
        combo.blockSignals(False)
        fit_items(combo)
        self._show_preview()

    def separator(self) -> GroupSeparator | None:
        """The separator chosen (None: the one the file's cells hold)."""
        data = self.separator_combo.currentData()
        return GroupSeparator(data) if data else None

    def _show_preview(self) -> None:
        _used, names = sample_groups(self._values, self.separator())
        self.preview.setText(self.preview_text(names))

    def preview_text(self, names: Sequence[str]) -> str:
        """ "3 groups in the first rows: VIP, Newsletter, Team" (rich text; the first
        :data:`SHOWN_GROUPS` named, more counted)."""
        if not names:
            return self.tr("No group in the first rows.")
        shown = ", ".join(escape(name) for name in names[:SHOWN_GROUPS])
        if len(names) > SHOWN_GROUPS:
            more = QLocale().toString(len(names) - SHOWN_GROUPS)
            shown += self.tr(" and {n} more").format(n=more)
        return self.tr("<b>%Ln groups</b> in the first rows: {names}", "", len(names)).format(
            names=shown
        )

    @Slot(int)
    def _activated(self, _row: int) -> None:
        self._show_preview()
        self.chosen.emit()
