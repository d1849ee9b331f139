"""Spreadsheet column letters, as the user sees them in Excel ("A", "Z", "AA", …)."""

from __future__ import annotations


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
