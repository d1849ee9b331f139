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
    assert [c["phone_number"] for c in page] == ["16170000003", "16170000004"]
    everyone = _call(sandbox, "GET", "/contacts").json()["data"]
    assert len(everyone) == 8
    first = everyone[0]
    assert set(first) == {
        "id",
        "name",
        "phone_number",
        "phone_number_cc",
        "extra_fields",
        "created_at",
        "updated_at",
        "is_blocked",
    }
    assert (first["id"], first["phone_number"], first["name"]) == (1, "16170000000", "N0")
    assert (first["extra_fields"], first["is_blocked"]) == ("{}", False)


def test_paging_on_after_a_write_still_answers_by_offset(sandbox: SandboxServer) -> None:
    _call(sandbox, "POST", "/contacts/bulk", json={"list_id": 10001, "records": _records(6)})

    def phones(offset: int) -> list[str]:
        query = f"/contacts?list_id=10001&limit=2&offset={offset}"
        return [c["phone_number"] for c in _call(sandbox, "GET", query).json()["data"]]

    assert phones(0) == ["16170000000", "16170000001"]
    assert phones(2) == ["16170000002", "16170000003"]
    body = {"list_id": 10001}
    assert _call(sandbox, "DELETE", "/contacts/16170000001", json=body).status_code == 200
    assert phones(4) == ["16170000005"]
    assert phones(2) == ["16170000003", "16170000004"]


def test_extra_fields_come_back_as_a_json_string(sandbox: SandboxServer) -> None:
    record = {"phone_number": "+16175551212", "extra_fields": {"tier": "gold", "n": 2}}
    _call(sandbox, "POST", "/contacts/bulk", json={"phone_number_cc": "1", "records": [record]})
    (contact,) = _call(sandbox, "GET", "/contacts").json()["data"]
    assert contact["extra_fields"] == '{"tier":"gold","n":2}'
    assert contact["phone_number_cc"] == "1"


def test_updated_at_changes_only_when_the_values_do(sandbox: SandboxServer) -> None:
    body = {"records": [{"phone_number": "+16175551212", "name": "A"}]}

    def stamps() -> tuple[str, str]:
        (contact,) = _call(sandbox, "GET", "/contacts").json()["data"]
        return contact["created_at"], contact["updated_at"]

    _call(sandbox, "POST", "/contacts/bulk", json=body)
    created, updated = stamps()
    assert created == updated
    time.sleep(0.002)  # the stamps have millisecond resolution
    _call(sandbox, "POST", "/contacts/bulk", json=body)
    assert stamps() == (created, updated)
    _call(sandbox, "PUT", "/contacts/16175551212", json={"name": "B"})
    assert stamps()[0] == created and stamps()[1] > updated


@pytest.mark.parametrize("query", ["limit=1001", "limit=0", "offset=-1", "limit=x", "list_id=999"])
def test_bad_paging_parameters_are_400(sandbox: SandboxServer, query: str) -> None:
    assert _call(sandbox, "GET", "/contacts?" + query).status_code == 400


def test_no_endpoint_returns_one_contact_by_number(sandbox: SandboxServer) -> None:
    _call(sandbox, "POST", "/contacts/bulk", json={"list_id": 10001, "records": _records(1)})
    for path in ("/contacts/%2B16170000000", "/contacts/16170000000"):
        assert _call(sandbox, "GET", path).status_code == 404


def test_search_by_number_or_name_most_relevant_first(sandbox: SandboxServer) -> None:
    records = [
        {"phone_number": "+161700000012", "name": "Longer number"},
        {"phone_number": "+16170000001", "name": "Ann Lee"},
        {"phone_number": "+16170000002", "name": "Dr. ANN"},
    ]
    _call(sandbox, "POST", "/contacts/bulk", json={"records": records})

    def found(query: str, limit: int = 20, offset: int = 0) -> list[str]:
        params = {"query": query, "limit": limit, "offset": offset}
        answer = _call(sandbox, "GET", "/contacts/search", params=params)
        return [c["name"] for c in answer.json()["data"]]

    assert found("16170000001") == ["Ann Lee", "Longer number"]
    assert found("+1 617 0000 001") == ["Ann Lee", "Longer number"]
    assert found("ann") == ["Ann Lee", "Dr. ANN"]
    assert found("ann", limit=1, offset=1) == ["Dr. ANN"]
    assert found("nobody") == []
    for bad in ({"query": "a"}, {"query": "ann", "limit": 21}, {"query": "ann", "offset": -1}):
        assert _call(sandbox, "GET", "/contacts/search", params=bad).status_code == 400


