"""Argument parsing and dispatch for the headless subcommands."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import phonenumbers

from importer import __version__
from importer.cli import (
    check_cmd,
    exit_status,
    history_cmd,
    lists_cmd,
    sandbox_cmd,
    undo_cmd,
    upload_cmd,
)
from importer.cli.crash_log import write_crash_log
from importer.cli.output import tell_error
from importer.errors import ImporterError
from importer.i18n import LANGUAGES, _, environment_language, set_language
from importer.os_errors import os_reason

COMMANDS: tuple[ModuleType, ...] = (
    check_cmd,
    upload_cmd,
    undo_cmd,
    history_cmd,
    lists_cmd,
    sandbox_cmd,
)


def build_parser() -> argparse.ArgumentParser:
    """The parser with one sub-parser per command module (each has ``register``)."""
    parser = argparse.ArgumentParser(
        prog="contact-importer",
        description="Import contacts from spreadsheets into Sociocs. "
        "Run without arguments to open the import wizard.",
    )
    parser.add_argument("--version", action="version", version=version_line())
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module in COMMANDS:
        module.register(subparsers)
    return parser


def command_names() -> frozenset[str]:
    """The subcommands (``check``, ``upload`` …), as the parser registers them."""
    subparsers = argparse.ArgumentParser(add_help=False).add_subparsers()
    for module in COMMANDS:
        module.register(subparsers)
    return frozenset(subparsers.choices)


def version_line() -> str:
    """The program's version and that of the phone-number data, which decides which numbers
    are valid: ``contact-importer 0.1.0 (phone-number data: phonenumbers 9.0.20)``."""
    data = f"phonenumbers {phonenumbers.__version__}"
    return f"contact-importer {__version__} (phone-number data: {data})"


def main(argv: list[str] | None = None) -> int:
    """Run one subcommand; every failure becomes a message on stderr, never a traceback.

    Exit statuses are those of :mod:`importer.cli.exit_status`: an unusable file, argument
    or key is 2; Ctrl+C, or an output closed early (``| head``), is 3. Messages are in the
    language of ``LANGUAGE``/``LC_ALL``/``LC_MESSAGES``/``LANG`` (English when unsupported).
    """
    wanted = environment_language()
    if set_language(wanted) != wanted:
        tell_error(
            _(
                "{language} is not installed (its translation file is missing or damaged): "
                "messages are in English."
            ).format(language=LANGUAGES[wanted])
        )
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        return handler(args)
    except ImporterError as exc:
        tell_error(exc.user_text())
        return exit_status.UNUSABLE
    except KeyboardInterrupt:
        tell_error(_("stopped."))
        return exit_status.STOPPED
    except BrokenPipeError:
        _silence_closed_output()
        tell_error(_("stopped: the output was closed before everything was written."))
        return exit_status.STOPPED
    except OSError as exc:
        tell_error(os_error_text(exc))
        return exit_status.UNUSABLE
    except Exception as exc:
        tell_error(
            unexpected_error_text(write_crash_log(exc, sys.argv[1:] if argv is None else argv))
        )
        return exit_status.UNUSABLE


def unexpected_error_text(log: Path | None) -> str:
    """What to say when the program itself failed (a bug): nothing to fix in the file."""
    if log is None:
        return _(
            "Something went wrong inside the program (this is a bug, not a problem with your "
            "file). Nothing more was sent."
        )
    return _(
        "Something went wrong inside the program (this is a bug, not a problem with your file). "
        "Nothing more was sent. The details were saved to {log}; please send that file to "
        "support."
    ).format(log=log)


def os_error_text(exc: OSError) -> str:
    """A sentence for a file-system error no engine module turned into an ImporterError."""
    if exc.filename is None:
        return _("A file could not be used: {reason}.").format(reason=os_reason(exc))
    return _('"{file}" could not be used: {reason}.').format(
        file=exc.filename, reason=os_reason(exc)
    )


def _silence_closed_output() -> None:
    """When stdout is the closed stream, point it at the null device, so that exiting does not
    fail again (with a traceback) flushing what is left in its buffer."""
    try:
        sys.stdout.flush()
    except (OSError, ValueError):
        with contextlib.suppress(OSError, ValueError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            os.close(devnull)


if __name__ == "__main__":
    sys.exit(main())
