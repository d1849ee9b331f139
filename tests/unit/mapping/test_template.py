"""Mapping templates: JSON round trip and matching to a new file's columns."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from importer.errors import MappingError
from importer.mapping.model import ColumnChoice, Mapping, Role
from importer.mapping.template import load_template, save_template

HEADERS = ["Phone", "Name", "Email", "Notes"]
MAPPING = Mapping(
    (
        ColumnChoice(0, "Phone", Role.PHONE),
        ColumnChoice(1, "Name", Role.NAME),
        ColumnChoice(2, "Email", Role.EXTRA, "mail"),
        ColumnChoice(3, "Notes", Role.IGNORE),
    )
)


def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "t.json"
    save_template(MAPPING, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "sociocs-mapping"
    assert data["version"] == 1
    assert data["columns"][2] == {"header": "Email", "letter": "C", "role": "extra", "key": "mail"}
    assert load_template(path, HEADERS) == MAPPING


def test_matches_by_header_text_in_another_order(tmp_path: Path) -> None:
    path = tmp_path / "t.json"
    save_template(MAPPING, path)
    mapping = load_template(path, ["  notes", "EMAIL", "name", "phone"])
    assert [(c.index, c.role, c.key) for c in mapping.columns] == [
        (0, Role.IGNORE, ""),
        (1, Role.EXTRA, "mail"),
        (2, Role.NAME, ""),
        (3, Role.PHONE, ""),
    ]


def test_falls_back_to_letters_and_suggests_new_columns(tmp_path: Path) -> None:
    path = tmp_path / "t.json"
    save_template(MAPPING, path)
    mapping = load_template(path, ["Tel", "Name", "Email", "Notes", "Mobile", "City"])
    assert mapping.phone_index == 0  # "Tel" matched by letter A
    assert mapping.columns[4].role is Role.EXTRA  # suggested phone, but the template has one
    assert mapping.columns[4].key == "mobile"
    assert mapping.extra_fields == {"mail": 2, "mobile": 4, "city": 5}


def test_letter_is_not_used_when_the_header_moved(tmp_path: Path) -> None:
    path = tmp_path / "t.json"
    save_template(MAPPING, path)
    mapping = load_template(path, ["Name", "Phone", "Email"])
    assert mapping.phone_index == 1
    assert mapping.name_indices == (0,)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("not json", "not valid JSON"),
        ('{"format": "other"}', "not a Sociocs mapping template"),
        ('{"format": "sociocs-mapping", "version": 9, "columns": []}', "newer version"),
        ('{"format": "sociocs-mapping", "version": 1}', 'no "columns" list'),
        ('{"format": "sociocs-mapping", "version": 1, "columns": [1]}', "not an object"),
        (
            '{"format": "sociocs-mapping", "version": 1, "columns": [{"role": "boss"}]}',
            "unknown letter or role",
        ),
        (
            '{"format": "sociocs-mapping", "version": 1, "columns": [{"header": 3}]}',
            "not text",
        ),
    ],
)
def test_unreadable_template_names_the_file(tmp_path: Path, content: str, reason: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(MappingError, match=r"bad\.json") as caught:
        load_template(path, HEADERS)
    assert reason in str(caught.value)


def test_missing_template(tmp_path: Path) -> None:
    with pytest.raises(MappingError, match="does not exist"):
        load_template(tmp_path / "none.json", HEADERS)


def test_unwritable_destination(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(MappingError, match="Could not save the mapping template"):
        save_template(MAPPING, blocker / "t.json")


def test_phone_fallbacks_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "t.json"
    mapping = MAPPING.with_fallbacks((3, 2))
    save_template(mapping, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert [c.get("fallback") for c in data["columns"]] == [None, None, 2, 1]
    assert load_template(path, HEADERS).phone_fallbacks == (3, 2)
