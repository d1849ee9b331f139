"""The durable record of what the server acknowledged, so an interrupted import can resume.

One file per import identity (see :mod:`importer.upload.identity`) in the journal folder,
JSON lines appended one at a time and fsynced before the next batch is sent:

    {"journal": 1, "identity": "…", "file_name": "contacts.xlsx", "rows_total": 120000,
     "details": {…}, "checked": {"size": …, "modified_ns": …, "sha256": "…", "copy": "…"}}
    {"backup": "20240501-100000-1a2b3c4d", "settled": [[7, 9]]}
    {"ack": [[0, 10000]]}
    {"rejected": [[10412, 10413]], "message": "…"}
    {"finished": "2024-05-01T10:00:00+00:00"}

A torn last line (the process died mid-write) is ignored and cut off before appending. A batch
the server acknowledged but that did not reach the journal is simply sent again on resume —
harmless, because the bulk endpoint is an upsert by phone number. The ``backup`` line names the
import's backup (:mod:`importer.undo.backup`, in the same folder), written before the first
batch: it holds the comparison's plan, which a resumed run follows instead of comparing again,
and ``settled`` the rows that plan does not send (unchanged or skipped). The header's
``checked`` is what the file was when it was checked, and the copy of the rows checked
(:mod:`importer.sources.checked_copy`), kept while the import is unfinished: a changed file is
told from the one checked, and the import can still be continued over the rows as they were.
The API key is never written.
"""

from __future__ import annotations

import contextlib
import errno
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from importer.atomic_file import append_line_synced, sync_folder
from importer.choices import ChoicesError, ImportChoices
from importer.closing import ClosesOnExit
from importer.errors import ImporterError
from importer.i18n import _
from importer.import_lock import ImportLock, lock_path
from importer.jobs.row_ranges import from_ranges, to_ranges
from importer.jobs.stops import JobJournalError
from importer.os_errors import os_reason
from importer.private_files import open_private, private_folder
from importer.sources.checked_copy import FileStamp

JOURNAL_VERSION = 1
SUFFIX = ".journal"


class JournalError(JobJournalError):
    """The journal cannot be written (disk full, no permission…): the run must stop."""


class ImportRunningError(ImporterError):
    """Another window or command is sending this very import (it holds the import's lock)."""

    def __init__(self, file_name: str) -> None:
        super().__init__(
            _(
                "{file} is being uploaded to this list by another window or command right now; "
                "nothing was sent from here."
            ).format(file=file_name),
            hint=_("Wait for it to end. If it stops half-way, run the same import again."),
        )


@dataclass(frozen=True, slots=True)
class ResumeInfo:
    """An unfinished import that can be continued ("52,000 of 120,000 done")."""

    journal_path: Path
    identity: str
    file_name: str
    rows_done: int
    rows_total: int
    created: str
    details: dict[str, Any] = field(default_factory=dict)
    """The import's choices as :meth:`~importer.choices.ImportChoices.to_json` stored them."""
    backup_id: str | None = None
    """The import's backup (its plan), when one was written."""
    checked: dict[str, Any] = field(default_factory=dict)
    """What the file was when it was checked, and the copy of the rows checked
    (:meth:`Journal.open`'s ``checked``; empty in journals written before it was kept)."""

    @property
    def stamp(self) -> FileStamp | None:
        """What the file was when the import was checked (None: not kept)."""
        return FileStamp.from_json(self.checked)

    @property
    def copy_token(self) -> str | None:
        """The copy of the rows the import was checked with, in its journal folder."""
        return copy_of(self.checked)

    def choices(self) -> ImportChoices:
        """The import's choices; a :class:`~importer.choices.ChoicesError` says why they
        cannot be read (a newer version wrote them, or they are damaged)."""
        return ImportChoices.from_json(self.details)


@dataclass
class _Contents:
    header: dict[str, Any]
    acknowledged: set[int]
    rejected: dict[int, str]
    finished: bool
    valid_length: int
    backup_id: str | None = None
    settled: int = 0


def copy_of(checked: object) -> str | None:
    """The name of the copy of the checked rows in a journal's ``checked`` header."""
    copy = checked.get("copy") if isinstance(checked, dict) else None
    return copy if isinstance(copy, str) and copy else None


def journal_path(folder: str | Path, identity: str) -> Path:
    """Where the journal of ``identity`` lives in ``folder``."""
    return Path(folder) / f"{identity}{SUFFIX}"


def find_resumable(folder: str | Path, identity: str) -> ResumeInfo | None:
    """The unfinished import with ``identity`` in ``folder``, if any row of it was done or its
    backup was written (then its first batch may have reached Sociocs)."""
    contents = _read(journal_path(folder, identity), identity)
    return _resume_info(journal_path(folder, identity), contents)


