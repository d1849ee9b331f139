"""The upload in the background: thin glue between the pipeline's send step and the page.

:class:`UploadWorker` runs :func:`~importer.pipeline.importing.send` (the journal, the backup
and the history entry before the first batch, the upload, how it ended in the history); its
questions, pause, resume and cancel go through :class:`~gui.workers.prompting.PromptingWorker`,
its progress through ``job_progress``. :class:`ResumeLookupWorker` runs
:func:`~importer.pipeline.earlier.earlier_run`, :class:`AsCheckedWorker`
:func:`~importer.pipeline.earlier.as_checked`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from gui.workers.base import Worker
from gui.workers.prompting import PromptingWorker
from importer.api.client import MAX_BATCH_RECORDS, SociocsClient
from importer.check.result import CheckResult
from importer.choices import ImportChoices
from importer.compare.plan import ComparePlan
from importer.pipeline.earlier import AsChecked, as_checked, earlier_run
from importer.pipeline.importing import send
from importer.pipeline.outcome import ImportPlace, Sent
from importer.upload.journal import ResumeInfo


@dataclass(frozen=True)
class UploadJob:
    """Where to send which rows: ``choices`` name the list (``list_id`` must be set)."""

    choices: ImportChoices
    result: CheckResult
    place: ImportPlace
    """The journal folder and the history (no folder: the rows are sent, nothing is kept)."""
    plan: ComparePlan | None = None
    """What the comparison with Sociocs decided each row sends (None: the file as it is)."""
    identity: str | None = None
    """``identity_of(result, list_id, …)`` when already known (it hashes the whole file)."""
    restart: bool = False
    """Forget an unfinished earlier run of the same import and send everything again."""
    supersedes: ResumeInfo | None = None
    """An unfinished upload of the file before it changed, closed once this import is backed
    up (the user chose to import the file as it is now)."""
    batch_size: int = MAX_BATCH_RECORDS


@dataclass(frozen=True)
class ResumeLookup:
    """The answer of :class:`ResumeLookupWorker` (never a bare None through a signal: PySide6
    miscounts None's references when it crosses threads in a ``Signal(object)``)."""

    info: ResumeInfo | None
    identity: str
    """The import's identity the lookup computed, so the upload need not hash the file again."""
    generation: int
    """The page's count of lookups when this one started (later answers replace it)."""
    plan: ComparePlan | None = None
    """The plan the earlier run follows (from its backup), when it has one."""
    changed: ResumeInfo | None = None
    """When no earlier run of this very import stopped: an unfinished upload of the same file
    to the same list, checked when the file held other bytes (the user decides about it)."""


class ResumeLookupWorker(Worker):
    """Whether an earlier run of this very import stopped half-way (and the plan it follows);
    ``result`` is ResumeLookup.

    Computing the import's identity reads the whole file (a content hash), hence a worker.
    """

    def __init__(
        self, result: CheckResult, choices: ImportChoices, folder: Path, generation: int = 0
    ) -> None:
        super().__init__()
        self._result = result
        self._choices = choices
        self._folder = folder
        self._generation = generation

    def work(self) -> ResumeLookup:
        """The import's identity and its unfinished earlier run, if any."""
        earlier = earlier_run(self._result, self._choices, self._folder)
        return ResumeLookup(
            earlier.resume, earlier.identity, self._generation, earlier.plan, earlier.changed
        )


class AsCheckedWorker(Worker):
    """The rows an unfinished upload of a file changed since was checked with, checked again
    from the copy its journal kept, and the plan it follows
    (:func:`~importer.pipeline.earlier.as_checked`); ``result`` is
    :class:`~importer.pipeline.earlier.AsChecked`."""

    def __init__(self, earlier: ResumeInfo, choices: ImportChoices, folder: Path) -> None:
        super().__init__()
        self._earlier = earlier
        self._choices = choices
        self._folder = folder

    def work(self) -> AsChecked:
        """Check the kept rows again; an ImporterError when they are no longer kept."""
        return as_checked(self._earlier, self._choices, self._folder)


class UploadWorker(PromptingWorker):
    """Sends one import; ``result`` carries what the upload did (:class:`Sent`)."""

    def __init__(self, client: SociocsClient, job: UploadJob) -> None:
        super().__init__(client)
        self._upload = job

    def work(self) -> Sent:
        """Back up, upload and record the import (never raises for API trouble)."""
        job = self._upload
        return send(
            self._client,
            job.choices,
            job.result,
            job.plan,
            self,
            job.place,
            job.identity,
            job.restart,
            job.batch_size,
            job.supersedes,
        )
