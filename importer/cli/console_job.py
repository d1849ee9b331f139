"""Running long jobs (comparison, upload, undo) from the terminal: the command line's
:class:`~importer.jobs.host.JobHost` — progress on stderr, questions answered at the keyboard
(or automatically), Ctrl+C stopping the job cleanly."""

from __future__ import annotations

import getpass
import sys
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from importer.cli.console import ConsoleAnswers, ConsoleSession, ProgressPrinter
from importer.jobs.decisions import Activity, RetryDecider
from importer.jobs.job import ControlledJob
from importer.jobs.progress import JobProgress

T = TypeVar("T")


class TerminalHost:
    """Runs jobs in the terminal; ``stopping`` says, for each kind of job, what Ctrl+C does."""

    def __init__(self, stopping: Mapping[Activity, str]) -> None:
        self.printer = ProgressPrinter(sys.stderr, live=sys.stderr.isatty())
        answers = ConsoleAnswers(
            interactive=sys.stdin.isatty(),
            ask_secret=getpass.getpass,
            before_asking=self.printer.close,
        )
        self._session = ConsoleSession(answers, on_interrupt=self._interrupted)
        self._stopping = stopping
        self._running: Activity | None = None

    @property
    def decider(self) -> RetryDecider:
        """Waits automatically; asks at the keyboard once the automatic retries are used up."""
        return self._session.decider

    def show(self, progress: JobProgress) -> None:
        """One progress line on stderr (rewritten in place on a terminal)."""
        self.printer(progress)

    def run_job(self, job: ControlledJob[Any], work: Callable[[], T]) -> T:
        """``work()`` on a worker thread while this one answers its questions; Ctrl+C stops
        ``job``."""
        self._running = job.activity
        sys.stdout.flush()  # what was printed must come before the progress lines on stderr
        try:
            return self._session.run(work, job.cancel)
        finally:
            self.printer.close()

    def _interrupted(self) -> None:
        self.printer.close()
        if self._running is not None:
            print(self._stopping[self._running], file=sys.stderr, flush=True)
