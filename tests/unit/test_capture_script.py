"""scripts/capture_outputs.py: what it keeps of a command's output is what the program did,
not how fast the machine was."""

from __future__ import annotations

from pathlib import Path

from tests.helpers.scripts import load_script


def test_progress_keeps_the_first_and_last_line_of_each_job_without_speeds() -> None:
    capture = load_script("capture_outputs")
    text = (
        "Comparing with Sociocs: reading the list (0 contacts read).\n"
        "Comparing with Sociocs: 500 contacts read, 3 of 9 numbers found.\n"
        "Comparing with Sociocs: 900 contacts read, 9 of 9 numbers found.\n"
        "Uploaded 0 of 9 rows (0%)\n"
        "Uploaded 4 of 9 rows (44%) · 1,200 rows/s · about 0:03 left\n"
        "Uploaded 9 of 9 rows (100%) · 1,308 rows/s\n"
        "contact-importer: stopped.\n"
    )
    assert capture.steady_progress(text) == (
        "Comparing with Sociocs: reading the list (0 contacts read).\n"
        "Comparing with Sociocs: 900 contacts read, 9 of 9 numbers found.\n"
        "Uploaded 0 of 9 rows (0%)\n"
        "Uploaded 9 of 9 rows (100%)\n"
        "contact-importer: stopped.\n"
    )


def test_ids_dates_and_the_scratch_folder_are_replaced() -> None:
    capture = load_script("capture_outputs")
    scratch = Path("/tmp/capture-x1")
    text = (
        "Report saved to /tmp/capture-x1/up.xlsx.\n"
        "To undo this import: contact-importer undo 20261127-141503-1a2b3c4d\n"
        "Undoing (started 2026-11-27T14:15:03+00:00, id 20261127-141503-1a2b3c4d-2).\n"
    )
    assert capture.normalised(text, scratch) == (
        "Report saved to <scratch>/up.xlsx.\n"
        "To undo this import: contact-importer undo <import-id>\n"
        "Undoing (started <date>, id <import-id>).\n"
    )
