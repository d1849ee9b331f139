"""`contact-importer upload` (being built; see the issue tracker)."""

from __future__ import annotations

import argparse
from typing import Any


def register(subparsers: Any) -> None:
    """Add the `upload` sub-parser."""
    parser = subparsers.add_parser("upload", help="(not available yet)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Not available yet."""
    print("not available yet")
    return 2
