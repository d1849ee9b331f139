"""Match columns' lines above and below the table: the chosen phone and name columns, the
phone fallback ("If the phone number is empty, use …") and the columns left out."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from importer.columns import column_letter
from importer.mapping.model import Mapping
from importer.wording import plural

NO_FALLBACK = "Nothing: the row cannot be sent"


def column_name(mapping: Mapping, index: int) -> str:
    """A column as the user sees it: 'B "Mobile Phone"'."""
    header = mapping.columns[index].header
    return f'{column_letter(index)} "{header}"' if header else column_letter(index)


def chosen_text(mapping: Mapping) -> str:
    """The phone and name columns in one line of rich text."""
    phone = mapping.phone_index
    if phone is None:
        return "<b>No column is chosen for the phone number yet.</b>"
    parts = [f"<b>Phone number:</b> {escape(column_name(mapping, phone), quote=False)}"]
    names = mapping.name_indices
    if names:
        joined = " + ".join(escape(column_name(mapping, i), quote=False) for i in names)
        parts.append(f"<b>Name:</b> {joined}")
    else:
        parts.append("<b>Name:</b> none (contacts are saved without a name)")
    return " &nbsp;·&nbsp; ".join(parts)


class FallbackChooser(QWidget):
    """ "If the phone number is empty, use: [column]" — hidden when no column qualifies."""

    chosen = Signal(int)
    """The fallback column picked, or -1 for none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox(self)
        self.combo.setObjectName("fallbackCombo")
        self.combo.setAccessibleName("Column to use when the phone number is empty")
        label = QLabel("If the phone number is &empty, use:", self)
        label.setBuddy(self.combo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.combo, 1)
        self.combo.activated.connect(self._activated)

    def show_choices(self, mapping: Mapping, candidates: list[int]) -> None:
        """Offer ``candidates``; the mapping's first fallback is selected."""
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(NO_FALLBACK, -1)
        for index in candidates:
            self.combo.addItem(column_name(mapping, index), index)
        current = mapping.phone_fallbacks[0] if mapping.phone_fallbacks else -1
        self.combo.setCurrentIndex(max(0, self.combo.findData(current)))
        self.combo.blockSignals(False)
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
            self.label.setText(
                plural(
                    added,
                    "{n} column was added as an extra field.",
                    "{n} columns were added as extra fields.",
                )
            )
            self.button.setText(plural(added, "&Don't import it", "&Don't import them"))
        elif left_out:
            self.label.setText(
                plural(
                    left_out,
                    "{n} other column is not imported.",
                    "{n} other columns are not imported.",
                )
            )
            self.button.setText(
                plural(left_out, "&Import it as an extra field", "&Import them as extra fields")
            )
        self.setVisible(bool(added or left_out))

    @Slot()
    def _clicked(self) -> None:
        (self.undo_import if self._added else self.import_all).emit()
