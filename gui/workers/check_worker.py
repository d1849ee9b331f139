"""Checking a sheet, and re-checking it for another country, in the background."""

from __future__ import annotations

from gui.workers.base import Worker
from importer.check.rechecking import revalidate, set_send_unverified
from importer.check.result import CheckResult
from importer.check.run import run_check
from importer.choices import ImportChoices


class CheckWorker(Worker):
    """Reads and validates every row (``importer.check.run.run_check``); ``result`` holds it.

    ``progress`` reports rows read so far (the total is unknown while streaming, so 0).
    """

    def __init__(self, choices: ImportChoices) -> None:
        super().__init__()
        self._choices = choices

    def work(self) -> CheckResult:
        """Run the check; raises CancelledError when cancelled."""
        return run_check(self._choices, progress=self._rows_read, cancel=self.is_cancelled)

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
