"""Issue 20, smaller: a failure while looking up (or creating) the list sends nothing, and so
advises to run the command again, never ``--resume`` (there is nothing to continue).

Over real HTTP against the sandbox, which fails for good (HTTP 503 to every try) the reads
that look up the list, or the write that creates it (the first write of an import); then the
same command, faults gone, imports the file as a first run would.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.cli.main import main
from importer.history.store import ImportHistory, history_file
from importer.sandbox.faults import FaultPlan
from importer.sandbox.server import SandboxServer
from importer.settings_paths import data_dir, journal_dir
from importer.upload.journal import list_resumable
from tests.unit.reliability.conftest import e164, write_contacts

RETRY = "Run the same command again to retry."


def upload(sandbox: SandboxServer, source: Path, *target: str) -> int:
    return main(["upload", str(source), "--api-url", sandbox.url, "--yes", *target])


@pytest.mark.parametrize(
    ("target", "failing"),
    [
        pytest.param(("--list", "Newsletter"), "GET", id="looking up the list by name"),
        pytest.param(("--list-id", "10001"), "GET", id="looking up the list by id"),
        pytest.param(("--list", "Brand new", "--create-list"), "POST", id="creating the list"),
    ],
)
def test_a_list_that_cannot_be_looked_up_sends_nothing_and_says_to_try_again(
    sandbox: SandboxServer,
    home: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    no_waits: None,
    target: tuple[str, ...],
    failing: str,
) -> None:
    source = write_contacts(tmp_path / "contacts.csv", 4)
    sandbox.faults.server_error_next = 1000
    sandbox.faults.only_methods = frozenset({failing})
    assert upload(sandbox, source, *target) == 3
    out, err = capsys.readouterr()
    assert err.rstrip().endswith(RETRY), err
    assert "--resume" not in out + err and "To undo" not in out
    assert "Traceback" not in err
    assert sandbox.store.requests_to("POST", "/contacts/bulk") == 0
    assert sandbox.store.contacts() == {}
    assert list_resumable(journal_dir()) == [], "nothing to continue"
    assert ImportHistory(history_file(data_dir())).entries() == [], "no import was recorded"

    sandbox.faults = FaultPlan()
    assert upload(sandbox, source, *target) == 0
    assert "Uploaded 4 rows" in capsys.readouterr().out
    assert set(sandbox.store.contacts()) == {e164(i) for i in range(4)}
