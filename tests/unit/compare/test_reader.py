"""Reading the account over real HTTP: the fewest requests, the list's members, faults."""

from __future__ import annotations

import pytest

from importer.api.client import SociocsClient
from importer.compare.engine import CompareEngine, CompareProgress, CompareRun
from importer.compare.snapshot import ReadMethod
from importer.jobs.decisions import RetryKind
from importer.jobs.stops import StopKind
from importer.sandbox.faults import READ_METHODS
from importer.sandbox.server import SandboxServer
from tests.helpers.upload_faults import FakeTime, RecordingDecider

LIST_ID = 10001


def phone(index: int) -> str:
    return f"+1202{index:07d}"


def seed(sandbox: SandboxServer, count: int, list_id: int = 0, start: int = 0) -> None:
    for first in range(start, start + count, 10_000):
        last = min(first + 10_000, start + count)
        records = [{"phone_number": phone(i), "name": f"N{i}"} for i in range(first, last)]
        sandbox.store.upsert(list_id, records)


def compare(
    client: SociocsClient,
    phones: list[str],
    list_id: int | None = 0,
    decider: RecordingDecider | None = None,
    progress: list[CompareProgress] | None = None,
) -> CompareRun:
    fake_time = FakeTime()
    engine = CompareEngine(
        client,
        phones,
        list_id=list_id,
        decider=decider or RecordingDecider(),
        progress=None if progress is None else progress.append,
        clock=fake_time.clock,
        sleeper=fake_time.sleep,
    )
    return engine.run()


def test_a_few_numbers_in_a_big_account_are_searched(
    sandbox: SandboxServer, client: SociocsClient
) -> None:
    seed(sandbox, 20_000)
    wanted = [phone(5), phone(19_999), "+12029999999"]
    run = compare(client, wanted)
    assert run.snapshot is not None
    assert run.snapshot.method is ReadMethod.SEARCH
    assert set(run.snapshot.contacts) == {phone(5), phone(19_999)}
    assert run.snapshot.contacts[phone(5)].name == "N5"
    # the first page, probes at offsets 1999 and 3999, one search per number not on page one
    assert run.snapshot.requests == sandbox.store.request_count == 1 + 2 + 2


def test_many_numbers_are_found_by_reading_the_pages(
    sandbox: SandboxServer, client: SociocsClient
) -> None:
    seed(sandbox, 4_500)
    wanted = [phone(i) for i in range(0, 9_000, 3)]
    progress: list[CompareProgress] = []
    run = compare(client, wanted, progress=progress)
    assert run.snapshot is not None and run.snapshot.method is ReadMethod.PAGES
    assert len(run.snapshot.contacts) == 1_500
    # the first page, probes at offsets 1999, 3999 (found) and 7999, then four more pages
    assert sandbox.store.request_count == run.snapshot.requests == 1 + 3 + 4
    assert run.snapshot.contacts_read == 4_500 + 2
    last = progress[-1]
    assert last.state.value == "finished" and last.step is not None
    assert (last.step.numbers_found, last.step.numbers_total) == (1_500, 3_000)


def test_reading_stops_once_every_number_is_found(
    sandbox: SandboxServer, client: SociocsClient
) -> None:
    seed(sandbox, 9_000)
    run = compare(client, [phone(i) for i in range(1_500)])
    assert run.snapshot is not None and len(run.snapshot.contacts) == 1_500
    # the first page, four probes, one more page: the last 500 numbers are on it
    assert sandbox.store.request_count == run.snapshot.requests == 1 + 4 + 1


def test_the_list_is_read_for_who_is_in_it(sandbox: SandboxServer, client: SociocsClient) -> None:
    seed(sandbox, 30, LIST_ID)
    seed(sandbox, 30, 0, start=30)
    wanted = [phone(i) for i in (3, 40, 70)]
    run = compare(client, wanted, LIST_ID)
    assert run.snapshot is not None
    assert set(run.snapshot.contacts) == {phone(3), phone(40)}
    assert run.snapshot.in_list == {phone(3)}
    assert run.snapshot.is_in_list(phone(3)) and not run.snapshot.is_in_list(phone(40))
    assert run.snapshot.requests == 3  # the list, a probe past it, All Contacts


