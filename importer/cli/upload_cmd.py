"""`contact-importer upload FILE`: check the file, then send its valid rows to a Sociocs list.

Exit status: 0 every valid row uploaded; 1 finished, with rows invalid, duplicate or rejected;
2 unusable file or arguments; 3 stopped (key refused, network, cancelled) — run the same
command again with ``--resume`` to continue.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from importer.api.client import MAX_BATCH_RECORDS, SociocsClient
from importer.api.errors import ApiError
from importer.check.issues import Outcome, RowStatus
from importer.check.result import CheckResult
from importer.check.run import run_check
from importer.choices import ExistingPolicy, ImportChoices
from importer.cli import exit_status
from importer.cli.api_options import KEY_SOURCE, add_api_url_option, open_client
from importer.cli.arg_types import positive_int
from importer.cli.check_summary import country_sentence, unverified_sentence
from importer.cli.compare_step import compare_in_console, plan_lines, plan_of
from importer.cli.console_job import ConsoleJob
from importer.cli.dry_run import finish_dry_run
from importer.cli.import_options import add_import_options, resolve_import
from importer.cli.output import tell_error, typed_yes
from importer.cli.upload_target import Target, created, find_target
from importer.compare.plan import ComparePlan, PlannedRows
from importer.compare.snapshot import AccountSnapshot
from importer.errors import ImporterError
from importer.history.recording import (
    ImportTarget,
    begin_import,
    end_import,
    record_report,
    resumed_plan,
)
from importer.history.store import ImportHistory, history_file
from importer.i18n import N_, _, format_count
from importer.jobs.batches import check_batch_size
from importer.phones.normalize import dial_code
from importer.report.about import about_import
from importer.report.location import report_file, short_path
from importer.report.write import save_report
from importer.report.writers import check_destination
from importer.settings_paths import data_dir, journal_dir
from importer.upload.engine import UploadEngine
from importer.upload.identity import existing_key, identity_of
from importer.upload.journal import Journal, ResumeInfo, find_resumable
from importer.upload.journal_details import open_import_journal
from importer.upload.summary import UploadSummary
from importer.upload.texts import upload_progress_text
from importer.wording import plural

_CHECK_OUTCOMES = {RowStatus.INVALID: Outcome.INVALID, RowStatus.DUPLICATE: Outcome.DUPLICATE}

RESUME_HINT = N_("Run the same command again with --resume to continue where it stopped.")
"""Said after an upload stopped (translated where shown)."""
RETRY_HINT = N_("Run the same command again to retry.")
"""Said when a run stops before anything was uploaded: there is nothing to resume."""


CONSENT_QUESTION = N_(
    "WhatsApp and SMS require that people agreed to be contacted. By typing yes you confirm "
    "that these contacts agreed to be contacted by this Sociocs account."
)
"""Asked once per import before sending (translated where shown)."""
CONSENT_BY_YES = N_(
    "With --yes you confirm that these contacts agreed to be contacted by this Sociocs account "
    "(WhatsApp and SMS require it)."
)
"""Said instead of the question when ``--yes`` answered it."""


def upload_stopping() -> str:
    """What Ctrl+C during the upload does."""
    return _(
        "Stopping once Sociocs answers the request in flight (press Ctrl+C again to quit at "
        "once; nothing is lost either way). {hint}"
    ).format(hint=_(RESUME_HINT))


def register(subparsers: Any) -> None:
    """Add the `upload` sub-parser."""
    parser = subparsers.add_parser(
        "upload",
        help="check a spreadsheet and upload its valid rows to a Sociocs list",
        description="Check a spreadsheet like `check`, compare it with the contacts already in "
        "Sociocs, then upload its new and changed contacts to a Sociocs contact list. "
        f"{KEY_SOURCE} Exit status: 0 every valid row uploaded; 1 finished with rows invalid, "
        "duplicate or rejected; 2 unusable file or arguments; 3 stopped (key refused, "
        "network, cancelled) — resume with --resume.",
    )
    add_import_options(parser)
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument("--list-id", type=int, metavar="N", help="the list id (0 = All Contacts)")
    target.add_argument("--list", metavar="NAME", help="the list, by name")
    parser.add_argument(
        "--create-list", action="store_true", help="create the --list NAME when it is missing"
    )
    _add_existing_options(parser)
    add_api_url_option(parser)
    parser.add_argument(
        "--batch-size",
        type=positive_int,
        default=MAX_BATCH_RECORDS,
        metavar="N",
        help=f"records per request (1..{MAX_BATCH_RECORDS:,}, default {MAX_BATCH_RECORDS:,})",
    )
    parser.add_argument(
        "--report",
        type=Path,
        metavar="PATH",
        help="where to write the report (.xlsx/.csv; default: beside FILE, named after it)",
    )
    parser.add_argument(
        "--journal", type=Path, metavar="FOLDER", help="where progress is kept for resuming"
    )
    again = parser.add_mutually_exclusive_group()
    again.add_argument("--resume", action="store_true", help="continue an interrupted upload")
    again.add_argument("--restart", action="store_true", help="forget it and send everything")
    parser.add_argument(
        "--yes",
        action="store_true",
        help="confirm that these contacts agreed to be contacted by this Sociocs account "
        "(WhatsApp and SMS require it) and upload without asking",
    )
    parser.set_defaults(handler=run)


def _add_existing_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--existing",
        choices=[policy.value for policy in ExistingPolicy],
        default=ExistingPolicy.KEEP.value,
        help="contacts already in Sociocs: keep (default) the fields the file leaves empty or "
        "lacks; replace them all (fields the file lacks are erased); skip them",
    )
    parser.add_argument(
        "--add-skipped-to-list",
        action="store_true",
        help="with --existing skip: still add the skipped contacts to the list (their values "
        "stay as they are)",
    )
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help="compare with Sociocs and write the plan report; send nothing",
    )
    parser.add_argument(
        "--json", action="store_true", help="with --dry-run: print the plan as one JSON object"
    )


def run(args: argparse.Namespace) -> int:
    """Check, compare, confirm, upload, report; return the exit status."""
    if args.json and not args.dry_run:
        raise ImporterError(
            _("--json goes with --dry-run."), hint=_("Add --dry-run, or leave out --json.")
        )
    check_batch_size(args.batch_size)
    if args.report is not None:
        check_destination(args.report)
    choices = resolve_import(args).with_changes(
        existing=ExistingPolicy(args.existing), add_skipped_to_list=args.add_skipped_to_list
    )
    with open_client(args) as client:
        try:
            target = find_target(client, args.list_id, args.list, create=args.create_list)
        except ApiError as exc:
            return _stopped(exc.user_text(), hint=RETRY_HINT)
        result = run_check(choices)
        if not args.json:
            _print_check(result, target)
        if not result.has_sendable():
            print(_("No row is ready to upload; nothing was sent."))
            _save_report(args, result, None)
            return exit_status.INCOMPLETE
        return _compare_and_upload(args, client, choices, result, target)


def _compare_and_upload(
    args: argparse.Namespace,
    client: SociocsClient,
    choices: ImportChoices,
    result: CheckResult,
    target: Target,
) -> int:
    """Settle resume, compare (or follow the resumed import's plan), confirm, create the list
    if asked, upload, then report."""
    interactive = sys.stdin.isatty()
    folder = args.journal or journal_dir()
    existing = existing_key(choices)
    # a list still to be created has no earlier upload; the file is hashed once per list
    identity = None if target.list_id is None else identity_of(result, target.list_id, existing)
    resume = None if identity is None or args.dry_run else find_resumable(folder, identity)
    restart = _restart_wanted(args, resume, interactive)
    if restart is None:
        return exit_status.UNUSABLE
    saved = None if restart or resume is None else resumed_plan(folder, resume.backup_id, result)
    planned = _plan(args, client, choices, result, target, saved)
    if isinstance(planned, int):
        return planned
    plan, snapshot = planned
    if args.dry_run:
        assert snapshot is not None
        return finish_dry_run(args, result, target, plan, snapshot)
    if not plan.send:
        print(_("Nothing to send: Sociocs already holds every contact as the file has it."))
        _save_report(args, result, None, plan)
        return _finish_nothing_sent(result)
    if not _confirmed(args, interactive):
        return (
            exit_status.UNUSABLE if not interactive else _stopped(_("Nothing was sent."), hint="")
        )
    try:
        target = created(client, target)
    except ApiError as exc:
        return _stopped(exc.user_text(), hint=RETRY_HINT)
    assert target.list_id is not None
    choices = choices.with_changes(
        list_id=target.list_id, list_name=target.name, consent_confirmed=True
    )
    identity = identity or identity_of(result, target.list_id, existing)
    return _upload_planned(args, client, choices, result, plan, folder, identity, restart)


def _plan(
    args: argparse.Namespace,
    client: SociocsClient,
    choices: ImportChoices,
    result: CheckResult,
    target: Target,
    saved: ComparePlan | None,
) -> tuple[ComparePlan, AccountSnapshot | None] | int:
    """The plan to follow and what the comparison read (None when following the plan of a
    resumed import), or the exit status when the comparison stopped."""
    snapshot = None
    if saved is None:
        run = compare_in_console(args, client, result, target.list_id)
        if run.snapshot is None:
            return _stopped(run.stop_message, hint=RETRY_HINT)
        saved, snapshot = plan_of(choices, result, run, target.list_id), run.snapshot
    else:
        print(_("Following the comparison made when this import started."))
    if not args.json:
        for line in plan_lines(saved):
            print(line)
    return saved, snapshot


def _upload_planned(
    args: argparse.Namespace,
    client: SociocsClient,
    choices: ImportChoices,
    result: CheckResult,
    plan: ComparePlan,
    folder: Path,
    identity: str,
    restart: bool,
) -> int:
    """Open the journal, back up what the import changes, upload, record it, report."""
    assert choices.list_id is not None
    target = Target(choices.list_id, choices.list_name)
    history = ImportHistory(history_file(data_dir()))
    import_target = ImportTarget(choices.list_id, choices.list_name, args.api_url)
    with open_import_journal(
        folder, choices, result, identity=identity, restart=restart
    ) as journal:
        import_id = begin_import(
            journal,
            result,
            plan,
            import_target,
            history,
            identity=identity,
            consent_confirmed=choices.consent_confirmed,
        )
        summary, engine = _upload(args, client, result, plan, target, journal)
    status = _finish(summary, target)  # first: a report that cannot be saved must not hide it
    end_import(history, import_id, summary)
    about = about_import(choices, datetime.now())
    record_report(history, import_id, _save_report(args, result, engine, plan, about))
    if summary.uploaded:
        print(
            _("To undo this import: contact-importer undo {import_id}").format(import_id=import_id)
        )
    return status


def _upload(
    args: argparse.Namespace,
    client: SociocsClient,
    result: CheckResult,
    plan: ComparePlan,
    target: Target,
    journal: Journal,
) -> tuple[UploadSummary, UploadEngine]:
    assert target.list_id is not None
    job = ConsoleJob(upload_progress_text, upload_stopping())
    engine = UploadEngine(
        client,
        PlannedRows(result, plan),
        list_id=target.list_id,
        phone_number_cc=dial_code(result.country),
        decider=job.decider,
        batch_size=args.batch_size,
        journal=journal,
        progress=job.printer,
        reconnect=lambda key: SociocsClient(key, args.api_url),
        settled=plan.settled(),
    )
    return job.run(engine.run, engine.cancel), engine


def _print_check(result: CheckResult, target: Target) -> None:
    counts = result.counts()
    print(
        plural(
            counts.rows,
            'File: {file}, sheet "{sheet}" — {n} data row.',
            'File: {file}, sheet "{sheet}" — {n} data rows.',
            file=result.path.name,
            sheet=result.sheet,
        )
    )
    print(
        _(
            "Ready to upload: {ready} ({noted} with a note) · cannot be sent: {invalid} · "
            "duplicates (not sent): {duplicates}"
        ).format(
            ready=format_count(counts.to_send),
            noted=format_count(counts.noted),
            invalid=format_count(counts.invalid),
            duplicates=format_count(counts.duplicates),
        )
    )
    print(country_sentence(result.country))
    if unverified := unverified_sentence(result):
        print(unverified)
    print(_("Target: {target}.").format(target=target.describe()))


def _restart_wanted(
    args: argparse.Namespace, resume: ResumeInfo | None, interactive: bool
) -> bool | None:
    """True to send everything, False to continue; None when the user must choose first."""
    if args.restart or resume is None:
        if args.resume and resume is None:
            print(_("No interrupted upload of this file to this list was found: sending it all."))
        return bool(args.restart)
    done = plural(
        resume.rows_total,
        "{done} of {n} row were done",
        "{done} of {n} rows were done",
        done=format_count(resume.rows_done),
    )
    if args.resume:
        print(
            _("Continuing the earlier upload of {file} ({done}).").format(
                file=resume.file_name, done=done
            )
        )
        return False
    if not interactive:
        tell_error(
            _(
                "an earlier upload of {file} to this list stopped ({done}). Pass --resume "
                "to continue it, or --restart to send everything again."
            ).format(file=resume.file_name, done=done)
        )
        return None
    answer = input(
        _("An earlier upload of {file} stopped ({done}). Continue it? [Y/n] ").format(
            file=resume.file_name, done=done
        )
    )
    return answer.strip().lower() in {"n", "no", _("n"), _("no")}


def _confirmed(args: argparse.Namespace, interactive: bool) -> bool:
    """The upload and the contacts' consent confirmed: by ``--yes``, else typed on a terminal."""
    if args.yes:
        print(_(CONSENT_BY_YES))
        return True
    if not interactive:
        tell_error(
            _(
                "confirmation needed. Pass --yes to confirm that these contacts agreed to be "
                "contacted by this Sociocs account and to upload without being asked (the "
                "input is not a terminal)."
            )
        )
        return False
    print(_(CONSENT_QUESTION))
    return typed_yes(_("Type yes to continue: "))


def _save_report(
    args: argparse.Namespace,
    result: CheckResult,
    engine: UploadEngine | None,
    plan: ComparePlan | None = None,
    about: Sequence[tuple[str, str]] = (),
) -> Path:
    """Write the report to ``--report`` or beside the file (with an upload's ``about`` lines);
    returns where it is."""
    report = args.report or report_file(result.path, datetime.now(), ".xlsx")
    if engine is None:
        outcomes = None if plan is None else _unsent_outcomes(result, plan)
        save_report(report, result, outcomes, plan=plan)
    else:
        save_report(report, result, engine.outcomes, engine.messages, plan, about)
    print(_("Report saved to {path}.").format(path=short_path(report)))
    return report


def _unsent_outcomes(result: CheckResult, plan: ComparePlan) -> list[Outcome]:
    """Every row's outcome when the plan sends nothing."""
    outcomes = [_CHECK_OUTCOMES.get(RowStatus(s), Outcome.NOT_SENT) for s in result.status]
    for index, outcome in plan.settled().items():
        outcomes[index] = outcome
    return outcomes


def _finish_nothing_sent(result: CheckResult) -> int:
    counts = result.summary()
    if counts["invalid"] or counts["duplicates"]:
        return exit_status.INCOMPLETE
    return exit_status.OK


def _finish(summary: UploadSummary, target: Target) -> int:
    print(
        _(
            "Uploaded {rows} to {target}. Not uploaded: {unchanged} unchanged, {skipped} "
            "skipped, {invalid} invalid, {duplicates}, {rejected} rejected by Sociocs, "
            "{not_sent} not sent."
        ).format(
            rows=plural(summary.uploaded, "{n} row", "{n} rows"),
            target=target.describe(),
            unchanged=format_count(summary.unchanged),
            skipped=format_count(summary.skipped),
            invalid=format_count(summary.invalid),
            duplicates=plural(summary.duplicate, "{n} duplicate", "{n} duplicates"),
            rejected=format_count(summary.rejected),
            not_sent=format_count(summary.not_sent),
        )
    )
    if summary.stopped:
        return _stopped(summary.stop_message)
    if summary.invalid or summary.duplicate or summary.rejected:
        return exit_status.INCOMPLETE
    return exit_status.OK


def _stopped(message: str, *, hint: str = RESUME_HINT) -> int:
    tell_error(f"{message} {_(hint) if hint else ''}".rstrip())
    return exit_status.STOPPED
