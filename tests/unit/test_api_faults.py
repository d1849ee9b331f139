"""Typed client errors for every fault the sandbox injects, over real HTTP."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from importer.api.client import SociocsClient
from importer.api.errors import (
    AuthError,
    NetworkError,
    RateLimitedError,
    RedirectRefusedError,
    ServerError,
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
    assert caught.value.reason
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


class _Redirector(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(301)
        self.send_header("Location", "http://example.com/lists")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        return


def test_redirects_are_refused() -> None:
    server = HTTPServer(("127.0.0.1", 0), _Redirector)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        api = SociocsClient(TEST_API_KEY, f"http://127.0.0.1:{server.server_address[1]}")
        with pytest.raises(RedirectRefusedError, match="does not follow redirects") as caught:
            api.lists()
        assert caught.value.status == 301
        assert "example.com" in str(caught.value)
    finally:
        server.shutdown()
        server.server_close()
