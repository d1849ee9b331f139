"""What undoing an import does to each contact it touched, given what Sociocs holds now.

Contacts the import created are deleted; contacts it changed get their before-image back;
contacts it added to the list are taken out again. A contact that changed in Sociocs after the
import (its values are neither those the import wrote nor those it had before, or it was
deleted) is left alone and listed, unless the user insists.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from importer.api.contacts import Contact
from importer.compare.snapshot import AccountSnapshot
from importer.compare.values import same_contact
from importer.i18n import N_, _
from importer.undo.backup import BackupRow
from importer.undo.list_undo import CreatedList, Membership
from importer.undo.undo_journal import UndoStep

ALL_CONTACTS = 0
CHANGED_SINCE = N_("It was changed in Sociocs after the import.")
DELETED_SINCE = N_("It was deleted in Sociocs after the import.")


@dataclass
class UndoPlan:
    """The rows of a backup, by what the undo does to them."""

    restore: list[BackupRow] = field(default_factory=list)
    unlist: list[BackupRow] = field(default_factory=list)
    delete: list[BackupRow] = field(default_factory=list)
    left_alone: dict[int, str] = field(default_factory=dict)
    """Backup row index → why the contact is left as it is."""
    already: int = 0
    """Contacts already as they were (never sent, or undone before)."""
    recorded: dict[UndoStep, set[int]] = field(default_factory=dict)
    """What the undo journal recorded as done when the plan was made (what is recorded after
    that was done by another undo of the import, and is left out)."""
    leave: list[Membership] = field(default_factory=list)
    """List memberships the import added that Sociocs holds now: taken out."""
    created_lists: list[CreatedList] = field(default_factory=list)
    """Lists the import created: named, never deleted."""

    @property
    def work(self) -> int:
        """How many requests-worth of contacts are to be undone."""
        return len(self.restore) + len(self.unlist) + len(self.delete) + len(self.leave)


def undo_plan(
    rows: list[BackupRow],
    list_id: int,
    now: AccountSnapshot,
    done: dict[UndoStep, set[int]],
    *,
    insist: bool,
) -> UndoPlan:
    """What to do to each of a backup's ``rows`` (sent to ``list_id``), given the contacts
    ``now`` in Sociocs (and which of them the list holds) and the steps ``done`` by an earlier
    undo; ``insist`` also undoes contacts changed since."""
    plan = UndoPlan()
    unlist_too = list_id != ALL_CONTACTS
    for row in rows:
        current = now.contacts.get(row.phone)
        if row.before is None:
            _created(plan, row, current, done, insist=insist)
        else:
            unlist = unlist_too and now.is_in_list(row.phone)
            _changed(plan, row, row.before, current, done, insist=insist, unlist=unlist)
    return plan


def _created(
    plan: UndoPlan,
    row: BackupRow,
    current: Contact | None,
    done: dict[UndoStep, set[int]],
    *,
    insist: bool,
) -> None:
    if row.index in done[UndoStep.DELETED] or current is None:
        plan.already += 1
    elif insist or _holds(current, row.record):
        plan.delete.append(row)
    else:
        plan.left_alone[row.index] = _(CHANGED_SINCE)


def _changed(
    plan: UndoPlan,
    row: BackupRow,
    before: Contact,
    current: Contact | None,
    done: dict[UndoStep, set[int]],
    *,
    insist: bool,
    unlist: bool,
) -> None:
    restored = row.index in done[UndoStep.RESTORED]
    as_before = current is not None and _holds(current, _values(before))
    as_imported = current is not None and _holds(current, row.record)
    if not (restored or as_before or as_imported or insist):
        plan.left_alone[row.index] = _(DELETED_SINCE if current is None else CHANGED_SINCE)
        return
    needs_restore = not (restored or as_before)
    needs_unlist = (
        unlist
        and not row.in_list_before
        and row.index not in done[UndoStep.UNLISTED]
        and current is not None
    )
    if needs_restore:
        plan.restore.append(row)
    if needs_unlist:
        plan.unlist.append(row)
    if not (needs_restore or needs_unlist):
        plan.already += 1


def _holds(contact: Contact, record: dict[str, object]) -> bool:
    return contact.extra is not None and same_contact(contact.name, contact.extra, record)


def _values(contact: Contact) -> dict[str, object]:
    return {"name": contact.name, "extra_fields": contact.extra or {}}
