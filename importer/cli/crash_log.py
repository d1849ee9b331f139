"""Keep the details of an unexpected failure (a bug) in a log file, with the API key removed."""

from __future__ import annotations

import datetime as dt
import traceback
from pathlib import Path

from importer import __version__
from importer.api.redact import redact
from importer.api_key import load_api_key
from importer.private_files import private_folder, private_opener
from importer.settings_paths import log_dir


def write_crash_log(exc: BaseException, argv: list[str]) -> Path | None:
    """Append the traceback of ``exc`` to ``cli-errors.log``, with the key (from the environment
    or the keyring) redacted; the file, or None if unwritable."""
    stamp = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    details = "".join(traceback.format_exception(exc))
    text = f"--- {stamp} contact-importer {__version__} {' '.join(argv)}\n{details}\n"
    text = redact(text, load_api_key())
    path = log_dir() / "cli-errors.log"
    try:
        private_folder(path.parent)
        with open(path, "a", encoding="utf-8", opener=private_opener) as handle:
            handle.write(text)
    except OSError:
        return None
    return path
