"""A contact as the bulk endpoint takes it: the one place the record's shape is written.

``{"phone_number": "+16175551212", "name": "Ann Lee", "extra_fields": {"city": "Boston"}}``

An empty name and an empty set of extra fields are left out rather than sent as ``null``:
the server overwrites a contact with what it is sent either way, and the request stays within
the documented types (``name`` is a string, ``extra_fields`` an object). The rows of a file
(:func:`importer.check.records.build_record`), the merged or untouched records of the
comparison (:mod:`importer.compare.changes`) and the undo's before-images are all made here.
"""

from __future__ import annotations

from typing import Any


def contact_record(phone: str, name: str | None, extra_fields: dict[str, Any]) -> dict[str, Any]:
    """``{"phone_number", "name", "extra_fields"}``, leaving out an empty name or no fields;
    ``extra_fields`` goes into the record as it is (pass a dict of its own)."""
    record: dict[str, Any] = {"phone_number": phone}
    if name:
        record["name"] = name
    if extra_fields:
        record["extra_fields"] = extra_fields
    return record
