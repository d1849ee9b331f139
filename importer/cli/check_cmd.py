"""`contact-importer check FILE`: check every row without sending anything.

Exit status: 0 when no row is invalid, 1 when some are, 2 when the file or the arguments
cannot be used (the message goes to stderr, and with --json also to stdout as {"file", "error"}).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from importer.check.issues import RowStatus
from importer.check.result import CheckResult
from importer.cli import exit_status
from importer.cli.check_summary import check_json, summary_text
from importer.cli.import_options import add_import_options, resolve_import
from importer.cli.output import tell_error
from importer.cli.phone_column_hint import advice_json, advice_lines
from importer.errors import ImporterError
from importer.i18n import _
from importer.pipeline.checking import check_file, let_go
from importer.report.location import short_path
from importer.report.source_note import Written, source_note
from importer.report.write import save_report
from importer.report.writers import check_destination


def register(subparsers: Any) -> None:
    """Add the `check` sub-parser."""
    parser = subparsers.add_parser(
        "check",
        help="check a spreadsheet without sending anything",
        description="Read the file, map its columns and check every row. Nothing is sent.",
    )
    add_import_options(parser)
    parser.add_argument(
        "--report", metavar="PATH", type=Path, help="save one line per row (.xlsx or .csv)"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object on stdout")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Check the file; print the summary or JSON; save the report if asked.

    With ``--json`` an unusable file still prints one object, ``{"file": …, "error": …}``,
    before the error goes on (to stderr and exit status 2).
    """
    try:
        return _check(args)
    except ImporterError as exc:
        if args.json:
            print(
                json.dumps({"file": str(args.file), "error": exc.user_text()}, ensure_ascii=False)
            )
        raise


def _check(args: argparse.Namespace) -> int:
    if args.report is not None:
        check_destination(args.report)
    result = check_file(resolve_import(args), None)
    try:
        return _told(args, result)
    finally:
        let_go(result)


def _told(args: argparse.Namespace, result: CheckResult) -> int:
    """Write the report when asked, and print what the check found."""
    saved = None if args.report is None else save_report(args.report, result)
    if saved is not None and saved.moved:
        tell_error(saved.note())
    if saved is not None and (note := source_note(result, Written.REPORT_CHECKED)):
        tell_error(note)
    if args.json:
        data = {**check_json(result), **advice_json(result)}
        print(json.dumps(data, ensure_ascii=False))
    else:
        print(summary_text(result))
        for line in advice_lines(result):
            print(line)
        if saved is not None:
            print(_("Report saved to {path}.").format(path=short_path(saved.path)))
    return exit_status.INCOMPLETE if result.count(RowStatus.INVALID) else exit_status.OK
