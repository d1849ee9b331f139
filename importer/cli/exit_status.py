"""The exit statuses of every `contact-importer` command (the README's table)."""

from __future__ import annotations

OK = 0
"""All went well: no invalid row (`check`), every valid row uploaded (`upload`)."""
INCOMPLETE = 1
"""Finished, but some rows are invalid, duplicated or were rejected."""
UNUSABLE = 2
"""The file, the arguments or the API key cannot be used; nothing was done."""
STOPPED = 3
"""Stopped before the end (key refused, network, Ctrl+C, output closed); `upload` resumes."""
