"""When two values mean the same to Sociocs, and how a contact's values are compared.

Sociocs may give back a value in another JSON type than the one sent (``42`` as ``"42"``,
``1.0`` as ``1``), so values are compared by their text: numbers without a needless ``.0``,
booleans as ``true``/``false``; an empty text and a missing value are the same (nothing).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any


def value_text(value: Any) -> str | None:
    """The text a value compares by; None for nothing (missing, null or empty text)."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, int | float | str):
        return str(value)
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def same_value(first: Any, second: Any) -> bool:
    """True when Sociocs would show ``first`` and ``second`` the same way."""
    return value_text(first) == value_text(second)


def same_fields(first: Mapping[str, Any], second: Mapping[str, Any]) -> bool:
    """True when two sets of extra fields hold the same values (empty ones count as absent)."""
    keys = first.keys() | second.keys()
    return all(same_value(first.get(key), second.get(key)) for key in keys)


def same_contact(name: str | None, extra: Mapping[str, Any], record: Mapping[str, Any]) -> bool:
    """True when a contact's ``name`` and ``extra`` fields are what ``record`` holds."""
    return same_value(name, record.get("name")) and same_fields(
        extra, record.get("extra_fields") or {}
    )
