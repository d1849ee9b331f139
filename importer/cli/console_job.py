"""Running a long job (comparison, upload, undo) from the terminal: progress on stderr,
questions answered at the keyboard (or automatically), Ctrl+C stopping it cleanly."""

from __future__ import annotations

import getpass
import sys
from collections.abc import Callable
from typing import Any, TypeVar

from importer.cli.console import ConsoleAnswers, ConsoleSession, ProgressPrinter

T = TypeVar("T")


class ConsoleJob:
    """One job's terminal: build the job with :attr:`decider` and :attr:`printer` (its
    progress callback), then :meth:`run` it. ``stopping`` is said after Ctrl+C."""

    def __init__(self, line: Callable[[Any], str], stopping: str) -> None:
        self.printer = ProgressPrinter(sys.stderr, live=sys.stderr.isatty(), line=line)
        answers = ConsoleAnswers(
            interactive=sys.stdin.isatty(),
            ask_secret=getpass.getpass,
            before_asking=self.printer.close,
        )
        self._session = ConsoleSession(answers, on_interrupt=self._interrupted)
        self.decider = self._session.decider
        self._stopping = stopping

    def run(self, work: Callable[[], T], cancel: Callable[[], None]) -> T:
        """``work()`` on a worker thread; Ctrl+C calls ``cancel()``."""
        sys.stdout.flush()  # what was printed must come before the progress lines on stderr
        try:
            return self._session.run(work, cancel)
        finally:
            self.printer.close()

    def _interrupted(self) -> None:
        self.printer.close()
        print(self._stopping, file=sys.stderr, flush=True)
