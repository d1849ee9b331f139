"""Records for the bulk endpoint, exactly as the Sociocs API documents them.

``{"phone_number": "+16175551212", "name": "Ann Lee", "extra_fields": {"city": "Boston"}}``

The server overwrites an existing contact entirely (name and every extra field) with what is
sent. An empty name or field is therefore left out rather than sent as ``null`` or ``""``: the
contact ends up exactly as the row shows it either way, and the request stays small and within
the documented types (``name`` is a string, ``extra_fields`` an object).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from importer.sources.base import CellValue

OTHER_NUMBERS_KEY = "other_phones"
"""The extra field that keeps the other numbers of a phone cell listing several."""


def build_record(
    phone_e164: str, name: str | None, extras: Mapping[str, CellValue]
) -> dict[str, Any]:
    """The API record of one row: E.164 number, name when given, non-empty extra fields."""
    record: dict[str, Any] = {"phone_number": phone_e164}
    if name:
        record["name"] = name
    fields = {key: value for key, value in extras.items() if value is not None and value != ""}
    if fields:
        record["extra_fields"] = fields
    return record
