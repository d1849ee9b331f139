"""One cell of groups split into list names, and what was left out of it.

A cell names no group when it is empty; Google's own system groups (``* myContacts``,
``* starred``) are never lists, and its other starred groups (``* Friends``) are read without
the star. A comma- or semicolon-separated cell may quote its names as Mailchimp does
(``"VIP","Newsletter"``). A name longer than :data:`~importer.groups.names.MAX_LIST_NAME` or
empty once trimmed is left out and reported on the row.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass

from importer.groups.names import MAX_LIST_NAME, clean_name, list_key
from importer.groups.separators import GroupSeparator
from importer.sources.base import CellValue

GOOGLE_SYSTEM_GROUPS = frozenset({"mycontacts", "starred"})
"""Google's own groups (written ``* myContacts``, ``* starred``; the older export ``* My
Contacts``): every contact of a Google account is in the first, and the second is a favourite
mark, not a group of people."""


@dataclass(frozen=True, slots=True)
class GroupCell:
    """The groups one cell names, in order, each once; the names too long to be a list; how
    many parts were empty once trimmed."""

    names: tuple[str, ...] = ()
    too_long: tuple[str, ...] = ()
    empty: int = 0


NO_GROUPS = GroupCell()


def split_cell(value: CellValue, separator: GroupSeparator) -> GroupCell:
    """The groups ``value`` names (see the module docstring)."""
    if value is None or isinstance(value, bool):
        return NO_GROUPS
    text = value if isinstance(value, str) else str(value)
    if not text.strip():
        return NO_GROUPS
    names: dict[str, str] = {}
    too_long: list[str] = []
    empty = 0
    for part in _parts(text, separator):
        name = _without_star(clean_name(part))
        if name is None:
            continue
        if not name:
            empty += 1
        elif len(name) > MAX_LIST_NAME:
            too_long.append(name)
        else:
            names.setdefault(list_key(name), name)
    return GroupCell(tuple(names.values()), tuple(too_long), empty)


def _parts(text: str, separator: GroupSeparator) -> list[str]:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if separator is GroupSeparator.NONE:
        return [text]
    if separator in (GroupSeparator.COMMA, GroupSeparator.SEMICOLON) and '"' in text:
        rows = list(csv.reader([text.replace("\n", " ")], delimiter=separator.text))
        return rows[0] if rows else []
    return text.split(separator.text)


def _without_star(name: str) -> str | None:
    """Google's ``* Friends`` as ``Friends``; None for its system groups."""
    if not name.startswith("* "):
        return name
    bare = name[2:].strip()
    return None if bare.replace(" ", "").casefold() in GOOGLE_SYSTEM_GROUPS else bare


class CellReader:
    """Splits the cells of one column with one separator, each distinct value once (a column
    of a million rows holds a few hundred distinct cells)."""

    def __init__(self, separator: GroupSeparator) -> None:
        self.separator = separator
        self._cells: dict[CellValue, GroupCell] = {}

    def cell(self, value: CellValue) -> GroupCell:
        """:func:`split_cell` of ``value``, from the cache when seen before."""
        found = self._cells.get(value)
        if found is None:
            found = self._cells[value] = split_cell(value, self.separator)
        return found

    def names(self, value: CellValue) -> tuple[str, ...]:
        """The groups ``value`` names."""
        return self.cell(value).names
