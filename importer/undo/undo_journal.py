"""The durable record of what an undo did, so a stopped undo continues where it stopped.

One file per import beside its backup (``<id>.undo``), JSON lines appended and fsynced after
each answered request: ``{"restored": [[0, 10]]}``, ``{"unlisted": [[4, 5]]}``,
``{"deleted": [[7, 8]]}`` (row indices of the backup), ``{"left_list": [[0, 3]]}`` (the
numbers of the list memberships taken out, :mod:`importer.undo.list_undo`). A torn last line
is cut off. Never reset: running the undo again (for instance to undo contacts it first left
alone) skips what is done.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterable
from enum import StrEnum
from pathlib import Path
from typing import Any, BinaryIO

from importer.atomic_file import append_line_synced, sync_folder
from importer.closing import ClosesOnExit
from importer.i18n import _
from importer.jobs.row_ranges import from_ranges, to_ranges
from importer.jobs.stops import JobJournalError
from importer.os_errors import os_reason
from importer.private_files import open_private

SUFFIX = ".undo"


class UndoStep(StrEnum):
    """What the undo does to a contact."""

    RESTORED = "restored"
    UNLISTED = "unlisted"
    DELETED = "deleted"
    LEFT_LIST = "left_list"
    """A list membership the import added was taken out (numbered, not a row)."""


class UndoJournalError(JobJournalError):
    """The undo journal cannot be written: the undo must stop."""


class UndoJournal(ClosesOnExit):
    """An undo journal; use :meth:`open`. One undo writes it at a time: the process holding
    the import's lock (:mod:`importer.import_lock`), from one thread.

    Opened, it only reads what was done; it is opened for writing (and a torn last line cut
    off) by :meth:`start_writing` — under the lock, so it never cuts a line another process
    is writing — or by the first note.
    """

    def __init__(self, path: Path, done: dict[UndoStep, set[int]]) -> None:
        self.path = path
        self._handle: BinaryIO | None = None
        self._closed = False
        self._done = done

    @classmethod
    def open(cls, folder: str | Path, backup_id: str) -> UndoJournal:
        """The undo journal of ``backup_id`` in ``folder`` (what earlier undos did; nothing
        when there is none yet)."""
        path = Path(folder) / f"{backup_id}{SUFFIX}"
        return cls(path, _read_done(path))

    def start_writing(self) -> None:
        """Read what was done again (another undo may have written since), then open the file
        for appending after its last whole line."""
        if self._closed:
            raise UndoJournalError(
                _('The undo journal "{path}" is already closed.').format(path=self.path)
            )
        if self._handle is not None:
            return
        try:
            data = self.path.read_bytes() if self.path.exists() else b""
            valid = data.rfind(b"\n") + 1
            self._done = {step: set() for step in UndoStep}
            for raw in data[:valid].splitlines():
                _apply(self._done, raw)
            handle = open_private(self.path, "r+b" if data else "wb")
            handle.truncate(valid)
            handle.seek(valid)
            if not data:
                sync_folder(self.path.parent)
        except OSError as exc:
            raise _write_error(self.path, exc) from None
        self._handle = handle

    def done(self, step: UndoStep) -> set[int]:
        """Backup rows for which ``step`` was done (a copy)."""
        return set(self._done[step])

    def note_done(self, step: UndoStep, rows: Iterable[int]) -> None:
        """Durably record that ``step`` was done for ``rows``."""
        rows = list(rows)
        self._append({step.value: to_ranges(rows)})
        self._done[step].update(rows)

    def close(self) -> None:
        """Close the file; what was recorded stays."""
        self._closed = True
        if self._handle is not None:
            with contextlib.suppress(OSError):
                self._handle.close()
            self._handle = None

    def _append(self, entry: dict[str, Any]) -> None:
        self.start_writing()
        assert self._handle is not None
        try:
            append_line_synced(self._handle, entry)
        except OSError as exc:
            self.close()
            raise _write_error(self.path, exc) from None


def _read_done(path: Path) -> dict[UndoStep, set[int]]:
    """What the journal at ``path`` records as done (its whole lines); nothing when absent."""
    done: dict[UndoStep, set[int]] = {step: set() for step in UndoStep}
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return done
    except OSError as exc:
        raise _write_error(path, exc) from None
    for raw in data[: data.rfind(b"\n") + 1].splitlines():
        _apply(done, raw)
    return done


def _apply(done: dict[UndoStep, set[int]], raw: bytes) -> None:
    try:
        entry = json.loads(raw)
    except ValueError:
        return
    if isinstance(entry, dict):
        for step in UndoStep:
            done[step].update(from_ranges(entry.get(step.value)))


def _write_error(path: Path, exc: OSError) -> UndoJournalError:
    return UndoJournalError(
        _('Could not save the progress of the undo in "{path}": {reason}.').format(
            path=path, reason=os_reason(exc)
        ),
        hint=_(
            "What was undone so far is kept. Free some disk space, then run the undo again "
            "to continue."
        ),
    )
