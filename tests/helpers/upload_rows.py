"""Checked rows built directly for upload tests, and what the server must hold afterwards."""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path
from typing import Any

from importer.check.issues import RowStatus
from importer.check.result import CheckResult
from importer.choices import ImportChoices
from importer.jobs.progress import JobState
from importer.mapping.model import ColumnChoice, Mapping, Role
from importer.upload.progress import UploadProgress

MAPPING = Mapping(
    (
        ColumnChoice(0, "Phone", Role.PHONE),
        ColumnChoice(1, "Name", Role.NAME),
        ColumnChoice(2, "City", Role.EXTRA, "city"),
    )
)


def phone_of(index: int) -> str:
    """A distinct valid E.164 number for row ``index``."""
    return f"+1617{index:07d}"


def make_result(
    count: int,
    *,
    invalid: Collection[int] = (),
    duplicate: Collection[int] = (),
    server_rejects: Collection[int] = (),
    path: Path = Path("contacts.csv"),
) -> CheckResult:
    """``count`` rows, all ready except ``invalid``/``duplicate``; ``server_rejects`` rows are
    ready locally but hold a phone number the sandbox refuses."""
    phones: list[str | None] = [phone_of(i) for i in range(count)]
    status = bytearray(count)
    for index in invalid:
        status[index] = RowStatus.INVALID
        phones[index] = None
    for index in duplicate:
        status[index] = RowStatus.DUPLICATE
    for index in server_rejects:
        phones[index] = "not-a-phone"
    return CheckResult(
        choices=ImportChoices(path, sheet="Sheet1", header_row=1, mapping=MAPPING, country="US"),
        headers=["Phone", "Name", "City"],
        row_numbers=[i + 2 for i in range(count)],
        raw_phones=list(phones),
        phones=phones,
        names=[f"Person {i}" for i in range(count)],
        extras={"city": [f"City {i % 7}" for i in range(count)]},
        status=status,
    )


def expected_contacts(result: CheckResult, list_id: int) -> dict[str, dict[str, Any]]:
    """The sandbox's ``store.contacts()`` after every ready row of ``result`` was uploaded."""
    expected = {}
    for index in result.ready_indices():
        record = result.record(index)
        if record["phone_number"] == "not-a-phone":
            continue
        expected[record["phone_number"]] = {
            "name": record.get("name"),
            "extra_fields": record.get("extra_fields", {}),
            "lists": lists_of(list_id),
        }
    return expected


def lists_of(list_id: int) -> set[int]:
    """The lists ``store.contacts()`` shows for a contact sent to ``list_id`` alone (All
    Contacts, list 0, holds every contact without being named)."""
    return set() if list_id == 0 else {list_id}


def upload_progress(
    done: int, state: JobState = JobState.RUNNING, **kwargs: object
) -> UploadProgress:
    """A report of an upload of 120,000 rows at 2,000 rows/s with ``done`` rows sent."""
    values: dict[str, object] = {
        "rows_done": done,
        "rows_total": 120_000,
        "batches_done": done // 10_000,
        "batches_total": 12,
        "rows_per_second": 2000.0,
        "eta_seconds": (120_000 - done) / 2000.0,
        "state": state,
    }
    values.update(kwargs)
    return UploadProgress(**values)  # type: ignore[arg-type]
