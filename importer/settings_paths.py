"""Where the program keeps its files: settings, data (journals, remembered mappings), logs;
and where the files it writes for the user go when not beside their spreadsheet (Documents).

The folders follow each platform's conventions (platformdirs); the program's own files in them
are private (:mod:`importer.private_files`). Setting the environment
variable ``SOCIOCS_IMPORTER_HOME`` puts all of them under that one folder (used by tests and
portable installs).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "Sociocs Contact Importer"
HOME_VARIABLE = "SOCIOCS_IMPORTER_HOME"


def _home() -> Path | None:
    value = os.environ.get(HOME_VARIABLE, "").strip()
    return Path(value) if value else None


def config_dir() -> Path:
    """The folder for settings."""
    home = _home()
    return home / "config" if home else platformdirs.user_config_path(APP_NAME, appauthor=False)


def data_dir() -> Path:
    """The folder for data the program keeps between runs."""
    home = _home()
    return home / "data" if home else platformdirs.user_data_path(APP_NAME, appauthor=False)


def log_dir() -> Path:
    """The folder for log files."""
    home = _home()
    return home / "logs" if home else platformdirs.user_log_path(APP_NAME, appauthor=False)


def own_folders() -> tuple[Path, ...]:
    """The folders that hold only the program's own files (settings, data, logs), each from the
    folder named after the program where the platform nests them ("…/Sociocs Contact
    Importer/log")."""
    folders = (config_dir(), data_dir(), log_dir())
    if _home():
        return folders
    return tuple(next((p for p in (f, *f.parents) if p.name == APP_NAME), f) for f in folders)


def documents_dir() -> Path:
    """The user's Documents folder (``SOCIOCS_IMPORTER_HOME``/Documents when that is set)."""
    home = _home()
    return home / "Documents" if home else platformdirs.user_documents_path()


def journal_dir() -> Path:
    """The folder for upload journals (resumable runs)."""
    return data_dir() / "journals"


def mappings_dir() -> Path:
    """The folder for remembered column mappings."""
    return data_dir() / "mappings"
