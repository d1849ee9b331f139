"""What the upload says to people while it runs: whole sentences with named placeholders."""

from __future__ import annotations

from importer.i18n import _, format_count
from importer.jobs.decisions import format_seconds
from importer.jobs.progress import JobState
from importer.upload.progress import UploadProgress, UploadStage


def upload_progress_text(progress: UploadProgress) -> str:
    """One line: the countdown while waiting, else rows done, speed and time left."""
    if progress.state is JobState.WAITING and progress.wait is not None:
        return progress.wait.message
    if progress.stage is UploadStage.MAKING_LISTS:
        line = _("Creating the lists the groups need…")
    elif progress.stage is UploadStage.ADDING:
        line = _("Adding contacts to their lists: {done} of {total} list memberships done").format(
            done=format_count(progress.added), total=format_count(progress.to_add)
        )
    else:
        line = _rows_line(progress)
    if progress.state is JobState.PAUSED:
        line += _(" · paused")
    return line


def _rows_line(progress: UploadProgress) -> str:
    percent = int(100 * progress.fraction)
    line = _("Uploaded {done} of {total} rows ({percent}%)").format(
        done=format_count(progress.rows_done),
        total=format_count(progress.rows_total),
        percent=percent,
    )
    if progress.rows_per_second > 0:
        line += _(" · {speed} rows/s").format(speed=format_count(round(progress.rows_per_second)))
    if progress.eta_seconds is not None and progress.rows_done < progress.rows_total:
        line += _(" · about {time} left").format(time=format_seconds(progress.eta_seconds))
    return line
