"""The columns left out of a mapping, and turning them all into extra fields (or back) at once:
Match columns' "52 other columns are not imported — Import them as extra fields"."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from importer.columns import column_letter
from importer.mapping.keys import derive_key
from importer.mapping.model import Mapping, Role
from importer.sources.base import Row


def left_out(mapping: Mapping, sample_rows: Sequence[Row]) -> list[int]:
    """Columns set to "Don't import" that hold values in the sample."""
    filled = {
        index
        for _, values in sample_rows
        for index, value in enumerate(values)
        if value is not None and value != ""
    }
    return [c.index for c in mapping.columns if c.role is Role.IGNORE and c.index in filled]


def import_as_extras(mapping: Mapping, indices: Iterable[int]) -> Mapping:
    """``mapping`` with the columns ``indices`` made extra fields under keys from their titles."""
    wanted = set(indices)
    taken = set(mapping.extra_fields)
    for choice in mapping.columns:
        if choice.index in wanted and choice.role is Role.IGNORE:
            fallback = f"field_{column_letter(choice.index).lower()}"
            key = derive_key(choice.header, taken, fallback=fallback)
            taken.add(key)
            mapping = mapping.with_choice(choice.index, Role.EXTRA, key)
    return mapping


def leave_out(mapping: Mapping, indices: Iterable[int]) -> Mapping:
    """``mapping`` with the extra-field columns ``indices`` set to "Don't import"."""
    wanted = set(indices)
    for choice in mapping.columns:
        if choice.index in wanted and choice.role is Role.EXTRA:
            mapping = mapping.with_choice(choice.index, Role.IGNORE)
    return mapping
