"""What the steps of an import give back: where its files go, an earlier run to continue, what
the upload did, and how a whole import ended."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from importer.check.issues import Outcome
from importer.check.result import CheckResult
from importer.choices import ImportChoices
from importer.compare.plan import ComparePlan
from importer.compare.snapshot import AccountSnapshot
from importer.history.store import ImportHistory
from importer.report.writers import Saved
from importer.upload.journal import ResumeInfo
from importer.upload.summary import UploadSummary


@dataclass(frozen=True)
class ImportPlace:
    """Where an import keeps what makes it resumable and undoable: the journal folder (its
    journal and backup) and the history. Without a journal folder nothing is kept (the
    self-test, a benchmark): the rows are sent and that is all."""

    journal_folder: Path | None
    history: ImportHistory | None = None


@dataclass(frozen=True)
class EarlierRun:
    """The import's identity, and an earlier run of this very import that stopped half-way
    (with the plan it follows, when its backup is still there); or, when there is none, an
    unfinished upload of the same file to the same list that was checked when the file held
    other bytes (``changed``)."""

    identity: str
    resume: ResumeInfo | None = None
    plan: ComparePlan | None = None
    changed: ResumeInfo | None = None


@dataclass(frozen=True)
class Decided:
    """What the import goes on with once the user decided about an earlier run: its choices
    and checked rows (those an earlier run was checked with, when it is continued over them),
    the earlier run, and whether to start over."""

    choices: ImportChoices
    result: CheckResult
    earlier: EarlierRun | None
    restart: bool


@dataclass(frozen=True)
class Sent:
    """What the upload did: how it ended, every row's outcome and Sociocs's messages, the plan
    it followed, and the import's id in the history (its backup) once it was backed up."""

    summary: UploadSummary
    outcomes: list[Outcome]
    messages: dict[int, str] = field(default_factory=dict)
    plan: ComparePlan | None = None
    import_id: str | None = None
    joined: tuple[int, ...] = ()
    """When groups make lists: per list of ``plan.lists``, the contacts Sociocs confirmed in
    it."""
    list_refusals: dict[int, str] = field(default_factory=dict)
    """Row → why Sociocs refused to add its contact to one of its lists."""


class Ending(StrEnum):
    """How a whole import ended."""

    NOTHING_READY = "nothing_ready"
    """No row can be sent: the check's report was written."""
    UNDECIDED = "undecided"
    """Whether to continue an earlier run or start over, or whether many groups are lists,
    was not answered."""
    NOT_COMPARED = "not_compared"
    """The comparison with Sociocs stopped: nothing was sent."""
    PREVIEWED = "previewed"
    """A dry run: the plan's report was written, nothing was sent."""
    NOTHING_TO_SEND = "nothing_to_send"
    """Sociocs already holds every contact as the file has it (or skips them all)."""
    NOT_CONFIRMED = "not_confirmed"
    NO_LIST = "no_list"
    """The new list could not be created: nothing was sent."""
    SENT = "sent"
    """The upload ran (to the end, or stopped resumably)."""


@dataclass(frozen=True)
class ImportEnd:
    """Where a whole import ended, what it found on the way, and its report (or why the report
    could not be written: the import itself is done then)."""

    ending: Ending
    choices: ImportChoices
    result: CheckResult
    plan: ComparePlan | None = None
    snapshot: AccountSnapshot | None = None
    """What the comparison read (None when the plan of an earlier run was followed)."""
    sent: Sent | None = None
    stop_message: str = ""
    report: Path | None = None
    report_note: str = ""
    """Why the report is not where it was meant to go, and where it went ("" when it is)."""
    report_error: Exception | None = None
    source_note: str = ""
    """That the file changed (or went) after it was checked, and so the report shows the rows
    as they were ("" when it is as it was, or no report was written)."""


@dataclass(frozen=True)
class Reported:
    """A report written from the checked rows: where it is, and whether the file changed
    since it was checked (:func:`~importer.report.source_note.source_note`)."""

    saved: Saved
    source_note: str = ""
