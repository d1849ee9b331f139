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


@dataclass(frozen=True)
class WriteAnswer:
    """What Sociocs answered a request that changes something, before it is judged.

    ``payload`` is the decoded JSON body, or None when the body is not JSON (``is_json``
    False); ``shown`` is the body as words may quote it (trimmed, the API key redacted). Only
    :mod:`importer.jobs.answers` decides whether it confirms the change.
    """

    status: int
    payload: Any
    is_json: bool
    shown: str
    messages: tuple[str, ...] = ()
    """The ``errors[].msg`` texts it holds, redacted and trimmed."""
