"""Key numbers at a glance: a row of tiles, each a symbol, a large number and what it counts.

A tile's tone tints its background and colours its symbol and number; the symbol's shape and
the caption say the same in words, so nothing depends on colour. Screen readers read a tile as
one sentence ("17 ready to send").
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSize, Qt, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from gui.symbols import Symbol, symbol_pixmap
from gui.theme import Tone, box_style, on_theme_change, text_style, tone_colour
from importer.check.counts import RowCounts
from importer.upload.summary import UploadSummary

NUMBER_SCALE = 2.0
"""The number's font size, as a multiple of the text's."""
SYMBOL_LINES = 1.5
"""The symbol's size, in lines of the text."""


class Tile(QFrame):
    """One key number: ``symbol`` and ``tone`` are fixed, :meth:`set_value` fills it in.

    The symbol stands before the number, the caption below them takes the tile's width. A tile
    that counts nothing (0) is drawn in the neutral tone: "0 could not be sent" is no alarm.
    """

    def __init__(self, symbol: Symbol, tone: Tone, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.symbol = symbol
        self.tone = tone
        self.shown_tone = tone
        """The tone drawn: :attr:`tone`, or neutral while the tile counts nothing."""
        self.setObjectName(f"tile_{symbol.value}")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("0") * 14)
        self.icon = QLabel(self)
        self.number = QLabel(self)
        self.number.setObjectName("tileNumber")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * NUMBER_SCALE)
        font.setBold(True)
        self.number.setFont(font)
        self.caption = QLabel(self)
        self.caption.setObjectName("tileCaption")
        self.caption.setWordWrap(True)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.number, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 8)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.caption, 1)
        self._restyle()
        on_theme_change(self._restyle)

    def set_value(self, number: str, caption: str) -> None:
        """Show ``number`` (already formatted) above ``caption`` ("ready to send")."""
        self.number.setText(number)
        self.caption.setText(caption)
        self.setAccessibleName(self.tr("{number} {caption}").format(number=number, caption=caption))

    def set_count(self, count: int, caption: str) -> None:
        """Show ``count`` in the language's digits above ``caption`` (neutral when 0)."""
        shown_tone = self.tone if count else Tone.NEUTRAL
        if shown_tone is not self.shown_tone:
            self.shown_tone = shown_tone
            self._restyle()
        self.set_value(QLocale().toString(count), caption)

    @Slot()
    def _restyle(self) -> None:
        selector = f"#{self.objectName()}"
        self.setStyleSheet(box_style(selector, self.shown_tone))
        self.number.setStyleSheet(text_style(self.shown_tone))
        side = int(self.fontMetrics().lineSpacing() * SYMBOL_LINES)
        ratio = max(1, round(self.devicePixelRatioF()))
        colour = tone_colour(self.shown_tone)
        self.icon.setPixmap(symbol_pixmap(self.symbol, colour, side, ratio))
        self.icon.setFixedSize(QSize(side, side))
        line = self.fontMetrics().lineSpacing()
        self.setMinimumHeight(int(self.number.fontMetrics().lineSpacing() + 2 * line + 16))


class TileRow(QWidget):
    """Tiles side by side, equally wide; a tile can be hidden when its count does not apply."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tileRow")
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(10)

    def add(self, symbol: Symbol, tone: Tone) -> Tile:
        """A new tile at the end of the row."""
        tile = Tile(symbol, tone, self)
        self._layout.addWidget(tile, 1)
        return tile


class CheckTiles(TileRow):
    """Check data's four counts (each row in exactly one): ready · ready with a note ·
    cannot be sent · duplicates."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ready = self.add(Symbol.CHECK, Tone.OK)
        self.noted = self.add(Symbol.NOTE, Tone.NOTE)
        self.invalid = self.add(Symbol.ERROR, Tone.ERROR)
        self.duplicates = self.add(Symbol.DUPLICATE, Tone.NEUTRAL)

    def show_counts(self, counts: RowCounts) -> None:
        """Fill the tiles from the engine's counts."""
        self.ready.set_count(counts.ready, self.tr("ready to send", "", counts.ready))
        self.noted.set_count(counts.noted, self.tr("ready with a note", "", counts.noted))
        self.invalid.set_count(counts.invalid, self.tr("cannot be sent", "", counts.invalid))
        duplicates = counts.duplicates
        self.duplicates.set_count(duplicates, self.tr("duplicates", "", duplicates))

    def summary(self) -> str:
        """The four counts as one line of words ("16 ready to send · 1 ready with a note · …")."""
        tiles = (self.ready, self.noted, self.invalid, self.duplicates)
        return " · ".join(tile.accessibleName() for tile in tiles)


class DoneTiles(TileRow):
    """Done's counts: uploaded · skipped (already there, left alone, duplicates) · could not be
    sent (problems in the file, refused by Sociocs) · not sent yet (only after a stop)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.uploaded = self.add(Symbol.UPLOAD, Tone.OK)
        self.skipped = self.add(Symbol.SKIP, Tone.NEUTRAL)
        self.refused = self.add(Symbol.ERROR, Tone.ERROR)
        self.waiting = self.add(Symbol.NOTE, Tone.NOTE)

    def show_summary(self, summary: UploadSummary) -> None:
        """Fill the tiles from the upload's summary."""
        skipped = summary.unchanged + summary.skipped + summary.duplicate
        refused = summary.invalid + summary.rejected
        self.uploaded.set_count(summary.uploaded, self.tr("uploaded", "", summary.uploaded))
        self.skipped.set_count(skipped, self.tr("skipped", "", skipped))
        self.refused.set_count(refused, self.tr("could not be sent", "", refused))
        waiting = summary.not_sent
        self.waiting.set_count(waiting, self.tr("not sent yet", "", waiting))
        self.waiting.setVisible(summary.not_sent > 0)