def list_resumable(folder: str | Path) -> list[ResumeInfo]:
    """Every unfinished import in ``folder`` with progress or a backup, newest first."""
    found = []
    for path in Path(folder).glob(f"*{SUFFIX}") if Path(folder).is_dir() else ():
        info = _resume_info(path, _read(path, path.name.removesuffix(SUFFIX)))
        if info is not None:
            found.append(info)
    return sorted(found, key=lambda info: info.created, reverse=True)


def find_changed(folder: str | Path, choices: ImportChoices, sha256: str) -> ResumeInfo | None:
    """The newest unfinished import in ``folder`` of the file ``choices`` name to their list,
    whose file held other bytes when it was checked than the ``sha256`` it holds now (None:
    there is none, or its journal did not keep what the file was)."""
    for info in list_resumable(folder):
        stamp = info.stamp
        if stamp is None or stamp.sha256 == sha256:
            continue
        try:
            then = info.choices()
        except ChoicesError:
            continue
        if then.list_id == choices.list_id and then.path.absolute() == choices.path.absolute():
            return info
    return None


def spreadsheet_still_there(info: ResumeInfo) -> bool:
    """True when the journal names a spreadsheet that still exists (only those are offered).

    A journal whose choices cannot be read (none kept, damaged, or from a newer version) is
    not offered; choosing the same file, settings and list still continues it.
    """
    try:
        return info.choices().path.is_file()
    except ChoicesError:
        return False


class Journal(ClosesOnExit):
    """An open journal; use :meth:`open`. Not thread-safe: one upload thread writes it.

    It holds its import's lock (:mod:`importer.import_lock`) until closed, so one process at
    a time sends an import, and the history can tell a running import from one whose process
    died."""

    def __init__(
        self, path: Path, handle: BinaryIO, contents: _Contents, lock: ImportLock | None = None
    ) -> None:
        self.path = path
        self._handle: BinaryIO | None = handle
        self._contents = contents
        self._lock = lock

    @classmethod
    def open(
        cls,
        folder: str | Path,
        identity: str,
        *,
        file_name: str,
        rows_total: int,
        details: dict[str, Any] | None = None,
        checked: dict[str, Any] | None = None,
        restart: bool = False,
    ) -> Journal:
        """Continue the unfinished journal of ``identity`` in ``folder``, or start a new one.

        ``restart`` discards what was recorded. ``details`` (JSON values, never the API key) are
        kept in the header for whoever offers to resume later, and ``checked``: the file's
        stamp when it was checked (:class:`~importer.sources.checked_copy.FileStamp`) and
        the name of the copy of the rows checked, under ``"copy"``. Raises
        :class:`ImportRunningError` while another process sends the same import.
        """
        path = journal_path(folder, identity)
        lock = ImportLock(lock_path(Path(folder), identity))
        try:
            taken = lock.try_acquire()
        except OSError as exc:
            raise _write_error(path, exc) from None
        if not taken:
            raise ImportRunningError(file_name)
        contents = None if restart else _read(path, identity)
        if contents is not None and (
            contents.finished or contents.header.get("rows_total") != rows_total
        ):
            contents = None
        try:
            if contents is not None:
                handle = _open_for_append(path, contents.valid_length)
                return cls(path, handle, contents, lock)
            header = {"details": details or {}, "checked": checked or {}}
            journal = cls._create(path, identity, file_name, rows_total, header)
        except OSError as exc:
            lock.release()
            raise _write_error(path, exc) from None
        except BaseException:
            lock.release()
            raise
        journal._lock = lock
        return journal

    @classmethod
    def _create(
        cls, path: Path, identity: str, file_name: str, rows_total: int, more: dict[str, Any]
    ) -> Journal:
        private_folder(path.parent)
        header = {
            "journal": JOURNAL_VERSION,
            "identity": identity,
            "file_name": file_name,
            "rows_total": rows_total,
            "created": datetime.now(UTC).isoformat(timespec="seconds"),
            **more,
        }
        handle = open_private(path, "wb")
        journal = cls(path, handle, _Contents(header, set(), {}, False, 0))
        journal._append(header)
        sync_folder(path.parent)
        return journal

    @property
    def file_name(self) -> str:
        """The name of the imported file, as recorded in the header."""
        return str(self._contents.header.get("file_name", ""))

    @property
    def rows_total(self) -> int:
        """How many rows the import sends in total."""
        return int(self._contents.header["rows_total"])

    @property
    def rows_done(self) -> int:
        """Rows acknowledged, rejected or settled without sending (in this and earlier runs)."""
        return _done(self._contents)

    @property
    def backup_id(self) -> str | None:
        """The id of the import's backup, once :meth:`note_backup` wrote it."""
        return self._contents.backup_id

    @property
    def finished(self) -> bool:
        """True once the import is complete (:meth:`finish`)."""
        return self._contents.finished

    @property
    def copy_token(self) -> str | None:
        """The copy of the checked rows the journal keeps (None: it keeps none)."""
        return copy_of(self._contents.header.get("checked"))

    def note_backup(self, backup_id: str, settled: Iterable[int]) -> None:
        """Durably record that the backup ``backup_id`` was written and which ready rows its
        plan does not send."""
        rows = list(settled)
        self._append({"backup": backup_id, "settled": to_ranges(rows)})
        self._contents.backup_id = backup_id
        self._contents.settled = len(rows)

    def acknowledged_rows(self) -> set[int]:
        """Data-row indices the server acknowledged (a copy)."""
        return set(self._contents.acknowledged)

    def rejected_rows(self) -> dict[int, str]:
        """Data-row index → the server's message, for rows it rejected (a copy)."""
        return dict(self._contents.rejected)

    def note_acknowledged(self, rows: Iterable[int]) -> None:
        """Durably record that the server acknowledged ``rows``."""
        rows = list(rows)
        self._append({"ack": to_ranges(rows)})
        self._contents.acknowledged.update(rows)

    def note_rejected(self, rows: Iterable[int], message: str) -> None:
        """Durably record that the server rejected ``rows`` with ``message``."""
        rows = list(rows)
        self._append({"rejected": to_ranges(rows), "message": message})
        self._contents.rejected.update(dict.fromkeys(rows, message))

    def finish(self) -> None:
        """Mark the import complete (it will not be offered for resume) and close."""
        self._append({"finished": datetime.now(UTC).isoformat(timespec="seconds")})
        self._contents.finished = True
        self.close()

    def close(self) -> None:
        """Close the file and let go of the import's lock; what was recorded stays."""
        if self._handle is not None:
            with contextlib.suppress(OSError):
                self._handle.close()
            self._handle = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def discard(self) -> None:
        """Close and delete the journal."""
        self.close()
        self.path.unlink(missing_ok=True)

    def _append(self, entry: dict[str, Any]) -> None:
        if self._handle is None:
            raise JournalError(
                _('The upload journal "{path}" is already closed.').format(path=self.path)
            )
        try:
            append_line_synced(self._handle, entry)
        except OSError as exc:
            self.close()
            raise _write_error(self.path, exc) from None


