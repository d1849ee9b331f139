"""Write files so that a crash never leaves half a file behind (and, unless the user chose
where, readable by the user alone: :mod:`importer.private_files`)."""

from __future__ import annotations

import contextlib
import json
import os
import secrets
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, BinaryIO

from importer.private_files import private_folder, private_opener


def write_text_atomic(path: Path, text: str, *, private: bool = True) -> None:
    """Write ``text`` (UTF-8) to a temporary file beside ``path``, then move it into place."""
    write_lines_atomic(path, [text], private=private)


def write_lines_atomic(path: Path, parts: Iterable[str], *, private: bool = True) -> None:
    """Write ``parts`` (UTF-8, one after the other) to a temporary file beside ``path``, make
    it durable (fsync), then move it into place and make the move durable too.

    ``private``: the program's own file, created 0600 in a private folder; else a file the
    user saves, with the modes of any document."""
    if private:
        private_folder(path.parent)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    opener = private_opener if private else None
    try:
        with open(temporary, "x", encoding="utf-8", newline="\n", opener=opener) as stream:
            for part in parts:
                stream.write(part)
            stream.flush()
            os.fsync(stream.fileno())
        temporary.replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    sync_folder(path.parent)


def append_line_synced(handle: BinaryIO, entry: Mapping[str, Any]) -> None:
    """Append ``entry`` as one compact JSON line to a journal's ``handle`` and make it durable
    (flush, fsync) before returning; OSError when it could not be written."""
    line = json.dumps(entry, ensure_ascii=False, separators=(",", ":")) + "\n"
    handle.write(line.encode("utf-8"))
    handle.flush()
    os.fsync(handle.fileno())


def sync_folder(folder: Path) -> None:
    """Make a new or moved file's directory entry durable (POSIX only; a no-op elsewhere)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
