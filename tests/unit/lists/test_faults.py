"""Faults while lists are made and contacts added to them, injected by the sandbox into those
requests only (``FaultPlan.only_paths``): rate limits, server errors, lost replies and answers
that confirm nothing are waited out or read back, and the contacts still end in exactly their
lists, with no list made twice; a name or a number Sociocs refuses is said in words."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from importer.api.client import SociocsClient
from importer.check.run import run_check
from importer.compare.engine import CompareEngine
from importer.compare.plan import PlannedRows
from importer.jobs.stops import StopKind
from importer.lists.record import ListsRecord
from importer.pipeline.importing import plan_for
from importer.sandbox import contact_routes
from importer.sandbox.replies import Reply, failure
from importer.sandbox.server import SandboxServer
from importer.sandbox.store import SandboxStore
from importer.upload.engine import UploadEngine
from importer.upload.summary import UploadSummary
from tests.helpers.group_exports import GROUP_FILES, MEMBERSHIPS, PHONES, memberships
from tests.helpers.pipeline import choices_for
from tests.helpers.upload_faults import FakeTime, RecordingDecider

OWN_LIST = 10001
ADD = "/contacts/add-to-list"


def import_with_faults(
    client: SociocsClient, tmp_path: Path, **engine: Any
) -> tuple[UploadEngine, UploadSummary]:
    """The Outlook file with categories, compared and uploaded on a fake clock (its lists
    recorded beside)."""
    path = GROUP_FILES["outlook"].write(tmp_path)
    choices = choices_for(path, OWN_LIST, "Newsletter")
    result = run_check(choices)
    phones = [result.phones[i] or "" for i in result.ready_indices()]
    groups = ["VIP", "Team"]
    run = CompareEngine(
        client, phones, list_id=OWN_LIST, decider=RecordingDecider(), groups=groups
    ).run()
    assert run.snapshot is not None
    plan = plan_for(result, run.snapshot, choices)
    fake = FakeTime()
    with ListsRecord.open(tmp_path, "import") as record:
        upload = UploadEngine(
            client,
            PlannedRows(result, plan),
            list_id=OWN_LIST,
            phone_number_cc="1",
            decider=engine.pop("decider", RecordingDecider()),
            settled=plan.settled(),
            lists=plan.list_work(),
            lists_record=record,
            clock=fake.clock,
            sleeper=fake.sleep,
            **engine,
        )
        return upload, upload.run()


def names_of(store: SandboxStore) -> dict[int, str]:
    return {item["id"]: "" if item["id"] == OWN_LIST else item["name"] for item in store.lists()}


def assert_exact(store: SandboxStore) -> None:
    assert memberships(store.contacts(), names_of(store)) == MEMBERSHIPS
    names = [item["name"] for item in store.lists()]
    assert names.count("VIP") == names.count("Team") == 1, names


@pytest.mark.parametrize(
    ("fault", "path"),
    [
        ({"rate_limit_next": 3, "retry_after_seconds": 7}, ADD),
        ({"server_error_next": 2}, ADD),
        ({"drop_connection_next": 1}, ADD),
        ({"lose_reply_next": 1}, ADD),
        ({"rate_limit_next": 2}, "/lists"),
        ({"server_error_next": 2}, "/lists"),
        ({"lose_reply_next": 1}, "/lists"),
    ],
    ids=[
        "add-429",
        "add-503",
        "add-reset",
        "add-reply-lost",
        "create-429",
        "create-503",
        "create-reply-lost",
    ],
)
def test_faults_on_lists_are_waited_out_and_end_exact(
    sandbox: SandboxServer,
    client: SociocsClient,
    tmp_path: Path,
    fault: dict[str, int],
    path: str,
) -> None:
    plan = sandbox.faults
    plan.only_paths = frozenset({path})
    plan.only_methods = frozenset({"POST"})
    for name, value in fault.items():
        setattr(plan, name, value)
    decider = RecordingDecider()
    _engine, summary = import_with_faults(client, tmp_path, decider=decider)
    assert not summary.stopped, summary.stop_message
    assert decider.events, "the fault was met and waited out"
    assert_exact(sandbox.store)
    assert (summary.listed, summary.list_refused, summary.list_missing) == (5, 0, 0)


@pytest.mark.parametrize("body", [{}, {"status": "fail"}, {"success": False}])
def test_an_addition_answered_oddly_is_read_back(
    sandbox: SandboxServer,
    client: SociocsClient,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    body: dict[str, object],
) -> None:
    """An answer that confirms nothing: the list is read, what it holds counts, the rest is
    sent again (here: the first answer lies — nothing was added)."""
    answers = [body]
    original = contact_routes.add_to_list

    def odd(store: SandboxStore, raw: bytes) -> Reply:
        if answers:
            answers.pop()
            return Reply(200, body)
        return original(store, raw)

    monkeypatch.setattr(contact_routes, "add_to_list", odd)
    _engine, summary = import_with_faults(client, tmp_path)
    assert not summary.stopped, summary.stop_message
    assert_exact(sandbox.store)
    assert sandbox.store.requests_to("POST", ADD) == 2


def test_a_number_refused_for_a_list_is_said_on_its_row(
    sandbox: SandboxServer,
    client: SociocsClient,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    original = contact_routes.add_to_list
    refused = PHONES["Ann"]

    def refusing(store: SandboxStore, raw: bytes) -> Reply:
        if refused.lstrip("+").encode() in raw.replace(b"+", b""):
            return failure(400, f"{refused} is blocked.")
        return original(store, raw)

    monkeypatch.setattr(contact_routes, "add_to_list", refusing)
    engine, summary = import_with_faults(client, tmp_path)
    assert (summary.listed, summary.list_refused, summary.list_missing) == (4, 1, 0)
    assert engine.lists is not None
    ((_target, _row), message) = next(iter(engine.lists.refused.items()))
    assert message == f'Sociocs refused to add row 2 to the list "Team": {refused} is blocked.'
    lists = {p: c["lists"] for p, c in sandbox.store.contacts().items()}
    assert len(lists[refused]) == 1, "Ann is in VIP, not in Team"


def test_a_list_name_sociocs_refuses_stops_before_any_contact_is_sent(
    sandbox: SandboxServer, client: SociocsClient, tmp_path: Path
) -> None:
    sandbox.store.list_name_limit = 3
    _engine, summary = import_with_faults(client, tmp_path)
    assert summary.stop_kind is StopKind.API_ERROR
    assert summary.stop_message.startswith(
        'Sociocs refused to create the list "Team": name must be at most 3 characters.'
    )
    assert "No contact was sent." in summary.stop_message
    assert sandbox.store.contacts() == {} and summary.not_sent == 4
