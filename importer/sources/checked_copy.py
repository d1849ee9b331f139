"""The file as the check read it: a private copy of its bytes, and what the file was then.

Before the check reads a spreadsheet, its bytes are copied to a private folder (``checked``
in the journal folder) and hashed while they are copied: one read of the file gives both the
copy and its :class:`FileStamp` (size, modification time, sha256). The check reads the copy,
and so do the report, the file of rows to fix and an upload continued later: what they show
is what was checked and sent, whatever happens to the file meanwhile — edited in Excel,
emptied, deleted. :meth:`CheckedCopy.state` tells whether the file is still as it was.

Each copy has a folder of its own, holding the file under its own name (a CSV's sheet is
named after its file), and a lock beside it (:class:`~importer.import_lock.ImportLock`, an OS
file lock) held by the process using the copy, so another process never deletes a copy in
use. A copy is deleted once its user lets go of it (:meth:`CheckedCopy.release`, or when
nothing refers to it any more), unless an upload that has not finished keeps it
(:meth:`CheckedCopy.keep`): that upload can then be continued over the rows as they were.
:func:`delete_copy` removes one no process holds (what a killed process left behind).
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import secrets
import shutil
import weakref
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from importer.errors import ImporterError, SourceError
from importer.i18n import _
from importer.import_lock import ImportLock
from importer.os_errors import os_reason
from importer.private_files import open_private, private_folder
from importer.sources.detect import open_hint

COPIES_FOLDER = "checked"
"""The folder of copies, in the journal folder."""
LOCK_SUFFIX = ".lock"
CHUNK_BYTES = 1 << 20
COPY_TRIES = 3
"""A file still being written is copied again this many times before the check gives up."""


@dataclass(frozen=True)
class FileStamp:
    """What a file was when it was checked: its size, modification time and content hash."""

    size: int
    modified_ns: int
    sha256: str

    def as_json(self) -> dict[str, Any]:
        """The stamp as a journal keeps it."""
        return {"size": self.size, "modified_ns": self.modified_ns, "sha256": self.sha256}

    @classmethod
    def from_json(cls, data: object) -> FileStamp | None:
        """The stamp a journal kept (None when it kept none, or not in this form)."""
        if not isinstance(data, dict):
            return None
        size, modified, digest = data.get("size"), data.get("modified_ns"), data.get("sha256")
        if isinstance(size, int) and isinstance(modified, int) and isinstance(digest, str):
            return cls(size, modified, digest)
        return None


class SourceState(StrEnum):
    """The file now, against its stamp."""

    SAME = "same"
    CHANGED = "changed"
    GONE = "gone"
    """Deleted, moved away, or no longer readable."""


def state_of(path: Path, stamp: FileStamp) -> SourceState:
    """Whether ``path`` still holds the bytes ``stamp`` describes. Same size and modification
    time are taken as the same file; otherwise the content is hashed again."""
    try:
        status = path.stat()
    except OSError:
        return SourceState.GONE
    if status.st_size != stamp.size:
        return SourceState.CHANGED
    if status.st_mtime_ns == stamp.modified_ns:
        return SourceState.SAME
    try:
        digest = _hash_file(path)
    except OSError:
        return SourceState.GONE
    return SourceState.SAME if digest == stamp.sha256 else SourceState.CHANGED


class _Holding:
    """What a :class:`CheckedCopy` holds, let go of once (by ``release`` or its finalizer)."""

    def __init__(self, place: Path, lock: ImportLock | None) -> None:
        self.place = place
        self.lock = lock
        self.kept = False

    def end(self) -> None:
        if not self.kept:
            _remove(self.place)
        if self.lock is not None:
            self.lock.release()
            if not self.kept:
                with contextlib.suppress(OSError):
                    self.lock.path.unlink()


class CheckedCopy:
    """The private copy of ``source``'s bytes at ``path``, as ``stamp`` describes them."""

    def __init__(
        self, source: Path, path: Path, stamp: FileStamp, lock: ImportLock | None = None
    ) -> None:
        self.source = source
        self.path = path
        self.stamp = stamp
        self._holding = _Holding(path.parent, lock)
        self._release = weakref.finalize(self, self._holding.end)

    @property
    def token(self) -> str:
        """The copy's name among the copies of its journal folder."""
        return self.path.parent.name

    @property
    def folder(self) -> Path:
        """The journal folder the copy belongs to."""
        return self.path.parent.parent.parent

    @property
    def kept(self) -> bool:
        """True while an unfinished upload keeps the copy."""
        return self._holding.kept

    def state(self) -> SourceState:
        """Whether the file is still as it was checked (see :func:`state_of`)."""
        return state_of(self.source, self.stamp)

    def keep(self, kept: bool = True) -> None:
        """Keep the copy when it is let go of (an unfinished upload refers to it), or no
        longer (``kept`` False: it is deleted then)."""
        self._holding.kept = kept

    def release(self) -> None:
        """Let go of the copy: deleted unless kept. Calling it again does nothing."""
        self._release()


