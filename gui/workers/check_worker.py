"""Checking a sheet, and re-checking it for another country, in the background."""

from __future__ import annotations

from pathlib import Path

from gui.workers.base import Worker
from importer.check.rechecking import revalidate, set_send_unverified
from importer.check.result import CheckResult
from importer.choices import ImportChoices
from importer.pipeline.checking import check_file
from importer.sources.checked_copy import CheckedCopy


class CheckWorker(Worker):
    """Reads and validates every row (the pipeline's check step,
    :func:`~importer.pipeline.checking.check_file`); ``result`` holds it.

    The rows are read from a copy of the file in the journal ``folder`` (default: the usual
    one), or from ``copy``, the rows an unfinished upload was checked with. ``progress``
    reports rows read so far (the total is unknown while streaming, so 0).
    """

    def __init__(
        self,
        choices: ImportChoices,
        folder: Path | None = None,
        copy: CheckedCopy | None = None,
    ) -> None:
        super().__init__()
        self._choices = choices
        self._folder = folder
        self._copy = copy

    def work(self) -> CheckResult:
        """Run the check; raises CancelledError when cancelled."""
        return check_file(
            self._choices,
            self._folder,
            progress=self._rows_read,
            cancel=self.is_cancelled,
            copy=self._copy,
        )

    def _rows_read(self, done: int, total: int | None) -> None:
        self.report(done, total or 0)


class RevalidateWorker(Worker):
    """Re-reads every phone number for another default country; ``result`` is the country.

    The page must not let the user edit ``result`` while this runs (it changes it in place).
    """

    def __init__(self, result: CheckResult, country: str) -> None:
        super().__init__()
        self._result = result
        self._country = country

    def work(self) -> str:
        """``revalidate(result, country)``."""
        revalidate(self._result, self._country)
        return self._country


class UnverifiedWorker(Worker):
    """Sends, or stops sending, the numbers that cannot be verified, checking the phones again;
    ``result`` is the choice made.

    The page must not let the user edit ``result`` while this runs (it changes it in place).
    """

    def __init__(self, result: CheckResult, send: bool) -> None:
        super().__init__()
        self._result = result
        self._send = send

    def work(self) -> bool:
        """``set_send_unverified(result, send)``."""
        set_send_unverified(self._result, self._send)
        return self._send
