"""For tests of the pipeline: a front end that runs each job right here, answers the retry
questions automatically and records what it was shown and asked, in order; a contacts file and
its choices."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from importer.check.result import CheckResult
from importer.choices import ImportChoices
from importer.compare.plan import ComparePlan
from importer.jobs.decisions import AutoDecider, RetryDecider
from importer.jobs.job import ControlledJob
from importer.jobs.progress import JobProgress
from importer.mapping.suggest import suggest_mapping
from importer.pipeline.outcome import ImportEnd
from importer.sources import open_source
from importer.sources.table import read_preview
from importer.undo.backup import Backup
from importer.undo.undo_plan import UndoPlan
from importer.upload.journal import ResumeInfo

T = TypeVar("T")
LIST_ID = 10001


class ScriptedFrontEnd:
    """Answers ``restart``, ``continue_changed`` (continue an upload over a file changed
    since) and ``confirm`` as told; ``events`` lists what happened."""

    def __init__(
        self,
        *,
        restart: bool | None = False,
        confirm: bool = True,
        lists: bool | None = True,
        continue_changed: bool | None = None,
    ) -> None:
        self._decider = AutoDecider()
        self._restart = restart
        self._confirm = confirm
        self._lists = lists
        self._continue_changed = continue_changed
        self.events: list[str] = []
        self.progress: list[JobProgress] = []
        self.jobs: list[str] = []

    @property
    def decider(self) -> RetryDecider:
        return self._decider

    def show(self, progress: JobProgress) -> None:
        self.progress.append(progress)

    def run_job(self, job: ControlledJob[Any], work: Callable[[], T]) -> T:
        self.jobs.append(job.activity.value)
        return work()

    def checked(self, result: CheckResult) -> None:
        self.events.append(f"checked {len(result.ready_indices())} ready")

    def groups_are_lists(self, groups: int) -> bool | None:
        self.events.append(f"{groups} groups: lists?")
        return self._lists

    def restart_wanted(self, earlier: ResumeInfo | None) -> bool | None:
        self.events.append("asked to continue" if earlier else "no earlier run")
        return self._restart

    def changed_file_wanted(self, earlier: ResumeInfo) -> bool | None:
        self.events.append(f"{earlier.file_name} changed since {earlier.rows_done} were done")
        return self._continue_changed

    def planned(self, plan: ComparePlan, *, followed: bool = False) -> None:
        self.events.append(
            f"planned {len(plan.send)} to send" + (" (followed)" if followed else "")
        )

    def confirmed(self, plan: ComparePlan | UndoPlan) -> bool:
        self.events.append("confirm?")
        return self._confirm

    def ended(self, end: ImportEnd) -> None:
        self.events.append(f"ended {end.ending.value}")


class ScriptedUndo(ScriptedFrontEnd):
    """The same for an undo (its plan comes with the import's backup)."""

    def planned(self, plan: UndoPlan, backup: Backup | None = None) -> None:  # type: ignore[override]
        self.events.append(f"undo plan: {len(plan.delete)} to delete")


def contacts_file(path: Path, phones: list[str]) -> Path:
    """A CSV of Phone, Name, City with one row per number."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Phone", "Name", "City"])
        for i, phone in enumerate(phones):
            writer.writerow([phone, f"Person {i}", "Boston"])
    return path


def choices_for(
    path: Path, list_id: int | None = LIST_ID, list_name: str = "Newsletter"
) -> ImportChoices:
    """The choices for ``path`` with its suggested columns, sent to ``list_id``."""
    with open_source(path) as source:
        preview = read_preview(source, None, None)
    mapping = suggest_mapping(preview.headers, preview.rows)
    return ImportChoices(
        path, preview.sheet, preview.header_row, mapping, list_id=list_id, list_name=list_name
    )
