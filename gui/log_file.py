"""The wizard's log file in the user's log folder, with the API key always hidden, readable by
the user alone (:mod:`importer.private_files`)."""

from __future__ import annotations

import logging
from io import TextIOWrapper
from logging.handlers import RotatingFileHandler
from pathlib import Path

from importer.api.redact import RedactingFilter
from importer.private_files import private_folder, private_opener

LOG_NAME = "contact-importer.log"
SECRETS = RedactingFilter()
"""Every secret added here is hidden from the log file and from "Copy details" texts."""


def hide_secret(secret: str) -> None:
    """Hide ``secret`` (an API key) from the log and error details from now on."""
    SECRETS.add(secret)


def scrub(text: str) -> str:
    """``text`` with every hidden secret redacted."""
    return SECRETS.scrub(text)


class PrivateLogHandler(RotatingFileHandler):
    """A rotating log whose files are created 0600 (an older one is tightened)."""

    def _open(self) -> TextIOWrapper:
        return open(  # a rotating log always appends ("a" is its mode)
            self.baseFilename,
            "a",
            encoding=self.encoding,
            errors=self.errors,
            opener=private_opener,
        )


def configure_logging(log_dir: Path) -> Path:
    """Log INFO and above to ``log_dir/contact-importer.log`` (rotated at 1 MB, 3 kept)."""
    private_folder(log_dir)
    path = log_dir / LOG_NAME
    root = logging.getLogger()
    for handler in root.handlers:
        if isinstance(handler, RotatingFileHandler) and Path(handler.baseFilename) == path:
            return path
    handler = PrivateLogHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(SECRETS)
    root.addHandler(handler)
    if root.getEffectiveLevel() > logging.INFO:
        root.setLevel(logging.INFO)
    return path
