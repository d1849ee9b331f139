"""What separates several groups written in one cell, found from the cells or chosen.

Google writes ``Friends ::: Customers``, Outlook ``Business;Personal``, a vCard's CATEGORIES
and Mailchimp's TAGS use commas (Mailchimp quotes each tag: ``"VIP","Newsletter"``); sheets
typed by hand use any of these, a ``|`` or one group per line.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from enum import StrEnum

from importer.sources.base import CellValue


class GroupSeparator(StrEnum):
    """How several groups are written in one cell."""

    TRIPLE_COLON = ":::"
    SEMICOLON = ";"
    COMMA = ","
    PIPE = "|"
    LINE_BREAK = "newline"
    NONE = "none"
    """One group per cell, whatever it holds."""

    @property
    def text(self) -> str:
        """The characters that separate groups ("" for :attr:`NONE`)."""
        if self is GroupSeparator.LINE_BREAK:
            return "\n"
        return "" if self is GroupSeparator.NONE else self.value


DETECTED_ORDER = (
    GroupSeparator.TRIPLE_COLON,
    GroupSeparator.SEMICOLON,
    GroupSeparator.LINE_BREAK,
    GroupSeparator.PIPE,
    GroupSeparator.COMMA,
)
"""Separators in the order they win a tie: ``:::`` is never written by chance, and a comma
appears inside names more often than the others."""


def detect_separator(values: Iterable[CellValue]) -> GroupSeparator:
    """The separator most cells of ``values`` hold (each distinct cell counted once per row);
    :attr:`GroupSeparator.NONE` when no cell holds any."""
    cells = Counter(v.replace("\r\n", "\n") for v in values if isinstance(v, str) and v.strip())
    found: Counter[GroupSeparator] = Counter()
    for cell, rows in cells.items():
        for separator in DETECTED_ORDER:
            if separator.text in cell.strip():
                found[separator] += rows
                if separator is GroupSeparator.TRIPLE_COLON:
                    break  # Google's ":::" holds no other separator of its own
    if not found:
        return GroupSeparator.NONE
    best = max(found.values())
    return next(s for s in DETECTED_ORDER if found[s] == best)
