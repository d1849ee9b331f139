"""Files the program keeps for itself are readable by the user alone.

History, journals, backups, undo records, logs, crash logs, settings and remembered mappings
hold names, numbers and before-images of contacts. On POSIX they are created 0600 in folders
created 0700 (the umask can only make them stricter); a folder or file an older version left
readable by others is tightened when it is next used. Windows keeps them in the user's
profile, which other users cannot read; nothing is changed there.

Files the user saves where they choose (reports, plans, rows to fix) are not created here:
they get the modes of any document the user saves.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from pathlib import Path
from typing import BinaryIO, Literal

from importer.settings_paths import own_folders

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700
_OTHERS = 0o077
"""The group's and everyone else's permission bits."""


def private_folder(folder: Path) -> Path:
    """Create ``folder`` and any missing parents 0700; tighten it, and its parents up to the
    program's own folder (:func:`~importer.settings_paths.own_folders`), when others may read
    them. A folder the user chose (a journal folder) is left as it is. Returns ``folder``."""
    if sys.platform == "win32":
        folder.mkdir(parents=True, exist_ok=True)
        return folder
    chain = [folder, *folder.parents]
    for missing in reversed(chain[: next(i for i, p in enumerate(chain) if p.is_dir())]):
        with contextlib.suppress(FileExistsError):
            missing.mkdir(PRIVATE_FOLDER)
    for existing in _own_chain(folder):
        with contextlib.suppress(OSError):
            mode = existing.stat().st_mode
            if mode & _OTHERS:
                existing.chmod(_tightened(mode))
    return folder


def private_opener(path: str, flags: int) -> int:
    """An ``opener`` for :func:`open`: a new file is created 0600, an existing one readable by
    others is tightened."""
    fd = os.open(path, flags, PRIVATE_FILE)
    if sys.platform != "win32":
        with contextlib.suppress(OSError):
            mode = os.fstat(fd).st_mode
            if mode & _OTHERS:
                os.fchmod(fd, _tightened(mode))
    return fd


def open_private(path: Path, mode: Literal["wb", "r+b"]) -> BinaryIO:
    """``path`` opened in binary ``mode`` through :func:`private_opener` (to be closed by the
    caller)."""
    return open(path, mode, opener=private_opener)


def in_own_folder(path: Path) -> bool:
    """Whether ``path`` lies in one of the program's own folders."""
    return bool(_own_chain(path.parent))


def _own_chain(folder: Path) -> list[Path]:
    """``folder`` and its parents up to the program's own folder holding it (none if outside)."""
    folder = folder.absolute()
    for root in (own.absolute() for own in own_folders()):
        if folder.is_relative_to(root):
            return [folder, *(p for p in folder.parents if p.is_relative_to(root))]
    return []


def _tightened(mode: int) -> int:
    """``mode``'s permission bits without the group's and everyone else's."""
    return stat.S_IMODE(mode) & ~_OTHERS
