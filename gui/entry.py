"""The ``contact-importer`` command: no arguments start the wizard, ``--self-test`` checks the
installation headless, subcommands run the headless CLI."""

from __future__ import annotations

import sys

from importer.cli import exit_status
from importer.cli.output import tell_error

SELF_TEST = "--self-test"


def main(argv: list[str] | None = None) -> int:
    """Start the wizard when called without arguments, otherwise run the headless CLI."""
    args = sys.argv[1:] if argv is None else argv
    try:
        if args and args[0] == SELF_TEST:
            from gui.self_test import main as self_test_main

            return self_test_main(args)
        if args:
            from importer.cli.main import main as cli_main

            return cli_main(args)
        from gui.app import run_app

        return run_app(args)
    except KeyboardInterrupt:
        tell_error("stopped.")
        return exit_status.STOPPED


if __name__ == "__main__":
    sys.exit(main())
