"""Where the import history is kept: one small JSON file that several processes share.

Each import that sent something is recorded when its backup is written (before the first
batch) and updated when it ends and when it is undone; an entry holds the import's
:class:`~importer.choices.ImportChoices` whole. Entries older than :data:`KEEP_DAYS` are
dropped with their backups; :meth:`ImportHistory.forget` drops them on request.

Every read and every change holds the history's OS file lock (:mod:`filelock`, beside the file
as ``history.json.lock``) for its whole read-modify-write, and the file is replaced atomically:
two imports or undos at once (windows, commands) never lose each other's entries or changes.
The history is small (60 days of imports), so a change rewrites it whole in a few
milliseconds; it stays readable JSON. A file of an older version is rewritten in this version
the first time it is used.

An entry says ``running`` while its import's lock (:mod:`importer.import_lock`) is held; when
the process that held it died (killed, crashed, switched off), the entry reads as
``interrupted``: the import can be continued (run it again) and undone.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, fields, replace
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout

from importer.atomic_file import write_text_atomic
from importer.choices import (
    ChoicesError,
    ExistingPolicy,
    ImportChoices,
)
from importer.errors import ImporterError
from importer.i18n import _
from importer.import_lock import held_elsewhere, lock_path
from importer.lists.record import SUFFIX as LISTS_SUFFIX
from importer.os_errors import os_reason
from importer.private_files import PRIVATE_FILE, private_folder

HISTORY_VERSION = 3
"""3: an entry names its import's identity (whose lock tells a running import from one whose
process died) and its paths are absolute; 2: an entry holds the import's choices
(``ImportChoices.to_json``); version 1 kept the file, the list, the treatment of existing contacts
and the consent as fields of their own, and is read as choices."""
LOCK_TIMEOUT = 60.0
"""Seconds to wait for another process's change of the history (each takes milliseconds)."""
KEEP_DAYS = 60
"""Imports are kept (with their backups, so they can be undone) this many days."""


class ImportState(StrEnum):
    """How far an import got."""

    RUNNING = "running"
    """Started, and its process is still running it."""
    INTERRUPTED = "interrupted"
    """Started, and the process running it ended before it finished (killed, crashed): it can
    be continued and undone. Never stored: a ``running`` entry reads so once its import's lock
    is free."""
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
    """One import: when, what was chosen (which file to which list…), what happened, where its
    files are."""

    id: str
    started: str
    choices: ImportChoices
    """What the user chose, as the rows were checked and sent: file, sheet, columns, country,
    list, the treatment of existing contacts, and whether they confirmed the contacts agreed to
    be contacted (not for imports recorded before the question was asked)."""
    backup_path: str
    api_url: str = ""
    counts: dict[str, int] = field(default_factory=dict)
    state: ImportState = ImportState.RUNNING
    report_path: str = ""
    undo: UndoState = UndoState.NOT_UNDONE
    undone_at: str = ""
    undo_left_alone: int = 0
    """Contacts the undo left as they were because they changed in Sociocs after the import."""
    identity: str = ""
    """The import's identity (:mod:`importer.upload.identity`): its journal and its lock are
    named after it."""
    undo_left: int = 0
    """Contacts a partial undo did not confirm as before: left alone, refused, or not reached
    (``undo ID`` continues)."""
    lists: list[dict[str, Any]] = field(default_factory=list)
    """When groups made lists: each list as ``{"name", "id", "created", "contacts"}`` (the
    contacts Sociocs confirmed in it)."""

    @property
    def file_name(self) -> str:
        """The imported file's name."""
        return self.choices.path.name

    @property
    def file_path(self) -> str:
        """The imported file, as it was chosen."""
        return str(self.choices.path)

    @property
    def list_id(self) -> int | None:
        """The list the import sent to."""
        return self.choices.list_id

    @property
    def list_name(self) -> str:
        """That list's name."""
        return self.choices.list_name

    @property
    def existing(self) -> str:
        """How contacts already in Sociocs were treated (keep, replace, skip)."""
        return self.choices.existing.value

    @property
    def consent_confirmed(self) -> bool:
        """The user confirmed the contacts agreed to be contacted."""
        return self.choices.consent_confirmed

    def started_at(self) -> datetime:
        """When the import started (raises ValueError unless a date with its time zone)."""
        started = datetime.fromisoformat(self.started)
        if started.tzinfo is None:
            raise ValueError("the start time has no time zone")
        return started


