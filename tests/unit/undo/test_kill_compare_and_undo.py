"""SIGKILL while comparing and while undoing, then run again: nothing is sent by a killed
comparison, and an undo killed at any of its requests ends with the account exactly as before.

The command runs in a child process against the sandbox in this process; the sandbox's fault
hooks kill it at exact points (a request arriving, a request committed with its reply unsent)
or once its undo journal recorded a step.
"""

from __future__ import annotations

import copy
import csv
import json
import random
import signal
import time
from pathlib import Path
from typing import Any

import pytest

from importer.cli.main import main
from importer.sandbox.server import SandboxServer
from tests.helpers.killing import Killer, child, killed, wait_until_idle
from tests.helpers.sandbox import TEST_API_KEY

LIST_ID = 10001
NEW_ROWS = 10
ACCOUNT = 3_500
"""Contacts already in the account: reading it takes several pages."""


def phone(index: int) -> str:
    return f"+1617300{index:04d}"


def write_file(path: Path) -> Path:
    """Rows 0-4 exist in the account (0-2 renamed), the last NEW_ROWS rows are new."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Phone", "Name", "City"])
        for i in (*range(5), *range(1000, 1000 + NEW_ROWS)):
            writer.writerow([phone(i), f"Person {i}", f"City {i}"])
    return path


def seed(sandbox: SandboxServer, others: int = 0) -> dict[str, Any]:
    records = [
        {
            "phone_number": phone(i),
            "name": "Old name" if i < 3 else f"Person {i}",
            "extra_fields": {"city": f"City {i}", "tier": "gold"},
        }
        for i in range(5)
    ]
    sandbox.store.upsert(LIST_ID, records)
    sandbox.store.upsert(0, [{"phone_number": f"+1202{i:07d}"} for i in range(others)])
    return copy.deepcopy(sandbox.store.contacts())


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SOCIOCS_API_KEY", TEST_API_KEY)
    monkeypatch.setenv("SOCIOCS_IMPORTER_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


def upload_command(sandbox: SandboxServer, source: Path) -> list[str]:
    command = ["upload", str(source), "--api-url", sandbox.url, "--list-id", str(LIST_ID)]
    return [*command, "--batch-size", "4", "--yes"]


@pytest.mark.slow
@pytest.mark.parametrize("page", [1, 5], ids=["reading the list", "reading All Contacts"])
def test_a_killed_comparison_sent_nothing_and_the_next_run_finishes(
    sandbox: SandboxServer, home: Path, tmp_path: Path, page: int
) -> None:
    before = seed(sandbox, ACCOUNT)
    source = write_file(tmp_path / "contacts.csv")
    killer = Killer(sandbox, lambda method, path: path == "/contacts", page, "arrived")
    killed(child(upload_command(sandbox, source), home), killer)
    assert sandbox.store.contacts() == before
    assert not list((home / "data" / "journals").glob("*.backup"))
    killer.disarm()
    assert main(upload_command(sandbox, source)) == 0
    now = sandbox.store.contacts()
    assert now[phone(0)] == {
        "name": "Person 0",
        "extra_fields": {"city": "City 0", "tier": "gold"},
        "lists": {LIST_ID},
    }
    assert len(now) == len(before) + NEW_ROWS


def undo_points() -> list[Any]:
    rng = random.Random(13)
    points = [("restore", 1, "arrived"), ("restore", 1, "committed")]
    points += [("delete", rng.randint(1, NEW_ROWS), when) for when in ("arrived", "committed")]
    points += [("journal", rng.randint(1, NEW_ROWS - 1), "")]
    return [pytest.param(*point, id=f"{point[0]}-{point[1]}-{point[2]}") for point in points]


@pytest.mark.slow
@pytest.mark.parametrize(("step", "count", "when"), undo_points())
def test_an_undo_killed_anywhere_ends_with_the_account_as_before(
    sandbox: SandboxServer,
    home: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    step: str,
    count: int,
    when: str,
) -> None:
    before = seed(sandbox)
    source = write_file(tmp_path / "contacts.csv")
    assert main(upload_command(sandbox, source)) == 0
    assert sandbox.store.contacts() != before
    method = {"restore": "POST", "delete": "DELETE"}.get(step, "")
    killer = Killer(sandbox, lambda m, _path: m == method, count, when)
    process = child(["undo", "--yes"], home)
    killer.pid = process.pid
    try:
        if step == "journal":
            wait_for_undo_journal(home, count + 1)
            killer.kill()
        assert killer.fired.wait(30), "the kill point was never reached"
    finally:
        _, stderr = process.communicate(timeout=30)
    assert process.returncode == -signal.SIGKILL, stderr.decode()
    wait_until_idle(sandbox)
    killer.disarm()
    assert main(["undo", "--yes"]) == 0
    assert sandbox.store.contacts() == before
    capsys.readouterr()
    assert main(["history", "--json"]) == 0
    (entry,) = json.loads(capsys.readouterr().out)
    assert entry["undo"] == "undone"


def wait_for_undo_journal(home: Path, lines: int) -> None:
    """Poll (bounded) until the child's undo journal holds ``lines`` recorded steps."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        for path in (home / "data" / "journals").glob("*.undo"):
            if path.read_bytes().count(b"\n") >= lines:
                return
        time.sleep(0.001)
    raise AssertionError(f"the undo journal never recorded {lines} steps")
