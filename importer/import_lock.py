"""One import's lock: held by the one process that uploads or undoes that import.

An OS file lock (:mod:`filelock`: ``flock`` on POSIX, ``LockFileEx`` on Windows), so the
operating system releases it when its process ends, however it ends — a ``kill -9`` included.
That is what tells an import still running in another window from one whose process died
(:func:`held_elsewhere`), and what keeps two undos of one import from sending the same requests
twice. The lock file itself stays (deleting it while another process waits on it would let a
third take a lock of its own), private like every file the program keeps.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from filelock import FileLock, Timeout

from importer.private_files import PRIVATE_FILE, private_folder

SUFFIX = ".lock"
POLL_SECONDS = 0.2
"""How often a wait for the lock looks whether it was cancelled."""


class ImportLock:
    """The lock of one import at ``path`` (see the module docstring); not re-entrant."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = FileLock(
            path,
            mode=PRIVATE_FILE,
            thread_local=False,
            fallback_to_soft=False,
            preserve_lock_file=True,
        )

    def try_acquire(self) -> bool:
        """Take the lock if no one holds it; True when taken."""
        private_folder(self.path.parent)
        try:
            self._lock.acquire(timeout=0)
        except Timeout:
            return False
        return True

    def acquire(self, checkpoint: Callable[[], None], waiting: Callable[[], None]) -> None:
        """Take the lock, waiting while another process holds it: ``waiting()`` is called
        once when the wait starts, ``checkpoint()`` between tries (it raises to give up)."""
        if self.try_acquire():
            return
        waiting()
        while True:
            checkpoint()
            try:
                self._lock.acquire(timeout=POLL_SECONDS)
            except Timeout:
                continue
            return

    def release(self) -> None:
        """Let go of the lock (nothing when not held)."""
        if self._lock.is_locked:
            self._lock.release()


def held_elsewhere(path: Path) -> bool:
    """Whether another process (or another lock object of this one) holds the lock at
    ``path``: False when no lock file is there."""
    if not path.exists():
        return False
    probe = ImportLock(path)
    if probe.try_acquire():
        probe.release()
        return False
    return True


def lock_path(folder: Path, name: str) -> Path:
    """The lock file of ``name`` (an import's identity or id) in the journal ``folder``."""
    return folder / f"{name}{SUFFIX}"
