"""An undo in the background: first what Sociocs holds now (:class:`UndoPlan`), then, once the
user agreed, the undo itself.

Each step is the pipeline's (:class:`~importer.pipeline.undoing.Undoing`: ``inspect``, then
``execute``, which records the undo in the history), run in its own worker, whose questions,
pause and cancel go through :class:`~gui.workers.prompting.PromptingWorker`; the undo journal
makes the second one resumable.
"""

from __future__ import annotations

from gui.workers.prompting import PromptingWorker
from importer.api.client import SociocsClient
from importer.pipeline.undoing import Undoing, UndoRequest
from importer.undo.engine import UndoSummary
from importer.undo.undo_plan import UndoPlan


class UndoWorker(PromptingWorker):
    """Inspects (``plan`` None: ``result`` is an UndoPlan, or an UndoSummary when reading
    stopped) or executes ``plan`` (``result`` is an UndoSummary)."""

    def __init__(
        self, client: SociocsClient, request: UndoRequest, plan: UndoPlan | None = None
    ) -> None:
        super().__init__(client)
        self._request = request
        self._plan = plan

    def work(self) -> UndoPlan | UndoSummary:
        """Read the backup, then inspect or execute (never raises for API trouble)."""
        undoing = Undoing(self._request)
        if self._plan is None:
            return undoing.inspect(self._client, self)
        return undoing.execute(self._client, self._plan, self)
