"""The upload's progress in words, as the terminal prints it."""

from __future__ import annotations

from importer.jobs.decisions import RetryKind, retry_message
from importer.jobs.progress import JobState, WaitInfo
from importer.upload.texts import upload_progress_text
from tests.helpers.upload_rows import upload_progress


def test_upload_progress_text_counts_speed_and_time_left() -> None:
    assert upload_progress_text(upload_progress(52_000)) == (
        "Uploaded 52,000 of 120,000 rows (43%) · 2,000 rows/s · about 0:34 left"
    )
    assert upload_progress_text(upload_progress(0, rows_per_second=0.0, eta_seconds=None)) == (
        "Uploaded 0 of 120,000 rows (0%)"
    )
    assert upload_progress_text(upload_progress(10, JobState.PAUSED)).endswith("· paused")


def test_upload_progress_text_shows_the_countdown_while_waiting() -> None:
    message = retry_message(RetryKind.RATE_LIMITED, 27, exhausted=False)
    waiting = upload_progress(
        0, JobState.WAITING, wait=WaitInfo(RetryKind.RATE_LIMITED, message, 27)
    )
    assert (
        upload_progress_text(waiting)
        == "Sociocs asked us to slow down. Retrying in 0:27 — nothing is lost."
    )
