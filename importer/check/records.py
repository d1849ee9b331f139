"""The record a checked row sends, in the shape :mod:`importer.api.records` writes.

The server overwrites an existing contact entirely (name and every extra field) with what is
sent. An empty field is therefore left out rather than sent as ``null`` or ``""``: the contact
ends up exactly as the row shows it either way, and the request stays small.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from importer.api.records import contact_record
from importer.sources.base import CellValue

OTHER_NUMBERS_KEY = "other_phones"
"""The extra field that keeps the other numbers of a phone cell listing several."""


def build_record(
    phone_e164: str, name: str | None, extras: Mapping[str, CellValue]
) -> dict[str, Any]:
    """The API record of one row (:func:`importer.api.records.contact_record`): the E.164
    number, the name when given, the extra fields that are not empty."""
    fields = {key: value for key, value in extras.items() if value is not None and value != ""}
    return contact_record(phone_e164, name, fields)
