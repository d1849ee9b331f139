"""The files the program reads at run time: icons, sample spreadsheets, translation catalogs.

They are package data of :mod:`importer.resources` (this folder), found through
:mod:`importlib.resources`, so a source checkout, an editable install, a wheel or sdist install
and the PyInstaller bundle all find them the same way. Only files on disk are supported (the
program is never installed zipped): Qt and the spreadsheet readers need real paths.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def resources_root() -> Path:
    """This folder, wherever the package is installed."""
    root = files(__name__)
    if not isinstance(root, Path):
        raise RuntimeError(f"the program's resources are not files on disk: {root}")
    return root


def resource_path(relative: str) -> Path:
    """Absolute path of a resource, e.g. ``resource_path("icons/app-icon-256.png")``."""
    return resources_root() / relative