def test_a_list_holding_every_contact_is_read_once(
    sandbox: SandboxServer, client: SociocsClient
) -> None:
    seed(sandbox, 2_500, LIST_ID)
    run = compare(client, [phone(10), "+12029999999"], LIST_ID)
    assert run.snapshot is not None and set(run.snapshot.contacts) == {phone(10)}
    assert run.snapshot.requests == 3 + 1  # three pages of the list, one probe past it


def test_a_list_still_to_be_created_has_nobody_in_it(
    sandbox: SandboxServer, client: SociocsClient
) -> None:
    seed(sandbox, 3)
    run = compare(client, [phone(1), phone(2)], None)
    assert run.snapshot is not None and run.snapshot.in_list == set()
    assert len(run.snapshot.contacts) == 2 and run.snapshot.requests == 1


def test_a_search_with_many_partial_matches_is_paged(
    sandbox: SandboxServer, client: SociocsClient
) -> None:
    seed(sandbox, 1_000)
    longer = [{"phone_number": f"+1202000000{i:02d}{i:02d}"} for i in range(25)]
    sandbox.store.upsert(0, longer)
    run = compare(client, ["+12020000009"])
    assert run.snapshot is not None and run.snapshot.method is ReadMethod.SEARCH
    assert set(run.snapshot.contacts) == {"+12020000009"}
    absent = compare(client, ["+1202000000"])
    assert absent.snapshot is not None and absent.snapshot.contacts == {}
    assert absent.snapshot.requests == 2


@pytest.mark.parametrize(
    ("fault", "kind"),
    [
        ("rate_limit_next", RetryKind.RATE_LIMITED),
        ("server_error_next", RetryKind.SERVER_ERROR),
        ("drop_connection_next", RetryKind.NETWORK),
        ("lose_reply_next", RetryKind.NETWORK),
    ],
)
def test_reads_that_fail_are_retried(
    sandbox: SandboxServer, client: SociocsClient, fault: str, kind: RetryKind
) -> None:
    seed(sandbox, 2_500)
    setattr(sandbox.faults, fault, 3)
    sandbox.faults.only_methods = READ_METHODS
    decider = RecordingDecider()
    run = compare(client, [phone(i) for i in range(0, 2_500, 2)], decider=decider)
    assert run.snapshot is not None and len(run.snapshot.contacts) == 1_250
    assert [e.kind for e in decider.events] == [kind] * 3
    assert decider.events[0].message.endswith("nothing is lost.")


def test_endless_server_errors_stop_the_comparison_naming_it(
    sandbox: SandboxServer, client: SociocsClient
) -> None:
    sandbox.faults.server_error_next = 100
    run = compare(client, [phone(1)])
    assert run.snapshot is None and run.stop_kind is StopKind.GAVE_UP
    assert "Reading the contacts in Sociocs stopped after 6 tries; nothing was sent." in (
        run.stop_message
    )
    assert "(HTTP 503)" in run.stop_message


def test_a_refused_key_is_replaced_by_the_one_the_user_gives(
    sandbox: SandboxServer, client: SociocsClient
) -> None:
    seed(sandbox, 3)
    sandbox.faults.auth_fail_next = 1
    engine = CompareEngine(
        client,
        [phone(1)],
        list_id=0,
        decider=RecordingDecider(new_key=sandbox.api_key),
        reconnect=lambda key: SociocsClient(key, sandbox.url),
    )
    run = engine.run()
    assert run.snapshot is not None and set(run.snapshot.contacts) == {phone(1)}


def test_cancel_stops_before_the_next_request(
    sandbox: SandboxServer, client: SociocsClient
) -> None:
    seed(sandbox, 3_000)
    engine: CompareEngine

    def cancel_after_first(progress: CompareProgress) -> None:
        if progress.step is not None and progress.step.requests == 1:
            engine.cancel()

    engine = CompareEngine(
        client,
        [phone(i) for i in range(0, 3_000, 2)],
        list_id=0,
        decider=RecordingDecider(),
        progress=cancel_after_first,
    )
    run = engine.run()
    assert run.stop_kind is StopKind.CANCELLED and "nothing was sent" in run.stop_message
    assert sandbox.store.request_count == 1
