"""Plain data returned by the Sociocs API client."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class ContactList:
    """A Sociocs contact list; ``extra`` keeps the undocumented fields the server sent."""

    id: int
    name: str
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
