"""The import history: newest first, 60 days kept with their backups, forgotten on request."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from importer.choices import ExistingPolicy, ImportChoices
from importer.history.store import (
    HISTORY_VERSION,
    KEEP_DAYS,
    HistoryEntry,
    ImportHistory,
    ImportState,
    UndoState,
)
from importer.import_lock import ImportLock, lock_path
from importer.mapping.model import ColumnChoice, Mapping, Role

NOW = datetime(2024, 6, 1, 12, 0, tzinfo=UTC)


def entry(folder: Path, name: str, days_ago: float) -> HistoryEntry:
    backup = folder / f"{name}.backup"
    backup.write_text("backup", encoding="utf-8")
    started = (NOW - timedelta(days=days_ago)).isoformat(timespec="seconds")
    return HistoryEntry(
        id=name,
        started=started,
        choices=ImportChoices(Path(f"{name}.csv"), list_id=10001, list_name="Newsletter"),
        backup_path=str(backup),
        counts={"new": 3},
        state=ImportState.FINISHED,
    )


def history(folder: Path) -> ImportHistory:
    return ImportHistory(folder / "history.json", now=lambda: NOW)


def test_entries_newest_first_then_updated(tmp_path: Path) -> None:
    store = history(tmp_path)
    for name, days in (("a", 3), ("b", 1), ("c", 1), ("d", 2)):
        store.add(entry(tmp_path, name, days))
    assert [e.id for e in store.entries()] == ["c", "b", "d", "a"]
    updated = store.update("b", state=ImportState.FINISHED, undo=UndoState.PARTLY)
    assert updated is not None and updated.undo is UndoState.PARTLY
    again = history(tmp_path).find("b")
    assert again is not None and again.state is ImportState.FINISHED
    assert store.update("zz", state=ImportState.STOPPED) is None


def test_an_id_can_be_shortened_when_it_is_unique(tmp_path: Path) -> None:
    store = history(tmp_path)
    store.add(entry(tmp_path, "20240601-aaa", 1))
    store.add(entry(tmp_path, "20240601-abb", 1))
    found = store.find("20240601-aa")
    assert found is not None and found.id == "20240601-aaa"
    assert store.find("20240601-a") is None


def test_imports_are_kept_sixty_days_then_dropped_with_their_backups(tmp_path: Path) -> None:
    store = history(tmp_path)
    store.add(entry(tmp_path, "recent", KEEP_DAYS - 0.5))
    store.add(entry(tmp_path, "old", KEEP_DAYS + 0.5))
    assert [e.id for e in store.entries()] == ["recent"]
    assert (tmp_path / "recent.backup").exists() and not (tmp_path / "old.backup").exists()
    assert KEEP_DAYS >= 60


def test_forget_one_or_all(tmp_path: Path) -> None:
    store = history(tmp_path)
    for name in ("a", "b", "c"):
        store.add(entry(tmp_path, name, 1))
    assert store.forget("b") == 1
    assert not (tmp_path / "b.backup").exists()
    assert [e.id for e in store.entries()] == ["c", "a"]
    assert store.forget() == 2
    assert store.entries() == [] and not list(tmp_path.glob("*.backup"))


def test_a_damaged_history_or_entry_is_left_out(tmp_path: Path) -> None:
    path = tmp_path / "history.json"
    path.write_text("{broken", encoding="utf-8")
    assert history(tmp_path).entries() == []
    assert (tmp_path / "history.json.damaged").read_text(encoding="utf-8") == "{broken"
    good = entry(tmp_path, "good", 1)
    history(tmp_path).add(good)
    text = path.read_text(encoding="utf-8").replace('"imports": [', '"imports": [{"id": 5}, 7, ')
    path.write_text(text, encoding="utf-8")
    assert history(tmp_path).entries() == [good]


def test_an_import_recorded_before_consent_was_asked_loads_as_not_confirmed(
    tmp_path: Path,
) -> None:
    store = history(tmp_path)
    store.add(entry(tmp_path, "old", 1))
    data = json.loads(store.path.read_text(encoding="utf-8"))
    del data["imports"][0]["choices"]["consent_confirmed"]
    store.path.write_text(json.dumps(data), encoding="utf-8")
    (old,) = store.entries()
    assert old.id == "old" and old.consent_confirmed is False
    store.update("old", choices=old.choices.with_changes(consent_confirmed=True))
    assert history(tmp_path).entries()[0].consent_confirmed is True


def test_the_choices_are_kept_whole(tmp_path: Path) -> None:
    store = history(tmp_path)
    chosen = entry(tmp_path, "new", 1)
    mapping = Mapping((ColumnChoice(0, "Phone", Role.PHONE, ""),))
    choices = chosen.choices.with_changes(
        sheet="Sheet1", header_row=2, mapping=mapping, country="FR"
    )
    store.add(replace(chosen, choices=choices))
    (read,) = history(tmp_path).entries()
    assert read.choices == choices
    data = json.loads(store.path.read_text(encoding="utf-8"))
    assert data["history"] == HISTORY_VERSION == 3
    assert data["imports"][0]["choices"] == choices.to_json()


def test_a_history_file_of_version_1_still_loads(tmp_path: Path) -> None:
    backup = tmp_path / "old.backup"
    backup.write_text("backup", encoding="utf-8")
    item = {
        "id": "20240531-120000-abcdef12",
        "started": (NOW - timedelta(days=1)).isoformat(timespec="seconds"),
        "file_name": "contacts.xlsx",
        "list_id": 10001,
        "list_name": "Newsletter",
        "existing": "skip",
        "backup_path": str(backup),
        "api_url": "https://api.sociocs.com",
        "file_path": "/home/ann/contacts.xlsx",
        "counts": {"new": 3, "updated": 1},
        "state": "finished",
        "report_path": "",
        "undo": "",
        "undone_at": "",
        "undo_left_alone": 0,
        "consent_confirmed": True,
    }
    earlier = {**item, "id": "20240530-120000-abcdef12", "file_path": "", "existing": "replace"}
    del earlier["consent_confirmed"]
    path = tmp_path / "history.json"
    path.write_text(json.dumps({"history": 1, "imports": [earlier, item]}), encoding="utf-8")
    newer, older = history(tmp_path).entries()
    assert newer.choices == ImportChoices(
        Path("/home/ann/contacts.xlsx"),
        list_id=10001,
        list_name="Newsletter",
        existing=ExistingPolicy.SKIP,
        consent_confirmed=True,
    )
    assert (newer.file_name, newer.file_path, newer.state) == (
        "contacts.xlsx",
        "/home/ann/contacts.xlsx",
        ImportState.FINISHED,
    )
    assert older.file_path == "contacts.xlsx" and older.existing == "replace"
    assert not older.consent_confirmed


def test_a_history_file_of_version_2_is_migrated_on_first_use(tmp_path: Path) -> None:
    """Version 2 (no identity): read, rewritten as this version on first use, the identity
    taken from the backup's header, nothing lost."""
    backup = tmp_path / "20240531-120000-abcdef12.backup"
    backup.write_text(json.dumps({"backup": 1, "identity": "abcdef12" * 8}) + "\n", "utf-8")
    item = {
        "id": "20240531-120000-abcdef12",
        "started": (NOW - timedelta(days=1)).isoformat(timespec="seconds"),
        "choices": ImportChoices(Path("/home/ann/contacts.xlsx"), list_id=0).to_json(),
        "backup_path": str(backup),
        "api_url": "https://api.sociocs.com",
        "counts": {"new": 3},
        "state": "finished",
        "report_path": "",
        "undo": "partly",
        "undone_at": "",
        "undo_left_alone": 2,
    }
    path = tmp_path / "history.json"
    path.write_text(json.dumps({"history": 2, "imports": [item]}), encoding="utf-8")
    (read,) = history(tmp_path).entries()
    assert (read.file_path, read.undo, read.undo_left_alone) == (
        "/home/ann/contacts.xlsx",
        UndoState.PARTLY,
        2,
    )
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["history"] == HISTORY_VERSION == 3
    assert data["imports"][0]["identity"] == "abcdef12" * 8


def test_a_running_entry_whose_lock_is_free_reads_interrupted(tmp_path: Path) -> None:
    store = history(tmp_path)
    running = replace(entry(tmp_path, "a", 1), identity="f" * 64, state=ImportState.RUNNING)
    store.add(running)
    lock = ImportLock(lock_path(Path(running.backup_path).parent, running.identity))
    assert lock.try_acquire()
    assert store.entries()[0].state is ImportState.RUNNING
    lock.release()
    assert store.entries()[0].state is ImportState.INTERRUPTED
    stored = json.loads(store.path.read_text(encoding="utf-8"))["imports"][0]
    assert stored["state"] == "running", "interrupted is read, never stored"
