"""The default-country box: type part of a name to find it; Enter never leaves the page."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Slot
from PySide6.QtGui import QFocusEvent, QKeyEvent, QWheelEvent
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QCompleter, QWidget

from importer.choices import DEFAULT_COUNTRY
from importer.phones.normalize import country_choices

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def default_country(saved: str) -> str:
    """The saved country, else the computer's own, else the United States."""
    known = {region for region, _name, _code in country_choices()}
    for candidate in (saved, QLocale.system().name().partition("_")[2]):
        if candidate in known:
            return candidate
    return DEFAULT_COUNTRY


class CountryCombo(QComboBox):
    """An editable list of "Germany (+49)" entries that accepts only those entries.

    Typing filters the names (any part, any case); Enter or leaving the box picks the
    typed country, and text that names no country reverts to the current one. Enter is
    kept here so the wizard does not go on to the next page.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for region, name, code in country_choices():
            self.addItem(f"{name} (+{code})", region)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        line = self.lineEdit()
        assert line is not None
        line.editingFinished.connect(self.commit_text)

    def match(self, text: str) -> int:
        """The index of the country ``text`` names (whole entry, name, or one part), else -1."""
        wanted = text.strip().casefold()
        if not wanted:
            return -1
        entries = [self.itemText(i).casefold() for i in range(self.count())]
        for i, entry in enumerate(entries):
            if wanted in (entry, entry.rpartition(" (+")[0]):
                return i
        containing = [i for i, entry in enumerate(entries) if wanted in entry]
        return containing[0] if len(containing) == 1 else -1

    @Slot()
    def commit_text(self) -> None:
        """Pick the typed country, or put back the current one when the text names none."""
        index = self.match(self.currentText())
        if index >= 0 and index != self.currentIndex():
            self.setCurrentIndex(index)
        self.setEditText(self.itemText(self.currentIndex()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter picks the typed country and stays here (not the wizard's Next)."""
        if event.key() in ENTER_KEYS:
            popup = self._popup()
            if popup is not None and popup.isVisible():
                super().keyPressEvent(event)
            self.commit_text()
            event.accept()
            return
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        if alt and event.key() not in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            event.ignore()  # a shortcut such as Alt+N, never a letter typed into the name
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """Leaving the box settles the text on a real country."""
        super().focusOutEvent(event)
        popup = self._popup()
        if popup is None or not popup.isVisible():
            self.commit_text()

    def _popup(self) -> QAbstractItemView | None:
        """The completer's list of matching countries (None before a completer is set)."""
        completer = self.completer()
        return None if completer is None else completer.popup()

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Scrolling the page over the box does not change the country."""
        event.ignore()
