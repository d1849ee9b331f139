"""Tolerant reading of ``GET /lists``, whose list objects are undocumented."""

from __future__ import annotations

from typing import Any

from importer.api.models import ContactList
from importer.api.payload import payload_items

_NAME_KEYS = ("name", "list_name", "title")
_CONTAINER_KEYS = ("lists", "items", "data")


def parse_lists(payload: Any) -> list[ContactList]:
    """Contact lists from a response body; malformed items are skipped.

    Accepts ``{"data": [...]}``, a bare array, and ``data`` wrapping ``lists``/``items``.
    Each item needs an integer (or numeric string) ``id``; a missing name becomes
    ``"List <id>"``; every other field is kept in ``extra``.
    """
    items = payload_items(payload, _CONTAINER_KEYS)
    result: list[ContactList] = []
    for item in items:
        parsed = _parse_item(item)
        if parsed is not None:
            result.append(parsed)
    return result


def parse_list_id(value: Any) -> int | None:
    """An id from an int or a string of digits; None for anything else."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


def _parse_item(item: Any) -> ContactList | None:
    if not isinstance(item, dict):
        return None
    list_id = parse_list_id(item.get("id"))
    if list_id is None:
        return None
    name_key = next((k for k in _NAME_KEYS if isinstance(item.get(k), str)), None)
    name = item[name_key].strip() if name_key else ""
    extra = {k: v for k, v in item.items() if k not in ("id", name_key)}
    return ContactList(id=list_id, name=name or f"List {list_id}", extra=extra)
