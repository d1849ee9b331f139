"""The whole undo through the pipeline: inspect, agree, undo, record — the steps the command
line runs in one go and the wizard runs in two workers."""

from __future__ import annotations

from pathlib import Path

from importer.api.client import SociocsClient
from importer.history.store import ImportHistory, UndoState
from importer.pipeline.importing import run_import
from importer.pipeline.outcome import ImportPlace
from importer.pipeline.undoing import Undoing, UndoRequest, run_undo
from importer.sandbox.server import SandboxServer
from tests.helpers.pipeline import ScriptedFrontEnd, ScriptedUndo, choices_for, contacts_file


def imported(client: SociocsClient, tmp_path: Path) -> ImportHistory:
    source = contacts_file(tmp_path / "contacts.csv", ["+1 617 200 0001", "+1 617 200 0002"])
    history = ImportHistory(tmp_path / "history.json")
    run_import(client, choices_for(source), ScriptedFrontEnd(), ImportPlace(tmp_path, history))
    return history


def test_an_agreed_undo_removes_what_the_import_created_and_is_recorded(
    sandbox: SandboxServer, client: SociocsClient, tmp_path: Path
) -> None:
    history = imported(client, tmp_path)
    (entry,) = history.entries()
    front = ScriptedUndo()
    end = run_undo(Undoing(UndoRequest(entry, history)), client, front)
    assert front.events == ["undo plan: 2 to delete", "confirm?"]
    assert front.jobs == ["undo", "undo"], "inspect, then execute"
    assert end.plan is not None and end.summary is not None and end.summary.complete
    assert sandbox.store.contacts() == {}
    (entry,) = history.entries()
    assert entry.undo is UndoState.UNDONE


def test_an_undo_not_agreed_to_changes_nothing(
    sandbox: SandboxServer, client: SociocsClient, tmp_path: Path
) -> None:
    history = imported(client, tmp_path)
    (entry,) = history.entries()
    end = run_undo(Undoing(UndoRequest(entry, history)), client, ScriptedUndo(confirm=False))
    assert end.plan is not None and end.summary is None
    assert len(sandbox.store.contacts()) == 2
    (entry,) = history.entries()
    assert entry.undo is UndoState.NOT_UNDONE
