"""The comparison with Sociocs in the background, and the classification of the rows.

:class:`CompareWorker` runs the pipeline's :func:`~importer.pipeline.importing.read_account`
(its questions, pause and cancel through :class:`~gui.workers.prompting.PromptingWorker`);
:class:`ClassifyWorker` runs :func:`~importer.pipeline.importing.plan_for` against what was
read, for the chosen way of treating existing contacts (a second or more for a big file, so
never on the GUI thread).
"""

from __future__ import annotations

from dataclasses import dataclass

from gui.workers.base import Worker
from gui.workers.prompting import PromptingWorker
from importer.api.client import SociocsClient
from importer.check.result import CheckResult
from importer.choices import ImportChoices
from importer.compare.engine import CompareRun
from importer.compare.plan import ComparePlan
from importer.compare.snapshot import AccountSnapshot
from importer.pipeline.importing import plan_for, read_account


@dataclass(frozen=True)
class Classified:
    """A plan, and the page's count of classifications when it was asked for (a later one
    replaces it)."""

    plan: ComparePlan
    generation: int


class CompareWorker(PromptingWorker):
    """Reads which of the ready rows' numbers exist in Sociocs; ``result`` is a CompareRun."""

    def __init__(self, client: SociocsClient, result: CheckResult, list_id: int | None) -> None:
        super().__init__(client)
        self._result = result
        self._list_id = list_id

    def work(self) -> CompareRun:
        """Run the comparison (never raises for API trouble: the run says why it stopped)."""
        return read_account(self._client, self._result, self._list_id, self)


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
        return Classified(plan_for(self._result, self._snapshot, self._choices), self._generation)
