"""ControlledJob: what every job shares — how it stops, and the states it reports while it
waits, pauses and runs."""

from __future__ import annotations

import pytest

from importer.i18n import N_
from importer.jobs.control import Cancelled
from importer.jobs.decisions import Activity, AutoDecider, RetryKind
from importer.jobs.job import ControlledJob
from importer.jobs.progress import JobState, WaitInfo
from importer.jobs.stops import JobJournalError, StopKind, StopRun


class Job(ControlledJob[object]):
    activity = Activity.COMPARE
    cancelled_message = N_("Stopped as asked.")

    def __init__(self) -> None:
        super().__init__(object(), AutoDecider())
        self.reports: list[tuple[JobState, WaitInfo | None]] = []

    def _report(self, state: JobState, wait: WaitInfo | None = None) -> None:
        self.reports.append((state, wait))


def raising(error: BaseException) -> object:
    raise error


@pytest.mark.parametrize(
    ("error", "kind", "message"),
    [
        (Cancelled(), StopKind.CANCELLED, "Stopped as asked."),
        (StopRun(StopKind.GAVE_UP, "gave up"), StopKind.GAVE_UP, "gave up"),
        (JobJournalError("disk full", hint="free space"), StopKind.JOURNAL, "disk full"),
    ],
)
def test_a_job_stops_with_its_reason(error: BaseException, kind: StopKind, message: str) -> None:
    stop = Job()._until_stopped(lambda: raising(error))
    assert isinstance(stop, StopRun)
    assert stop.kind is kind
    assert stop.message.startswith(message)


def test_a_finished_job_gives_its_answer_and_other_errors_pass_through() -> None:
    job = Job()
    assert job._until_stopped(lambda: 42) == 42
    with pytest.raises(ZeroDivisionError):
        job._until_stopped(lambda: 1 / 0)


def test_waits_and_pauses_are_reported_as_states() -> None:
    job = Job()
    wait = WaitInfo(RetryKind.RATE_LIMITED, "Sociocs asked us to slow down.", 3.0, 1)
    job._on_wait(wait)
    job._on_wait(None)
    job._on_pause(True)
    job._on_pause(False)
    assert job.reports == [
        (JobState.WAITING, wait),
        (JobState.RUNNING, None),
        (JobState.PAUSED, None),
        (JobState.RUNNING, None),
    ]


def test_cancel_stops_the_job_at_its_next_request() -> None:
    job = Job()
    job.cancel()
    with pytest.raises(Cancelled):
        job._requests.call(lambda client: None)