def take_copy(source: Path, folder: Path) -> CheckedCopy:
    """Copy ``source`` into ``folder``'s copies, hashing it on the way; the file is copied
    again when it changed while being copied. Raises :class:`SourceError` when the file
    cannot be read (or keeps changing), :class:`ImporterError` when the copy cannot be
    written."""
    copies = _copies_folder(source, folder)
    token = secrets.token_hex(8)
    lock = ImportLock(copies / f"{token}{LOCK_SUFFIX}")
    place = copies / token
    try:
        try:
            lock.try_acquire()
            place.mkdir(0o700)
        except OSError as exc:
            raise _copy_error(source, folder, exc) from None
        copy = CheckedCopy(source, place / source.name, _copy_until_still(source, place), lock)
    except BaseException:
        _remove(place)
        lock.release()
        with contextlib.suppress(OSError):
            lock.path.unlink()
        raise
    return copy


def reopen_copy(folder: Path, token: str, source: Path, stamp: FileStamp) -> CheckedCopy | None:
    """The copy ``token`` an unfinished upload kept in ``folder``, kept still; None when it is
    gone or does not hold ``source``'s bytes as ``stamp`` describes them."""
    place = folder / COPIES_FOLDER / token
    path = place / source.name
    try:
        if path.stat().st_size != stamp.size or _hash_file(path) != stamp.sha256:
            return None
    except OSError:
        return None
    lock = ImportLock(place.with_name(f"{token}{LOCK_SUFFIX}"))
    copy = CheckedCopy(source, path, stamp, lock if lock.try_acquire() else None)
    copy.keep()
    return copy


def copy_tokens(folder: Path) -> list[str]:
    """The names of the copies in ``folder``'s copies folder."""
    copies = folder / COPIES_FOLDER
    if not copies.is_dir():
        return []
    return [entry.name for entry in copies.iterdir() if entry.is_dir()]


def delete_copy(folder: Path, token: str) -> bool:
    """Delete the copy ``token`` of ``folder`` unless a process holds it; True when gone."""
    lock = ImportLock(folder / COPIES_FOLDER / f"{token}{LOCK_SUFFIX}")
    try:
        if not lock.try_acquire():
            return False
    except OSError:
        return False
    try:
        _remove(folder / COPIES_FOLDER / token)
        with contextlib.suppress(OSError):
            lock.path.unlink()
    finally:
        lock.release()
    return True


def _copies_folder(source: Path, folder: Path) -> Path:
    try:
        return private_folder(folder / COPIES_FOLDER)
    except OSError as exc:
        raise _copy_error(source, folder, exc) from None


def _copy_until_still(source: Path, place: Path) -> FileStamp:
    """Copy ``source`` into ``place`` until its size and modification time stay the same
    while it is copied; its stamp."""
    for _try in range(COPY_TRIES):
        before = _status(source)
        digest, size = _copy_hashing(source, place / source.name, place.parent.parent)
        after = _status(source)
        still = (before.st_size, before.st_mtime_ns) == (after.st_size, after.st_mtime_ns)
        if still and size == after.st_size:
            return FileStamp(size, after.st_mtime_ns, digest)
    raise SourceError(
        source,
        _("The file kept changing while it was read."),
        hint=_("Save and close it in the program that is writing it, then try again."),
    )


def _status(source: Path) -> os.stat_result:
    try:
        return source.stat()
    except OSError as exc:
        raise _read_error(source, exc) from None


def _copy_hashing(source: Path, target: Path, folder: Path) -> tuple[str, int]:
    """Copy ``source`` to the new private file ``target``; (sha256, bytes copied)."""
    digest = hashlib.sha256()
    size = 0
    try:
        reader = source.open("rb")
    except OSError as exc:
        raise _read_error(source, exc) from None
    with reader:
        try:
            writer = open_private(target, "wb")
        except OSError as exc:
            raise _copy_error(source, folder, exc) from None
        with writer:
            while True:
                try:
                    chunk = reader.read(CHUNK_BYTES)
                except OSError as exc:
                    raise _read_error(source, exc) from None
                if not chunk:
                    break
                digest.update(chunk)
                size += len(chunk)
                try:
                    writer.write(chunk)
                except OSError as exc:
                    raise _copy_error(source, folder, exc) from None
    return digest.hexdigest(), size


def _hash_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK_BYTES):
            digest.update(chunk)
    return digest.hexdigest()


def _read_error(source: Path, exc: OSError) -> SourceError:
    if isinstance(exc, FileNotFoundError):
        return SourceError(source, _("The file does not exist."), hint=_("Check the file name."))
    return SourceError(
        source,
        _("The file cannot be opened: {reason}.").format(reason=os_reason(exc)),
        hint=open_hint(exc),
    )


def _copy_error(source: Path, folder: Path, exc: OSError) -> ImporterError:
    return ImporterError(
        _('Could not keep a copy of "{file}" to check in "{folder}": {reason}.').format(
            file=source.name, folder=folder, reason=os_reason(exc)
        ),
        hint=_(
            "The rows are checked, reported and sent from that copy, so that changes to the "
            "file meanwhile cannot mix with them. {remedy}"
        ).format(remedy=_remedy(exc)),
    )


def _remedy(exc: OSError) -> str:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return _("Free some disk space, then try again.")
    return _("Check that you may write to that folder, then try again.")


def _remove(place: Path) -> None:
    shutil.rmtree(place, ignore_errors=True)
