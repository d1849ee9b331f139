"""The sandbox over raw HTTP: authentication, endpoints, answers and transactions."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
import requests

from importer.sandbox.server import SandboxServer
from tests.helpers.sandbox import TEST_API_KEY

USER, _, PASSWORD = TEST_API_KEY.partition(":")


def _call(
    sandbox: SandboxServer, method: str, path: str, *, key: str | None = TEST_API_KEY, **kw: Any
) -> requests.Response:
    headers = {} if key is None else {"apikey": key}
    return requests.request(method, sandbox.url + path, headers=headers, timeout=10, **kw)


def _records(count: int, start: int = 0) -> list[dict[str, Any]]:
    return [{"phone_number": f"+1617{i:07d}", "name": f"N{i}"} for i in range(start, start + count)]


def test_header_key_and_basic_auth_are_accepted(sandbox: SandboxServer) -> None:
    assert _call(sandbox, "GET", "/lists").status_code == 200
    basic = requests.get(sandbox.url + "/lists", auth=(USER, PASSWORD), timeout=10)
    assert basic.status_code == 200
    assert basic.json()["data"][0] == {"id": 0, "name": "All Contacts"}


@pytest.mark.parametrize(
    "auth",
    [{"key": None}, {"key": "test-user:wrong"}, {"key": None, "auth": ("test-user", "wrong")}],
)
def test_missing_or_wrong_key_is_401(sandbox: SandboxServer, auth: dict[str, Any]) -> None:
    answer = _call(sandbox, "GET", "/lists", **auth)
    assert answer.status_code == 401
    assert answer.json() == {
        "status": "error",
        "errors": [{"msg": "Authentication failed. Check apikey header."}],
    }


def test_unknown_paths_and_methods_are_404(sandbox: SandboxServer) -> None:
    assert _call(sandbox, "GET", "/nothing").status_code == 404
    assert _call(sandbox, "DELETE", "/lists/10001").status_code == 404
    assert _call(sandbox, "GET", "/contacts/bulk/x").status_code == 404


def test_malformed_json_is_400(sandbox: SandboxServer) -> None:
    answer = _call(sandbox, "POST", "/contacts/bulk", data=b'{"records": [')
    assert answer.status_code == 400
    assert answer.json()["errors"] == [{"msg": "The request body is not valid JSON."}]


def test_non_standard_json_constants_are_400(sandbox: SandboxServer) -> None:
    body = b'{"records": [{"phone_number": "+16175551212", "extra_fields": {"x": NaN}}]}'
    assert _call(sandbox, "POST", "/contacts/bulk", data=body).status_code == 400
    assert sandbox.store.contacts() == {}


def test_utf16_json_is_understood(sandbox: SandboxServer) -> None:
    body = '{"records": [{"phone_number": "+16175551212", "name": "Zoë"}]}'.encode("utf-16")
    assert _call(sandbox, "POST", "/contacts/bulk", data=body).status_code == 200
    assert sandbox.store.contacts()["+16175551212"]["name"] == "Zoë"


def test_one_bad_record_stores_nothing(sandbox: SandboxServer) -> None:
    records = [*_records(9_999), {"phone_number": "oops"}]
    answer = _call(sandbox, "POST", "/contacts/bulk", json={"records": records})
    assert answer.status_code == 400
    assert [e["msg"] for e in answer.json()["errors"]] == [
        "records[9999]: phone_number 'oops' is not a valid phone number."
    ]
    assert sandbox.store.contacts() == {}


def test_bulk_success_answer_and_paging(sandbox: SandboxServer) -> None:
    answer = _call(
        sandbox, "POST", "/contacts/bulk", json={"list_id": 10002, "records": _records(5)}
    )
    assert answer.json() == {"status": "success"}
    _call(sandbox, "POST", "/contacts/bulk", json={"records": _records(3, start=5)})
    page = _call(sandbox, "GET", "/contacts?list_id=10002&limit=2&offset=3").json()["data"]
    assert [c["phone_number"] for c in page] == ["+16170000003", "+16170000004"]
    everyone = _call(sandbox, "GET", "/contacts").json()["data"]
    assert len(everyone) == 8
    assert everyone[0] == {
        "id": 1,
        "phone_number": "+16170000000",
        "name": "N0",
        "extra_fields": {},
    }


@pytest.mark.parametrize("query", ["limit=1001", "limit=0", "offset=-1", "limit=x", "list_id=999"])
def test_bad_paging_parameters_are_400(sandbox: SandboxServer, query: str) -> None:
    assert _call(sandbox, "GET", "/contacts?" + query).status_code == 400


def test_single_contact_lookup_accepts_either_form(sandbox: SandboxServer) -> None:
    _call(sandbox, "POST", "/contacts/bulk", json={"list_id": 10001, "records": _records(1)})
    for path in ("/contacts/%2B16170000000", "/contacts/16170000000"):
        data = _call(sandbox, "GET", path).json()["data"]
        assert data["list_ids"] == [10001]
    assert _call(sandbox, "GET", "/contacts/%2B19999999999").status_code == 404
    assert _call(sandbox, "GET", "/contacts/abc").status_code == 400


def test_create_list_gives_new_ids(sandbox: SandboxServer) -> None:
    first = _call(sandbox, "POST", "/lists", json={"name": "A"}).json()["data"]["id"]
    second = _call(sandbox, "POST", "/lists", json={"name": "B"}).json()["data"]["id"]
    assert second == first + 1
    assert {"id": second, "name": "B"} in sandbox.store.lists()


def test_requests_are_counted_and_the_last_one_kept(sandbox: SandboxServer) -> None:
    _call(sandbox, "GET", "/lists")
    _call(sandbox, "POST", "/lists", json={"name": "A"})
    assert sandbox.store.request_count == 2
    assert sandbox.store.last_request is not None
    assert sandbox.store.last_request.body == b'{"name": "A"}'


def test_open_connections_counts_the_connections_being_served(sandbox: SandboxServer) -> None:
    assert sandbox.open_connections() == 0
    session = requests.Session()
    session.headers["apikey"] = TEST_API_KEY
    assert session.get(sandbox.url + "/lists", timeout=5).status_code == 200
    assert sandbox.open_connections() == 1  # kept alive for the next request
    session.close()
    deadline = time.monotonic() + 10
    while sandbox.open_connections() and time.monotonic() < deadline:
        threading.Event().wait(0.01)
    assert sandbox.open_connections() == 0
    assert SandboxServer(TEST_API_KEY).open_connections() == 0


def test_concurrent_batches_all_land(sandbox: SandboxServer) -> None:
    def send(start: int) -> None:
        for batch in range(5):
            body = {"list_id": 10001, "records": _records(200, start + batch * 200)}
            assert _call(sandbox, "POST", "/contacts/bulk", json=body).status_code == 200

    threads = [threading.Thread(target=send, args=(n * 1000,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(sandbox.store.contacts()) == 4000


def test_faults_can_change_while_running(sandbox: SandboxServer) -> None:
    assert _call(sandbox, "GET", "/lists").status_code == 200
    sandbox.faults.server_error_next = 2
    assert [_call(sandbox, "GET", "/lists").status_code for _ in range(3)] == [503, 503, 200]


def test_stop_ends_a_delayed_request_and_keep_alive_connections() -> None:
    server = SandboxServer(TEST_API_KEY).start()
    session = requests.Session()
    session.headers["apikey"] = TEST_API_KEY
    assert session.get(server.url + "/lists", timeout=5).status_code == 200
    server.faults.delay_seconds = 30
    failures: list[BaseException] = []

    def slow_call() -> None:
        try:
            session.get(server.url + "/lists", timeout=20)
        except requests.RequestException as exc:
            failures.append(exc)

    caller = threading.Thread(target=slow_call)
    caller.start()
    deadline = time.monotonic() + 10
    while server.store.request_count < 2 and time.monotonic() < deadline:
        threading.Event().wait(0.01)
    server.stop()
    caller.join(timeout=10)
    assert not caller.is_alive()
    assert len(failures) == 1
