"""Report files written in the background (they read the whole sheet again)."""

from __future__ import annotations

from pathlib import Path

from gui.workers.base import Worker
from importer.check.result import CheckResult
from importer.choices import ImportChoices
from importer.history.store import ImportHistory
from importer.pipeline.importing import report
from importer.pipeline.outcome import Sent
from importer.report.unsent import UnsentRows
from importer.report.write import save_unsent_file, write_attention_file
from importer.report.writers import Saved
from importer.sources import open_source
from importer.sources.table import iter_data_rows


class AttentionFileWorker(Worker):
    """Writes the rows that need attention to an xlsx; ``result`` is the number of rows."""

    def __init__(self, result: CheckResult, path: Path) -> None:
        super().__init__()
        self._result = result
        self._path = path

    def work(self) -> int:
        """``importer.report.write.write_attention_file`` over the sheet read again."""
        result = self._result
        with open_source(result.path) as source:
            rows = iter_data_rows(source, result.sheet, result.header_row)
            return write_attention_file(self._path, result, rows)


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
    (:func:`~importer.pipeline.importing.report`); ``result`` is where it was saved
    (:class:`~importer.report.writers.Saved`: elsewhere when its place could not be written)."""

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

    def work(self) -> Saved:
        """The report, beside the file (or in Documents)."""
        return report(self._choices, self._result, self._sent, self._history)
