"""Issue 20, cases 1 and 2: an undo says only what a read confirms.

Case 1: every ``DELETE`` answers 404 while deleting nothing — the undo stops, says which
contacts Sociocs still holds, the history keeps the import partly undone with how many are
left, and ``undo ID --force`` (re-reading everything) finishes it once Sociocs deletes again.
Case 2: the server deletes but the reply is lost and the retry gets "no such contact" — the
read shows the contact gone: that is done, not an error. Two undos of one import at once wait
for each other and never send the same request twice. Through ``contact-importer`` over real
HTTP against the sandbox.
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from importer.cli.main import main
from importer.history.store import ImportHistory, UndoState, history_file
from importer.sandbox.faults import FaultDecision
from importer.sandbox.server import SandboxServer
from importer.settings_paths import data_dir
from tests.helpers.sandbox import TEST_API_KEY
from tests.unit.reliability.conftest import e164, write_contacts

ROOT = Path(__file__).resolve().parents[3]
LIST_ID = 10001
ROWS = 10
CHANGED = (0, 1, 2)
"""Contacts already in Sociocs (not in the list) that the import changes."""


@pytest.fixture
def imported(sandbox: SandboxServer, home: Path, tmp_path: Path) -> dict[str, Any]:
    """The account before an import of 10 rows (3 changing existing contacts and adding them
    to the list, 7 new); the import is done. Returns the account as it was before."""
    sandbox.store.upsert(0, [{"phone_number": e164(i), "name": f"Old {i}"} for i in CHANGED])
    before = copy.deepcopy(sandbox.store.contacts())
    source = write_contacts(tmp_path / "contacts.csv", ROWS)
    command = ["upload", str(source), "--api-url", sandbox.url, "--list-id", str(LIST_ID)]
    assert main([*command, "--yes", "--existing", "replace"]) == 0
    assert sandbox.store.contacts() != before
    return before


def the_entry() -> Any:
    (entry,) = ImportHistory(history_file(data_dir())).entries()
    return entry


def test_deletes_answered_not_found_but_not_done_are_not_reported_done(
    sandbox: SandboxServer,
    imported: dict[str, Any],
    capsys: pytest.CaptureFixture[str],
) -> None:
    capsys.readouterr()
    sandbox.faults.delete_not_found = True
    assert main(["undo", "--yes"]) == 3
    out, err = capsys.readouterr()
    assert "Undone:" not in out
    assert "Partly undone: 0 deleted, 3 restored, 0 taken out of the list" in out
    assert "10 contacts of this import are not undone yet" in out
    assert (
        "Sociocs answered “not found” (HTTP 404) when asked to take 3 contacts out of the "
        "list, yet the list still holds them" in err
    )
    assert "Correct the rows" not in out + err
    now = sandbox.store.contacts()
    assert all(LIST_ID in now[e164(i)]["lists"] for i in CHANGED), "memberships still there"
    assert all(e164(i) in now for i in range(ROWS)), "no contact was deleted"
    entry = the_entry()
    assert entry.undo is UndoState.PARTLY and entry.undo_left == 10

    sandbox.faults.delete_not_found = False
    assert main(["undo", entry.id, "--yes", "--force"]) == 0
    out = capsys.readouterr().out
    assert "Undone: 7 deleted, 0 restored, 3 taken out of the list" in out
    assert sandbox.store.contacts() == imported
    assert the_entry().undo is UndoState.UNDONE


def test_a_lost_reply_then_no_such_contact_is_confirmed_by_reading(
    sandbox: SandboxServer,
    imported: dict[str, Any],
    capsys: pytest.CaptureFixture[str],
    no_waits: None,
) -> None:
    """The server deletes, the reply is lost, the retry answers 404 "no such contact"."""
    capsys.readouterr()
    sandbox.faults.only_methods = frozenset({"DELETE"})
    sandbox.faults.lose_reply_next = 2
    assert main(["undo", "--yes"]) == 0
    out, err = capsys.readouterr()
    assert "Undone: 7 deleted, 3 restored, 3 taken out of the list" in out
    assert err == "" or "Correct the rows" not in err
    assert sandbox.store.contacts() == imported
    assert the_entry().undo is UndoState.UNDONE


def test_refused_deletes_still_there_stop_the_undo_in_words(
    sandbox: SandboxServer,
    imported: dict[str, Any],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A 400 "no such contact" for a contact that is still there: no "correct the rows", no
    exit 2."""
    capsys.readouterr()
    refusal = FaultDecision(status=400, message="no such contact")
    original = sandbox.faults.before_request

    def refuse_deletes(method: str = "GET", path: str = "") -> FaultDecision:
        return refusal if method == "DELETE" else original(method, path)

    monkeypatch.setattr(sandbox.faults, "before_request", refuse_deletes)
    assert main(["undo", "--yes"]) == 3
    out, err = capsys.readouterr()
    assert "Sociocs answered “no such contact” when asked to take 3 contacts out" in err
    assert "Correct the rows" not in out + err
    assert "Run the same command again to continue the undo." in err
    assert the_entry().undo is UndoState.PARTLY


def test_two_undos_of_one_import_at_once_wait_for_each_other(
    sandbox: SandboxServer, imported: dict[str, Any], home: Path
) -> None:
    sandbox.faults.only_methods = frozenset({"DELETE"})
    sandbox.faults.delay_seconds = 0.05
    env = {**os.environ, "SOCIOCS_API_KEY": TEST_API_KEY, "SOCIOCS_IMPORTER_HOME": str(home)}
    command = [sys.executable, "-m", "importer.cli", "undo", the_entry().id, "--yes"]
    runs = [
        subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    outs = [run.communicate(timeout=120)[0] for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outs
    assert sandbox.store.contacts() == imported
    assert sandbox.store.requests_to("DELETE", "/contacts/") == 7 + 3, "no DELETE sent twice"
    assert the_entry().undo is UndoState.UNDONE


def test_an_import_of_numbers_from_other_countries_is_undone_and_compared_by_their_numbers(
    sandbox: SandboxServer, home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Sent under the default dial code 1, a +33 or +44 contact is stored as "33…" beside
    "1": read back, it is that number (not +1 33…), so the second look finds it unchanged and
    the undo deletes it and says so only once Sociocs no longer holds it."""
    source = tmp_path / "mixed.csv"
    source.write_text(
        "Name,Phone\nUa,(415) 555-2671\nUb,+33 6 99 88 77 66\nUc,+44 7911 123456\n",
        encoding="utf-8",
    )
    command = ["upload", str(source), "--api-url", sandbox.url, "--list-id", "0"]
    assert main([*command, "--yes"]) == 0
    assert len(sandbox.store.contacts()) == 3
    capsys.readouterr()
    assert main([*command, "--dry-run", "--json"]) == 0
    plan = json.loads(capsys.readouterr().out)
    assert (plan["new"], plan["unchanged"]) == (0, 3)
    assert main(["undo", the_entry().id, "--yes"]) == 0
    assert sandbox.store.contacts() == {}
    assert the_entry().undo is UndoState.UNDONE