def _read(path: Path, identity: str) -> _Contents | None:
    """The journal's contents, or None when absent, unreadable or not for ``identity``."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    valid_length = data.rfind(b"\n") + 1
    lines = data[:valid_length].splitlines()
    header = _parse(lines[0]) if lines else None
    if (
        header is None
        or header.get("journal") != JOURNAL_VERSION
        or header.get("identity") != identity
        or not isinstance(header.get("rows_total"), int)
    ):
        return None
    contents = _Contents(header, set(), {}, False, valid_length)
    for raw in lines[1:]:
        _apply(contents, _parse(raw))
    return contents


def _apply(contents: _Contents, entry: dict[str, Any] | None) -> None:
    if entry is None:
        return
    if "ack" in entry:
        contents.acknowledged.update(from_ranges(entry["ack"]))
    elif "rejected" in entry:
        message = str(entry.get("message", ""))
        contents.rejected.update(dict.fromkeys(from_ranges(entry["rejected"]), message))
    elif "finished" in entry:
        contents.finished = True
    elif isinstance(entry.get("backup"), str):
        contents.backup_id = entry["backup"]
        contents.settled = sum(1 for _ in from_ranges(entry.get("settled")))


def _done(contents: _Contents) -> int:
    return len(contents.acknowledged) + len(contents.rejected) + contents.settled


def _parse(raw: bytes) -> dict[str, Any] | None:
    try:
        entry = json.loads(raw)
    except ValueError:
        return None
    return entry if isinstance(entry, dict) else None


def _resume_info(path: Path, contents: _Contents | None) -> ResumeInfo | None:
    if contents is None or contents.finished:
        return None
    done = _done(contents)
    if done == 0 and contents.backup_id is None:
        return None
    header = contents.header
    details = header.get("details")
    checked = header.get("checked")
    return ResumeInfo(
        journal_path=path,
        identity=str(header["identity"]),
        file_name=str(header.get("file_name", "")),
        rows_done=done,
        rows_total=int(header["rows_total"]),
        created=str(header.get("created", "")),
        details=details if isinstance(details, dict) else {},
        backup_id=contents.backup_id,
        checked=checked if isinstance(checked, dict) else {},
    )


def _open_for_append(path: Path, valid_length: int) -> BinaryIO:
    """Open for appending after cutting off a torn last line."""
    handle = open_private(path, "r+b")
    handle.truncate(valid_length)
    handle.seek(valid_length)
    return handle


def _write_error(path: Path, exc: OSError) -> JournalError:
    """Why the journal at ``path`` cannot be written, with the remedy that fits the cause."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        remedy = _("Free some disk space (or choose another journal folder)")
    else:
        remedy = _("Choose a journal folder you may write to")
    return JournalError(
        _('Could not save the upload progress in "{path}": {reason}.').format(
            path=path, reason=os_reason(exc)
        ),
        hint=_(
            "Nothing sent so far is lost. {remedy} and run the same import again to continue "
            "where it stopped."
        ).format(remedy=remedy),
    )
