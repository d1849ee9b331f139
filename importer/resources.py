"""Where the files under ``resources/`` are (icons, samples, translations), both from a source
checkout and in the frozen app."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_root() -> Path:
    """The ``resources`` folder: inside the PyInstaller bundle when frozen, else the checkout's."""
    bundle_dir = getattr(sys, "_MEIPASS", None)
    if bundle_dir is not None:
        return Path(bundle_dir) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(relative: str) -> Path:
    """Absolute path of ``resources/<relative>`` (e.g. ``"icons/app-icon-256.png"``)."""
    return resources_root() / relative
