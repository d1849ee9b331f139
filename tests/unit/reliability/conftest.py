"""What the reliability cases of issue 20 share: a home folder, the API key, files to import,
and waits before retries that cost no time."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from importer.jobs.backoff import BackoffPolicy
from tests.helpers.sandbox import TEST_API_KEY


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The program's folders under ``tmp_path/home``, the sandbox's key in the environment."""
    monkeypatch.setenv("SOCIOCS_API_KEY", TEST_API_KEY)
    monkeypatch.setenv("SOCIOCS_IMPORTER_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


@pytest.fixture
def no_waits(monkeypatch: pytest.MonkeyPatch) -> None:
    """Retries come at once (the count of tries and the questions are unchanged)."""
    monkeypatch.setattr(BackoffPolicy, "backoff", lambda self, attempt: 0.0)


def write_contacts(path: Path, count: int, *, first: int = 0, bad: tuple[int, ...] = ()) -> Path:
    """A CSV of ``count`` contacts (Phone, Name, City), numbers from ``first`` on; the rows in
    ``bad`` have a number too short to send."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Phone", "Name", "City"])
        for i in range(first, first + count):
            phone = "12" if i - first in bad else phone_number(i)
            writer.writerow([phone, f"Person {i}", f"City {i % 5}"])
    return path


def phone_number(i: int) -> str:
    """The ``i``-th test number, as the file writes it (a valid Boston number)."""
    return f"+1 617 {200 + i // 10000:03d} {i % 10000:04d}"


def e164(i: int) -> str:
    """The ``i``-th test number as Sociocs holds it."""
    return f"+1617{200 + i // 10000:03d}{i % 10000:04d}"
