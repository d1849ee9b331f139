"""One import, from the file to the report: check → compare → backup → upload → history →
report.

:func:`run_import` is the whole import in order, for a front end that answers the import's
questions as they come (:class:`~importer.pipeline.front_end.ImportFrontEnd`: the command
line). The wizard runs the same steps a page at a time and asks the questions on screen: Check
data runs the check (:func:`~importer.pipeline.checking.check_file`); Confirm runs
:func:`~importer.pipeline.earlier.earlier_run`, :func:`read_account` and :func:`plan_for`;
Upload runs :func:`send`, then :func:`report`. Every step that talks to Sociocs runs as a job
through the front end (:class:`~importer.jobs.host.JobHost`): it shows the progress, answers
rate limits, faults and a refused key, and can stop the job.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from importer.api.client import MAX_BATCH_RECORDS, SociocsClient
from importer.api.errors import ApiError
from importer.check.result import CheckResult
from importer.check.row_groups import group_rows
from importer.choices import ImportChoices
from importer.compare.classify import classify
from importer.compare.engine import CompareEngine, CompareRun
from importer.compare.plan import ComparePlan, PlannedRows
from importer.compare.snapshot import AccountSnapshot
from importer.history.recording import (
    begin_import,
    end_import,
    imported_lists,
    record_report,
    resumed_plan,
    supersede,
)
from importer.history.store import ImportHistory
from importer.jobs.host import JobHost
from importer.lists.making import create_list_confirmed
from importer.lists.record import ListsRecord
from importer.lists.targets import MANY_GROUPS, group_lists
from importer.mapping.overrides import without_lists
from importer.phones.normalize import dial_code
from importer.pipeline.checking import check_file, let_go
from importer.pipeline.earlier import decide
from importer.pipeline.front_end import ImportFrontEnd
from importer.pipeline.outcome import (
    Ending,
    ImportEnd,
    ImportPlace,
    Reported,
    Sent,
)
from importer.report.about import about_import
from importer.report.location import report_file
from importer.report.source_note import Written, source_note
from importer.report.write import save_report
from importer.upload.engine import UploadEngine
from importer.upload.journal import Journal, ResumeInfo
from importer.upload.journal_details import open_import_journal
from importer.upload.kept_copies import let_go_after
from importer.upload.summary import unsent_outcomes


def run_import(
    client: SociocsClient,
    choices: ImportChoices,
    front: ImportFrontEnd,
    place: ImportPlace,
    *,
    preview: bool = False,
    batch_size: int = MAX_BATCH_RECORDS,
    report_path: Path | None = None,
) -> ImportEnd:
    """The whole import ``choices`` name: check, compare (or follow the plan of an earlier run
    the user continues), confirm, create the list when it has no id yet, back up, upload,
    record, report. ``preview`` stops once the plan is known and writes its report (a dry
    run). Reports go to ``report_path``, else beside the file."""
    result = check_file(choices, place.journal_folder)
    lists = _many_groups(result, front, preview)
    if lists is None:
        front.checked(result)
        return _ended(front, ImportEnd(Ending.UNDECIDED, choices, result))
    if not lists:
        choices = choices.with_changes(mapping=without_lists(result.mapping))
        result = check_file(choices, place.journal_folder, copy=result.checked)
    front.checked(result)
    end = ImportEnd(Ending.NOTHING_READY, choices, result)
    if not result.has_sendable():
        return _ended(front, end, _check_report(result, report_path))
    resumable = choices.list_id is not None and not preview
    decided = decide(front, choices, result, place.journal_folder if resumable else None)
    if decided is None:
        return _ended(front, replace(end, ending=Ending.UNDECIDED))
    choices, result, earlier = decided.choices, decided.result, decided.earlier
    end = replace(end, choices=choices, result=result)
    plan = None if decided.restart or earlier is None else earlier.plan
    if plan is None:
        run = read_account(client, result, choices.list_id, front)
        if run.snapshot is None:
            stopped = replace(end, ending=Ending.NOT_COMPARED, stop_message=run.stop_message)
            return _ended(front, stopped)
        end = replace(end, snapshot=run.snapshot)
        plan = plan_for(result, run.snapshot, choices)
    front.planned(plan, followed=end.snapshot is None)
    end = replace(end, plan=plan)
    if preview:
        return _ended(front, replace(end, ending=Ending.PREVIEWED), _plan_report(end, report_path))
    if not plan.send and not plan.additions:
        unsent = replace(end, ending=Ending.NOTHING_TO_SEND)
        return _ended(front, unsent, _check_report(result, report_path, plan))
    if not front.confirmed(plan):
        return _ended(front, replace(end, ending=Ending.NOT_CONFIRMED))
    try:
        choices = with_list(client, choices).with_changes(consent_confirmed=True)
    except ApiError as exc:
        return _ended(front, replace(end, ending=Ending.NO_LIST, stop_message=exc.user_text()))
    identity = earlier.identity if earlier is not None else None
    supersedes = earlier.changed if earlier is not None else None
    sent = send(
        client,
        choices,
        result,
        plan,
        front,
        place,
        identity,
        decided.restart,
        batch_size,
        supersedes,
    )
    end = replace(end, ending=Ending.SENT, choices=choices, sent=sent)
    return _ended(front, end, lambda: report(choices, result, sent, place.history, report_path))


def _many_groups(result: CheckResult, front: ImportFrontEnd, preview: bool) -> bool | None:
    """Whether the groups of the lists column make lists: True without such a column, or
    with few groups, or in a dry run (nothing is created); else the front end is asked."""
    if preview or result.mapping.lists_index is None:
        return True
    groups = len(group_rows(result, result.ready_indices()))
    return True if groups <= MANY_GROUPS else front.groups_are_lists(groups)


def read_account(
    client: SociocsClient, result: CheckResult, list_id: int | None, host: JobHost
) -> CompareRun:
    """Which of the ready rows' numbers exist in Sociocs, and which are in ``list_id`` (None:
    a list still to be created) — and, when a column names the rows' groups, the account's
    lists and which numbers each list a group names holds; the run says why when it stopped."""
    ready = result.ready_indices()
    groups = None
    if result.mapping.lists_index is not None:
        groups = [name for name, _rows in group_rows(result, ready).values()]
    engine = CompareEngine(
        client,
        [result.phones[i] or "" for i in ready],
        list_id=list_id,
        decider=host.decider,
        groups=groups,
        progress=host.show,
        reconnect=reconnection(client),
    )
    return host.run_job(engine, engine.run)


def plan_for(result: CheckResult, snapshot: AccountSnapshot, choices: ImportChoices) -> ComparePlan:
    """What each ready row does to Sociocs, for the list and the treatment of existing
    contacts ``choices`` name; when a column names the rows' groups, the lists they make
    (matched to the account's lists ``snapshot`` read) and which lists each contact joins."""
    lists = None
    if result.mapping.lists_index is not None:
        name = choices.list_name or ("All Contacts" if choices.list_id == 0 else "")
        lists = group_lists(result, snapshot.lists or [], choices.list_id, name)
    return classify(
        result,
        snapshot,
        choices.list_id,
        choices.existing,
        add_skipped_to_list=choices.add_skipped_to_list,
        lists=lists,
    )


def with_list(client: SociocsClient, choices: ImportChoices) -> ImportChoices:
    """``choices`` with a list id, creating their list (``POST /lists``) when it has none."""
    if choices.list_id is not None:
        return choices
    return choices.with_changes(list_id=create_list_confirmed(client, choices.list_name).id)


def send(
    client: SociocsClient,
    choices: ImportChoices,
    result: CheckResult,
    plan: ComparePlan | None,
    host: JobHost,
    place: ImportPlace,
    identity: str | None = None,
    restart: bool = False,
    batch_size: int = MAX_BATCH_RECORDS,
    supersedes: ResumeInfo | None = None,
) -> Sent:
    """Back up, upload and record the import of ``result`` to the list ``choices`` name.

    The journal (in ``place``) makes the upload resumable: a new import's backup and history
    entry are written before its first batch; an earlier run of the same import (``identity``,
    when already computed) is continued and follows the plan its backup holds, unless
    ``restart``. The history says how it ended. ``plan`` None sends every ready row as the file
    has it. ``supersedes`` is an unfinished upload of the file before it changed: once this
    import is backed up, it is closed (:func:`~importer.history.recording.supersede`).
    """
    if place.journal_folder is None:
        return _upload(client, choices, result, plan, host, batch_size)
    with open_import_journal(
        place.journal_folder, choices, result, identity=identity, restart=restart
    ) as journal:
        plan = resumed_plan(place.journal_folder, journal.backup_id, result) or plan
        _own_list(plan, choices)
        import_id = None
        if plan is not None and place.history is not None:
            import_id = begin_import(
                journal,
                result,
                plan,
                choices,
                place.history,
                api_url=client.base_url,
                identity=journal.path.stem,
            )
        if supersedes is not None:
            supersede(place.journal_folder, supersedes, place.history)
        with _lists_record(plan, place.journal_folder, import_id) as record:
            sent = _upload(
                client, choices, result, plan, host, batch_size, journal, import_id, record
            )
    let_go_after(journal, result)
    if import_id is not None and place.history is not None:
        end_import(place.history, import_id, sent.summary, imported_lists(sent.plan, sent.joined))
    return sent


def _own_list(plan: ComparePlan | None, choices: ImportChoices) -> None:
    """The import's own list gets its id once created (a new list, made after Confirm)."""
    if plan is not None and plan.lists is not None and plan.lists.targets[0].list_id is None:
        plan.lists.targets[0].list_id = choices.list_id


def _lists_record(
    plan: ComparePlan | None, folder: Path, import_id: str | None
) -> contextlib.AbstractContextManager[ListsRecord | None]:
    """The record of what the import does to lists (nothing without lists or a backup)."""
    if plan is None or plan.lists is None or import_id is None:
        return contextlib.nullcontext()
    return ListsRecord.open(folder, import_id)


def report(
    choices: ImportChoices,
    result: CheckResult,
    sent: Sent,
    history: ImportHistory | None,
    path: Path | None = None,
) -> Reported:
    """Write the report of every row after the upload (to ``path``, else beside the file;
    elsewhere when that place cannot be written), the import described on its second sheet,
    and record in the history where it is. The rows are those that were checked and sent,
    read from the check's copy: whether the file changed since is said in the answer."""
    now = datetime.now()
    path = path or report_file(result.path, now, ".xlsx")
    about = about_import(choices, now)
    messages = dict(sent.messages)
    for index, refusal in sent.list_refusals.items():
        messages[index] = f"{messages.get(index, '')} {refusal}".strip()
    saved = save_report(path, result, sent.outcomes, messages, sent.plan, about)
    if sent.import_id is not None and history is not None:
        record_report(history, sent.import_id, saved.path)
    return Reported(saved, source_note(result, Written.REPORT_SENT))


def reconnection(client: SociocsClient) -> Callable[[str], SociocsClient]:
    """How a job continues with a new API key: a client for the same address."""
    return lambda key: SociocsClient(key, client.base_url)


def _upload(
    client: SociocsClient,
    choices: ImportChoices,
    result: CheckResult,
    plan: ComparePlan | None,
    host: JobHost,
    batch_size: int,
    journal: Journal | None = None,
    import_id: str | None = None,
    lists_record: ListsRecord | None = None,
) -> Sent:
    engine = UploadEngine(
        client,
        result if plan is None else PlannedRows(result, plan),
        list_id=_list_id(choices),
        phone_number_cc=dial_code(result.country),
        decider=host.decider,
        batch_size=batch_size,
        journal=journal,
        progress=host.show,
        reconnect=reconnection(client),
        settled=None if plan is None else plan.settled(),
        lists=None if plan is None else plan.list_work(),
        lists_record=lists_record,
    )
    summary = host.run_job(engine, engine.run)
    if engine.lists is None:
        return Sent(summary, engine.outcomes, engine.messages, plan, import_id)
    refusals = {index: message for (_target, index), message in engine.lists.refused.items()}
    joined = tuple(engine.lists.joined)
    return Sent(summary, engine.outcomes, engine.messages, plan, import_id, joined, refusals)


def _list_id(choices: ImportChoices) -> int:
    if choices.list_id is None:
        raise ValueError("an upload needs the list it goes to")
    return choices.list_id


def _check_report(
    result: CheckResult, path: Path | None, plan: ComparePlan | None = None
) -> Callable[[], Reported]:
    """The report when nothing is sent: every row as the check (and the ``plan``) left it."""

    def write() -> Reported:
        target = path or report_file(result.path, datetime.now(), ".xlsx")
        outcomes = None if plan is None else unsent_outcomes(result.status, plan.settled())
        saved = save_report(target, result, outcomes, plan=plan)
        return Reported(saved, source_note(result, Written.REPORT_CHECKED))

    return write


def _plan_report(end: ImportEnd, path: Path | None) -> Callable[[], Reported]:
    """The report of a dry run: what the import would do to each row (a .csv)."""

    def write() -> Reported:
        target = path or report_file(end.result.path, datetime.now(), ".csv", plan=True)
        saved = save_report(target, end.result, plan=end.plan)
        return Reported(saved, source_note(end.result, Written.REPORT_CHECKED))

    return write


def _ended(
    front: ImportFrontEnd, end: ImportEnd, write: Callable[[], Reported] | None = None
) -> ImportEnd:
    """Tell ``front`` how the import ended, then write its report with ``write()``, if it has
    one: the import is done either way, so a report that cannot be written is handed back
    (``report_error``) for the front end to say after what happened. The copy the rows were
    checked from then goes (:func:`~importer.pipeline.checking.let_go`)."""
    front.ended(end)
    if write is None:
        let_go(end.result)
        return end
    try:
        reported = write()
    except Exception as exc:
        return replace(end, report_error=exc)
    finally:
        let_go(end.result)
    saved = reported.saved
    return replace(
        end, report=saved.path, report_note=saved.note(), source_note=reported.source_note
    )
