"""Report files written in the background (they read the checked rows again, from the copy
the check read)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from gui.workers.base import Worker
from importer.check.result import CheckResult
from importer.choices import ImportChoices
from importer.history.store import ImportHistory
from importer.pipeline.importing import report
from importer.pipeline.outcome import Reported, Sent
from importer.report.source_note import Written, source_note
from importer.report.unsent import UnsentRows
from importer.report.write import save_attention_file, save_unsent_file


@dataclass(frozen=True)
class RowsToFix:
    """The rows to fix saved: how many, and whether the file changed since it was checked
    (the rows are saved as they were checked)."""

    count: int
    source_note: str = ""


class AttentionFileWorker(Worker):
    """Writes the rows that need attention to an xlsx; ``result`` is :class:`RowsToFix`."""

    def __init__(self, result: CheckResult, path: Path) -> None:
        super().__init__()
        self._result = result
        self._path = path

    def work(self) -> RowsToFix:
        """:func:`~importer.report.write.save_attention_file`: the checked rows, never the file
        read again."""
        count = save_attention_file(self._path, self._result)
        return RowsToFix(count, source_note(self._result, Written.ROWS_TO_FIX))


class UnsentFileWorker(Worker):
    """Writes the rows an upload did not send, with why, to an xlsx; ``result`` is the number
    of rows."""

    def __init__(self, unsent: UnsentRows, path: Path) -> None:
        super().__init__()
        self._unsent = unsent
        self._path = path

    def work(self) -> int:
        """``importer.report.write.save_unsent_file``."""
        return save_unsent_file(self._path, self._unsent)


class ReportWorker(Worker):
    """Writes the report of every row after an upload and records it in the history
    (:func:`~importer.pipeline.importing.report`); ``result`` is
    :class:`~importer.pipeline.outcome.Reported`: where it was saved (elsewhere when its place
    could not be written) and whether the file changed since it was checked."""

    def __init__(
        self,
        choices: ImportChoices,
        result: CheckResult,
        sent: Sent,
        history: ImportHistory | None,
    ) -> None:
        super().__init__()
        self._choices = choices
        self._result = result
        self._sent = sent
        self._history = history

    def work(self) -> Reported:
        """The report, beside the file (or in Documents)."""
        return report(self._choices, self._result, self._sent, self._history)
