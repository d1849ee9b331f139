"""`contact-importer undo [IMPORT]`: put the account back as it was before an import.

Exit status: 0 undone (every contact confirmed as before); 1 undone except contacts changed in
Sociocs since the import (listed; ``--force`` undoes them too) or that Sociocs refused to undo
(listed with its answer); 2 no such import, or its backup cannot be read; 3 stopped — by a
fault, Ctrl+C, or an answer a read showed untrue — run the same command again to continue.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from importer.api.client import DEFAULT_API_URL, SociocsClient
from importer.api_key import require_api_key
from importer.cli import exit_status
from importer.cli.api_options import KEY_SOURCE
from importer.cli.console_job import TerminalHost
from importer.cli.output import tell_error, typed_yes
from importer.errors import ImporterError
from importer.history.store import HistoryEntry, ImportHistory, UndoState, history_file
from importer.i18n import _, format_count
from importer.jobs.decisions import Activity
from importer.pipeline.undoing import Undoing, UndoRequest, run_undo
from importer.settings_paths import data_dir
from importer.undo.backup import Backup
from importer.undo.engine import UndoSummary
from importer.undo.texts import created_lists_sentence, undo_plan_lines
from importer.undo.undo_plan import UndoPlan
from importer.wording import plural

AGAIN = "Run the same command again to continue the undo."
STOPPING = (
    "Stopping once Sociocs answers the request in flight (press Ctrl+C again to quit at once; "
    f"what was undone is kept). {AGAIN}"
)
LEFT_ALONE_SHOWN = 20


class NoImportError(ImporterError):
    """The import to undo cannot be found."""


def register(subparsers: Any) -> None:
    """Add the `undo` sub-parser."""
    parser = subparsers.add_parser(
        "undo",
        help="undo an import: delete the contacts it created, restore those it changed",
        description="Put Sociocs back as it was before an import: contacts it created are "
        "deleted, contacts it changed get their earlier name and extra fields back, and "
        "contacts it added to the list are taken out of it. Contacts changed in Sociocs since "
        f"the import are listed and left alone (unless --force). {KEY_SOURCE} Exit status: "
        "0 undone; 1 undone except contacts changed since or refused by Sociocs; 2 no such "
        "import; 3 stopped (run it again to continue).",
    )
    parser.add_argument(
        "import_id",
        nargs="?",
        metavar="IMPORT",
        help="the import's id, as `contact-importer history` shows it (default: the latest)",
    )
    parser.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    parser.add_argument(
        "--force",
        action="store_true",
        help="also undo contacts changed in Sociocs since the import (those changes are lost)",
    )
    parser.add_argument(
        "--api-url",
        metavar="URL",
        help="API address (default: the one the import used)",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Find the import, read what Sociocs holds now, confirm, undo
    (:func:`~importer.pipeline.undoing.run_undo`, answered in the terminal); the exit status."""
    history = ImportHistory(history_file(data_dir()))
    entry = _chosen(history, args.import_id)
    undoing = Undoing(UndoRequest(entry, history, insist=args.force))
    print(
        _(
            'Undoing the import of {file_name} to "{list_name}" (started {started}, id {id}).'
        ).format(
            file_name=entry.file_name, list_name=entry.list_name, started=entry.started, id=entry.id
        )
    )
    url = args.api_url or entry.api_url or DEFAULT_API_URL
    with SociocsClient(require_api_key(), url) as client:
        end = run_undo(undoing, client, TerminalUndo(args))
    if end.plan is None:
        assert end.summary is not None
        return _stopped(end.summary)
    if end.summary is None:
        return exit_status.UNUSABLE if not sys.stdin.isatty() else exit_status.STOPPED
    return _finish(end.summary, undoing.backup)


class TerminalUndo(TerminalHost):
    """The undo's front end in the terminal: prints what it will do, asks to go on."""

    def __init__(self, args: argparse.Namespace) -> None:
        super().__init__({Activity.UNDO: STOPPING})
        self._args = args

    def planned(self, plan: UndoPlan, backup: Backup) -> None:
        """What the undo will do, with the contacts it leaves alone (the first few)."""
        _print_plan(plan, backup)

    def confirmed(self, plan: UndoPlan) -> bool:
        """``--yes``, else a typed yes on a terminal."""
        return _confirmed(self._args)


def _chosen(history: ImportHistory, import_id: str | None) -> HistoryEntry:
    entries = history.entries()
    if import_id is None:
        left = [e for e in entries if e.undo is not UndoState.UNDONE]
        if not left:
            raise NoImportError(
                _("There is no import left to undo."),
                hint=_("See the imports with `contact-importer history`."),
            )
        return left[0]
    entry = history.find(import_id)
    if entry is None:
        raise NoImportError(
            _('No import "{id}" is in the history (or several ids start with it).').format(
                id=import_id
            ),
            hint=_("See the imports and their ids with `contact-importer history`."),
        )
    return entry


def _print_plan(plan: UndoPlan, backup: Backup) -> None:
    for line in undo_plan_lines(plan) or ["Nothing to undo: the account is already as it was."]:
        print(line)
    rows = {row.index: row for row in backup.rows}
    for index, reason in list(plan.left_alone.items())[:LEFT_ALONE_SHOWN]:
        print(f"  {rows[index].phone}: {reason}")
    if len(plan.left_alone) > LEFT_ALONE_SHOWN:
        print(
            _("  … and {count} more.").format(
                count=format_count(len(plan.left_alone) - LEFT_ALONE_SHOWN)
            )
        )
    if plan.left_alone:
        print(_("Run again with --force to undo them too (their later changes would be lost)."))


def _confirmed(args: argparse.Namespace) -> bool:
    if args.yes:
        return True
    if not sys.stdin.isatty():
        tell_error(
            _(
                "confirmation needed. Pass --yes to undo without being asked "
                "(the input is not a terminal)."
            )
        )
        return False
    return typed_yes(_("Type yes to undo: "))


def _finish(summary: UndoSummary, backup: Backup) -> int:
    counts = {
        "deleted": format_count(summary.deleted),
        "restored": format_count(summary.restored),
        "unlisted": format_count(summary.unlisted),
        "already": format_count(summary.already),
        "count": format_count(len(summary.left_alone)),
    }
    if summary.complete:
        print(
            _(
                "Undone: {deleted} deleted, {restored} restored, {unlisted} taken out of the "
                "list; {already} were already as before; {count} left alone."
            ).format(**counts)
        )
        if summary.created_lists:
            print(created_lists_sentence(summary.created_lists))
        return exit_status.OK
    print(
        _(
            "Partly undone: {deleted} deleted, {restored} restored, {unlisted} taken out of the "
            "list; {already} were already as before; {count} left alone."
        ).format(**counts)
    )
    phones = {row.index: row.phone for row in backup.rows}
    for index, message in list(summary.failed.items())[:LEFT_ALONE_SHOWN]:
        print(f"  {phones.get(index, '?')}: {message}")
    print(
        plural(
            summary.left,
            "{n} contact of this import is not undone yet: `contact-importer undo {id}` continues.",
            "{n} contacts of this import are not undone yet: `contact-importer undo {id}` "
            "continues.",
            id=backup.id,
        )
    )
    if summary.stopped:
        return _stopped(summary)
    return exit_status.INCOMPLETE


def _stopped(summary: UndoSummary) -> int:
    tell_error(f"{summary.stop_message} {AGAIN}")
    return exit_status.STOPPED
