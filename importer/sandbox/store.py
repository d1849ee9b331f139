"""SQLite storage of the sandbox's lists and contacts, safe to share between threads."""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from importer.sandbox.phones import normalize_phone

SEED_LISTS = ((0, "All Contacts"), (10001, "Newsletter"), (10002, "VIP customers"))
ALL_CONTACTS = 0

_SCHEMA = """
CREATE TABLE IF NOT EXISTS lists (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS contacts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    phone TEXT NOT NULL UNIQUE,
    name TEXT,
    extra_fields TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS memberships (
    phone TEXT NOT NULL,
    list_id INTEGER NOT NULL,
    PRIMARY KEY (phone, list_id)
) WITHOUT ROWID;
"""

# The phone key is "+" and the digits, as phones.normalize_phone builds it.
_PHONE_SQL = "'+' || ltrim(json_extract(value, '$.phone_number'), '+')"
_UPSERT_JSON = f"""
INSERT INTO contacts (phone, name, extra_fields)
SELECT {_PHONE_SQL}, json_extract(value, '$.name'),
       coalesce(json_extract(value, '$.extra_fields'), '{{}}')
FROM json_each(?, '$.records') WHERE true
ON CONFLICT (phone) DO UPDATE SET name = excluded.name, extra_fields = excluded.extra_fields
"""
_MEMBERSHIPS_JSON = f"""
INSERT OR IGNORE INTO memberships (phone, list_id)
SELECT {_PHONE_SQL}, ? FROM json_each(?, '$.records')
"""


@dataclass(frozen=True)
class RecordedRequest:
    """A request as the sandbox received it (kept for tests: the last one only)."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes


class SandboxStore:
    """Lists, contacts and list memberships; one connection guarded by one lock."""

    def __init__(self, db_path: str = ":memory:") -> None:
        self._lock = threading.Lock()
        self._db = sqlite3.connect(db_path, check_same_thread=False, isolation_level=None)
        if db_path != ":memory:":
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(_SCHEMA)
        self._db.executemany("INSERT OR IGNORE INTO lists (id, name) VALUES (?, ?)", SEED_LISTS)
        self._counter_lock = threading.Lock()
        self.request_count = 0
        self.last_request: RecordedRequest | None = None

    def close(self) -> None:
        """Close the database."""
        with self._lock:
            self._db.close()

    def record_request(self, request: RecordedRequest) -> None:
        """Count a request and keep it as ``last_request``."""
        with self._counter_lock:
            self.request_count += 1
            self.last_request = request

    def lists(self) -> list[dict[str, Any]]:
        """Every list as ``{"id", "name"}``, by id."""
        with self._lock:
            rows = self._db.execute("SELECT id, name FROM lists ORDER BY id").fetchall()
        return [{"id": list_id, "name": name} for list_id, name in rows]

    def list_exists(self, list_id: int) -> bool:
        """True when a list with this id exists."""
        with self._lock:
            row = self._db.execute("SELECT 1 FROM lists WHERE id = ?", (list_id,)).fetchone()
        return row is not None

    def create_list(self, name: str) -> int:
        """Add a list and return its new id."""
        with self._lock:
            (top,) = self._db.execute("SELECT MAX(id) FROM lists").fetchone()
            new_id = max(int(top or 0), 10_000) + 1
            self._db.execute("INSERT INTO lists (id, name) VALUES (?, ?)", (new_id, name))
        return new_id

    def upsert(self, list_id: int, records: Iterable[Mapping[str, Any]]) -> None:
        """Insert or entirely overwrite contacts by phone and add them to ``list_id``."""
        body = json.dumps({"records": list(records)}, ensure_ascii=False)
        self.upsert_body(list_id, body)

    def upsert_body(self, list_id: int, body: str) -> None:
        """Like :meth:`upsert`, for the ``records`` of an already validated JSON body.

        SQLite reads the JSON itself (several times faster than Python for 10,000 records).
        One transaction: either every record is stored or none is.
        """
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                self._db.execute(_UPSERT_JSON, (body,))
                self._db.execute(_MEMBERSHIPS_JSON, (list_id, body))
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def contacts(self) -> dict[str, dict[str, Any]]:
        """Every contact: phone (``+digits``) → ``{"name", "extra_fields", "lists"}``."""
        with self._lock:
            rows = self._db.execute(
                "SELECT phone, name, extra_fields FROM contacts ORDER BY id"
            ).fetchall()
            members = self._db.execute("SELECT phone, list_id FROM memberships").fetchall()
        result = {
            phone: {"name": name, "extra_fields": json.loads(extra), "lists": set()}
            for phone, name, extra in rows
        }
        for phone, list_id in members:
            result[phone]["lists"].add(list_id)
        return result

    def contact(self, phone: str) -> dict[str, Any] | None:
        """One contact as the API shows it, or None."""
        key = normalize_phone(phone)
        with self._lock:
            row = self._db.execute(
                "SELECT id, phone, name, extra_fields FROM contacts WHERE phone = ?", (key,)
            ).fetchone()
            lists = self._db.execute(
                "SELECT list_id FROM memberships WHERE phone = ? ORDER BY list_id", (key,)
            ).fetchall()
        if row is None:
            return None
        return _api_contact(row, [list_id for (list_id,) in lists])

    def page(self, list_id: int, limit: int, offset: int) -> list[dict[str, Any]]:
        """Contacts of a list (0 = all) by id ascending, as the API shows them."""
        if list_id == ALL_CONTACTS:
            sql = "SELECT id, phone, name, extra_fields FROM contacts ORDER BY id LIMIT ? OFFSET ?"
            params: tuple[int, ...] = (limit, offset)
        else:
            sql = (
                "SELECT c.id, c.phone, c.name, c.extra_fields FROM contacts c "
                "JOIN memberships m ON m.phone = c.phone WHERE m.list_id = ? "
                "ORDER BY c.id LIMIT ? OFFSET ?"
            )
            params = (list_id, limit, offset)
        with self._lock:
            rows = self._db.execute(sql, params).fetchall()
        return [_api_contact(row, None) for row in rows]


def _api_contact(row: tuple[Any, ...], lists: list[int] | None) -> dict[str, Any]:
    contact_id, phone, name, extra = row
    result: dict[str, Any] = {
        "id": contact_id,
        "phone_number": phone,
        "name": name,
        "extra_fields": json.loads(extra),
    }
    if lists is not None:
        result["list_ids"] = lists
    return result
