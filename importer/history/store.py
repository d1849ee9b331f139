"""Where the import history is kept: one small JSON file, rewritten atomically.

Each import that sent something is recorded when its backup is written (before the first
batch) and updated when it ends and when it is undone. Entries older than :data:`KEEP_DAYS`
are dropped with their backups; :meth:`ImportHistory.forget` drops them on request.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any

from importer.atomic_file import write_text_atomic
from importer.errors import ImporterError
from importer.i18n import _
from importer.os_errors import os_reason

HISTORY_VERSION = 1
KEEP_DAYS = 60
"""Imports are kept (with their backups, so they can be undone) this many days."""


class ImportState(StrEnum):
    """How far an import got."""

    RUNNING = "running"
    """Started; the program ended before it finished (it can be continued)."""
    FINISHED = "finished"
    STOPPED = "stopped"


class UndoState(StrEnum):
    """Whether an import was undone."""

    NOT_UNDONE = ""
    PARTLY = "partly"
    """Undone except contacts changed in Sociocs since the import, or stopped half-way."""
    UNDONE = "undone"


class HistoryError(ImporterError):
    """The history cannot be written."""


@dataclass(frozen=True)
class HistoryEntry:
    """One import: when, which file to which list, what happened, where its files are."""

    id: str
    started: str
    file_name: str
    list_id: int
    list_name: str
    existing: str
    backup_path: str
    api_url: str = ""
    file_path: str = ""
    counts: dict[str, int] = field(default_factory=dict)
    state: ImportState = ImportState.RUNNING
    report_path: str = ""
    undo: UndoState = UndoState.NOT_UNDONE
    undone_at: str = ""
    undo_left_alone: int = 0
    """Contacts the undo left as they were because they changed in Sociocs after the import."""
    consent_confirmed: bool = False
    """The user confirmed the contacts agreed to be contacted (False for imports recorded before
    the question was asked)."""

    def started_at(self) -> datetime:
        """When the import started (raises ValueError unless a date with its time zone)."""
        started = datetime.fromisoformat(self.started)
        if started.tzinfo is None:
            raise ValueError("the start time has no time zone")
        return started


_FIELDS = {f.name for f in fields(HistoryEntry)}


class ImportHistory:
    """The history file at ``path``; ``now`` is injectable for tests."""

    def __init__(
        self,
        path: Path,
        *,
        keep_days: int = KEEP_DAYS,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.path = path
        self._keep = timedelta(days=keep_days)
        self._now = now

    def entries(self) -> list[HistoryEntry]:
        """The imports of the last :data:`KEEP_DAYS` days, newest first (older ones and their
        backups are removed)."""
        entries = self._read()
        cutoff = self._now() - self._keep
        kept = [e for e in entries if e.started_at() >= cutoff]
        if len(kept) != len(entries):
            self._drop([e for e in entries if e not in kept])
            self._write(kept)
        order = {entry.id: position for position, entry in enumerate(kept)}
        return sorted(kept, key=lambda e: (e.started, order[e.id]), reverse=True)

    def find(self, import_id: str) -> HistoryEntry | None:
        """The import with this id, or the only one whose id starts with it."""
        entries = self.entries()
        exact = [e for e in entries if e.id == import_id]
        matches = exact or [e for e in entries if e.id.startswith(import_id)]
        return matches[0] if len(matches) == 1 else None

    def add(self, entry: HistoryEntry) -> None:
        """Record a new import."""
        self._write([*[e for e in self._read() if e.id != entry.id], entry])

    def update(self, import_id: str, **changes: Any) -> HistoryEntry | None:
        """Change fields of an import; the updated entry (None when it is not recorded)."""
        entries = self._read()
        updated = None
        for position, entry in enumerate(entries):
            if entry.id == import_id:
                updated = entries[position] = replace(entry, **changes)
        if updated is not None:
            self._write(entries)
        return updated

    def forget(self, import_id: str | None = None) -> int:
        """Forget one import (or all with None) and delete its backup; how many were."""
        entries = self._read()
        gone = [e for e in entries if import_id is None or e.id == import_id]
        self._drop(gone)
        self._write([e for e in entries if e not in gone])
        return len(gone)

    def _drop(self, entries: list[HistoryEntry]) -> None:
        for entry in entries:
            with contextlib.suppress(OSError):
                Path(entry.backup_path).unlink(missing_ok=True)

    def _read(self) -> list[HistoryEntry]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return []
        items = data.get("imports") if isinstance(data, dict) else None
        return [e for e in map(_entry, items if isinstance(items, list) else []) if e]

    def _write(self, entries: list[HistoryEntry]) -> None:
        data = {"history": HISTORY_VERSION, "imports": [asdict(e) for e in entries]}
        try:
            write_text_atomic(self.path, json.dumps(data, ensure_ascii=False, indent=1))
        except OSError as exc:
            raise HistoryError(
                _('Could not save the import history in "{path}": {reason}.').format(
                    path=self.path, reason=os_reason(exc)
                ),
                hint=_("The import itself is not affected."),
            ) from None


def _entry(item: Any) -> HistoryEntry | None:
    """An entry from its JSON form; None when damaged (it is left out)."""
    if not isinstance(item, dict):
        return None
    try:
        entry = HistoryEntry(**{k: v for k, v in item.items() if k in _FIELDS})
        entry = replace(entry, state=ImportState(entry.state), undo=UndoState(entry.undo))
        entry.started_at()
    except (TypeError, ValueError):
        return None
    return entry


def history_file(data_folder: Path) -> Path:
    """The history file in the program's data folder."""
    return data_folder / "history.json"
