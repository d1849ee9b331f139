"""Where the files written for the user go: beside the spreadsheet they come from.

A report (or the rows to fix) is saved in the source file's folder, where the user will look
for it; when that folder cannot be written (a read-only share, a CD, the sample bundled with
the program), in the Documents folder instead.
"""

from __future__ import annotations

import os
from pathlib import Path

from importer.resources import resources_root
from importer.settings_paths import documents_dir


def folder_is_writable(folder: Path) -> bool:
    """True when a new file can be saved in ``folder``."""
    return folder.is_dir() and os.access(folder, os.W_OK)


def output_folder(source: Path) -> Path:
    """The folder for a file made from ``source``: its own folder, else Documents."""
    folder = source.parent
    bundled = folder.resolve().is_relative_to(resources_root().resolve())
    return folder if folder_is_writable(folder) and not bundled else documents_dir()
