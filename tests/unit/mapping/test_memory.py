"""Mappings remembered per header set."""

from __future__ import annotations

from pathlib import Path

from importer.mapping.memory import MappingMemory, header_set_key
from importer.mapping.model import ColumnChoice, Mapping, Role

MAPPING = Mapping(
    (ColumnChoice(0, "Tel", Role.PHONE), ColumnChoice(1, "Who", Role.EXTRA, "person"))
)


def test_recalls_what_was_remembered(tmp_path: Path) -> None:
    memory = MappingMemory(tmp_path / "mappings")
    assert memory.recall(["Tel", "Who"]) is None
    memory.remember(["Tel", "Who"], MAPPING)
    assert MappingMemory(tmp_path / "mappings").recall(["Tel", "Who"]) == MAPPING


def test_same_header_set_in_another_order_maps_by_header(tmp_path: Path) -> None:
    memory = MappingMemory(tmp_path)
    memory.remember(["Tel", "Who"], MAPPING)
    recalled = memory.recall(["who ", "TEL"])
    assert recalled is not None
    assert recalled.phone_index == 1
    assert recalled.extra_fields == {"person": 0}


def test_other_headers_are_not_recalled(tmp_path: Path) -> None:
    memory = MappingMemory(tmp_path)
    memory.remember(["Tel", "Who"], MAPPING)
    assert memory.recall(["Tel", "Who", "City"]) is None


def test_damaged_file_is_forgotten(tmp_path: Path) -> None:
    memory = MappingMemory(tmp_path)
    memory.path_for(["Tel", "Who"]).write_text("{", encoding="utf-8")
    assert memory.recall(["Tel", "Who"]) is None


def test_key_ignores_order_case_and_spacing() -> None:
    assert header_set_key(["A b", "C"]) == header_set_key(["c", "a  B"])
    assert header_set_key(["A"]) != header_set_key(["A", ""])
