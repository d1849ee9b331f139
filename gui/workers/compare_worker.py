"""The comparison with Sociocs in the background, and the classification of the rows.

:class:`CompareWorker` runs the engine's :class:`CompareEngine` (its questions, pause and
cancel through :class:`~gui.workers.prompting.PromptingWorker`); :class:`ClassifyWorker`
classifies the rows against what was read, for the chosen way of treating existing contacts
(a second or more for a big file, so never on the GUI thread).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal

from gui.workers.base import Worker
from gui.workers.prompting import PromptingWorker
from importer.api.client import SociocsClient
from importer.check.result import CheckResult
from importer.choices import ImportChoices
from importer.compare.classify import classify
from importer.compare.engine import CompareEngine, CompareRun
from importer.compare.plan import ComparePlan
from importer.compare.snapshot import AccountSnapshot


@dataclass(frozen=True)
class Classified:
    """A plan, and the page's count of classifications when it was asked for (a later one
    replaces it)."""

    plan: ComparePlan
    generation: int


class CompareWorker(PromptingWorker):
    """Reads which of the ready rows' numbers exist in Sociocs; ``result`` is a CompareRun."""

    compare_progress = Signal(object)
    """A ``CompareProgress`` (contacts read, numbers found, waits, pauses)."""

    def __init__(self, client: SociocsClient, result: CheckResult, list_id: int | None) -> None:
        super().__init__(client)
        self._result = result
        self._list_id = list_id

    def work(self) -> CompareRun:
        """Run the comparison (never raises for API trouble: the run says why it stopped)."""
        result = self._result
        engine = CompareEngine(
            self._client,
            [result.phones[i] or "" for i in result.ready_indices()],
            list_id=self._list_id,
            decider=self._decider,
            progress=self.compare_progress.emit,
            reconnect=self._reconnect,
        )
        self.attach(engine)
        return engine.run()


class ClassifyWorker(Worker):
    """The plan of ``result`` against ``snapshot`` for ``choices``; ``result`` is Classified."""

    def __init__(
        self,
        result: CheckResult,
        snapshot: AccountSnapshot,
        choices: ImportChoices,
        generation: int = 0,
    ) -> None:
        super().__init__()
        self._result = result
        self._snapshot = snapshot
        self._choices = choices
        self._generation = generation

    def work(self) -> Classified:
        """Classify every ready row."""
        choices = self._choices
        plan = classify(
            self._result,
            self._snapshot,
            choices.list_id,
            choices.existing,
            add_skipped_to_list=choices.add_skipped_to_list,
        )
        return Classified(plan, self._generation)
