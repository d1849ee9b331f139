"""The lists an import sends to: each group of the lists column matched to the account's lists
by name, the missing ones to be created, and which of them each row goes to.

A row without a group goes to the import's own list (the one chosen on Choose list or with
``--list``/``--list-id``; All Contacts is list 0). A group named like that list, or like an
existing list (trimmed, case- and accent-insensitively), is that list; two lists of the account
with the same name: the first Sociocs lists.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from importer.api.models import ALL_CONTACTS_ID, ContactList
from importer.check.result import CheckResult
from importer.groups.names import list_key

MANY_GROUPS = 50
"""From this many distinct groups on, the program asks whether they really are lists."""


@dataclass
class ListTarget:
    """One list the import sends to: its name, and its id once it exists (None: the import
    creates it); ``created`` when the import creates (or created) it."""

    name: str
    list_id: int | None
    created: bool = False

    @property
    def key(self) -> str:
        """What a group must be named (as :func:`list_key` reads it) to be this list."""
        return list_key(self.name)

    def to_json(self) -> dict[str, object]:
        """``{"name", "id", "created"}``."""
        return {"name": self.name, "id": self.list_id, "created": self.created}


@dataclass
class GroupLists:
    """The lists of an import and the lists of each of its rows.

    ``combos`` are the distinct sets of lists rows go to (indices into ``targets``, in the
    order the row names its groups); ``row_combo[i]`` is row ``i``'s (0: the import's own list
    alone, ``combos[0]``).
    """

    targets: list[ListTarget]
    combos: list[tuple[int, ...]] = field(default_factory=lambda: [(0,)])
    row_combo: array[int] = field(default_factory=lambda: array("I"))
    default: int = 0
    """The import's own list (rows without a group), always ``targets[0]``."""

    def lists_of(self, index: int) -> tuple[int, ...]:
        """The lists row ``index`` goes to (indices into :attr:`targets`)."""
        return self.combos[self.row_combo[index]] if index < len(self.row_combo) else (0,)

    def to_create(self) -> list[int]:
        """The targets without an id yet: the import creates them."""
        return [i for i, target in enumerate(self.targets) if target.list_id is None]

    def created_names(self) -> list[str]:
        """The names of the lists the import creates (or created), in order."""
        return [target.name for target in self.targets if target.created]

    def list_id(self, target: int) -> int:
        """The id of ``target`` (ValueError while it is still to be created)."""
        found = self.targets[target].list_id
        if found is None:
            raise ValueError(f"the list {self.targets[target].name!r} is not created yet")
        return found

    def rows_per_target(self, indices: Iterable[int]) -> list[int]:
        """How many of the rows ``indices`` go to each target."""
        per_combo = [0] * len(self.combos)
        for index in indices:
            per_combo[self.row_combo[index]] += 1
        counts = [0] * len(self.targets)
        for combo, rows in zip(self.combos, per_combo, strict=True):
            for target in combo:
                counts[target] += rows
        return counts


@dataclass(frozen=True)
class ListCount:
    """One list of an import in numbers: its contacts in the file once imported, and how many
    of them join it (the others were in it already)."""

    name: str
    list_id: int | None
    created: bool
    contacts: int
    joining: int

    def to_json(self) -> dict[str, object]:
        """``{"name", "id", "created", "contacts", "joining"}``."""
        return {
            "name": self.name,
            "id": self.list_id,
            "created": self.created,
            "contacts": self.contacts,
            "joining": self.joining,
        }


def group_lists(
    result: CheckResult,
    account: Sequence[ContactList],
    default_id: int | None,
    default_name: str,
) -> GroupLists:
    """The lists ``result``'s rows go to, matched to the ``account``'s lists by name; the
    import's own list (``default_id``, None when it is still to be created, named
    ``default_name``) takes the rows without a group."""
    own = ListTarget(default_name, default_id, created=default_id is None)
    lists = GroupLists([own])
    by_key = _account_lists(account)
    where: dict[str, int] = {own.key: 0}
    if default_id is not None:
        where.update({key: 0 for key, found in by_key.items() if found.id == default_id})
    combos: dict[tuple[int, ...], int] = {(0,): 0}
    cells: dict[object, int] = {}
    reader = result.group_reader()
    row_combo = array("I", bytes(4 * len(result)))
    for index, value in enumerate(result.raw_lists):
        combo = cells.get(value)
        if combo is None:
            targets = tuple(_target(lists, where, by_key, name) for name in reader.names(value))
            combo = cells[value] = combos.setdefault(targets or (0,), len(combos))
        row_combo[index] = combo
    lists.combos = list(combos)
    lists.row_combo = row_combo
    return lists


def _account_lists(account: Sequence[ContactList]) -> dict[str, ContactList]:
    """The account's lists by key: the first of several with one name."""
    found: dict[str, ContactList] = {}
    for contact_list in account:
        found.setdefault(list_key(contact_list.name), contact_list)
    return found


def _target(
    lists: GroupLists, where: dict[str, int], by_key: dict[str, ContactList], name: str
) -> int:
    key = list_key(name)
    position = where.get(key)
    if position is None:
        existing = by_key.get(key)
        target = (
            ListTarget(name, None, created=True)
            if existing is None
            else ListTarget(existing.name, existing.id)
        )
        position = where[key] = len(lists.targets)
        lists.targets.append(target)
    return position


def is_member_of_all(target: ListTarget) -> bool:
    """True for All Contacts, which every contact is in."""
    return target.list_id == ALL_CONTACTS_ID
