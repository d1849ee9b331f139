"""An earlier run of an import: found, and decided about.

An upload that stopped half-way is continued when the same import runs again (the same bytes
checked, the same choices, the same list): :func:`earlier_run` finds it. When the file changed
since it was checked, the upload that stopped is not continued unless the user says so: over
the rows as they were checked then (:func:`rows_then`, from the copy its journal kept), or not
at all — the file as it is now is then a new import, and the upload that stopped is closed.
:func:`decide` asks the front end.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from importer.check.result import CheckResult
from importer.choices import ImportChoices
from importer.errors import ImporterError
from importer.history.recording import resumed_plan
from importer.i18n import _
from importer.pipeline.checking import check_file, let_go
from importer.pipeline.front_end import ImportFrontEnd
from importer.pipeline.outcome import Decided, EarlierRun
from importer.sources.checked_copy import reopen_copy
from importer.upload.identity import existing_key, identity_of
from importer.upload.journal import ResumeInfo, find_changed, find_resumable


def earlier_run(result: CheckResult, choices: ImportChoices, folder: Path) -> EarlierRun:
    """The identity of sending ``result`` as ``choices`` say (their list chosen), and whether
    an earlier run of it stopped half-way in the journal ``folder`` — or, when none did, an
    upload of the same file to the same list that stopped before the file changed."""
    if choices.list_id is None:
        raise ValueError("an import's identity needs the list it goes to")
    identity = identity_of(result, choices.list_id, existing_key(choices))
    resume = find_resumable(folder, identity)
    if resume is not None:
        return EarlierRun(identity, resume, resumed_plan(folder, resume.backup_id, result))
    checked = result.checked
    changed = None if checked is None else find_changed(folder, choices, checked.stamp.sha256)
    return EarlierRun(identity, changed=changed)


def rows_then(
    earlier: ResumeInfo, choices: ImportChoices, folder: Path
) -> tuple[ImportChoices, CheckResult]:
    """The choices and the rows ``earlier``, an unfinished upload of a file that changed
    since, was checked with: checked again from the copy its journal kept in ``folder``, for
    the list ``choices`` name. An :class:`ImporterError` says when they are no longer kept
    (or were fixed in place in the wizard then, which the copy does not hold)."""
    if choices.list_id is None:
        raise ValueError("an upload to continue goes to a list")
    then = earlier.choices().with_changes(list_id=choices.list_id, list_name=choices.list_name)
    stamp, token = earlier.stamp, earlier.copy_token
    copy = None if stamp is None or token is None else reopen_copy(folder, token, then.path, stamp)
    if copy is not None:
        result = check_file(then, folder, copy=copy)
        if identity_of(result, choices.list_id, existing_key(then)) == earlier.identity:
            return then, result
    raise ImporterError(
        _(
            "The upload of {file} that stopped cannot be continued: the rows it was checked "
            "with are no longer kept."
        ).format(file=earlier.file_name),
        hint=_("Start it over to send the file as it is now."),
    )


@dataclass(frozen=True)
class AsChecked:
    """An unfinished upload of a file that changed since, to be continued over the rows it was
    checked with: those rows, the choices they were checked with (for the list chosen now),
    and the run to continue (its identity, journal and the plan its backup holds)."""

    choices: ImportChoices
    result: CheckResult
    earlier: EarlierRun


def as_checked(earlier: ResumeInfo, choices: ImportChoices, folder: Path) -> AsChecked:
    """Continue ``earlier`` (an unfinished upload of a file changed since, in the journal
    ``folder``) over the rows it was checked with (:func:`rows_then`) and the plan it
    follows. An :class:`ImporterError` says when those rows are no longer kept."""
    then, result = rows_then(earlier, choices, folder)
    plan = resumed_plan(folder, earlier.backup_id, result)
    return AsChecked(then, result, EarlierRun(earlier.identity, earlier, plan))


def decide(
    front: ImportFrontEnd, choices: ImportChoices, result: CheckResult, folder: Path | None
) -> Decided | None:
    """Ask ``front`` about an earlier run of the import in the journal ``folder`` (None: none
    is looked for): continue it or start over; and when the file changed since an unfinished
    upload of it was checked, whether to continue that upload over the rows as they were then
    (checked again from its copy) or to import the file as it is now (that upload is then
    closed once this one is backed up). None: not decided."""
    earlier = None if folder is None else earlier_run(result, choices, folder)
    if folder is None or earlier is None or earlier.changed is None:
        restart = front.restart_wanted(earlier.resume if earlier is not None else None)
        return None if restart is None else Decided(choices, result, earlier, restart)
    info = earlier.changed
    continuing = front.changed_file_wanted(info)
    if continuing is None:
        return None
    if not continuing:
        return Decided(choices, result, earlier, True)
    then = as_checked(info, choices, folder)
    let_go(result)
    front.checked(then.result)
    return Decided(then.choices, then.result, then.earlier, False)
