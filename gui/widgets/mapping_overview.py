"""Match columns' lines above and below the table: the chosen phone and name columns, the
phone fallback ("If the phone number is empty, use …") and the columns left out."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from gui.widgets.responsive_row import ResponsiveRow, fit_items
from importer.columns import titled_column
from importer.mapping.model import Mapping


def column_name(mapping: Mapping, index: int) -> str:
    """A column as the user sees it: "Mobile Phone (B)"."""
    return titled_column(mapping.columns[index].header, index)


def chosen_text(mapping: Mapping) -> str:
    """The phone, name and country columns in one line of rich text."""
    phone = mapping.phone_index
    if phone is None:
        return QCoreApplication.translate(
            "MappingOverview", "<b>No column is chosen for the phone number yet.</b>"
        )
    parts = [
        QCoreApplication.translate("MappingOverview", "<b>Phone number:</b> {column}").format(
            column=escape(column_name(mapping, phone), quote=False)
        )
    ]
    names = mapping.name_indices
    if names:
        joined = " + ".join(escape(column_name(mapping, i), quote=False) for i in names)
        parts.append(
            QCoreApplication.translate("MappingOverview", "<b>Name:</b> {columns}").format(
                columns=joined
            )
        )
    else:
        parts.append(
            QCoreApplication.translate(
                "MappingOverview", "<b>Name:</b> none (contacts are saved without a name)"
            )
        )
    country = mapping.country_index
    if country is not None:
        parts.append(
            QCoreApplication.translate(
                "MappingOverview", "<b>Country of each row:</b> {column}"
            ).format(column=escape(column_name(mapping, country), quote=False))
        )
    lists = mapping.lists_index
    if lists is not None:
        parts.append(
            QCoreApplication.translate("MappingOverview", "<b>Lists (groups):</b> {column}").format(
                column=escape(column_name(mapping, lists), quote=False)
            )
        )
    return " &nbsp;·&nbsp; ".join(parts)


class FallbackChooser(ResponsiveRow):
    """ "If the phone number is empty, use: [column]" — hidden when no column qualifies; the
    choice goes under the question when the page is too narrow for both on one line."""

    chosen = Signal(int)
    """The fallback column picked, or -1 for none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox(self)
        self.combo.setObjectName("fallbackCombo")
        self.combo.setAccessibleName(self.tr("Column to use when the phone number is empty"))
        label = QLabel(self.tr("If the phone number is &empty, use:"), self)
        label.setBuddy(self.combo)
        self.add(label)
        self.add(self.combo, 1)
        self.combo.activated.connect(self._activated)

    def show_choices(self, mapping: Mapping, candidates: list[int]) -> None:
        """Offer ``candidates``; the mapping's first fallback is selected."""
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self.tr("Nothing: the row cannot be sent"), -1)
        for index in candidates:
            self.combo.addItem(column_name(mapping, index), index)
        current = mapping.phone_fallbacks[0] if mapping.phone_fallbacks else -1
        self.combo.setCurrentIndex(max(0, self.combo.findData(current)))
        self.combo.blockSignals(False)
        fit_items(self.combo)
        self.setVisible(bool(candidates))

    @Slot(int)
    def _activated(self, _row: int) -> None:
        self.chosen.emit(int(self.combo.currentData()))


class LeftOutLine(QWidget):
    """ "52 other columns are not imported — Import them as extra fields", and the reverse."""

    import_all = Signal()
    undo_import = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setObjectName("leftOutText")
        self.button = QPushButton(self)
        self.button.setObjectName("leftOutButton")
        self.button.clicked.connect(self._clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        layout.addStretch(1)
        self._added = False

    def show_counts(self, left_out: int, added: int) -> None:
        """Say how many columns are left out (or were just added), with the opposite action."""
        self._added = added > 0
        if added:
            self.label.setText(self.tr("%Ln columns were added as extra fields.", "", added))
            self.button.setText(self.tr("&Don't import them", "", added))
        elif left_out:
            self.label.setText(self.tr("%Ln other columns are not imported.", "", left_out))
            self.button.setText(self.tr("&Import them as extra fields", "", left_out))
        self.setVisible(bool(added or left_out))

    @Slot()
    def _clicked(self) -> None:
        (self.undo_import if self._added else self.import_all).emit()
