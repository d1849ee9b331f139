"""Undo over real HTTP: after keep, replace or skip the account is exactly as before; contacts
changed since are left alone unless insisted; faults are ridden out; a stopped undo resumes."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from importer.api.client import SociocsClient
from importer.choices import ExistingPolicy
from importer.history.store import ImportHistory
from importer.jobs.decisions import RetryKind
from importer.jobs.stops import StopKind
from importer.sandbox.faults import WRITE_METHODS
from importer.sandbox.server import SandboxServer
from importer.undo.backup import backup_path, read_backup
from importer.undo.engine import UndoEngine, UndoProgress, UndoSummary
from importer.undo.undo_journal import UndoJournal
from importer.undo.undo_plan import CHANGED_SINCE, DELETED_SINCE, UndoPlan
from tests.helpers.existing_account import (
    LIST_ID,
    MORE_FIELDS,
    file_rows,
    import_planned,
    plan_for,
    seed_account,
)
from tests.helpers.upload_faults import FakeTime, RecordingDecider
from tests.helpers.upload_rows import phone_of


@pytest.fixture
def before(sandbox: SandboxServer) -> dict[str, Any]:
    seed_account(sandbox.store)
    return copy.deepcopy(sandbox.store.contacts())


def imported(client: SociocsClient, folder: Path, existing: ExistingPolicy, **kwargs: bool) -> str:
    result = file_rows()
    plan = plan_for(client, result, existing, **kwargs)
    import_id, summary = import_planned(client, result, plan, folder, ImportHistory(folder / "h"))
    assert not summary.stopped
    return import_id


def undo(
    client: SociocsClient,
    folder: Path,
    import_id: str,
    *,
    insist: bool = False,
    decider: RecordingDecider | None = None,
    progress: list[UndoProgress] | None = None,
) -> tuple[UndoPlan, UndoSummary]:
    backup = read_backup(backup_path(folder, import_id))
    fake_time = FakeTime()
    with UndoJournal.open(folder, import_id) as journal:
        engine = UndoEngine(
            client,
            backup,
            journal=journal,
            decider=decider or RecordingDecider(),
            insist=insist,
            progress=None if progress is None else progress.append,
            clock=fake_time.clock,
            sleeper=fake_time.sleep,
        )
        plan = engine.inspect()
        assert isinstance(plan, UndoPlan), plan
        return plan, engine.execute(plan)


@pytest.mark.parametrize("existing", list(ExistingPolicy))
def test_undo_leaves_the_account_exactly_as_before(
    sandbox: SandboxServer,
    client: SociocsClient,
    tmp_path: Path,
    before: dict[str, Any],
    existing: ExistingPolicy,
) -> None:
    import_id = imported(client, tmp_path, existing)
    assert sandbox.store.contacts() != before
    progress: list[UndoProgress] = []
    plan, summary = undo(client, tmp_path, import_id, progress=progress)
    assert summary.complete and not summary.left_alone
    assert len(plan.delete) == summary.deleted == 4  # rows 7-10 were created
    assert sandbox.store.contacts() == before
    assert progress[-1].state.value == "finished"


def test_skipped_contacts_added_to_the_list_are_taken_out_again(
    sandbox: SandboxServer, client: SociocsClient, tmp_path: Path, before: dict[str, Any]
) -> None:
    import_id = imported(client, tmp_path, ExistingPolicy.SKIP, add_skipped_to_list=True)
    assert LIST_ID in sandbox.store.contacts()[phone_of(6)]["lists"]
    plan, summary = undo(client, tmp_path, import_id)
    assert [row.phone for row in plan.unlist] == [phone_of(6)] and summary.unlisted == 1
    assert sandbox.store.contacts() == before


def test_contacts_changed_since_are_left_alone_unless_insisted(
    sandbox: SandboxServer, client: SociocsClient, tmp_path: Path, before: dict[str, Any]
) -> None:
    import_id = imported(client, tmp_path, ExistingPolicy.KEEP)
    sandbox.store.update_contact(phone_of(8), {"name": "Edited after the import"})
    sandbox.store.update_contact(phone_of(2), {"extra_fields": {"city": "Moved"}})
    sandbox.store.delete_contact(phone_of(3), 0)
    plan, summary = undo(client, tmp_path, import_id)
    phones = {row.index: row.phone for row in read_backup(backup_path(tmp_path, import_id)).rows}
    left = {phones[index]: reason for index, reason in summary.left_alone.items()}
    assert left == {
        phone_of(8): CHANGED_SINCE,
        phone_of(2): CHANGED_SINCE,
        phone_of(3): DELETED_SINCE,
    }
    assert not summary.complete
    now = sandbox.store.contacts()
    assert now[phone_of(8)]["name"] == "Edited after the import"
    assert now[phone_of(2)]["extra_fields"] == {"city": "Moved"}
    assert now[phone_of(MORE_FIELDS[0])] == before[phone_of(MORE_FIELDS[0])]

    plan, summary = undo(client, tmp_path, import_id, insist=True)
    assert summary.complete and plan.already > 0
    expected = copy.deepcopy(before)
    expected[phone_of(3)]["lists"] = set()  # recreated: its list membership was deleted with it
    assert sandbox.store.contacts() == expected


@pytest.mark.parametrize(
    ("fault", "kind"),
    [
        ("rate_limit_next", RetryKind.RATE_LIMITED),
        ("server_error_next", RetryKind.SERVER_ERROR),
        ("drop_connection_next", RetryKind.NETWORK),
        ("lose_reply_next", RetryKind.NETWORK),
    ],
)
def test_faults_during_the_undo_are_ridden_out(
    sandbox: SandboxServer,
    client: SociocsClient,
    tmp_path: Path,
    before: dict[str, Any],
    fault: str,
    kind: RetryKind,
) -> None:
    import_id = imported(client, tmp_path, ExistingPolicy.REPLACE)
    setattr(sandbox.faults, fault, 4)
    decider = RecordingDecider()
    _, summary = undo(client, tmp_path, import_id, decider=decider)
    assert summary.complete
    assert [event.kind for event in decider.events] == [kind] * 4
    assert sandbox.store.contacts() == before


def test_a_stopped_undo_continues_where_it_stopped(
    sandbox: SandboxServer, client: SociocsClient, tmp_path: Path, before: dict[str, Any]
) -> None:
    import_id = imported(client, tmp_path, ExistingPolicy.KEEP)
    sandbox.faults.server_error_next, sandbox.faults.only_methods = 1000, WRITE_METHODS
    _, stopped = undo(client, tmp_path, import_id)
    assert stopped.stop_kind is StopKind.GAVE_UP
    assert "The undo stopped after 6 tries; what was already undone is kept." in (
        stopped.stop_message
    )
    sandbox.faults.server_error_next = 0
    _, summary = undo(client, tmp_path, import_id)
    assert summary.complete
    assert sandbox.store.contacts() == before
    _, again = undo(client, tmp_path, import_id)
    assert again.complete and (again.deleted, again.restored) == (0, 0)
    assert sandbox.store.contacts() == before
