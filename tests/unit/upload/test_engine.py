"""The upload engine over real HTTP against the sandbox: batches, retries, bisection, resume."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from importer.api.client import SociocsClient
from importer.check.issues import Issue, Outcome, Severity
from importer.jobs.backoff import BackoffPolicy
from importer.jobs.decisions import AutoDecider, RetryKind
from importer.jobs.progress import JobState
from importer.jobs.stops import StopKind
from importer.sandbox.server import SandboxServer
from importer.upload.engine import BulkClient, UploadEngine
from importer.upload.journal import Journal, JournalError
from importer.upload.progress import UploadProgress
from tests.helpers.sandbox import TEST_API_KEY
from tests.helpers.upload_faults import FakeTime, RecordingDecider
from tests.helpers.upload_rows import expected_contacts, make_result, phone_of

LIST_ID = 10001


def make_engine(
    client: BulkClient,
    count: int,
    *,
    decider: RecordingDecider | None = None,
    fake_time: FakeTime | None = None,
    **kwargs: object,
) -> tuple[UploadEngine, RecordingDecider]:
    result = kwargs.pop("result", None) or make_result(count)
    decider = decider or RecordingDecider()
    fake_time = fake_time or FakeTime()
    engine = UploadEngine(
        client,
        result,  # type: ignore[arg-type]
        list_id=LIST_ID,
        phone_number_cc="1",
        decider=decider,
        clock=fake_time.clock,
        sleeper=fake_time.sleep,
        **kwargs,  # type: ignore[arg-type]
    )
    return engine, decider


def test_every_ready_row_is_uploaded_in_batches_of_the_documented_shape(
    sandbox: SandboxServer, client: SociocsClient
) -> None:
    result = make_result(25, invalid={3}, duplicate={4})
    reports: list[UploadProgress] = []
    engine, _ = make_engine(client, 0, result=result, batch_size=10, progress=reports.append)
    summary = engine.run()
    assert (summary.uploaded, summary.invalid, summary.duplicate, summary.not_sent) == (23, 1, 1, 0)
    assert not summary.stopped
    assert engine.outcomes[3] is Outcome.INVALID and engine.outcomes[4] is Outcome.DUPLICATE
    assert sandbox.store.contacts() == expected_contacts(result, LIST_ID)
    assert sandbox.store.request_count == 3
    request = sandbox.store.last_request
    assert request is not None
    body = json.loads(request.body)
    assert list(body) == ["list_id", "phone_number_cc", "records"]
    assert (body["list_id"], body["phone_number_cc"]) == (LIST_ID, "1")
    assert body["records"][0] == {
        "phone_number": phone_of(22),
        "name": "Person 22",
        "extra_fields": {"city": "City 1"},
    }
    final = reports[-1]
    assert (final.rows_done, final.rows_total, final.batches_done, final.batches_total) == (
        23,
        23,
        3,
        3,
    )
    assert final.state is JobState.FINISHED and final.eta_seconds == 0.0


def test_the_summary_counts_the_uploaded_rows_that_had_a_note(client: SociocsClient) -> None:
    result = make_result(6, invalid={1}, duplicate={2})
    note = Issue(2, "A", Severity.WARNING, "leading_zero_restored", "The leading 0 was put back.")
    for index in (0, 1, 2, 5):
        result.issues[index] = [note]
    unverified = Issue(2, "A", Severity.WARNING, "unverified_number", "Not a number in use.")
    result.issues[3] = [unverified, note]
    engine, _ = make_engine(client, 0, result=result)
    summary = engine.run()
    assert (summary.uploaded, summary.noted, summary.unverified) == (4, 3, 1)


@pytest.mark.parametrize("style", ["seconds", "http-date"])
def test_rate_limit_waits_what_retry_after_says(
    sandbox: SandboxServer, client: SociocsClient, style: str
) -> None:
    sandbox.faults.rate_limit_next = 2
    sandbox.faults.retry_after = style
    sandbox.faults.retry_after_seconds = 30
    fake_time = FakeTime()
    engine, decider = make_engine(client, 5, fake_time=fake_time)
    summary = engine.run()
    assert summary.uploaded == 5
    assert [e.kind for e in decider.events] == [RetryKind.RATE_LIMITED] * 2
    for event in decider.events:
        assert 28.0 <= event.delay_seconds <= 31.0
        assert not event.exhausted
    assert decider.events[0].message.startswith("Sociocs asked us to slow down. Retrying in 0:")
    assert decider.events[0].message.endswith("— nothing is lost.")
    assert 56.0 <= fake_time.slept <= 62.0


def test_rate_limit_without_header_backs_off_exponentially(
    sandbox: SandboxServer, client: SociocsClient
) -> None:
    sandbox.faults.rate_limit_next = 4
    sandbox.faults.retry_after = None
    engine, decider = make_engine(
        client, 5, policy=BackoffPolicy(base_seconds=2.0, cap_seconds=5.0)
    )
    assert engine.run().uploaded == 5
    ceilings = [2.0, 4.0, 5.0, 5.0]
    assert [e.attempt for e in decider.events] == [1, 2, 3, 4]
    for event, ceiling in zip(decider.events, ceilings, strict=True):
        assert 0.0 <= event.delay_seconds <= ceiling


def test_server_error_burst_is_retried(sandbox: SandboxServer, client: SociocsClient) -> None:
    sandbox.faults.server_error_next = 3
    engine, decider = make_engine(client, 5)
    assert engine.run().uploaded == 5
    assert [e.kind for e in decider.events] == [RetryKind.SERVER_ERROR] * 3
    assert sandbox.store.contacts().keys() == {phone_of(i) for i in range(5)}


def test_endless_server_errors_stop_after_the_automatic_retries(
    sandbox: SandboxServer, client: SociocsClient
) -> None:
    sandbox.faults.server_error_next = 100
    result = make_result(30)
    engine, decider = make_engine(client, 0, result=result, batch_size=10)
    summary = engine.run()
    assert summary.stop_kind is StopKind.GAVE_UP
    assert "stopped after 6 tries" in summary.stop_message
    assert [e.exhausted for e in decider.events] == [False] * 5 + [True]
    assert summary.not_sent == 30 and summary.uploaded == 0
    assert engine.messages[0].startswith("Not sent: Sociocs had a problem on its side.")


def test_keep_trying_after_exhaustion_starts_a_new_round(
    sandbox: SandboxServer, client: SociocsClient
) -> None:
    sandbox.faults.server_error_next = 8
    engine, decider = make_engine(client, 5, decider=RecordingDecider(keep_trying=True))
    assert engine.run().uploaded == 5
    assert [e.attempt for e in decider.events] == [1, 2, 3, 4, 5, 6, 1, 2]


def test_connection_reset_is_retried(sandbox: SandboxServer, client: SociocsClient) -> None:
    sandbox.faults.drop_connection_next = 2
    engine, decider = make_engine(client, 5)
    assert engine.run().uploaded == 5
    assert [e.kind for e in decider.events] == [RetryKind.NETWORK] * 2
    assert decider.events[0].message.startswith("Could not reach Sociocs")


def test_reply_lost_after_commit_is_resent_harmlessly(
    sandbox: SandboxServer, client: SociocsClient
) -> None:
    sandbox.faults.lose_reply_next = 1
    result = make_result(20)
    engine, decider = make_engine(client, 0, result=result, batch_size=10)
    assert engine.run().uploaded == 20
    assert [e.kind for e in decider.events] == [RetryKind.NETWORK]
    assert sandbox.store.request_count == 3
    assert sandbox.store.contacts() == expected_contacts(result, LIST_ID)


def test_one_bad_record_among_ten_thousand_is_isolated(
    sandbox: SandboxServer, client: SociocsClient
) -> None:
    result = make_result(10_000, server_rejects={4711})
    engine, _ = make_engine(client, 0, result=result)
    summary = engine.run()
    assert (summary.uploaded, summary.rejected) == (9_999, 1)
    assert engine.outcomes[4711] is Outcome.REJECTED
    assert "not a valid phone number" in engine.messages[4711]
    assert list(engine.messages) == [4711]
    assert sandbox.store.request_count <= 1 + 2 * 14
    assert sandbox.store.contacts() == expected_contacts(result, LIST_ID)


def test_auth_failure_stops_and_resume_with_the_journal_finishes(
    sandbox: SandboxServer, client: SociocsClient, tmp_path: Path
) -> None:
    result = make_result(50)

    def fail_auth_after_two_batches(progress: UploadProgress) -> None:
        if progress.batches_done == 2 and progress.state is JobState.RUNNING:
            sandbox.faults.auth_fail_next = 1

    journal = Journal.open(tmp_path, "id", file_name="contacts.csv", rows_total=50)
    engine, _ = make_engine(
        client,
        0,
        result=result,
        batch_size=10,
        journal=journal,
        progress=fail_auth_after_two_batches,
    )
    summary = engine.run()
    assert summary.stop_kind is StopKind.AUTH
    assert (summary.uploaded, summary.not_sent) == (20, 30)
    assert "did not accept the API key" in summary.stop_message

    journal = Journal.open(tmp_path, "id", file_name="contacts.csv", rows_total=50)
    assert journal.acknowledged_rows() == set(range(20))
    resumed, _ = make_engine(client, 0, result=result, batch_size=10, journal=journal)
    assert resumed.run().uploaded == 50
    assert sandbox.store.request_count == 2 + 1 + 3
    assert sandbox.store.contacts() == expected_contacts(result, LIST_ID)


def test_auth_failure_continues_with_a_new_key(sandbox: SandboxServer) -> None:
    wrong = SociocsClient("wrong:key", sandbox.url)
    decider = RecordingDecider(new_key=TEST_API_KEY)
    engine, _ = make_engine(
        wrong, 5, decider=decider, reconnect=lambda key: SociocsClient(key, sandbox.url)
    )
    assert engine.run().uploaded == 5
    assert decider.auth_asked == 1


def test_wrong_api_address_stops_with_a_hint(sandbox: SandboxServer) -> None:
    engine, _ = make_engine(SociocsClient(TEST_API_KEY, sandbox.url + "/nothing-here"), 5)
    summary = engine.run()
    assert summary.stop_kind is StopKind.ENDPOINT_NOT_FOUND
    assert "check the api address" in summary.stop_message.lower()
    assert summary.not_sent == 5


def test_journal_write_failure_stops_the_run(
    sandbox: SandboxServer, client: SociocsClient, tmp_path: Path
) -> None:
    journal = Journal.open(tmp_path, "id", file_name="contacts.csv", rows_total=30)

    def fail(_rows: object) -> None:
        raise JournalError("Could not save the upload progress: the disk is full.")

    journal.note_acknowledged = fail  # type: ignore[method-assign]
    engine, _ = make_engine(client, 0, result=make_result(30), batch_size=10, journal=journal)
    summary = engine.run()
    assert summary.stop_kind is StopKind.JOURNAL
    assert "disk is full" in summary.stop_message
    assert (summary.uploaded, summary.not_sent) == (10, 20)


def test_resume_skips_rows_recorded_as_rejected(
    sandbox: SandboxServer, client: SociocsClient, tmp_path: Path
) -> None:
    with Journal.open(tmp_path, "id", file_name="c.csv", rows_total=10) as journal:
        journal.note_acknowledged(range(5))
        journal.note_rejected([5], "bad number")
    journal = Journal.open(tmp_path, "id", file_name="c.csv", rows_total=10)
    engine, _ = make_engine(client, 10, journal=journal)
    summary = engine.run()
    assert (summary.uploaded, summary.rejected) == (9, 1)
    assert engine.messages == {5: "bad number"}
    assert sandbox.store.contacts().keys() == {phone_of(i) for i in range(6, 10)}


def test_batch_size_outside_the_api_limit_is_refused(client: SociocsClient) -> None:
    with pytest.raises(ValueError, match="batch_size"):
        make_engine(client, 1, batch_size=10_001)


def test_an_unknown_list_stops_instead_of_rejecting_every_row(
    sandbox: SandboxServer, client: SociocsClient
) -> None:
    engine = UploadEngine(
        client,
        make_result(1000),
        list_id=424242,
        phone_number_cc=None,
        decider=AutoDecider(),
    )
    summary = engine.run()
    assert summary.stop_kind is StopKind.API_ERROR
    assert "list_id 424242 does not exist" in summary.stop_message
    assert (summary.rejected, summary.not_sent) == (0, 1000)
    assert sandbox.store.request_count < 40


def test_many_bad_records_in_a_row_are_each_rejected(
    sandbox: SandboxServer, client: SociocsClient
) -> None:
    result = make_result(100, server_rejects=set(range(12)))
    engine, _ = make_engine(client, 0, result=result)
    summary = engine.run()
    assert (summary.uploaded, summary.rejected, summary.stopped) == (88, 12, False)
    assert sandbox.store.contacts() == expected_contacts(result, LIST_ID)


def test_a_value_json_cannot_carry_rejects_only_its_row_in_any_batch(
    sandbox: SandboxServer, client: SociocsClient
) -> None:
    result = make_result(30)
    result.extras["city"][5] = float("nan")
    result.extras["city"][25] = float("inf")
    engine, _ = make_engine(client, 0, result=result, batch_size=10)
    summary = engine.run()
    assert (summary.uploaded, summary.rejected) == (28, 2)
    assert sorted(engine.messages) == [5, 25]
    assert "cannot be sent" in engine.messages[25]
    assert len(sandbox.store.contacts()) == 28
