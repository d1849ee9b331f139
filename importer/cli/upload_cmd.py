"""`contact-importer upload FILE`: check the file, then send its valid rows to a Sociocs list.

Exit status: 0 every valid row uploaded; 1 finished, with rows invalid, duplicate or rejected;
2 unusable file or arguments; 3 stopped (key refused, network, cancelled) — run the same
command again with ``--resume`` to continue.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import Any

from importer.api.client import SociocsClient
from importer.api.errors import ApiError
from importer.check.result import CheckResult
from importer.check.run import run_check
from importer.choices import ImportChoices
from importer.cli import exit_status
from importer.cli.api_options import KEY_SOURCE, add_api_url_option, open_client
from importer.cli.arg_types import positive_int
from importer.cli.check_summary import country_sentence
from importer.cli.import_options import add_import_options, resolve_import
from importer.cli.output import tell_error
from importer.cli.upload_target import Target, created, find_target
from importer.i18n import _
from importer.phones.normalize import dial_code
from importer.report.write import save_report
from importer.report.writers import check_destination
from importer.settings_paths import journal_dir
from importer.upload.batches import MAX_BATCH, check_batch_size
from importer.upload.console import ConsoleAnswers, ConsoleSession, ProgressPrinter
from importer.upload.engine import UploadEngine
from importer.upload.identity import identity_of
from importer.upload.journal import Journal, ResumeInfo, find_resumable
from importer.upload.journal_details import open_import_journal
from importer.upload.summary import UploadSummary
from importer.wording import plural

RESUME_HINT = "Run the same command again with --resume to continue where it stopped."
OVERWRITE_WARNING = (
    "Warning: contacts whose phone number already exists in Sociocs will have their name and "
    "ALL extra fields replaced by this file (fields missing from the file are erased)."
)


def register(subparsers: Any) -> None:
    """Add the `upload` sub-parser."""
    parser = subparsers.add_parser(
        "upload",
        help="check a spreadsheet and upload its valid rows to a Sociocs list",
        description="Check a spreadsheet like `check`, then upload its valid rows to a Sociocs "
        f"contact list. {KEY_SOURCE} Exit status: 0 every valid row uploaded; 1 finished with "
        "rows invalid, duplicate or rejected; 2 unusable file or arguments; 3 stopped (key "
        "refused, network, cancelled) — resume with --resume.",
    )
    add_import_options(parser)
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument("--list-id", type=int, metavar="N", help="the list id (0 = All Contacts)")
    target.add_argument("--list", metavar="NAME", help="the list, by name")
    parser.add_argument(
        "--create-list", action="store_true", help="create the --list NAME when it is missing"
    )
    add_api_url_option(parser)
    parser.add_argument(
        "--batch-size",
        type=positive_int,
        default=MAX_BATCH,
        metavar="N",
        help=f"records per request (1..{MAX_BATCH:,}, default {MAX_BATCH:,})",
    )
    parser.add_argument("--report", type=Path, metavar="PATH", help="write a report (.xlsx/.csv)")
    parser.add_argument(
        "--journal", type=Path, metavar="FOLDER", help="where progress is kept for resuming"
    )
    again = parser.add_mutually_exclusive_group()
    again.add_argument("--resume", action="store_true", help="continue an interrupted upload")
    again.add_argument("--restart", action="store_true", help="forget it and send everything")
    parser.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Check, confirm, upload, report; return the exit status."""
    check_batch_size(args.batch_size)
    if args.report is not None:
        check_destination(args.report)
    choices = resolve_import(args)
    with open_client(args) as client:
        try:
            target = find_target(client, args.list_id, args.list, create=args.create_list)
        except ApiError as exc:
            return _stopped(exc.user_text())
        result = run_check(choices)
        _print_plan(result, target)
        if not result.has_sendable():
            print("No row is ready to upload; nothing was sent.")
            _save_report(args, result, None)
            return exit_status.INCOMPLETE
        return _confirm_and_upload(args, client, choices, result, target)


def _confirm_and_upload(
    args: argparse.Namespace,
    client: SociocsClient,
    choices: ImportChoices,
    result: CheckResult,
    target: Target,
) -> int:
    """Settle resume and confirmation, create the list if asked, upload, then report."""
    interactive = sys.stdin.isatty()
    folder = args.journal or journal_dir()
    # a list still to be created has no earlier upload; the file is hashed once per list
    identity = None if target.list_id is None else identity_of(result, target.list_id)
    resume = None if identity is None else find_resumable(folder, identity)
    restart = _restart_wanted(args, resume, interactive)
    if restart is None:
        return exit_status.UNUSABLE
    if not _confirmed(args, interactive):
        return exit_status.UNUSABLE if not interactive else _stopped("Nothing was sent.", hint="")
    try:
        target = created(client, target)
    except ApiError as exc:
        return _stopped(exc.user_text())
    assert target.list_id is not None
    choices = choices.with_changes(list_id=target.list_id, list_name=target.name)
    with open_import_journal(
        folder, choices, result, identity=identity, restart=restart
    ) as journal:
        summary, engine = _upload(args, client, result, target.list_id, journal)
    status = _finish(summary, target)  # first: a report that cannot be saved must not hide it
    _save_report(args, result, engine)
    return status


