"""The backup's line about lists: the lists an import sends to and which contacts join each,
written before the first batch and read back for a resumed upload and for the undo."""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from importer.jobs.row_ranges import from_ranges, to_ranges
from importer.lists.targets import GroupLists, ListTarget


@dataclass(frozen=True)
class BackupLists:
    """The lists of an import as its backup holds them: the lists, the list each row's upload
    went to (row → target), the rows added to each list (target → rows) and the number of
    each row added (the rows sent have theirs in the backup's rows)."""

    lists: GroupLists
    send_lists: dict[int, int]
    additions: dict[int, list[int]]
    phones: dict[int, str]


def lists_entry(
    lists: GroupLists,
    send_lists: dict[int, int],
    additions: dict[int, list[int]],
    phones: Sequence[str | None],
) -> dict[str, Any]:
    """The JSON of the lists, the rows of each combination of lists (the first, the import's
    own list alone, is every other row), the upload's list of each row, the additions and
    the number of each row added."""
    by_combo: dict[int, list[int]] = {}
    for index, combo in enumerate(lists.row_combo):
        if combo:
            by_combo.setdefault(combo, []).append(index)
    by_target: dict[int, list[int]] = {}
    for index, target in sorted(send_lists.items()):
        by_target.setdefault(target, []).append(index)
    return {
        "targets": [target.to_json() for target in lists.targets],
        "combos": [list(combo) for combo in lists.combos],
        "rows": len(lists.row_combo),
        "combo_rows": [[combo, to_ranges(rows)] for combo, rows in by_combo.items()],
        "send": [[target, to_ranges(rows)] for target, rows in by_target.items()],
        "add": [[target, to_ranges(rows)] for target, rows in additions.items()],
        "phones": sorted({(i, phones[i]) for rows in additions.values() for i in rows}),
    }


def lists_from_entry(entry: dict[str, Any]) -> BackupLists:
    """What :func:`lists_entry` wrote (KeyError, TypeError or ValueError when damaged)."""
    targets = [
        ListTarget(str(item["name"]), _optional_id(item["id"]), bool(item["created"]))
        for item in entry["targets"]
    ]
    row_combo = array("I", bytes(4 * int(entry["rows"])))
    for combo, ranges in entry["combo_rows"]:
        for index in from_ranges(ranges):
            row_combo[index] = int(combo)
    lists = GroupLists(
        targets, [tuple(int(t) for t in combo) for combo in entry["combos"]], row_combo
    )
    send_lists = {
        index: int(target) for target, ranges in entry["send"] for index in from_ranges(ranges)
    }
    additions = {int(target): list(from_ranges(ranges)) for target, ranges in entry["add"]}
    phones = {int(index): str(phone) for index, phone in entry["phones"]}
    return BackupLists(lists, send_lists, additions, phones)


def _optional_id(value: Any) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValueError(f"a list id is not a number: {value!r}")
    return value
