"""Checking a sheet, and re-checking it for another country, in the background."""

from __future__ import annotations

from gui.workers.base import Worker
from importer.check.country_hint import suggest_country
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
        """``result.revalidate(country)``."""
        self._result.revalidate(self._country)
        return self._country


class CountryHintWorker(Worker):
    """Looks for a default country that would make clearly more rows valid.

    ``result`` is the region (e.g. "DE") or None (``importer.check.country_hint.suggest_country``).
    """

    def __init__(self, result: CheckResult) -> None:
        super().__init__()
        self._result = result

    def work(self) -> str | None:
        """``suggest_country(result)``."""
        return suggest_country(self._result)
