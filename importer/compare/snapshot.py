"""What was read from Sociocs about the numbers of one import."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from importer.api.contacts import Contact
from importer.api.models import ContactList


class ReadMethod(StrEnum):
    """How the account was read: every page of contacts, or one search per number."""

    PAGES = "pages"
    SEARCH = "search"


@dataclass
class AccountSnapshot:
    """The existing contacts among the numbers asked about, and which are in the list.

    ``in_list`` is None when the list is All Contacts (every contact is in it).
    """

    contacts: dict[str, Contact] = field(default_factory=dict)
    in_list: set[str] | None = None
    method: ReadMethod = ReadMethod.PAGES
    requests: int = 0
    contacts_read: int = 0
    unusable: int = 0
    """Contact objects without a usable phone number (left out)."""
    lists: list[ContactList] | None = None
    """The account's lists, read when the import makes lists of groups (else None)."""
    members: dict[int, set[str]] = field(default_factory=dict)
    """List id → which of the numbers asked about it holds, for the lists the groups name
    (the import's own list is :attr:`in_list`)."""

    def is_in_list(self, phone: str) -> bool:
        """True when the contact with ``phone`` is already in the import's list."""
        return self.in_list is None or phone in self.in_list

    def is_member(self, phone: str, list_id: int | None, own_list: int | None) -> bool:
        """True when the contact with ``phone`` is already in ``list_id`` (None: a list still
        to be created, which nobody is in; ``own_list``: the import's own list)."""
        if list_id is None:
            return False
        if list_id == own_list:
            return self.is_in_list(phone)
        if list_id == 0:
            return True
        return phone in self.members.get(list_id, ())
