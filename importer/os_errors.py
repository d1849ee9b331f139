"""File-system errors (OSError) said in plain words, for messages that name the file."""

from __future__ import annotations

import errno

from importer.i18n import _


def os_reason(exc: OSError) -> str:
    """Why ``exc`` happened, as a clause that can follow a colon: "the file does not exist"."""
    if isinstance(exc, FileNotFoundError):
        return _("the file or its folder does not exist")
    if isinstance(exc, IsADirectoryError):
        return _("it is a folder, not a file")
    if isinstance(exc, NotADirectoryError):
        return _("part of the path is a file, not a folder")
    if isinstance(exc, PermissionError):
        return _("permission denied (you may not read or write it)")
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return _("the disk is full")
    if not exc.strerror:
        return type(exc).__name__
    return exc.strerror[:1].lower() + exc.strerror[1:]
