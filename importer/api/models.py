"""Plain data returned by the Sociocs API client."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

ALL_CONTACTS_ID = 0
"""The list number of All Contacts, the list every account has and every contact is in."""


@dataclass(frozen=True)
class ContactList:
    """A Sociocs contact list; ``extra`` keeps the undocumented fields the server sent."""

    id: int
    name: str
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def is_all_contacts(self) -> bool:
        """Whether this is All Contacts (not a list the account made)."""
        return self.id == ALL_CONTACTS_ID


def own_lists(lists: list[ContactList]) -> list[ContactList]:
    """The lists the account made: ``lists`` without All Contacts."""
    return [found for found in lists if not found.is_all_contacts]
