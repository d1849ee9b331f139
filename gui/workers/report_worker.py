"""Report files written in the background (they read the whole sheet again)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from gui.workers.base import Worker
from importer.check.issues import Outcome
from importer.check.result import CheckResult
from importer.compare.plan import ComparePlan
from importer.report.write import write_attention_file, write_report
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


class ReportWorker(Worker):
    """Writes the report of every row after an upload; ``result`` is the report's path."""

    def __init__(
        self,
        result: CheckResult,
        path: Path,
        outcomes: Sequence[Outcome] | None = None,
        messages: Mapping[int, str] | None = None,
        plan: ComparePlan | None = None,
        about: Sequence[tuple[str, str]] = (),
    ) -> None:
        super().__init__()
        self._result = result
        self._path = path
        self._outcomes = outcomes
        self._messages = messages
        self._plan = plan
        self._about = about

    def work(self) -> Path:
        """``importer.report.write.write_report`` over the sheet read again."""
        result = self._result
        self._path.parent.mkdir(parents=True, exist_ok=True)
        with open_source(result.path) as source:
            rows = iter_data_rows(source, result.sheet, result.header_row)
            write_report(
                self._path,
                result,
                rows,
                self._outcomes,
                self._messages,
                self._plan,
                self._about,
            )
        return self._path
