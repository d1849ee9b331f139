"""Argument parsing and dispatch for the headless subcommands."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from types import ModuleType

from importer import __version__
from importer.cli import check_cmd, lists_cmd, sandbox_cmd, upload_cmd
from importer.errors import ImporterError

COMMANDS: tuple[ModuleType, ...] = (check_cmd, upload_cmd, lists_cmd, sandbox_cmd)


def build_parser() -> argparse.ArgumentParser:
    """The parser with one sub-parser per command module (each has ``register``)."""
    parser = argparse.ArgumentParser(
        prog="contact-importer",
        description="Import contacts from spreadsheets into Sociocs. "
        "Run without arguments to open the import wizard.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module in COMMANDS:
        module.register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one subcommand; user-facing errors become a message on stderr and exit status 2."""
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        return handler(args)
    except ImporterError as exc:
        print(f"contact-importer: {exc.user_text()}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("contact-importer: stopped.", file=sys.stderr)
        return 3


if __name__ == "__main__":
    sys.exit(main())
