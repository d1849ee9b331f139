"""The sandbox's SQLite schema, and the upgrade of a database file made by an older sandbox."""

from __future__ import annotations

import sqlite3

SCHEMA = """
CREATE TABLE IF NOT EXISTS lists (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS contacts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    phone TEXT NOT NULL UNIQUE,
    name TEXT,
    extra_fields TEXT NOT NULL,
    phone_cc TEXT,
    created_at TEXT,
    updated_at TEXT,
    is_blocked INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS memberships (
    phone TEXT NOT NULL,
    list_id INTEGER NOT NULL,
    PRIMARY KEY (phone, list_id)
) WITHOUT ROWID;
"""

NOW_SQL = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
"""The current UTC time as the sandbox stores it (ISO 8601, milliseconds)."""

_ADDED_COLUMNS = (
    ("phone_cc", "TEXT"),
    ("created_at", "TEXT"),
    ("updated_at", "TEXT"),
    ("is_blocked", "INTEGER NOT NULL DEFAULT 0"),
)


def create_schema(db: sqlite3.Connection) -> None:
    """Create the tables, adding the columns a database from an older sandbox lacks."""
    db.executescript(SCHEMA)
    present = {row[1] for row in db.execute("PRAGMA table_info(contacts)")}
    for name, declaration in _ADDED_COLUMNS:
        if name not in present:
            db.execute(f"ALTER TABLE contacts ADD COLUMN {name} {declaration}")
