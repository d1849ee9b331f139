"""The base of the pages' counted phrases: Qt's plural forms need a class's ``tr``, and a
vCard's rows are its contact cards, which each phrase names ("All 3 cards checked.")."""

from __future__ import annotations

from PySide6.QtCore import QObject


class CountedWords(QObject):
    """Phrases that count the file's rows, or a vCard's ``cards``."""

    def __init__(self, cards: bool = False) -> None:
        """``cards``: the file is a vCard, whose rows are its contact cards."""
        super().__init__()
        self.cards = cards
