"""The ``contact-importer`` command: no arguments start the wizard, subcommands run headless."""

from __future__ import annotations

import sys

from importer.cli import exit_status
from importer.cli.output import tell_error


def main(argv: list[str] | None = None) -> int:
    """Start the wizard when called without arguments, otherwise run the headless CLI."""
    args = sys.argv[1:] if argv is None else argv
    try:
        if args and args[0] not in {"--self-test"}:
            from importer.cli.main import main as cli_main

            return cli_main(args)
        from gui.app import run_app

        return run_app(args)
    except KeyboardInterrupt:
        tell_error("stopped.")
        return exit_status.STOPPED


if __name__ == "__main__":
    sys.exit(main())
