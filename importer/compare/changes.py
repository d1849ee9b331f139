"""What sending a record changes in an existing contact, and the record ``keep`` sends.

``keep`` merges: the file's non-empty values replace, and everything the file leaves empty or
does not have keeps the value Sociocs holds. ``replace`` sends the file's record as it is, so
Sociocs drops the name and fields the record lacks; those are counted as emptied (the file has
the column, empty in this row) or removed (the file has no such column).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import Any

from importer.api.contacts import Contact
from importer.api.records import contact_record
from importer.compare.values import same_value, value_text


@dataclass(frozen=True, slots=True)
class ContactChange:
    """How one existing contact changes; empty when nothing does."""

    name: tuple[str | None, str | None] | None = None
    """(old, new) when the name changes."""
    fields: dict[str, tuple[Any, Any]] = field(default_factory=dict)
    """Field → (old, new) for every field set or changed (old is None for a new field)."""
    emptied: tuple[str, ...] = ()
    """Fields Sociocs holds that the file's column leaves empty in this row (they are lost)."""
    removed: tuple[str, ...] = ()
    """Fields Sociocs holds that the file has no column for (they are lost)."""
    list_added: bool = False
    """The contact joins the import's list."""

    def __bool__(self) -> bool:
        return bool(self.name or self.fields or self.emptied or self.removed or self.list_added)

    @property
    def values_change(self) -> bool:
        """True when the name or any extra field changes (not only the list)."""
        return bool(self.name or self.fields or self.emptied or self.removed)

    @property
    def lost(self) -> tuple[str, ...]:
        """Every field the contact loses."""
        return self.emptied + self.removed


def merged_record(record: Mapping[str, Any], existing: Contact) -> dict[str, Any]:
    """The record ``keep`` sends: ``record``'s values over the existing contact's."""
    extra = dict(existing.extra or {})
    extra.update(record.get("extra_fields") or {})
    return contact_record(record["phone_number"], record.get("name") or existing.name, extra)


def existing_record(phone: str, existing: Contact) -> dict[str, Any]:
    """A record that leaves ``existing`` as it is (sent to add it to a list only)."""
    return contact_record(phone, existing.name, dict(existing.extra or {}))


def change_of(
    existing: Contact,
    record: Mapping[str, Any],
    *,
    in_list: bool,
    file_keys: Collection[str],
) -> ContactChange:
    """What sending ``record`` does to ``existing``; ``file_keys`` are the file's extra fields."""
    old_fields = existing.extra or {}
    new_fields = record.get("extra_fields") or {}
    new_name = record.get("name")
    changed = {
        key: (old_fields.get(key), value)
        for key, value in new_fields.items()
        if not same_value(old_fields.get(key), value)
    }
    lost = [key for key, value in old_fields.items() if key not in new_fields and value_text(value)]
    return ContactChange(
        name=None if same_value(existing.name, new_name) else (existing.name, new_name),
        fields=changed,
        emptied=tuple(key for key in lost if key in file_keys),
        removed=tuple(key for key in lost if key not in file_keys),
        list_added=not in_list,
    )
