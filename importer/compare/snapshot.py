"""What was read from Sociocs about the numbers of one import."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from importer.api.contacts import Contact


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

    def is_in_list(self, phone: str) -> bool:
        """True when the contact with ``phone`` is already in the import's list."""
        return self.in_list is None or phone in self.in_list
