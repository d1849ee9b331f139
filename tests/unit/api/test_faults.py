"""Typed client errors for every fault the sandbox injects, over real HTTP."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from importer.api.client import SociocsClient
from importer.api.errors import (
    AuthError,
    BatchRejectedError,
    NetworkError,
    NetworkProblem,
    RateLimitedError,
    RedirectRefusedError,
    ServerError,
    UnexpectedResponseError,
)
from importer.sandbox.server import SandboxServer
from tests.helpers.sandbox import TEST_API_KEY

RECORD = {"phone_number": "+16175551212", "name": "Ann"}


@pytest.fixture
def client(sandbox: SandboxServer) -> Iterator[SociocsClient]:
    with SociocsClient(TEST_API_KEY, sandbox.url, timeout=(2.0, 5.0)) as api:
        yield api


def test_429_with_retry_after_seconds(sandbox: SandboxServer, client: SociocsClient) -> None:
    sandbox.faults.rate_limit_next = 1
    sandbox.faults.retry_after_seconds = 7
    with pytest.raises(RateLimitedError) as caught:
        client.bulk_upsert(0, None, [RECORD])
    assert caught.value.retry_after == 7.0
    assert sandbox.store.contacts() == {}
    client.bulk_upsert(0, None, [RECORD])
    assert "+16175551212" in sandbox.store.contacts()


def test_429_with_retry_after_http_date(sandbox: SandboxServer, client: SociocsClient) -> None:
    sandbox.faults.rate_limit_next = 1
    sandbox.faults.retry_after = "http-date"
    sandbox.faults.retry_after_seconds = 30
    with pytest.raises(RateLimitedError) as caught:
        client.lists()
    assert caught.value.retry_after is not None
    assert 27.0 <= caught.value.retry_after <= 31.0


def test_429_without_retry_after(sandbox: SandboxServer, client: SociocsClient) -> None:
    sandbox.faults.rate_limit_next = 1
    sandbox.faults.retry_after = None
    with pytest.raises(RateLimitedError) as caught:
        client.lists()
    assert caught.value.retry_after is None
    assert "Wait a little" in str(caught.value)


def test_rate_limit_per_minute(sandbox: SandboxServer, client: SociocsClient) -> None:
    sandbox.faults.rate_limit_per_minute = 2
    client.lists()
    client.lists()
    with pytest.raises(RateLimitedError) as caught:
        client.lists()
    assert caught.value.retry_after is not None
    assert 1.0 <= caught.value.retry_after <= 60.0


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_server_errors(sandbox: SandboxServer, client: SociocsClient, status: int) -> None:
    sandbox.faults.server_error_next = 1
    sandbox.faults.server_error_status = status
    with pytest.raises(ServerError) as caught:
        client.bulk_upsert(0, None, [RECORD])
    assert caught.value.status == status
    assert sandbox.store.contacts() == {}


def test_server_error_every_third_request(sandbox: SandboxServer, client: SociocsClient) -> None:
    sandbox.faults.server_error_every = 3
    outcomes = []
    for _ in range(6):
        try:
            client.lists()
            outcomes.append("ok")
        except ServerError:
            outcomes.append("5xx")
    assert outcomes == ["ok", "ok", "5xx", "ok", "ok", "5xx"]


def test_dropped_connection_is_a_network_error_and_nothing_is_saved(
    sandbox: SandboxServer, client: SociocsClient
) -> None:
    sandbox.faults.drop_connection_next = 1
    with pytest.raises(NetworkError, match="closed or reset") as caught:
        client.bulk_upsert(0, None, [RECORD])
    assert caught.value.problem is NetworkProblem.RESET
    assert caught.value.hint == (
        "Contacts in a request that got no answer may or may not have been saved."
    )
    assert sandbox.store.contacts() == {}
    client.bulk_upsert(0, None, [RECORD])
    assert list(sandbox.store.contacts()) == ["+16175551212"]


def test_lost_reply_after_commit_is_a_network_error_but_data_is_saved(
    sandbox: SandboxServer, client: SociocsClient
) -> None:
    sandbox.faults.lose_reply_next = 1
    with pytest.raises(NetworkError):
        client.bulk_upsert(10001, None, [RECORD])
    assert sandbox.store.contacts()["+16175551212"]["lists"] == {10001}


def test_slow_answer_beyond_the_read_timeout(sandbox: SandboxServer) -> None:
    sandbox.faults.delay_seconds = 3.0
    with (
        SociocsClient(TEST_API_KEY, sandbox.url, timeout=(2.0, 0.3)) as api,
        pytest.raises(NetworkError, match="did not answer within"),
    ):
        api.lists()


def test_auth_failure_mid_run(sandbox: SandboxServer, client: SociocsClient) -> None:
    client.bulk_upsert(0, None, [RECORD])
    sandbox.faults.auth_fail_next = 1
    with pytest.raises(AuthError):
        client.bulk_upsert(0, None, [RECORD])
    client.bulk_upsert(0, None, [RECORD])


def test_connection_refused_is_a_network_error() -> None:
    with SandboxServer() as server:
        url = server.url
    with (
        SociocsClient(TEST_API_KEY, url, timeout=(2.0, 2.0)) as api,
        pytest.raises(NetworkError, match="refused"),
    ):
        api.lists()


def _fixed_answer(status: int, headers: dict[str, str], body: bytes) -> type:
    class FixedAnswer(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(status)
            for name, value in {**headers, "Content-Length": str(len(body))}.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            return

    return FixedAnswer


@pytest.fixture
def serve_answer() -> Iterator[Callable[[int, dict[str, str], bytes], str]]:
    servers: list[HTTPServer] = []

    def start(status: int, headers: dict[str, str], body: bytes) -> str:
        server = HTTPServer(("127.0.0.1", 0), _fixed_answer(status, headers, body))
        threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize("status", [301, 302, 307, 308])
def test_redirects_are_refused(
    serve_answer: Callable[[int, dict[str, str], bytes], str], status: int
) -> None:
    url = serve_answer(status, {"Location": "http://example.com/lists"}, b"")
    with pytest.raises(RedirectRefusedError, match="does not follow redirects") as caught:
        SociocsClient(TEST_API_KEY, url).lists()
    assert caught.value.status == status
    assert "example.com" in str(caught.value)


def test_a_page_that_is_not_json_is_unexpected(
    serve_answer: Callable[[int, dict[str, str], bytes], str],
) -> None:
    url = serve_answer(200, {"Content-Type": "text/html"}, b"<html>Welcome</html>")
    with pytest.raises(UnexpectedResponseError, match="not JSON"):
        SociocsClient(TEST_API_KEY, url).lists()


def test_an_error_page_without_json_still_maps_by_status(
    serve_answer: Callable[[int, dict[str, str], bytes], str],
) -> None:
    url = serve_answer(502, {"Content-Type": "text/html"}, b"<html>Bad gateway</html>")
    with pytest.raises(ServerError):
        SociocsClient(TEST_API_KEY, url).lists()


def test_status_error_in_a_200_answer_is_a_rejection(sandbox: SandboxServer) -> None:
    sandbox.lists_override = {"status": "error", "errors": [{"msg": "Account suspended."}]}
    with pytest.raises(BatchRejectedError) as caught:
        SociocsClient(TEST_API_KEY, sandbox.url).lists()
    assert caught.value.messages == ["Account suspended."]
    assert caught.value.status == 200
