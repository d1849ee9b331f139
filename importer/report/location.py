"""Where the files written for the user go: beside the spreadsheet they come from.

A report (or the rows to fix) is saved in the source file's folder, where the user will look
for it; when that folder cannot be written (a read-only share, a CD, the sample bundled with
the program), in the Documents folder instead.
"""

from __future__ import annotations

import contextlib
import os
from datetime import datetime
from pathlib import Path

from importer.i18n import N_, _
from importer.resources import resources_root
from importer.settings_paths import documents_dir

REPORT_NAME = N_("{file} — import report {date}")
"""The name of an upload's report (without extension): the source file's name and when."""
PLAN_NAME = N_("{file} — import plan {date}")
"""The name of a dry run's plan report."""


def folder_is_writable(folder: Path) -> bool:
    """True when a new file can be saved in ``folder``."""
    return folder.is_dir() and os.access(folder, os.W_OK)


def output_folder(source: Path) -> Path:
    """The folder for a file made from ``source``: its own folder, else Documents."""
    folder = source.parent
    bundled = folder.resolve().is_relative_to(resources_root().resolve())
    return folder if folder_is_writable(folder) and not bundled else documents_dir()


def report_file(source: Path, now: datetime, suffix: str, *, plan: bool = False) -> Path:
    """A new report of ``source`` in :func:`output_folder`, named after the file and the minute
    ("contacts — import report 2026-11-27 14.05.xlsx"); a name already taken gets " (2)"."""
    stem = _(PLAN_NAME if plan else REPORT_NAME).format(
        file=source.stem, date=f"{now:%Y-%m-%d %H.%M}"
    )
    folder = output_folder(source)
    with contextlib.suppress(OSError):  # a missing Documents folder; saving says what is wrong
        folder.mkdir(parents=True, exist_ok=True)
    return free_path(folder / f"{stem}{suffix}")


def free_path(wanted: Path, *, first: int = 1) -> Path:
    """``wanted``, or the first of "name (2).xlsx", "name (3).xlsx" … that is not taken;
    ``first=2`` starts at "name (2).xlsx" (``wanted`` itself is not free)."""
    repeat = first
    path = wanted if first == 1 else wanted.with_name(f"{wanted.stem} ({first}){wanted.suffix}")
    while path.exists():
        repeat += 1
        path = wanted.with_name(f"{wanted.stem} ({repeat}){wanted.suffix}")
    return path


def short_path(path: Path, home: Path | None = None) -> str:
    """``path`` as a person reads it: below the home folder without it ("~/Documents/x.xlsx";
    on Windows "Documents\\x.xlsx"), any other path whole."""
    home = Path.home() if home is None else home
    try:
        inside = path.relative_to(home)
    except ValueError:
        return str(path)
    return str(inside) if os.name == "nt" else str(Path("~") / inside)
