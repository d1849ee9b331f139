"""What runs a job for the user — the terminal, a wizard worker: the one protocol a front end
implements to run a comparison, an upload or an undo.

A front end shows the job's progress, answers its questions (rate limits, faults, a refused
key: its :class:`~importer.jobs.decisions.RetryDecider`) and lets the user pause and stop it
while :meth:`JobHost.run_job` runs it. The engine and the pipeline never print, never ask and
never know which front end they serve.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, TypeVar

from importer.jobs.decisions import RetryDecider
from importer.jobs.job import ControlledJob
from importer.jobs.progress import JobProgress

T = TypeVar("T")


class JobHost(Protocol):
    """A front end for long jobs (see the module docstring)."""

    @property
    def decider(self) -> RetryDecider:
        """Answers the job's questions (called on the job's thread; may block)."""
        ...

    def show(self, progress: JobProgress) -> None:
        """Show a job's progress (called on the job's thread)."""
        ...

    def run_job(self, job: ControlledJob[Any], work: Callable[[], T]) -> T:
        """What ``work()`` returns; meanwhile pause and stop act on ``job`` (the terminal runs
        it on a worker thread and turns Ctrl+C into a stop; a wizard worker is that thread)."""
        ...
