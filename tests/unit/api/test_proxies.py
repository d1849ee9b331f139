"""The system's proxy is used for the real API, never for this computer, and what a proxy
refuses is told in its own words. Real HTTPS through a CONNECT proxy started in the test.

Sociocs is played by an HTTPS sandbox named :data:`OFFICE_API_HOST`, a name only the proxy
can reach: a request that gets an answer went through the proxy.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from importer.api.client import SociocsClient
from importer.api.errors import NetworkProblem
from importer.api.proxies import DIRECT, shown_proxy, system_proxy
from importer.sandbox.server import SandboxServer
from tests.helpers.proxy import TunnelProxy, closed_port, use_proxy
from tests.helpers.sandbox import TEST_API_KEY
from tests.helpers.tls import OFFICE_API_HOST, RECORD, network_failure

API_URL = f"https://{OFFICE_API_HOST}"


@pytest.fixture
def routes(https_sandbox: SandboxServer) -> dict[str, tuple[str, int]]:
    """Where the proxy really connects for the API's name: the HTTPS sandbox."""
    return {f"{OFFICE_API_HOST}:443": ("127.0.0.1", https_sandbox.port)}


@pytest.fixture
def proxy(routes: dict[str, tuple[str, int]]) -> Iterator[TunnelProxy]:
    with TunnelProxy(routes) as running:
        yield running


