"""`contact-importer upload FILE`: check the file, then send its valid rows to a Sociocs list.

Exit status: 0 every valid row uploaded; 1 finished, with rows invalid, duplicate or rejected;
2 unusable file or arguments; 3 stopped (key refused, network, cancelled) — run the same
command again with ``--resume`` to continue.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from importer.api.client import MAX_BATCH_RECORDS
from importer.api.errors import ApiError
from importer.check.result import CheckResult
from importer.choices import ExistingPolicy
from importer.cli import exit_status
from importer.cli.api_options import KEY_SOURCE, add_api_url_option, open_client
from importer.cli.arg_types import positive_int
from importer.cli.check_summary import (
    countries_sentence,
    destinations_sentence,
    unverified_sentence,
)
from importer.cli.console_job import TerminalHost
from importer.cli.dry_run import finish_dry_run
from importer.cli.import_options import add_import_options, resolve_import
from importer.cli.output import tell_error, typed_yes
from importer.cli.plan_text import plan_sentences
from importer.cli.upload_target import Target, find_target
from importer.compare.plan import ComparePlan
from importer.errors import ImporterError
from importer.history.store import ImportHistory, history_file
from importer.i18n import N_, _, format_count
from importer.jobs.batches import check_batch_size
from importer.jobs.decisions import Activity
from importer.lists.texts import lists_lines, lists_result_lines, many_groups_question
from importer.pipeline.importing import run_import
from importer.pipeline.outcome import Ending, ImportEnd, ImportPlace
from importer.report.location import short_path
from importer.report.writers import check_destination
from importer.settings_paths import data_dir, journal_dir
from importer.upload.journal import ImportRunningError, ResumeInfo
from importer.upload.summary import UploadSummary
from importer.wording import plural

RESUME_HINT = N_("Run the same command again with --resume to continue where it stopped.")
"""Said after an upload stopped (translated where shown)."""
RETRY_HINT = N_("Run the same command again to retry.")
"""Said when a run stops before anything was uploaded: there is nothing to resume."""
CONTINUING_AS_CHECKED = N_(
    "Continuing it with the rows as they were checked then; the changes made to the file since "
    "are not sent (import it again afterwards to send them)."
)
"""Said when an upload continues over the rows it was checked with, the file having changed."""


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


COMPARE_STOPPING = (
    "Stopping once Sociocs answers the request in flight (press Ctrl+C again to quit at once). "
    "Nothing was sent."
)
"""What Ctrl+C while comparing with Sociocs does."""


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
        "--accept-changed-file",
        action="store_true",
        help="with --resume: continue an interrupted upload even though FILE changed since it "
        "was checked, over the rows as they were checked then (the changes are not sent)",
    )
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
    """Check, compare, confirm, upload, report (:func:`~importer.pipeline.importing.run_import`,
    answered in the terminal); return the exit status."""
    if args.json and not args.dry_run:
        raise ImporterError(
            _("--json goes with --dry-run."), hint=_("Add --dry-run, or leave out --json.")
        )
    if args.accept_changed_file and not args.resume:
        raise ImporterError(
            _("--accept-changed-file goes with --resume."),
            hint=_("Add --resume, or leave out --accept-changed-file."),
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
        terminal = TerminalImport(args, target)
        place = ImportPlace(args.journal or journal_dir(), ImportHistory(history_file(data_dir())))
        try:
            end = run_import(
                client,
                choices.with_changes(list_id=target.list_id, list_name=target.name),
                terminal,
                place,
                preview=args.dry_run,
                batch_size=args.batch_size,
                report_path=args.report,
            )
        except ImportRunningError as exc:
            return _stopped(exc.user_text(), hint="")
        return terminal.finish(end)


class TerminalImport(TerminalHost):
    """The import's front end in the terminal: prints the check and the plan, asks whether to
    continue an earlier run and for the consent, then says how the import ended."""

    def __init__(self, args: argparse.Namespace, target: Target) -> None:
        super().__init__({Activity.COMPARE: COMPARE_STOPPING, Activity.UPLOAD: upload_stopping()})
        self._args = args
        self._target = target
        self._interactive = sys.stdin.isatty()
        self._status = exit_status.OK

    def checked(self, result: CheckResult) -> None:
        """Print the check's counts and the target (not with ``--json``)."""
        if not self._args.json:
            _print_check(result, self._target)

    def groups_are_lists(self, groups: int) -> bool | None:
        """``--list-column`` says yes; else asked on a terminal (refused without one)."""
        return _groups_are_lists(self._args, groups, self._interactive)

    def restart_wanted(self, earlier: ResumeInfo | None) -> bool | None:
        """``--restart``/``--resume``, else asked on a terminal."""
        return _restart_wanted(self._args, earlier, self._interactive)

    def changed_file_wanted(self, earlier: ResumeInfo) -> bool | None:
        """``--resume --accept-changed-file`` (continue over the rows as they were) or
        ``--restart`` (the file as it is now), else asked on a terminal."""
        return _changed_file_wanted(self._args, earlier, self._interactive)

    def planned(self, plan: ComparePlan, *, followed: bool) -> None:
        """Print what the import will do (not with ``--json``)."""
        if followed:
            print(_("Following the comparison made when this import started."))
        if not self._args.json:
            for line in plan_sentences(plan):
                print(line)
            if plan.lists is not None:
                for line in lists_lines(plan.list_counts()):
                    print(line)

    def confirmed(self, plan: ComparePlan) -> bool:
        """``--yes``, else the consent typed on a terminal."""
        return _confirmed(self._args, self._interactive)

    def ended(self, end: ImportEnd) -> None:
        """Say how the import ended (before its report is written) and keep the exit status."""
        self._status = self._ending_status(end)

    def finish(self, end: ImportEnd) -> int:
        """Say where the report is (or why it could not be written), how to undo; the exit
        status."""
        if end.report_error is not None:
            raise end.report_error
        if end.ending is Ending.PREVIEWED:
            return finish_dry_run(self._args, end, self._target)
        if end.report_note:
            tell_error(end.report_note)
        if end.source_note:
            tell_error(end.source_note)
        if end.report is not None:
            print(_("Report saved to {path}.").format(path=short_path(end.report)))
        sent = end.sent
        if sent is not None and sent.summary.uploaded:
            print(
                _("To undo this import: contact-importer undo {import_id}").format(
                    import_id=sent.import_id
                )
            )
        return self._status

    def _ending_status(self, end: ImportEnd) -> int:
        ending = end.ending
        if ending is Ending.NOTHING_READY:
            print(_("No row is ready to upload; nothing was sent."))
            return exit_status.INCOMPLETE
        if ending is Ending.NOTHING_TO_SEND:
            print(_("Nothing to send: Sociocs already holds every contact as the file has it."))
            return _finish_nothing_sent(end.result)
        if ending in (Ending.NOT_COMPARED, Ending.NO_LIST):
            return _stopped(end.stop_message, hint=RETRY_HINT)
        if ending is Ending.NOT_CONFIRMED:
            if not self._interactive:
                return exit_status.UNUSABLE
            return _stopped(_("Nothing was sent."), hint="")
        if ending is Ending.SENT:
            assert end.sent is not None
            sent = end.sent
            if sent.plan is not None and sent.plan.lists is not None:
                counts = sent.plan.list_counts()
                for line in lists_result_lines(counts, sent.joined, sent.summary):
                    print(line)
            return _finish(sent.summary, Target(end.choices.list_id, end.choices.list_name))
        if ending is Ending.UNDECIDED:
            return exit_status.UNUSABLE
        return exit_status.OK  # a dry run: its status comes with its report


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
    print(countries_sentence(result))
    if unverified := unverified_sentence(result):
        print(unverified)
    if going := destinations_sentence(result):
        print(going)
    print(_("Target: {target}.").format(target=target.describe()))


