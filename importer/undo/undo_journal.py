"""The durable record of what an undo did, so a stopped undo continues where it stopped.

One file per import beside its backup (``<id>.undo``), JSON lines appended and fsynced after
each answered request: ``{"restored": [[0, 10]]}``, ``{"unlisted": [[4, 5]]}``,
``{"deleted": [[7, 8]]}`` (row indices of the backup). A torn last line is cut off. Never reset:
running the undo again (for instance to undo contacts it first left alone) skips what is done.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterable
from enum import StrEnum
from pathlib import Path
from typing import Any, BinaryIO

from importer.atomic_file import sync_folder
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


class UndoJournalError(JobJournalError):
    """The undo journal cannot be written: the undo must stop."""


class UndoJournal(ClosesOnExit):
    """An open undo journal; use :meth:`open`. One undo thread writes it."""

    def __init__(self, path: Path, handle: BinaryIO, done: dict[UndoStep, set[int]]) -> None:
        self.path = path
        self._handle: BinaryIO | None = handle
        self._done = done

    @classmethod
    def open(cls, folder: str | Path, backup_id: str) -> UndoJournal:
        """Continue the undo journal of ``backup_id`` in ``folder``, or start one."""
        path = Path(folder) / f"{backup_id}{SUFFIX}"
        done: dict[UndoStep, set[int]] = {step: set() for step in UndoStep}
        try:
            data = path.read_bytes() if path.exists() else b""
            valid = data.rfind(b"\n") + 1
            for raw in data[:valid].splitlines():
                _apply(done, raw)
            handle = open_private(path, "r+b" if data else "wb")
            handle.truncate(valid)
            handle.seek(valid)
            if not data:
                sync_folder(path.parent)
        except OSError as exc:
            raise _write_error(path, exc) from None
        return cls(path, handle, done)

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
        if self._handle is not None:
            with contextlib.suppress(OSError):
                self._handle.close()
            self._handle = None

    def _append(self, entry: dict[str, Any]) -> None:
        if self._handle is None:
            raise UndoJournalError(
                _('The undo journal "{path}" is already closed.').format(path=self.path)
            )
        line = json.dumps(entry, separators=(",", ":")) + "\n"
        try:
            self._handle.write(line.encode("utf-8"))
            self._handle.flush()
            os.fsync(self._handle.fileno())
        except OSError as exc:
            self.close()
            raise _write_error(self.path, exc) from None


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
