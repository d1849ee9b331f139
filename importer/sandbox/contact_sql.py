"""The sandbox's contact queries and edits, each on a connection the caller has locked.

Contacts come out shaped like the public documentation's contact object (``id, name,
phone_number, phone_number_cc, extra_fields, created_at, updated_at, is_blocked``), with
``extra_fields`` as a JSON-encoded string, as Sociocs sends it.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from typing import Any

from importer.sandbox.phones import normalize_phone
from importer.sandbox.schema import NOW_SQL

ALL_CONTACTS = 0
_COLUMNS = (
    "c.id, c.phone, c.name, c.phone_cc, c.extra_fields, c.created_at, c.updated_at, c.is_blocked"
)


def page(
    db: sqlite3.Connection, list_id: int, limit: int, offset: int, after_id: int | None = None
) -> list[dict[str, Any]]:
    """Contacts of a list (0 = every contact) by id ascending, from ``offset``; or, when
    ``after_id`` is given (the id of the contact just before ``offset``), from the contact
    after it, which gives the same page without stepping over the ``offset`` first ones."""
    where = ["c.id > ?"] if after_id is not None else []
    params: list[int] = [after_id] if after_id is not None else []
    if list_id != ALL_CONTACTS:
        where.append(
            "EXISTS (SELECT 1 FROM memberships m WHERE m.phone = c.phone AND m.list_id = ?)"
        )
        params.append(list_id)
    condition = f"WHERE {' AND '.join(where)} " if where else ""
    sql = f"SELECT {_COLUMNS} FROM contacts c {condition}ORDER BY c.id LIMIT ? OFFSET ?"
    params += [limit, 0 if after_id is not None else offset]
    return [api_contact(row) for row in db.execute(sql, params)]


def search(db: sqlite3.Connection, query: str, limit: int, offset: int) -> list[dict[str, Any]]:
    """Contacts whose name or phone holds ``query`` (case-insensitive), most relevant first:
    the exact number, then an exact name, then by id."""
    digits = query.strip().lstrip("+").replace(" ", "")
    by_phone = digits if digits.isdigit() else "\x00"
    sql = (
        f"SELECT {_COLUMNS} FROM contacts c "
        "WHERE instr(c.phone, ?) > 0 OR instr(lower(coalesce(c.name, '')), lower(?)) > 0 "
        "ORDER BY c.phone = ? DESC, lower(coalesce(c.name, '')) = lower(?) DESC, c.id "
        "LIMIT ? OFFSET ?"
    )
    params = (by_phone, query, "+" + digits, query, limit, offset)
    return [api_contact(row) for row in db.execute(sql, params)]


def update(db: sqlite3.Connection, phone: str, changes: Mapping[str, Any]) -> bool:
    """Replace the name, extra fields and dial code given in ``changes``; False if unknown.

    An empty name clears it; ``extra_fields`` replaces every extra field."""
    key = normalize_phone(phone)
    row = db.execute("SELECT name, extra_fields, phone_cc FROM contacts WHERE phone = ?", (key,))
    found = row.fetchone()
    if found is None:
        return False
    name, extra, cc = found
    if "name" in changes:
        name = changes["name"] or None
    if "extra_fields" in changes:
        extra = json.dumps(changes["extra_fields"], ensure_ascii=False, separators=(",", ":"))
    cc = changes.get("phone_number_cc", cc)
    db.execute(
        "UPDATE contacts SET updated_at = CASE WHEN name IS ? AND extra_fields IS ? "
        f"AND phone_cc IS ? THEN updated_at ELSE {NOW_SQL} END, "
        "name = ?, extra_fields = ?, phone_cc = ? WHERE phone = ?",
        (name, extra, cc, name, extra, cc, key),
    )
    return True


def delete(db: sqlite3.Connection, phone: str, list_id: int) -> bool:
    """Delete the contact (``list_id`` 0) or take it out of one list; False if unknown."""
    key = normalize_phone(phone)
    if db.execute("SELECT 1 FROM contacts WHERE phone = ?", (key,)).fetchone() is None:
        return False
    if list_id == ALL_CONTACTS:
        db.execute("DELETE FROM contacts WHERE phone = ?", (key,))
        db.execute("DELETE FROM memberships WHERE phone = ?", (key,))
    else:
        db.execute("DELETE FROM memberships WHERE phone = ? AND list_id = ?", (key, list_id))
    return True


def add_to_list(db: sqlite3.Connection, list_id: int, phones: list[str]) -> int:
    """Add the existing contacts among ``phones`` to ``list_id``; how many exist."""
    keys = [normalize_phone(p) for p in phones]
    found = [
        key
        for key in keys
        if db.execute("SELECT 1 FROM contacts WHERE phone = ?", (key,)).fetchone()
    ]
    if list_id != ALL_CONTACTS:
        db.executemany(
            "INSERT OR IGNORE INTO memberships (phone, list_id) VALUES (?, ?)",
            [(key, list_id) for key in found],
        )
    return len(found)


def api_contact(row: tuple[Any, ...]) -> dict[str, Any]:
    """A contact as the API shows it: the number without ``+``, extra fields as a string."""
    contact_id, phone, name, cc, extra, created, updated, blocked = row
    return {
        "id": contact_id,
        "name": name,
        "phone_number": phone.lstrip("+"),
        "phone_number_cc": cc,
        "extra_fields": extra,
        "created_at": created,
        "updated_at": updated,
        "is_blocked": bool(blocked),
    }
