"""Classifying every ready row against what Sociocs holds: new, updated, unchanged, skipped.

A row is **new** when no contact has its number; **unchanged** when the record it would send
leaves the contact as it is and the contact is already in the list (it is not sent);
**updated** when the record changes the name, a field, or adds the contact to the list;
**skipped** when the import leaves existing contacts alone (``skip``: contacts the file would
change, unless they are only to join the list) or when Sociocs holds extra fields for the
contact that cannot be read (they could not be kept, so the contact is never overwritten).

When groups make lists, the values decide alone (a contact is unchanged when Sociocs holds its
values, whatever lists it is in) and the lists each contact is not in yet are joined apart: a
contact that is sent is uploaded to the first of them and added to the others with
``POST /contacts/add-to-list``; an unchanged one — or a skipped one, with "still add the
skipped contacts to the list" — is only added, never sent again.
"""

from __future__ import annotations

from collections.abc import Collection

from importer.api.contacts import Contact
from importer.check.result import CheckResult
from importer.choices import ExistingPolicy
from importer.compare.changes import change_of, existing_record, merged_record
from importer.compare.plan import ComparePlan, RowKind
from importer.compare.snapshot import AccountSnapshot
from importer.i18n import N_, _
from importer.lists.targets import GroupLists

UNREADABLE_NOTE = N_(
    "Sociocs holds extra fields for this contact that the importer cannot read, so the "
    "contact was left as it is."
)


def classify(
    result: CheckResult,
    snapshot: AccountSnapshot,
    list_id: int | None,
    existing: ExistingPolicy,
    *,
    add_skipped_to_list: bool = False,
    lists: GroupLists | None = None,
) -> ComparePlan:
    """The plan for every ready row of ``result`` given what ``snapshot`` read; with
    ``lists``, the lists each contact joins too."""
    plan = ComparePlan(
        kinds=bytearray(len(result)),
        list_id=list_id,
        existing=existing,
        add_skipped_to_list=add_skipped_to_list,
        lists=lists,
    )
    file_keys = set(result.extras)
    contacts = snapshot.contacts
    for index in result.ready_indices():
        phone = result.phones[index]
        contact = contacts.get(phone) if phone is not None else None
        if contact is None:
            plan.kinds[index] = RowKind.NEW
            plan.send.append(index)
        else:
            in_list = lists is not None or snapshot.is_in_list(contact.phone)
            _classify_existing(plan, result, index, contact, in_list, file_keys)
        if lists is not None and phone is not None:
            _join_lists(plan, lists, snapshot, index, phone, contact)
    return plan


def _join_lists(
    plan: ComparePlan,
    lists: GroupLists,
    snapshot: AccountSnapshot,
    index: int,
    phone: str,
    contact: Contact | None,
) -> None:
    """The lists row ``index`` joins: the first by its upload, when it is sent; the others
    (all of them, when it is not sent) by additions."""
    sent = plan.kinds[index] == RowKind.NEW or index in plan.changes
    if (
        not sent
        and (plan.kinds[index] == RowKind.SKIPPED)
        and not (plan.add_skipped_to_list and contact is not None and contact.readable)
    ):
        return
    own = plan.list_id
    missing = [
        target
        for target in lists.lists_of(index)
        if not snapshot.is_member(phone, lists.targets[target].list_id, own)
    ]
    if sent and missing:
        plan.send_lists[index] = missing.pop(0)
    for target in missing:
        plan.additions.setdefault(target, []).append(index)


def _classify_existing(
    plan: ComparePlan,
    result: CheckResult,
    index: int,
    contact: Contact,
    in_list: bool,
    file_keys: Collection[str],
) -> None:
    if not contact.readable:
        plan.kinds[index] = RowKind.SKIPPED
        plan.notes[index] = _(UNREADABLE_NOTE)
        return
    record = result.record(index)
    if plan.existing is not ExistingPolicy.REPLACE:
        record = merged_record(record, contact)
    if plan.existing is ExistingPolicy.SKIP and change_of(
        contact, record, in_list=in_list, file_keys=file_keys
    ):
        plan.kinds[index] = RowKind.SKIPPED
        if in_list or not plan.add_skipped_to_list:
            return
        record = existing_record(contact.phone, contact)
    change = change_of(contact, record, in_list=in_list, file_keys=file_keys)
    if not change:
        plan.kinds[index] = RowKind.UNCHANGED
        return
    if plan.kinds[index] != RowKind.SKIPPED:
        plan.kinds[index] = RowKind.UPDATED
    if plan.existing is not ExistingPolicy.REPLACE:
        plan.records[index] = record
    plan.changes[index] = change
    plan.before[index] = contact
    if in_list:
        plan.in_list_before.add(index)
    plan.send.append(index)