_FIELD_ORDER = [f.name for f in fields(HistoryEntry) if f.name != "choices"]
_STORED = set(_FIELD_ORDER)


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
        backups are removed); an import whose process died reads as interrupted."""
        with self._locked():
            entries, current = self._read()
            cutoff = self._now() - self._keep
            kept = [e for e in entries if e.started_at() >= cutoff]
            if len(kept) != len(entries):
                self._drop([e for e in entries if e not in kept])
            if not current:
                kept = [
                    replace(e, identity=e.identity or _backup_identity(e.backup_path)) for e in kept
                ]
            if len(kept) != len(entries) or not current:
                self._write(kept)
        order = {entry.id: position for position, entry in enumerate(kept)}
        found = sorted(kept, key=lambda e: (e.started, order[e.id]), reverse=True)
        return [_as_now(entry) for entry in found]

    def find(self, import_id: str) -> HistoryEntry | None:
        """The import with this id, or the only one whose id starts with it."""
        entries = self.entries()
        exact = [e for e in entries if e.id == import_id]
        matches = exact or [e for e in entries if e.id.startswith(import_id)]
        return matches[0] if len(matches) == 1 else None

    def add(self, entry: HistoryEntry) -> None:
        """Record a new import."""
        with self._locked():
            entries, _ = self._read()
            self._write([*[e for e in entries if e.id != entry.id], entry])

    def update(self, import_id: str, **changes: Any) -> HistoryEntry | None:
        """Change fields of an import; the updated entry (None when it is not recorded)."""
        with self._locked():
            entries, _ = self._read()
            updated = None
            for position, entry in enumerate(entries):
                if entry.id == import_id:
                    updated = entries[position] = replace(entry, **changes)
            if updated is not None:
                self._write(entries)
        return updated

    def forget(self, import_id: str | None = None) -> int:
        """Forget one import (or all with None) and delete its backup; how many were."""
        with self._locked():
            entries, _ = self._read()
            gone = [e for e in entries if import_id is None or e.id == import_id]
            self._drop(gone)
            self._write([e for e in entries if e not in gone])
        return len(gone)

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        """Hold the history's lock (a new lock object each time: the OS lock then also keeps
        two threads of this process apart)."""
        try:
            private_folder(self.path.parent)
            lock = FileLock(
                self.path.with_name(self.path.name + ".lock"),
                mode=PRIVATE_FILE,
                timeout=LOCK_TIMEOUT,
                thread_local=False,
                fallback_to_soft=False,
                preserve_lock_file=True,
            )
            lock.acquire()
        except (OSError, Timeout) as exc:
            raise HistoryError(
                _('Could not open the import history in "{path}": {reason}.').format(
                    path=self.path,
                    reason=os_reason(exc) if isinstance(exc, OSError) else _("it stays busy"),
                ),
                hint=_("The import itself is not affected."),
            ) from None
        try:
            yield
        finally:
            lock.release()

    def _drop(self, entries: list[HistoryEntry]) -> None:
        for entry in entries:
            backup = Path(entry.backup_path)
            for path in (backup, backup.with_suffix(LISTS_SUFFIX)):
                with contextlib.suppress(OSError):
                    path.unlink(missing_ok=True)

    def _read(self) -> tuple[list[HistoryEntry], bool]:
        """The entries, and whether the file is of this version (or absent)."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return [], True
        except OSError:
            return [], True
        except ValueError:
            with contextlib.suppress(OSError):  # kept aside, not overwritten
                self.path.replace(self.path.with_name(self.path.name + ".damaged"))
            return [], True
        items = data.get("imports") if isinstance(data, dict) else None
        current = isinstance(data, dict) and data.get("history") == HISTORY_VERSION
        entries = [e for e in map(_entry, items if isinstance(items, list) else []) if e]
        return entries, current

    def _write(self, entries: list[HistoryEntry]) -> None:
        data = {"history": HISTORY_VERSION, "imports": [_stored(e) for e in entries]}
        try:
            write_text_atomic(self.path, json.dumps(data, ensure_ascii=False, indent=1))
        except OSError as exc:
            raise HistoryError(
                _('Could not save the import history in "{path}": {reason}.').format(
                    path=self.path, reason=os_reason(exc)
                ),
                hint=_("The import itself is not affected."),
            ) from None


def _as_now(entry: HistoryEntry) -> HistoryEntry:
    """``entry`` as it stands now: a running import whose lock no process holds was
    interrupted."""
    if entry.state is not ImportState.RUNNING:
        return entry
    identity = entry.identity or _backup_identity(entry.backup_path)
    folder = Path(entry.backup_path).parent
    if identity and held_elsewhere(lock_path(folder, identity)):
        return entry
    return replace(entry, state=ImportState.INTERRUPTED)


def _backup_identity(backup: str) -> str:
    """The identity a backup's header names (entries of version 2 do not hold it)."""
    try:
        with Path(backup).open("rb") as handle:
            header = json.loads(handle.readline())
    except (OSError, ValueError):
        return ""
    identity = header.get("identity") if isinstance(header, dict) else None
    return identity if isinstance(identity, str) else ""


def _stored(entry: HistoryEntry) -> dict[str, Any]:
    """An entry's JSON form: its fields, and the choices as they store themselves."""
    item = {name: getattr(entry, name) for name in _FIELD_ORDER}
    item["choices"] = entry.choices.to_json()
    return item


def _entry(item: Any) -> HistoryEntry | None:
    """An entry from its JSON form (this version's or version 1's); None when damaged (it is
    left out)."""
    if not isinstance(item, dict):
        return None
    try:
        choices = _choices(item)
        entry = HistoryEntry(choices=choices, **{k: v for k, v in item.items() if k in _STORED})
        entry = replace(entry, state=ImportState(entry.state), undo=UndoState(entry.undo))
        if entry.state is ImportState.INTERRUPTED:
            entry = replace(entry, state=ImportState.RUNNING)
        entry.started_at()
    except (TypeError, ValueError, KeyError, ChoicesError):
        return None
    return entry


def _choices(item: dict[str, Any]) -> ImportChoices:
    """The import's choices, stored whole or (version 1) as the file, list, treatment of
    existing contacts and consent fields."""
    if "choices" in item:
        return ImportChoices.from_json(item["choices"])
    path = item.get("file_path") or item["file_name"]
    list_id, list_name = item["list_id"], item["list_name"]
    if not isinstance(path, str) or not isinstance(list_id, int) or not isinstance(list_name, str):
        raise TypeError("a version 1 entry names no file or no list")
    return ImportChoices(
        Path(path),
        list_id=list_id,
        list_name=list_name,
        existing=ExistingPolicy(item["existing"]),
        consent_confirmed=item.get("consent_confirmed") is True,
    )


def history_file(data_folder: Path) -> Path:
    """The history file in the program's data folder."""
    return data_folder / "history.json"