def _groups_are_lists(args: argparse.Namespace, groups: int, interactive: bool) -> bool | None:
    """True when ``--list-column`` named the column; else the answer typed on a terminal;
    None without a terminal (the user must choose with an option)."""
    if args.list_column is not None:
        return True
    question = many_groups_question(groups)
    if not interactive:
        tell_error(
            _(
                "{question} Pass --list-column COL to make them lists, or --no-list-column to "
                "send the column as an extra field (the input is not a terminal)."
            ).format(question=question)
        )
        return None
    return typed_yes(_("{question} Type yes to make them lists: ").format(question=question))


def _restart_wanted(
    args: argparse.Namespace, resume: ResumeInfo | None, interactive: bool
) -> bool | None:
    """True to send everything, False to continue; None when the user must choose first."""
    if args.restart or resume is None:
        if args.resume and resume is None:
            print(_("No interrupted upload of this file to this list was found: sending it all."))
        return bool(args.restart)
    done = _done(resume)
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


def _changed_file_wanted(
    args: argparse.Namespace, earlier: ResumeInfo, interactive: bool
) -> bool | None:
    """True to continue ``earlier`` over the rows as they were checked, False to import the
    file as it is now; None when the user must choose first (the file changed since)."""
    changed = _(
        "{file} changed after the upload of it to this list that stopped ({done}) was checked."
    ).format(file=earlier.file_name, done=_done(earlier))
    if args.restart:
        print(_("{changed} Starting over with the file as it is now.").format(changed=changed))
        return False
    if args.resume and args.accept_changed_file:
        print(f"{changed} {_(CONTINUING_AS_CHECKED)}")
        return True
    if not interactive or args.resume:
        tell_error(
            _(
                "{changed} Continuing it would send the rows as they were then, not as the "
                "file holds them now. Pass --resume --accept-changed-file to continue it so, "
                "or --restart to import the file as it is now (what was sent is compared with "
                "Sociocs and not sent again unless it changed)."
            ).format(changed=changed)
        )
        return None
    print(changed)
    answer = input(
        _(
            "Continue that upload with the rows as they were checked then (the changes are "
            "not sent)? Answer no to import the file as it is now. [y/N] "
        )
    )
    going_on = answer.strip().lower() in {"y", "yes", _("y"), _("yes")}
    if going_on:
        print(_(CONTINUING_AS_CHECKED))
    return going_on


def _done(resume: ResumeInfo) -> str:
    """ "16 of 37 rows were done"."""
    return plural(
        resume.rows_total,
        "{done} of {n} row were done",
        "{done} of {n} rows were done",
        done=format_count(resume.rows_done),
    )


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
