"""FaultPlan decisions and their thread-safe counters."""

from __future__ import annotations

import email.utils
import threading
import time

from importer.sandbox.faults import READ_METHODS, FaultPlan


def test_no_faults_by_default() -> None:
    plan = FaultPlan()
    for _ in range(5):
        decision = plan.before_request()
        assert (decision.drop, decision.status, decision.delay) == (False, None, 0.0)
    assert not plan.take_lose_reply()


def test_next_counters_fire_exactly_n_times() -> None:
    plan = FaultPlan(drop_connection_next=1, auth_fail_next=1, rate_limit_next=1)
    plan.server_error_next = 1
    kinds = []
    for _ in range(5):
        decision = plan.before_request()
        kinds.append("drop" if decision.drop else decision.status)
    assert kinds == ["drop", 401, 429, 503, None]


def test_retry_after_forms() -> None:
    plan = FaultPlan(rate_limit_next=3, retry_after_seconds=20)
    assert plan.before_request().headers == (("Retry-After", "20"),)
    plan.retry_after = "http-date"
    ((name, value),) = plan.before_request().headers
    assert name == "Retry-After"
    assert abs(email.utils.parsedate_to_datetime(value).timestamp() - (time.time() + 20)) <= 2
    plan.retry_after = None
    assert plan.before_request().headers == ()


def test_rate_limit_per_minute_counts_admitted_requests() -> None:
    plan = FaultPlan(rate_limit_per_minute=3)
    statuses = [plan.before_request().status for _ in range(5)]
    assert statuses == [None, None, None, 429, 429]
    ((_, seconds),) = plan.before_request().headers
    assert 1 <= int(seconds) <= 60


def test_server_error_every_nth_with_configured_status() -> None:
    plan = FaultPlan(server_error_every=2, server_error_status=502)
    assert [plan.before_request().status for _ in range(4)] == [None, 502, None, 502]


def test_lose_reply_counter() -> None:
    plan = FaultPlan(lose_reply_next=2)
    assert [plan.take_lose_reply() for _ in range(3)] == [True, True, False]


def test_counters_are_exact_across_threads() -> None:
    plan = FaultPlan(rate_limit_next=500)
    limited = []
    lock = threading.Lock()

    def hammer() -> None:
        mine = sum(plan.before_request().status == 429 for _ in range(200))
        with lock:
            limited.append(mine)

    threads = [threading.Thread(target=hammer) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sum(limited) == 500
    assert plan.rate_limit_next == 0


def test_delay_is_reported_with_the_decision() -> None:
    plan = FaultPlan(delay_seconds=0.25, server_error_next=1)
    assert plan.before_request().delay == 0.25
    assert plan.before_request().delay == 0.25


def test_faults_can_be_limited_to_reads() -> None:
    plan = FaultPlan(server_error_next=2, lose_reply_next=1, only_methods=READ_METHODS)
    assert plan.before_request("POST").status is None
    assert not plan.take_lose_reply("DELETE")
    assert [plan.before_request("GET").status for _ in range(3)] == [503, 503, None]
    assert plan.take_lose_reply("GET")


def test_faults_can_be_limited_to_some_endpoints() -> None:
    plan = FaultPlan(
        rate_limit_next=1, lose_reply_next=1, only_paths=frozenset({"/contacts/add-to-list"})
    )
    assert plan.before_request("POST", "/contacts/bulk").status is None
    assert plan.before_request("POST", "/lists").status is None
    assert not plan.take_lose_reply("POST", "/contacts/bulk")
    assert plan.before_request("POST", "/contacts/add-to-list").status == 429
    assert plan.take_lose_reply("POST", "/contacts/add-to-list")
    assert plan.before_request("POST", "/contacts/add-to-list").status is None
