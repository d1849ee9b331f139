"""The column mapping: which source column becomes the phone number, the name, or an extra field.

A :class:`Mapping` is a plain immutable value. Columns are referred to by their 0-based index
in the sheet (column A is 0); the header text travels along so templates can be matched by name.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum


class Role(StrEnum):
    """What one source column becomes."""

    PHONE = "phone"
    NAME = "name"
    FIRST_NAME = "first_name"
    LAST_NAME = "last_name"
    EXTRA = "extra"
    IGNORE = "ignore"
    COUNTRY = "country"
    """The row's country: numbers without a country code are read in it. With a ``key`` the
    value is also saved as that extra field."""
    LISTS = "lists"
    """The row's groups (labels, categories, tags): each becomes a Sociocs list the contact is
    added to. With a ``key`` the value is also saved as that extra field."""


KEYED_ROLES = frozenset({Role.EXTRA, Role.COUNTRY, Role.LISTS})
"""Roles whose column is saved as an extra field under its key."""


@dataclass(frozen=True, slots=True)
class ColumnChoice:
    """The role chosen for one source column; ``key`` is the extra-field key for ``EXTRA``
    (and for ``COUNTRY`` when the country is also saved; "" when it is not).

    ``fallback`` > 0 makes the column a phone fallback: its number is used for rows whose
    phone column is empty (1 is tried first, then 2…). It keeps its own role besides.
    """

    index: int
    header: str
    role: Role
    key: str = ""
    fallback: int = 0


@dataclass(frozen=True, slots=True)
class Mapping:
    """One :class:`ColumnChoice` per source column, in sheet order."""

    columns: tuple[ColumnChoice, ...] = field(default_factory=tuple)

    @property
    def phone_index(self) -> int | None:
        """The column holding phone numbers, if one is chosen."""
        return next((c.index for c in self.columns if c.role is Role.PHONE), None)

    @property
    def phone_fallbacks(self) -> tuple[int, ...]:
        """Columns whose number is used, in this order, for rows with an empty phone."""
        ranked = sorted((c.fallback, c.index) for c in self.columns if c.fallback > 0)
        return tuple(index for _, index in ranked if index != self.phone_index)

    @property
    def name_indices(self) -> tuple[int, ...]:
        """Columns joined (with a space) into ``name``: the full name, or first then last."""
        full = tuple(c.index for c in self.columns if c.role is Role.NAME)
        if full:
            return full
        first = tuple(c.index for c in self.columns if c.role is Role.FIRST_NAME)
        last = tuple(c.index for c in self.columns if c.role is Role.LAST_NAME)
        return first + last

    @property
    def country_index(self) -> int | None:
        """The column holding each row's country, if one is chosen."""
        return next((c.index for c in self.columns if c.role is Role.COUNTRY), None)

    @property
    def lists_index(self) -> int | None:
        """The column naming each row's groups (its lists), if one is chosen."""
        return next((c.index for c in self.columns if c.role is Role.LISTS), None)

    @property
    def extra_fields(self) -> dict[str, int]:
        """Extra-field key → column index, in sheet order (a country or lists column saved as a
        field included)."""
        return {c.key: c.index for c in self.columns if c.role in KEYED_ROLES and c.key}

    def with_choice(self, index: int, role: Role, key: str = "") -> Mapping:
        """A copy with column ``index`` given ``role`` (and ``key`` for extra fields and a
        saved country or lists column)."""
        columns = tuple(
            replace(c, role=role, key=key if role in KEYED_ROLES else "") if c.index == index else c
            for c in self.columns
        )
        return Mapping(columns)

    def with_fallbacks(self, indices: tuple[int, ...]) -> Mapping:
        """A copy whose phone fallbacks are the columns ``indices``, in that order."""
        rank = {index: position for position, index in enumerate(indices, start=1)}
        return Mapping(tuple(replace(c, fallback=rank.get(c.index, 0)) for c in self.columns))
