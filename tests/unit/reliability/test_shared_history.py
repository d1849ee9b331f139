"""Issue 20, case 4: a history that several processes share.

Imports of different files and undos of earlier imports run at once, as separate
``contact-importer`` processes with the same data folder: no history entry is lost or left
"running", every count and undo is recorded. An import whose process is killed reads as
interrupted, and can be undone (or continued). Over real HTTP against the sandbox.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from importer.cli.main import main
from importer.history.store import ImportHistory, ImportState, UndoState, history_file
from importer.sandbox.server import SandboxServer
from importer.settings_paths import data_dir
from tests.helpers.killing import wait_until_idle
from tests.helpers.sandbox import TEST_API_KEY
from tests.unit.reliability.conftest import e164, write_contacts

ROOT = Path(__file__).resolve().parents[3]
UPLOADS = 4
UNDOS = 2
ROWS = 12


def command(*args: str) -> list[str]:
    return [sys.executable, "-m", "importer.cli", *args]


def start(home: Path, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "SOCIOCS_API_KEY": TEST_API_KEY, "SOCIOCS_IMPORTER_HOME": str(home)}
    return subprocess.Popen(
        command(*args),
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def history() -> ImportHistory:
    return ImportHistory(history_file(data_dir()))


def test_imports_and_undos_at_once_lose_no_entry_and_strand_none(
    sandbox: SandboxServer, home: Path, tmp_path: Path
) -> None:
    earlier = []
    for k in range(UNDOS):
        source = write_contacts(tmp_path / f"earlier {k}.csv", 5, first=5000 + 100 * k)
        assert (
            main(["upload", str(source), "--api-url", sandbox.url, "--list-id", "0", "--yes"]) == 0
        )
        earlier.append(history().entries()[0].id)
    sandbox.faults.delay_seconds = 0.01  # every request waits a little: the runs overlap
    files = [
        write_contacts(tmp_path / f"file {k}.csv", ROWS, first=100 * k) for k in range(UPLOADS)
    ]
    runs = [
        start(
            home,
            "upload",
            str(f),
            "--api-url",
            sandbox.url,
            "--list-id",
            "10001",
            "--yes",
            "--batch-size",
            "3",
        )
        for f in files
    ] + [start(home, "undo", import_id, "--yes") for import_id in earlier]
    outputs = [run.communicate(timeout=180)[0] for run in runs]
    assert [run.returncode for run in runs] == [0] * (UPLOADS + UNDOS), outputs

    entries = {entry.id: entry for entry in history().entries()}
    assert len(entries) == UPLOADS + UNDOS, "no entry lost"
    assert all(e.state is ImportState.FINISHED for e in entries.values()), "none stranded"
    assert {entries[i].undo for i in earlier} == {UndoState.UNDONE}
    uploads = [e for i, e in entries.items() if i not in earlier]
    assert sorted(Path(e.file_path) for e in uploads) == sorted(files)
    assert all(e.counts["uploaded"] == ROWS for e in uploads)
    assert all(
        Path(e.file_path).is_absolute() and Path(e.backup_path).is_absolute() for e in uploads
    )
    contacts = sandbox.store.contacts()
    assert {p for p, c in contacts.items() if 10001 in c["lists"]} == {
        e164(100 * k + i) for k in range(UPLOADS) for i in range(ROWS)
    }
    assert not any(e164(5000 + i) in contacts for i in range(5)), "the undone imports are gone"


def killed_upload(sandbox: SandboxServer, home: Path, source: Path) -> ImportState:
    """Start an upload of ``source`` whose bulk requests are slow, kill it with SIGKILL once
    Sociocs holds some of its contacts; the state its entry had while it ran."""
    sandbox.faults.only_methods = frozenset({"POST"})
    sandbox.faults.delay_seconds = 0.4
    run = start(
        home,
        "upload",
        str(source),
        "--api-url",
        sandbox.url,
        "--list-id",
        "10001",
        "--yes",
        "--batch-size",
        "2",
    )
    deadline = time.monotonic() + 60
    while not (found := history().entries()) or sandbox.store.contacts() == {}:
        assert time.monotonic() < deadline and run.poll() is None
        time.sleep(0.05)
    run.send_signal(signal.SIGKILL)
    run.communicate(timeout=30)
    sandbox.faults.delay_seconds = 0.0
    wait_until_idle(sandbox)  # a bulk write the child sent before it died is saved now
    return found[0].state


def test_an_import_whose_process_died_is_interrupted_and_can_be_undone(
    sandbox: SandboxServer, home: Path, tmp_path: Path
) -> None:
    source = write_contacts(tmp_path / "contacts.csv", ROWS)
    assert killed_upload(sandbox, home, source) is ImportState.RUNNING, "it held its lock"
    (entry,) = history().entries()
    assert entry.state is ImportState.INTERRUPTED
    assert main(["history"]) == 0
    assert main(["undo", entry.id, "--yes"]) == 0
    assert sandbox.store.contacts() == {}
    assert history().entries()[0].undo is UndoState.UNDONE


def test_an_interrupted_import_continues_with_resume(
    sandbox: SandboxServer, home: Path, tmp_path: Path
) -> None:
    source = write_contacts(tmp_path / "contacts.csv", ROWS)
    killed_upload(sandbox, home, source)
    command = ["upload", str(source), "--api-url", sandbox.url, "--list-id", "10001", "--yes"]
    assert main([*command, "--resume"]) == 0
    (entry,) = history().entries()
    assert entry.state is ImportState.FINISHED and entry.counts["uploaded"] == ROWS
