"""How the command line speaks to people: messages on stderr, after stdout's own."""

from __future__ import annotations

import contextlib
import sys

from importer.i18n import _

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


def typed_yes(prompt: str) -> bool:
    """Ask ``prompt`` on the terminal: True when the answer is "yes" (or its translation); an
    input that ends without an answer is a no."""
    try:
        return input(prompt).strip().lower() in {"yes", _("yes")}
    except EOFError:
        return False