def test_the_api_is_reached_through_the_systems_proxy(
    proxy: TunnelProxy, office_ca_in_system_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    use_proxy(monkeypatch, proxy.url)
    with SociocsClient(TEST_API_KEY, API_URL) as client:
        assert client.proxy.shown == proxy.address
        assert client.lists()[0].name == "All Contacts"
        client.bulk_upsert(0, None, [RECORD])
    assert proxy.tunnels == [f"{OFFICE_API_HOST}:443"]


def test_a_proxy_that_wants_a_password_is_named(
    routes: dict[str, tuple[str, int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    with TunnelProxy(routes, credentials=("office", "s3cret-proxy-pw")) as proxy:
        use_proxy(monkeypatch, proxy.url)
        error = network_failure(API_URL)
    assert error.problem is NetworkProblem.PROXY_PASSWORD
    assert error.user_text() == (
        f"The network's proxy ({proxy.address}) asks for a user name and password (HTTP 407) "
        f"before it lets this program reach Sociocs at {OFFICE_API_HOST}. Ask IT how this "
        "program may pass the proxy; a user name and password can be written into the proxy "
        f"setting, as in HTTPS_PROXY=http://name:password@{proxy.address}."
    )


def test_the_password_written_into_the_proxy_setting_is_sent_and_never_shown(
    routes: dict[str, tuple[str, int]],
    office_ca_in_system_store: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with TunnelProxy(routes, credentials=("office", "s3cret-proxy-pw")) as proxy:
        use_proxy(monkeypatch, f"http://office:s3cret-proxy-pw@{proxy.address}")
        with SociocsClient(TEST_API_KEY, API_URL) as client:
            assert client.lists()
            assert client.proxy.shown == proxy.address
        use_proxy(monkeypatch, f"http://office:wrong-pw@{proxy.address}")
        error = network_failure(API_URL)
    assert error.problem is NetworkProblem.PROXY_PASSWORD
    assert "pw" not in error.user_text().replace("password", "")


def test_a_proxy_refusing_the_tunnel_names_its_status(
    routes: dict[str, tuple[str, int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    with TunnelProxy(routes, refuse_status=403) as proxy:
        use_proxy(monkeypatch, proxy.url)
        error = network_failure(API_URL)
    assert error.problem is NetworkProblem.PROXY_REFUSED_TUNNEL
    assert error.lasting
    assert error.user_text() == (
        f"The network's proxy ({proxy.address}) refused the connection to Sociocs at "
        f"{OFFICE_API_HOST} (HTTP 403). Ask IT to let this program reach {OFFICE_API_HOST} "
        "through the proxy."
    )


def test_a_proxy_that_cannot_reach_sociocs_says_so_and_may_be_tried_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The proxy answers 502 for a name it cannot reach (here: one it has no route for)."""
    with TunnelProxy({}) as proxy:
        use_proxy(monkeypatch, proxy.url)
        error = network_failure(API_URL)
    assert error.problem is NetworkProblem.PROXY_UPSTREAM
    assert not error.lasting
    assert error.user_text() == (
        f"The network's proxy ({proxy.address}) could not reach Sociocs at {OFFICE_API_HOST} "
        "(HTTP 502). Check the API address. If it is right, try again later, or ask IT whether "
        f"the proxy can reach {OFFICE_API_HOST}."
    )


def test_a_proxy_where_nothing_listens_refused_the_connection(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    address = f"127.0.0.1:{closed_port()}"
    use_proxy(monkeypatch, f"http://{address}")
    error = network_failure(API_URL)
    assert error.problem is NetworkProblem.PROXY_REFUSED
    assert error.user_text() == (
        f"The network's proxy ({address}) refused the connection: nothing answers at that "
        "address. Check this computer's proxy settings, or ask IT which proxy to use."
    )


def test_an_upload_refused_by_the_proxy_says_nothing_reached_sociocs(
    routes: dict[str, tuple[str, int]],
    https_sandbox: SandboxServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with TunnelProxy(routes, credentials=("office", "pw")) as proxy:
        use_proxy(monkeypatch, proxy.url)
        error = network_failure(API_URL, upload=True)
    assert error.hint == "This request never reached Sociocs, so it changed nothing."
    assert https_sandbox.store.contacts() == {}


def test_the_office_sentence_comes_through_an_inspecting_proxy_too(
    proxy: TunnelProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    use_proxy(monkeypatch, proxy.url)
    error = network_failure(API_URL)
    assert error.problem is NetworkProblem.UNTRUSTED_CERTIFICATE
    assert "Ask IT whether its certificate is installed on this computer." in error.message
    assert proxy.tunnels == [f"{OFFICE_API_HOST}:443"]


def test_a_socks_proxy_setting_is_named_as_unusable(monkeypatch: pytest.MonkeyPatch) -> None:
    use_proxy(monkeypatch, f"socks5://127.0.0.1:{closed_port()}")
    error = network_failure(API_URL)
    assert error.problem is NetworkProblem.PROXY_UNUSABLE
    assert "names a kind of proxy this program cannot use" in error.message


def test_this_computer_is_never_reached_through_a_proxy(
    proxy: TunnelProxy,
    sandbox: SandboxServer,
    https_sandbox: SandboxServer,
    office_ca_in_system_store: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    use_proxy(monkeypatch, proxy.url)
    for url in (sandbox.url, https_sandbox.url.replace("127.0.0.1", "localhost")):
        with SociocsClient(TEST_API_KEY, url) as client:
            assert client.proxy == DIRECT
            assert client.lists()
    assert proxy.tunnels == []


def test_no_proxy_and_lower_case_settings_are_honoured(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("https_proxy", "http://lower.example:3128")
    monkeypatch.setenv("HTTPS_PROXY", "http://upper.example:8080")
    assert system_proxy(API_URL).shown == "lower.example:3128"
    monkeypatch.setenv("NO_PROXY", f"localhost,.{OFFICE_API_HOST.split('.', 1)[1]}")
    assert system_proxy(API_URL) == DIRECT


@pytest.mark.parametrize(
    ("setting", "shown"),
    [
        ("http://user:pa55@proxy.example:3128", "proxy.example:3128"),
        ("proxy.example:8080", "proxy.example:8080"),
        ("http://proxy.example", "proxy.example"),
        ("http://[2001:db8::1]:3128", "[2001:db8::1]:3128"),
    ],
)
def test_a_proxy_is_shown_without_its_password(setting: str, shown: str) -> None:
    assert shown_proxy(setting) == shown
