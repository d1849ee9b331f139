"""The upload in the background: thin glue between the engine's UploadEngine and the page.

The engine runs in the worker thread and reports progress through ``upload_progress``; its
questions and pause, resume and cancel go through :class:`~gui.workers.prompting.PromptingWorker`.
The journal is opened here, so an interrupted upload can be continued later, and the import's
backup and history entry are written before the first batch (a continued import follows the
plan its backup holds).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import Signal

from gui.workers.base import Worker
from gui.workers.prompting import PromptingWorker
from importer.api.client import MAX_BATCH_RECORDS, SociocsClient
from importer.check.issues import Outcome
from importer.check.result import CheckResult
from importer.choices import ImportChoices
from importer.compare.plan import ComparePlan, PlannedRows
from importer.history.recording import ImportTarget, begin_import, end_import, resumed_plan
from importer.history.store import ImportHistory
from importer.upload.engine import UploadEngine
from importer.upload.identity import existing_key, identity_of
from importer.upload.journal import Journal, ResumeInfo, find_resumable
from importer.upload.journal_details import open_import_journal
from importer.upload.summary import UploadSummary


@dataclass(frozen=True)
class UploadJob:
    """Where to send which rows: ``choices`` name the list (``list_id`` must be set)."""

    choices: ImportChoices
    result: CheckResult
    phone_number_cc: str | None
    journal_folder: Path | None
    batch_size: int = MAX_BATCH_RECORDS
    restart: bool = False
    """Forget an unfinished earlier run of the same import and send everything again."""
    identity: str | None = None
    """``identity_of(result, list_id, …)`` when already known (it hashes the whole file)."""
    plan: ComparePlan | None = None
    """What the comparison with Sociocs decided each row sends (None: the file as it is)."""
    history: ImportHistory | None = None
    """Where the import is recorded (with its backup, beside the journal)."""

    @property
    def list_id(self) -> int:
        """The list the rows go to."""
        if self.choices.list_id is None:
            raise ValueError("an upload needs the list it goes to")
        return self.choices.list_id


@dataclass(frozen=True)
class UploadRun:
    """What the finished (or stopped) run returns to the page."""

    summary: UploadSummary
    outcomes: list[Outcome]
    messages: dict[int, str] = field(default_factory=dict)
    journal_path: Path | None = None
    import_id: str | None = None
    """The import's id in the history (its backup), when it was backed up."""
    plan: ComparePlan | None = None


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
        """``find_resumable`` for the import's identity."""
        list_id = self._choices.list_id
        assert list_id is not None
        identity = identity_of(self._result, list_id, existing_key(self._choices))
        info = find_resumable(self._folder, identity)
        plan = None if info is None else resumed_plan(self._folder, info.backup_id, self._result)
        return ResumeLookup(info, identity, self._generation, plan)


class UploadWorker(PromptingWorker):
    """Runs one :class:`UploadEngine`; ``result`` carries an :class:`UploadRun`."""

    upload_progress = Signal(object)
    """An ``UploadProgress`` (rows done, rows/s, time left, state, wait countdown)."""

    def __init__(self, client: SociocsClient, job: UploadJob) -> None:
        super().__init__(client)
        self._upload = job

    def work(self) -> UploadRun:
        """Open the journal, back the import up, run the engine, return the outcomes (never
        raises for API trouble)."""
        job = self._upload
        if job.journal_folder is None:
            return self._run(job.plan, None, None)
        with open_import_journal(
            job.journal_folder, job.choices, job.result, identity=job.identity, restart=job.restart
        ) as journal:
            saved = resumed_plan(job.journal_folder, journal.backup_id, job.result)
            plan = saved or job.plan
            import_id = None
            if plan is not None and job.history is not None:
                target = ImportTarget(job.list_id, job.choices.list_name, self._client.base_url)
                identity = journal.path.stem
                import_id = begin_import(
                    journal,
                    job.result,
                    plan,
                    target,
                    job.history,
                    identity=identity,
                    consent_confirmed=job.choices.consent_confirmed,
                )
            return self._run(plan, journal, import_id)

    def _run(
        self, plan: ComparePlan | None, journal: Journal | None, import_id: str | None
    ) -> UploadRun:
        job = self._upload
        engine = UploadEngine(
            self._client,
            job.result if plan is None else PlannedRows(job.result, plan),
            list_id=job.list_id,
            phone_number_cc=job.phone_number_cc,
            decider=self._decider,
            batch_size=job.batch_size,
            journal=journal,
            progress=self.upload_progress.emit,
            reconnect=self._reconnect,
            settled=None if plan is None else plan.settled(),
        )
        self.attach(engine)
        summary = engine.run()
        if import_id is not None and job.history is not None:
            end_import(job.history, import_id, summary)
        return UploadRun(
            summary,
            engine.outcomes,
            engine.messages,
            journal.path if journal else None,
            import_id,
            plan,
        )
