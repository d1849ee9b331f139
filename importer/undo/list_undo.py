"""Undoing what an import did to lists: the memberships it added are taken out again, and the
lists it created are named — never deleted.

``DELETE /lists/{id}`` deletes every contact in the list, so the program never calls it: after
the undo the lists it created are left in Sociocs, and the undo says whether they are empty now
(someone may have put contacts in them since). A membership is taken out with ``DELETE
/contacts/{phone}`` and the list's id (the documented way to take a contact out of one list),
one request each; only memberships the import added are: a contact's upload to a list it was
not in, and the additions the record of its lists says it was making. Contacts the import
created are deleted whole, their memberships with them.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import chain

from importer.lists.record import ListFacts
from importer.undo.backup import Backup


@dataclass(frozen=True, slots=True)
class Membership:
    """One membership the import added: ``index`` numbers it among the import's memberships
    (as the undo journal notes it), ``row`` is the contact's data row."""

    index: int
    list_id: int
    row: int
    phone: str


@dataclass(frozen=True, slots=True)
class CreatedList:
    """A list the import created; ``empty`` once the undo read it (None: not read)."""

    name: str
    list_id: int
    empty: bool | None = None


def added_memberships(backup: Backup, facts: ListFacts) -> list[Membership]:
    """The memberships of contacts that existed before the import that it added (see the
    module docstring), in a stable order."""
    lists = backup.lists
    if lists is None:
        return []
    ids = list_ids(backup, facts)
    rows = {row.index: row for row in backup.rows}
    uploaded = ((target, row, True) for row, target in sorted(lists.send_lists.items()))
    additions = (
        (target, row, False)
        for target in sorted(lists.additions)
        for row in lists.additions[target]
    )
    found = []
    for number, (target, index, by_upload) in enumerate(chain(uploaded, additions)):
        list_id = ids[target]
        sent = rows.get(index)
        if list_id is None or list_id == 0 or (sent is not None and sent.before is None):
            continue
        if not by_upload and index not in facts.adding.get(list_id, ()):
            continue
        phone = sent.phone if sent is not None else lists.phones[index]
        found.append(Membership(number, list_id, index, phone))
    return found


def list_ids(backup: Backup, facts: ListFacts) -> list[int | None]:
    """The id of each list of the import (a list it was to create: the id its record noted,
    None when it was never created)."""
    assert backup.lists is not None
    targets = backup.lists.lists.targets
    return [
        target.list_id if target.list_id is not None else facts.created.get(position)
        for position, target in enumerate(targets)
    ]


def created_lists(backup: Backup, facts: ListFacts) -> list[CreatedList]:
    """The lists the import created (those it was to create and did)."""
    if backup.lists is None:
        return []
    targets = backup.lists.lists.targets
    return [
        CreatedList(target.name, list_id)
        for target, list_id in zip(targets, list_ids(backup, facts), strict=True)
        if target.created and list_id is not None
    ]
