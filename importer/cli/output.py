"""How the command line speaks to people: messages on stderr, counts with the right noun."""

from __future__ import annotations

import contextlib
import sys

PROGRAM = "contact-importer"


def tell_error(message: str) -> None:
    """Print ``contact-importer: message`` on stderr, after what stdout holds so far.

    Flushing stdout first keeps the two streams in order when both go to one file or pipe. A
    closed stream (the reader went away) is not an error here: there is nobody left to tell.
    """
    with contextlib.suppress(OSError, ValueError):
        sys.stdout.flush()
    with contextlib.suppress(OSError, ValueError):
        print(f"{PROGRAM}: {message}", file=sys.stderr, flush=True)


def counted(number: int, noun: str) -> str:
    """``1 row``, ``2 rows``, ``1,000 rows``: the number and the noun, plural when needed."""
    return f"{number:,} {noun}" if number == 1 else f"{number:,} {noun}s"
