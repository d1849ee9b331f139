"""Spreadsheet columns as the user sees them: letters as in Excel ("A", "Z", "AA", …), and a
column named by its title with its letter in brackets ("Phone (C)")."""

from __future__ import annotations

from collections.abc import Sequence

from importer.cell_text import cell_text
from importer.i18n import _

MAX_COLUMNS = 16_384
"""The most columns a sheet can have: Excel's limit (column XFD). A file with more is refused."""


def column_letter(index: int) -> str:
    """The letter of the 0-based column ``index`` (0 → "A", 26 → "AA")."""
    if index < 0:
        raise ValueError(f"column index must be ≥ 0, not {index}")
    letters = ""
    number = index + 1
    while number:
        number, remainder = divmod(number - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters


def column_index(letter: str) -> int:
    """The 0-based index of column ``letter`` ("A" → 0, "aa" → 26); ValueError if not letters."""
    text = letter.strip().upper()
    if not text or not text.isascii() or not text.isalpha():
        raise ValueError(f"{letter!r} is not a column letter")
    number = 0
    for char in text:
        number = number * 26 + (ord(char) - ord("A") + 1)
    return number - 1


def column_label(headers: Sequence[str], index: int) -> str:
    """Column ``index`` named for people: its title and letter, "Phone (C)"; a column without
    a title is "Column C"."""
    return titled_column(headers[index] if index < len(headers) else "", index)


def titled_column(title: str, index: int) -> str:
    """:func:`column_label` of column ``index`` whose title is ``title``."""
    if is_untitled(title, index):
        return untitled_name(index)
    title = cell_text(title.strip())
    return _("{title} ({letter})").format(title=title, letter=column_letter(index))


def untitled_name(index: int) -> str:
    """What column ``index`` is called when its header cell is empty: "Column C"."""
    return _("Column {letter}").format(letter=column_letter(index))


def is_untitled(title: str, index: int) -> bool:
    """Whether column ``index`` has no title: ``title`` is empty or :func:`untitled_name`.
    Such a name says nothing about the column ("Column TEL" is no phone title)."""
    title = title.strip()
    return not title or title == untitled_name(index)


def letter_label(headers: Sequence[str], letter: str) -> str:
    """:func:`column_label` of the column with ``letter`` ("" stays "")."""
    return column_label(headers, column_index(letter)) if letter else ""
