"""SandboxStore: seed lists, upsert semantics, memberships, persistence in a file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from importer.sandbox.store import SEED_LISTS, SandboxStore


def test_seeded_lists() -> None:
    store = SandboxStore()
    assert [(item["id"], item["name"]) for item in store.lists()] == list(SEED_LISTS)
    assert store.list_exists(0)
    assert not store.list_exists(5)


def test_upsert_overwrites_everything_and_accumulates_lists() -> None:
    """All Contacts (list 0) holds every contact without being named among its lists."""
    store = SandboxStore()
    store.upsert(10001, [{"phone_number": "16175551212", "name": "A", "extra_fields": {"x": 1}}])
    store.upsert(0, [{"phone_number": "+16175551212", "name": "B"}])
    assert store.contacts() == {"+16175551212": {"name": "B", "extra_fields": {}, "lists": {10001}}}


def test_duplicate_phones_in_one_batch_keep_the_last() -> None:
    store = SandboxStore()
    store.upsert(0, [{"phone_number": "+16175551212", "name": n} for n in ("A", "B", "C")])
    assert store.contacts()["+16175551212"]["name"] == "C"


def test_file_database_survives_reopening(tmp_path: Path) -> None:
    path = str(tmp_path / "s.sqlite")
    store = SandboxStore(path)
    new_id = store.create_list("Fair")
    store.upsert(new_id, [{"phone_number": "+4915112345678", "name": "Jörg"}])
    store.close()
    reopened = SandboxStore(path)
    assert len(reopened.lists()) == len(SEED_LISTS) + 1
    assert reopened.contacts()["+4915112345678"] == {
        "name": "Jörg",
        "extra_fields": {},
        "lists": {new_id},
    }
    reopened.close()


def test_a_database_from_an_older_sandbox_gains_the_new_columns(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    old = sqlite3.connect(path)
    old.executescript(
        "CREATE TABLE contacts (id INTEGER PRIMARY KEY AUTOINCREMENT, "
        "phone TEXT NOT NULL UNIQUE, name TEXT, extra_fields TEXT NOT NULL);"
        "INSERT INTO contacts (phone, name, extra_fields) VALUES ('+16175551212', 'A', '{}');"
    )
    old.close()
    store = SandboxStore(str(path))
    (contact,) = store.page(0, 10, 0)
    assert (contact["phone_number"], contact["is_blocked"], contact["updated_at"]) == (
        "16175551212",
        False,
        None,
    )
    store.upsert(0, [{"phone_number": "+16175551212", "name": "B"}])
    assert store.page(0, 10, 0)[0]["updated_at"] is not None
    store.close()
