"""Confirm's box of the lists that groups make: which lists are created (only once Upload is
clicked), and each list with the file's contacts in it, drawn as bars (new and existing lists
told apart in words, not by colour alone), and how many of them join it."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QLocale, QObject
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from gui.theme import Tone
from gui.widgets.charts import Bar, BarChart
from importer.api.models import ALL_CONTACTS_ID
from importer.lists.targets import ListCount
from importer.lists.texts import created_sentence

SHOWN_BARS = 8
"""Lists drawn as bars; the others are counted under the chart."""


class ListsBoxWords(QObject):
    """The box's words (Qt's plural forms need a class's ``tr``)."""

    def title(self) -> str:
        return self.tr("<b>Lists</b> (one for each group in the file)")

    def chart_title(self) -> str:
        return self.tr("Contacts per list")

    def when_created(self) -> str:
        return self.tr(
            "They are created when you click Upload — nothing is created before. Rows "
            "without a group go to the list chosen on Choose list."
        )

    def none_created(self) -> str:
        return self.tr(
            "Every group is a list your account already has: no list is created. Rows "
            "without a group go to the list chosen on Choose list."
        )

    def bar_label(self, count: ListCount, own: bool) -> str:
        if own:
            return self.tr("{list} (rows without a group)").format(list=count.name)
        if count.created:
            return self.tr("{list} (new)").format(list=count.name)
        return count.name

    def members(self, lists: Sequence[tuple[str, int]]) -> str:
        named = ", ".join(
            self.tr("{list}: {count}").format(list=escape(name), count=QLocale().toString(count))
            for name, count in lists
        )
        return self.tr("Contacts in their list already: {lists}.").format(lists=named)

    def more(self, count: int) -> str:
        return self.tr("… and %Ln more lists.", "", count)


class ListsBox(QWidget):
    """Hidden until :meth:`show_counts` gets the lists of a plan."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("listsBox")
        words = ListsBoxWords()
        self.title = QLabel(words.title(), self)
        self.created = QLabel(self)
        self.created.setObjectName("listsCreated")
        self.created.setWordWrap(True)
        self.chart = BarChart(words.chart_title(), max_bars=SHOWN_BARS, parent=self)
        self.chart.setObjectName("listsChart")
        self.detail = QLabel(self)
        self.detail.setObjectName("listsDetail")
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        for widget in (self.title, self.created, self.chart, self.detail):
            layout.addWidget(widget)
        self._counts: list[ListCount] = []
        self.setVisible(False)

    def show_counts(self, counts: Sequence[ListCount] | None) -> None:
        """Show the lists of a plan (None or empty: hide the box)."""
        own = counts[0] if counts else None
        used = [c for c in counts or () if c.contacts or c.joining]
        self._counts = used
        self.setVisible(bool(used))
        if not used:
            return
        words = ListsBoxWords()
        made = created_sentence([count.name for count in used if count.created])
        self.created.setText(
            f"<b>{escape(made)}</b> {words.when_created()}" if made else words.none_created()
        )
        self.chart.set_bars(
            [
                Bar(words.bar_label(c, c is own), c.contacts, Tone.NOTE if c.created else Tone.INFO)
                for c in used
            ]
        )
        lines = []
        members = [
            (c.name, c.contacts - c.joining)
            for c in used
            if c.contacts > c.joining and c.list_id != ALL_CONTACTS_ID  # every contact is in it
        ]
        if members:
            lines.append(words.members(members))
        if len(used) > SHOWN_BARS:
            lines.append(words.more(len(used) - SHOWN_BARS))
        self.detail.setText("<br>".join(lines))
        self.detail.setVisible(bool(lines))

    def rows(self) -> list[tuple[str, bool, int]]:
        """The lists shown: name, whether the import creates it, the file's contacts in it."""
        return [(c.name, c.created, c.contacts) for c in self._counts]