def test_put_replaces_the_name_and_every_extra_field(sandbox: SandboxServer) -> None:
    record = {"phone_number": "+16175551212", "name": "A", "extra_fields": {"a": 1, "b": 2}}
    _call(sandbox, "POST", "/contacts/bulk", json={"list_id": 10001, "records": [record]})
    body = {"name": "B", "extra_fields": {"b": 3}}
    assert _call(sandbox, "PUT", "/contacts/%2B16175551212", json=body).status_code == 200
    expected = {"name": "B", "extra_fields": {"b": 3}, "lists": {10001}}
    assert sandbox.store.contacts()["+16175551212"] == expected
    assert _call(sandbox, "PUT", "/contacts/16175551212", json={"name": ""}).status_code == 200
    assert sandbox.store.contacts()["+16175551212"]["name"] is None
    assert _call(sandbox, "PUT", "/contacts/19999999999", json={}).status_code == 404
    bad = _call(sandbox, "PUT", "/contacts/16175551212", json={"extra_fields": [1]})
    assert bad.status_code == 400


def test_delete_takes_a_contact_out_of_a_list_or_deletes_it(sandbox: SandboxServer) -> None:
    for list_id in (10001, 10002):
        _call(sandbox, "POST", "/contacts/bulk", json={"list_id": list_id, "records": _records(1)})
    path = "/contacts/16170000000"
    assert _call(sandbox, "DELETE", path, json={"list_id": 10001}).status_code == 200
    assert sandbox.store.contacts()["+16170000000"]["lists"] == {10002}
    assert _call(sandbox, "DELETE", path, json={"list_id": 10001}).status_code == 200
    assert _call(sandbox, "DELETE", path, json={}).status_code == 400
    assert _call(sandbox, "DELETE", path, json={"list_id": 999}).status_code == 400
    assert _call(sandbox, "DELETE", path, json={"list_id": 0}).status_code == 200
    assert sandbox.store.contacts() == {}
    assert _call(sandbox, "DELETE", path, json={"list_id": 0}).status_code == 404


def test_add_to_list_adds_existing_contacts_only(sandbox: SandboxServer) -> None:
    _call(sandbox, "POST", "/contacts/bulk", json={"records": _records(2)})
    body = {"dest_list_id": 10002, "phone_numbers": ["+16170000000", "16170000001", "+19999999"]}
    assert _call(sandbox, "POST", "/contacts/add-to-list", json=body).status_code == 200
    assert {p: c["lists"] for p, c in sandbox.store.contacts().items()} == {
        "+16170000000": {10002},
        "+16170000001": {10002},
    }
    bad = {"dest_list_id": 10002, "phone_numbers": ["x"]}
    assert _call(sandbox, "POST", "/contacts/add-to-list", json=bad).status_code == 400


def test_create_list_gives_new_ids(sandbox: SandboxServer) -> None:
    first = _call(sandbox, "POST", "/lists", json={"name": "A"}).json()["data"]["id"]
    second = _call(sandbox, "POST", "/lists", json={"name": "B"}).json()["data"]["id"]
    assert second == first + 1
    assert {"id": second, "name": "B"} in sandbox.store.lists()


def test_a_list_name_longer_than_the_accounts_limit_is_refused(sandbox: SandboxServer) -> None:
    sandbox.store.list_name_limit = 5
    refused = _call(sandbox, "POST", "/lists", json={"name": "Newsletter"})
    assert refused.status_code == 400
    assert refused.json()["errors"] == [{"msg": "name must be at most 5 characters."}]
    assert _call(sandbox, "POST", "/lists", json={"name": " VIP "}).status_code == 200
    assert _call(sandbox, "POST", "/lists", json={"name": "  "}).status_code == 400


def test_a_membership_added_twice_is_one_and_a_list_keeps_its_contacts_values(
    sandbox: SandboxServer,
) -> None:
    _call(
        sandbox,
        "POST",
        "/contacts/bulk",
        json={"records": [{"phone_number": "+16170000000", "name": "A", "extra_fields": {"x": 1}}]},
    )
    body = {"dest_list_id": 10001, "phone_numbers": ["+16170000000"]}
    for _ in range(2):
        assert _call(sandbox, "POST", "/contacts/add-to-list", json=body).json() == {
            "status": "success"
        }
    assert sandbox.store.contacts() == {
        "+16170000000": {"name": "A", "extra_fields": {"x": 1}, "lists": {10001}}
    }
    unknown = {"dest_list_id": 999, "phone_numbers": ["+16170000000"]}
    assert _call(sandbox, "POST", "/contacts/add-to-list", json=unknown).status_code == 400


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
