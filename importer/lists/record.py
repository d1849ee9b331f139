"""What an import did to lists, kept beside its backup (``<id>.lists``): the lists it created,
the rows it was adding to each list, and what Sociocs confirmed or refused.

JSON lines, appended and fsynced one at a time — each list as soon as it exists, each chunk of
rows before its request and again once it is confirmed:

    {"created": {"target": 2, "id": 10007, "name": "VIP"}}
    {"adding": {"list": 10007, "rows": [[4, 9]]}}
    {"added": {"list": 10007, "rows": [[4, 9]]}}
    {"refused": {"list": 10007, "rows": [[5, 6]], "message": "…"}}

A resumed upload skips what was added and takes the lists that were created; the undo takes
out of each list only the contacts the import was adding to it, and names the lists the import
created. The file belongs to the import (its backup's id), not to the file it imported: a later
import of the same file keeps its own. A torn last line is cut off.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from importer.atomic_file import append_line_synced, sync_folder
from importer.closing import ClosesOnExit
from importer.i18n import _
from importer.jobs.row_ranges import from_ranges, to_ranges
from importer.jobs.stops import JobJournalError
from importer.os_errors import os_reason
from importer.private_files import open_private

SUFFIX = ".lists"


class ListsRecordError(JobJournalError):
    """The record cannot be written: the upload must stop (resumably)."""


@dataclass
class ListFacts:
    """What a record holds: the lists created (target → id), the rows being added to each list
    and those added (list id → rows), the refusals ((list id, row) → Sociocs's message)."""

    created: dict[int, int] = field(default_factory=dict)
    adding: dict[int, set[int]] = field(default_factory=dict)
    added: dict[int, set[int]] = field(default_factory=dict)
    refused: dict[tuple[int, int], str] = field(default_factory=dict)

    def take(self, entry: dict[str, Any]) -> None:
        """Take in one line (a damaged one is passed over)."""
        with contextlib.suppress(KeyError, TypeError, ValueError):
            self._take(entry)

    def _take(self, entry: dict[str, Any]) -> None:
        if isinstance(entry.get("created"), dict):
            made = entry["created"]
            self.created[int(made["target"])] = int(made["id"])
        elif isinstance(entry.get("adding"), dict):
            _rows_into(self.adding, entry["adding"])
        elif isinstance(entry.get("added"), dict):
            _rows_into(self.added, entry["added"])
        elif isinstance(entry.get("refused"), dict):
            refused = entry["refused"]
            for row in from_ranges(refused.get("rows")):
                self.refused[int(refused["list"]), row] = str(refused.get("message", ""))


def _rows_into(table: dict[int, set[int]], item: dict[str, Any]) -> None:
    table.setdefault(int(item["list"]), set()).update(from_ranges(item.get("rows")))


def record_path(folder: str | Path, backup_id: str) -> Path:
    """Where the record of the import ``backup_id`` lives (beside its backup)."""
    return Path(folder) / f"{backup_id}{SUFFIX}"


def read_list_facts(path: Path) -> ListFacts:
    """What the record at ``path`` holds (nothing when it is absent or unreadable)."""
    facts = ListFacts()
    try:
        data = path.read_bytes()
    except OSError:
        return facts
    for raw in data[: data.rfind(b"\n") + 1].splitlines():
        with contextlib.suppress(ValueError):
            entry = json.loads(raw)
            if isinstance(entry, dict):
                facts.take(entry)
    return facts


class ListsRecord(ClosesOnExit):
    """An open record; use :meth:`open`. One upload thread writes it."""

    def __init__(self, path: Path, handle: BinaryIO, facts: ListFacts) -> None:
        self.path = path
        self._handle: BinaryIO | None = handle
        self.facts = facts
        """What was recorded, in this run and earlier ones (kept up to date)."""

    @classmethod
    def open(cls, folder: str | Path, backup_id: str) -> ListsRecord:
        """The record of the import ``backup_id``: continued, or started."""
        path = record_path(folder, backup_id)
        facts = read_list_facts(path)
        try:
            data = path.read_bytes() if path.exists() else b""
            handle = open_private(path, "r+b" if data else "wb")
            valid = data.rfind(b"\n") + 1
            handle.truncate(valid)
            handle.seek(valid)
            if not data:
                sync_folder(path.parent)
        except OSError as exc:
            raise _write_error(path, exc) from None
        return cls(path, handle, facts)

    def note_created(self, target: int, list_id: int, name: str) -> None:
        """The import created the list ``target`` of its plan (or found it made)."""
        self._append({"created": {"target": target, "id": list_id, "name": name}})

    def note_adding(self, list_id: int, rows: list[int]) -> None:
        """``rows`` are about to be added to ``list_id``."""
        self._append({"adding": {"list": list_id, "rows": to_ranges(rows)}})

    def note_added(self, list_id: int, rows: list[int]) -> None:
        """Sociocs confirmed ``rows`` in ``list_id``."""
        self._append({"added": {"list": list_id, "rows": to_ranges(rows)}})

    def note_refused(self, list_id: int, rows: list[int], message: str) -> None:
        """Sociocs refused to add ``rows`` to ``list_id``."""
        self._append({"refused": {"list": list_id, "rows": to_ranges(rows), "message": message}})

    def close(self) -> None:
        """Close the file; what was recorded stays."""
        if self._handle is not None:
            with contextlib.suppress(OSError):
                self._handle.close()
            self._handle = None

    def _append(self, entry: dict[str, Any]) -> None:
        if self._handle is None:
            raise ListsRecordError(
                _('The record of the lists "{path}" is already closed.').format(path=self.path)
            )
        try:
            append_line_synced(self._handle, entry)
        except OSError as exc:
            self.close()
            raise _write_error(self.path, exc) from None
        self.facts.take(entry)


def _write_error(path: Path, exc: OSError) -> ListsRecordError:
    return ListsRecordError(
        _('Could not save what the import did to the lists in "{path}": {reason}.').format(
            path=path, reason=os_reason(exc)
        ),
        hint=_(
            "Nothing sent so far is lost. Free some disk space, then run the same import "
            "again to continue where it stopped."
        ),
    )
