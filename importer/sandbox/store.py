"""SQLite storage of the sandbox's lists and contacts, safe to share between threads.

"All Contacts" (list 0) holds every contact: it has no membership rows of its own.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from importer.sandbox import contact_sql
from importer.sandbox.contact_sql import ALL_CONTACTS
from importer.sandbox.schema import NOW_SQL, create_schema

SEED_LISTS = ((0, "All Contacts"), (10001, "Newsletter"), (10002, "VIP customers"))

# The phone key is "+" and the digits, as importer.sandbox.phones.normalize_phone builds it.
_PHONE_SQL = "'+' || ltrim(json_extract(value, '$.phone_number'), '+')"
_UPSERT_JSON = f"""
INSERT INTO contacts (phone, name, extra_fields, phone_cc, created_at, updated_at)
SELECT {_PHONE_SQL}, json_extract(value, '$.name'),
       coalesce(json_extract(value, '$.extra_fields'), '{{}}'), ?, {NOW_SQL}, {NOW_SQL}
FROM json_each(?, '$.records') WHERE true
ON CONFLICT (phone) DO UPDATE SET
    updated_at = CASE WHEN name IS excluded.name AND extra_fields IS excluded.extra_fields
                      THEN updated_at ELSE excluded.updated_at END,
    name = excluded.name,
    extra_fields = excluded.extra_fields,
    phone_cc = coalesce(excluded.phone_cc, phone_cc)
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
        create_schema(self._db)
        self._db.executemany("INSERT OR IGNORE INTO lists (id, name) VALUES (?, ?)", SEED_LISTS)
        self._version = 0
        self._cursors: dict[tuple[int, int], tuple[int, int]] = {}
        self._counter_lock = threading.Lock()
        self.request_count = 0
        self.last_request: RecordedRequest | None = None
        self._asked: Counter[tuple[str, str]] = Counter()
        self.list_name_limit: int | None = None
        """The longest name ``POST /lists`` accepts (None: any; Sociocs documents no limit)."""

    def close(self) -> None:
        """Close the database."""
        with self._lock:
            self._db.close()

    def record_request(self, request: RecordedRequest) -> None:
        """Count a request and keep it as ``last_request``."""
        with self._counter_lock:
            self.request_count += 1
            self.last_request = request
            self._asked[request.method, request.path] += 1

    def requests_to(self, method: str, path_start: str) -> int:
        """How many ``method`` requests came for paths starting with ``path_start``."""
        with self._counter_lock:
            return sum(
                n
                for (m, path), n in self._asked.items()
                if m == method and path.startswith(path_start)
            )

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
            self._version += 1
        return new_id

    def upsert(self, list_id: int, records: Iterable[Mapping[str, Any]]) -> None:
        """Insert or entirely overwrite contacts by phone and add them to ``list_id``."""
        body = json.dumps({"records": list(records)}, ensure_ascii=False)
        self.upsert_body(list_id, body)

    def upsert_body(self, list_id: int, body: str, phone_cc: str | None = None) -> None:
        """Like :meth:`upsert`, for the ``records`` of an already validated JSON body.

        SQLite reads the JSON itself (several times faster than Python for 10,000 records).
        One transaction: either every record is stored or none is. A contact's ``updated_at``
        changes only when its name or extra fields do.
        """
        with self._lock:
            self._version += 1
            self._db.execute("BEGIN IMMEDIATE")
            try:
                self._db.execute(_UPSERT_JSON, (phone_cc, body))
                if list_id != ALL_CONTACTS:
                    self._db.execute(_MEMBERSHIPS_JSON, (list_id, body))
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def contacts(self) -> dict[str, dict[str, Any]]:
        """Every contact: phone (``+digits``) → ``{"name", "extra_fields", "lists"}``, where
        ``lists`` holds the ids of the lists other than All Contacts."""
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

    def page(self, list_id: int, limit: int, offset: int) -> list[dict[str, Any]]:
        """Contacts of a list (0 = all) by id ascending, as the API shows them.

        Paging on through a list with nothing written in between continues from the last
        contact given (same answer as ``OFFSET``, without stepping over every earlier one).
        """
        with self._lock:
            version, after_id = self._cursors.get((list_id, offset), (-1, None))
            if version != self._version:
                after_id = None
            rows = contact_sql.page(self._db, list_id, limit, offset, after_id)
            if rows:
                if len(self._cursors) > 64:
                    self._cursors.clear()
                self._cursors[(list_id, offset + len(rows))] = (self._version, rows[-1]["id"])
        return rows

    def search(self, query: str, limit: int, offset: int) -> list[dict[str, Any]]:
        """Contacts whose name or number holds ``query``, most relevant first."""
        with self._lock:
            return contact_sql.search(self._db, query, limit, offset)

    def update_contact(self, phone: str, changes: Mapping[str, Any]) -> bool:
        """Replace the given name, extra fields and dial code; False for an unknown number."""
        with self._lock:
            self._version += 1
            return contact_sql.update(self._db, phone, changes)

    def delete_contact(self, phone: str, list_id: int) -> bool:
        """Delete the contact (list 0) or take it out of ``list_id``; False if unknown."""
        with self._lock:
            self._version += 1
            return contact_sql.delete(self._db, phone, list_id)

    def add_to_list(self, list_id: int, phones: list[str]) -> int:
        """Add the existing contacts among ``phones`` to ``list_id`` (unknown numbers are
        passed over), in one transaction; how many exist."""
        with self._lock:
            self._version += 1
            self._db.execute("BEGIN IMMEDIATE")
            try:
                added = contact_sql.add_to_list(self._db, list_id, phones)
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")
            return added
