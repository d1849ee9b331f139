"""The ``contact-importer`` command: no arguments start the wizard, a file name starts it with
that file (how the desktop's "Open with" calls it), ``--self-test`` checks the installation
headless, subcommands run the headless CLI."""

from __future__ import annotations

import sys
from pathlib import Path

from importer.cli import exit_status
from importer.cli.main import command_names
from importer.cli.output import tell_error

SELF_TEST = "--self-test"
MACOS_PROCESS_SERIAL = "-psn_"
"""Older macOS Finders add ``-psn_0_12345`` to a double-clicked app's arguments."""


def file_to_open(args: list[str]) -> Path | None:
    """The file the wizard should open: the one argument when it names a file — an existing
    path, or one with a folder or an extension (so that a mistyped command still reaches the
    CLI's "invalid choice"); None for no argument, options and commands."""
    shown = [arg for arg in args if not arg.startswith(MACOS_PROCESS_SERIAL)]
    if len(shown) != 1 or shown[0].startswith("-") or shown[0] in command_names():
        return None
    path = Path(shown[0])
    if path.exists() or path.suffix or len(path.parts) > 1:
        return path.absolute()
    return None


def starts_the_wizard(args: list[str]) -> bool:
    """True for no argument (but the macOS Finder's), or a file to open."""
    shown = [arg for arg in args if not arg.startswith(MACOS_PROCESS_SERIAL)]
    return not shown or file_to_open(args) is not None


def main(argv: list[str] | None = None) -> int:
    """Start the wizard (with a file to open when one is given), ``--self-test``, or the CLI."""
    args = sys.argv[1:] if argv is None else argv
    try:
        if args and args[0] == SELF_TEST:
            from gui.self_test import main as self_test_main

            return self_test_main(args)
        if not starts_the_wizard(args):
            from importer.cli.main import main as cli_main

            return cli_main(args)
        from gui.app import run_app

        return run_app(file_to_open(args))
    except KeyboardInterrupt:
        tell_error("stopped.")
        return exit_status.STOPPED


if __name__ == "__main__":
    sys.exit(main())
