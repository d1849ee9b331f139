"""Reading back what Sociocs holds after a write whose answer confirmed nothing.

Sociocs has no endpoint that returns one contact, so a read-back reads like the comparison
(:class:`~.reader.AccountReader`: the list's pages, then pages of All Contacts or one search per
number, whichever needs fewer requests). Only what it finds counts: a record is held when the
contact has exactly the name and extra fields written and is in the list; a contact is gone
when no contact has its number (or, for a list, when the list no longer holds it).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

from importer.compare.reader import AccountReader, ContactReader
from importer.compare.snapshot import AccountSnapshot
from importer.compare.values import same_contact
from importer.jobs.retrying import Retrying


def held_as_written(
    requests: Retrying[ContactReader], records: Mapping[int, Mapping[str, Any]], list_id: int
) -> set[int]:
    """The keys of ``records`` (row → the record written to ``list_id``) whose contact Sociocs
    holds exactly as written, in that list."""
    phones = {str(record["phone_number"]) for record in records.values()}
    now = _read(requests, phones, list_id)
    held = set()
    for row, record in records.items():
        phone = str(record["phone_number"])
        contact = now.contacts.get(phone)
        if (
            contact is not None
            and contact.extra is not None
            and now.is_in_list(phone)
            and same_contact(contact.name, contact.extra, record)
        ):
            held.add(row)
    return held


def still_there(
    requests: Retrying[ContactReader], phones: Collection[str], list_id: int
) -> set[str]:
    """Which of ``phones`` Sociocs still holds: as contacts (``list_id`` 0), or in the list."""
    now = _read(requests, phones, list_id)
    if now.in_list is None:
        return set(now.contacts) & set(phones)
    return now.in_list & set(phones)


def _read(
    requests: Retrying[ContactReader], phones: Collection[str], list_id: int
) -> AccountSnapshot:
    return AccountReader(requests, lambda step: None).read(phones, list_id, members_only=True)