def _upload(
    args: argparse.Namespace,
    client: SociocsClient,
    result: CheckResult,
    list_id: int,
    journal: Journal,
) -> tuple[UploadSummary, UploadEngine]:
    sys.stdout.flush()  # the plan above must come before the progress lines on stderr
    printer = ProgressPrinter(sys.stderr, live=sys.stderr.isatty())
    answers = ConsoleAnswers(
        interactive=sys.stdin.isatty(), ask_secret=getpass.getpass, before_asking=printer.close
    )
    session = ConsoleSession(answers, on_interrupt=lambda: _interrupted(printer))
    engine = UploadEngine(
        client,
        result,
        list_id=list_id,
        phone_number_cc=dial_code(result.country),
        decider=session.decider,
        batch_size=args.batch_size,
        journal=journal,
        progress=printer,
        reconnect=lambda key: SociocsClient(key, args.api_url),
    )
    try:
        summary = session.run(engine)
    finally:
        printer.close()
    return summary, engine


def _interrupted(printer: ProgressPrinter) -> None:
    printer.close()
    print(
        "Stopping once Sociocs answers the request in flight (press Ctrl+C again to quit at "
        f"once; nothing is lost either way). {RESUME_HINT}",
        file=sys.stderr,
        flush=True,
    )


def _print_plan(result: CheckResult, target: Target) -> None:
    counts = result.counts()
    print(f'File: {result.path.name}, sheet "{result.sheet}" — {counts.rows:,} data rows.')
    print(
        f"Ready to upload: {counts.to_send:,} ({counts.noted:,} with a note) · cannot be sent: "
        f"{counts.invalid:,} · duplicates (not sent): {counts.duplicates:,}"
    )
    print(country_sentence(result.country))
    print(f"Target: {target.describe()}.")
    print(OVERWRITE_WARNING)


def _restart_wanted(
    args: argparse.Namespace, resume: ResumeInfo | None, interactive: bool
) -> bool | None:
    """True to send everything, False to continue; None when the user must choose first."""
    if args.restart or resume is None:
        if args.resume and resume is None:
            print("No interrupted upload of this file to this list was found: sending it all.")
        return bool(args.restart)
    done = f"{resume.rows_done:,} of {resume.rows_total:,} rows were done"
    if args.resume:
        print(f"Continuing the earlier upload of {resume.file_name} ({done}).")
        return False
    if not interactive:
        tell_error(
            _(
                "an earlier upload of {file_name} to this list stopped ({done}). Pass --resume "
                "to continue it, or --restart to send everything again."
            ).format(file_name=resume.file_name, done=done)
        )
        return None
    answer = input(f"An earlier upload of {resume.file_name} stopped ({done}). Continue it? [Y/n] ")
    return answer.strip().lower() in {"n", "no"}


def _confirmed(args: argparse.Namespace, interactive: bool) -> bool:
    if args.yes:
        return True
    if not interactive:
        tell_error(
            _(
                "confirmation needed. Pass --yes to upload without being asked "
                "(the input is not a terminal)."
            )
        )
        return False
    try:
        return input("Type yes to continue: ").strip().lower() == "yes"
    except EOFError:
        return False


def _save_report(
    args: argparse.Namespace, result: CheckResult, engine: UploadEngine | None
) -> None:
    if args.report is None:
        return
    if engine is None:
        save_report(args.report, result)
    else:
        save_report(args.report, result, engine.outcomes, engine.messages)
    print(f"Report saved to {args.report}.")


def _finish(summary: UploadSummary, target: Target) -> int:
    print(
        f"Uploaded {plural(summary.uploaded, '{n} row', '{n} rows')} to {target.describe()}. "
        f"Not uploaded: {summary.invalid:,} invalid, "
        f"{plural(summary.duplicate, '{n} duplicate', '{n} duplicates')}, "
        f"{summary.rejected:,} rejected by Sociocs, {summary.not_sent:,} not sent."
    )
    if summary.stopped:
        return _stopped(summary.stop_message)
    if summary.invalid or summary.duplicate or summary.rejected:
        return exit_status.INCOMPLETE
    return exit_status.OK


def _stopped(message: str, *, hint: str = RESUME_HINT) -> int:
    tell_error(f"{message} {hint}".rstrip())
    return exit_status.STOPPED
