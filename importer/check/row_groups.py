"""Each row's groups (the lists column): which lists each row names, the notes its cell brings,
and how many rows each group holds.

The separator is the one chosen, else the one most cells hold
(:func:`~importer.groups.separators.detect_separator`). A group name longer than a list name
may be, or empty once trimmed, is left out with a note on the row; the row itself is sent
(to its other lists, or to the list chosen for rows without a group).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

from importer.cell_text import cell_text
from importer.check.issues import Issue, Severity
from importer.columns import column_letter
from importer.groups.cells import GroupCell
from importer.groups.names import MAX_LIST_NAME, list_key
from importer.groups.separators import GroupSeparator, detect_separator
from importer.i18n import _

if TYPE_CHECKING:
    from importer.check.result import CheckResult

GROUP_TOO_LONG_CODE = "group_too_long"
GROUP_EMPTY_CODE = "group_empty"


def settle_groups(result: CheckResult, separator: GroupSeparator | None) -> None:
    """Once every row is read: the separator (``separator``, else the one the cells hold) and
    the notes of the cells it leaves names out of. Nothing without a lists column."""
    if result.mapping.lists_index is None:
        result.list_separator = None
        return
    result.list_separator = separator or detect_separator(result.raw_lists)
    note_groups(result)


def change_list_separator(result: CheckResult, separator: GroupSeparator) -> None:
    """Read the lists column again with ``separator`` (now the import's choice)."""
    result.choices = result.choices.with_changes(list_separator=separator)
    settle_groups(result, separator)


def note_groups(result: CheckResult) -> None:
    """Replace the notes of the lists column: a group too long to be a list name, an empty
    one."""
    index_of_column = result.mapping.lists_index
    if index_of_column is None:
        return
    column = column_letter(index_of_column)
    issues = result.issues
    for index in [i for i, found in issues.items() if any(x.column == column for x in found)]:
        kept = [issue for issue in issues[index] if issue.column != column]
        if kept:
            issues[index] = kept
        else:
            del issues[index]
    reader = result.group_reader()
    bad = {value for value in set(result.raw_lists) if _noted(reader.cell(value))}
    if not bad:
        return
    numbers = result.row_numbers
    for index, value in enumerate(result.raw_lists):
        if value in bad:
            notes = cell_notes(reader.cell(value), numbers[index], column)
            issues.setdefault(index, []).extend(notes)


def _noted(cell: GroupCell) -> bool:
    return bool(cell.too_long or cell.empty)


def cell_notes(cell: GroupCell, row: int, column: str) -> list[Issue]:
    """The notes of one cell: each name too long to be a list, and empty names."""
    notes = [
        Issue(
            row,
            column,
            Severity.WARNING,
            GROUP_TOO_LONG_CODE,
            _(
                'The group "{name}" is longer than the {limit} characters a list name may '
                "have: the contact is not added to such a list."
            ).format(name=cell_text(name), limit=MAX_LIST_NAME),
        )
        for name in cell.too_long
    ]
    if cell.empty:
        notes.append(
            Issue(
                row,
                column,
                Severity.WARNING,
                GROUP_EMPTY_CODE,
                _(
                    "The cell of groups holds an empty group name (nothing between two "
                    "separators, or only spaces); it was left out."
                ),
            )
        )
    return notes


def group_rows(result: CheckResult, indices: Iterable[int]) -> dict[str, tuple[str, int]]:
    """Group key → (its name as the file first writes it, how many of the rows ``indices``
    name it), most rows first; empty without a lists column."""
    if result.mapping.lists_index is None:
        return {}
    values = Counter(map(result.raw_lists.__getitem__, indices))
    reader = result.group_reader()
    rows: Counter[str] = Counter()
    names: dict[str, str] = {}
    for value, count in values.items():
        for name in reader.names(value):
            key = list_key(name)
            names.setdefault(key, name)
            rows[key] += count
    return {key: (names[key], count) for key, count in rows.most_common()}
