"""Phone fallbacks travel in an import's choices (journal) and keep older entries readable."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.choices import (
    ChoicesError,
    ImportChoices,
    mapping_entries,
)
from importer.mapping.model import ColumnChoice, Mapping, Role

MAPPING = Mapping(
    (
        ColumnChoice(0, "Mobile", Role.PHONE),
        ColumnChoice(1, "Work", Role.EXTRA, "work"),
        ColumnChoice(2, "Home", Role.IGNORE),
    )
).with_fallbacks((2, 1))


def test_fallback_ranks_are_a_fifth_item_only_where_set() -> None:
    plain = Mapping(MAPPING.with_fallbacks(()).columns)
    assert mapping_entries(plain) == [
        [0, "Mobile", "phone", ""],
        [1, "Work", "extra", "work"],
        [2, "Home", "ignore", ""],
    ]
    assert mapping_entries(MAPPING)[1:] == [
        [1, "Work", "extra", "work", 2],
        [2, "Home", "ignore", "", 1],
    ]


def test_choices_with_fallbacks_round_trip() -> None:
    choices = ImportChoices(path=Path("c.csv"), mapping=MAPPING)
    restored = ImportChoices.from_json(choices.to_json())
    assert restored.mapping == MAPPING
    assert restored.mapping is not None and restored.mapping.phone_fallbacks == (2, 1)


def test_a_damaged_fallback_is_refused() -> None:
    data = ImportChoices(path=Path("c.csv"), mapping=MAPPING).to_json()
    data["mapping"][2] = [2, "Home", "ignore", "", "first", 9]
    with pytest.raises(ChoicesError, match="damaged"):
        ImportChoices.from_json(data)
