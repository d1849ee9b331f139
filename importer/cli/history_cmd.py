"""`contact-importer history`: the imports of the last 60 days, and forgetting them."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from importer.cli import exit_status
from importer.history.store import KEEP_DAYS, HistoryEntry, ImportHistory, history_file
from importer.i18n import N_, _, format_count
from importer.lists.texts import history_lists_text
from importer.report.location import short_path
from importer.settings_paths import data_dir
from importer.wording import plural

STATES = {
    "running": N_("running"),
    "interrupted": N_("interrupted: run it again to continue, or undo it"),
    "finished": N_("finished"),
    "stopped": N_("stopped"),
}
UNDO = {"": "", "partly": N_("partly undone"), "undone": N_("undone")}
"""How far each import got, and whether it was undone (translated where shown)."""


def register(subparsers: Any) -> None:
    """Add the `history` sub-parser."""
    parser = subparsers.add_parser(
        "history",
        help="the imports of the last 60 days (to see, undo or forget them)",
        description=f"List the imports of the last {KEEP_DAYS} days, newest first: date, "
        "file, list, counts, whether the contacts' consent was confirmed, report, backup, and "
        "whether each was undone. Older ones are forgotten with their backups.",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON array")
    parser.add_argument(
        "--forget",
        metavar="IMPORT",
        help="forget one import (its id) or `all`, deleting their backups: they can no "
        "longer be undone",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Print the history (or forget what ``--forget`` names)."""
    history = ImportHistory(history_file(data_dir()))
    if args.forget is not None:
        return _forget(history, args.forget)
    entries = history.entries()
    if args.json:
        print(json.dumps([_json(e) for e in entries], ensure_ascii=False, indent=1))
    elif not entries:
        print(
            plural(KEEP_DAYS, "No imports in the last {n} day.", "No imports in the last {n} days.")
        )
    for entry in entries if not args.json else []:
        print(_line(entry))
    return exit_status.OK


def _json(entry: HistoryEntry) -> dict[str, object]:
    """One import for ``--json``: the file, the list and the consent beside what happened."""
    return {
        "id": entry.id,
        "started": entry.started,
        "file_name": entry.file_name,
        "list_id": entry.list_id,
        "list_name": entry.list_name,
        "existing": entry.existing,
        "backup_path": entry.backup_path,
        "api_url": entry.api_url,
        "file_path": entry.file_path,
        "counts": entry.counts,
        "state": entry.state,
        "report_path": entry.report_path,
        "undo": entry.undo,
        "undone_at": entry.undone_at,
        "undo_left_alone": entry.undo_left_alone,
        "undo_left": entry.undo_left,
        "consent_confirmed": entry.consent_confirmed,
        "lists": entry.lists,
    }


def _line(entry: HistoryEntry) -> str:
    """One import: its summary line, then the consent, the report and the backup."""
    counts = entry.counts
    undo = _(UNDO[entry.undo]) if entry.undo else ""
    if entry.undo == "partly" and entry.undo_left:
        undo = plural(
            entry.undo_left,
            "partly undone, {n} contact left: undo {id} continues",
            "partly undone, {n} contacts left: undo {id} continues",
            id=entry.id,
        )
    state = ", ".join(s for s in (_(STATES[entry.state]), undo) if s)
    summary = _(
        '{id}  {started}  {file} → "{list}"  {new} new, {updated} updated, {unchanged} '
        "unchanged, {skipped} skipped  ({state})"
    ).format(
        id=entry.id,
        started=entry.started,
        file=entry.file_name,
        list=entry.list_name,
        new=format_count(counts.get("new", 0)),
        updated=format_count(counts.get("updated", 0)),
        unchanged=format_count(counts.get("unchanged", 0)),
        skipped=format_count(counts.get("skipped", 0)),
        state=state,
    )
    details = [_("consent: confirmed") if entry.consent_confirmed else _("consent: not asked")]
    if entry.lists:
        details.append(_("lists: {lists}").format(lists=history_lists_text(entry.lists)))
    if entry.report_path:
        details.append(_("report: {path}").format(path=short_path(Path(entry.report_path))))
    details.append(_("backup: {path}").format(path=short_path(Path(entry.backup_path))))
    return "\n    ".join([summary, *details])


def _forget(history: ImportHistory, which: str) -> int:
    if which == "all":
        count = history.forget()
    else:
        entry = history.find(which)
        count = history.forget(entry.id) if entry is not None else 0
    if count == 0 and which != "all":
        print(_('No import "{which}" is in the history.').format(which=which))
        return exit_status.UNUSABLE
    print(
        plural(
            count,
            "Forgot {n} import and deleted its backup.",
            "Forgot {n} imports and deleted their backups.",
        )
    )
    return exit_status.OK
