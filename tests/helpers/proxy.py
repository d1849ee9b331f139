"""A small office proxy on 127.0.0.1 (port 0) that opens CONNECT tunnels, for proxy tests.

``routes`` maps the ``host:port`` a client asks to reach to the address the proxy really
connects to (so a name no DNS knows can stand for Sociocs). ``credentials`` (user, password)
make it answer 407 until a client sends them; ``refuse_status`` makes it refuse every tunnel
with that status. ``tunnels`` lists what clients asked for, in order. The ``clean_proxy_env``
fixture (autouse in tests/conftest.py) keeps the machine's own proxy settings out of the tests.
"""

from __future__ import annotations

import base64
import contextlib
import socket
import socketserver
import threading
from http import HTTPStatus
from typing import Any

import pytest

PROXY_VARIABLES = ("http_proxy", "https_proxy", "all_proxy", "no_proxy")


@pytest.fixture(autouse=True)
def clean_proxy_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No proxy variable of the machine reaches a test (or the commands it starts)."""
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)


def use_proxy(monkeypatch: pytest.MonkeyPatch, url: str) -> None:
    """Set ``url`` as the system's proxy for every scheme, as an office's settings do."""
    for name in ("HTTPS_PROXY", "HTTP_PROXY", "ALL_PROXY"):
        monkeypatch.setenv(name, url)


class _TunnelHandler(socketserver.StreamRequestHandler):
    server: _ProxyServer

    def handle(self) -> None:
        head = self._read_head()
        if head is None:
            return
        method, target, headers = head
        owner = self.server.owner
        owner.record(target)
        if method != "CONNECT":
            self._reply(HTTPStatus.METHOD_NOT_ALLOWED)
        elif not owner.authorized(headers.get("proxy-authorization", "")):
            self._reply(
                HTTPStatus.PROXY_AUTHENTICATION_REQUIRED, 'Proxy-Authenticate: Basic realm="office"'
            )
        elif owner.refuse_status:
            self._reply(HTTPStatus(owner.refuse_status))
        elif target not in owner.routes:
            self._reply(HTTPStatus.BAD_GATEWAY)
        else:
            self._tunnel(owner.routes[target])

    def _read_head(self) -> tuple[str, str, dict[str, str]] | None:
        parts = self.rfile.readline(65537).decode("latin-1").split()
        if len(parts) != 3:
            return None
        headers: dict[str, str] = {}
        for line in iter(lambda: self.rfile.readline(65537), b""):
            if line in (b"\r\n", b"\n"):
                break
            name, _, value = line.decode("latin-1").partition(":")
            headers[name.strip().lower()] = value.strip()
        return parts[0], parts[1], headers

    def _reply(self, status: HTTPStatus, *headers: str) -> None:
        lines = [f"HTTP/1.1 {status.value} {status.phrase}", *headers, "Content-Length: 0"]
        self.wfile.write(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1"))

    def _tunnel(self, address: tuple[str, int]) -> None:
        try:
            upstream = socket.create_connection(address, timeout=10)
        except OSError:
            self._reply(HTTPStatus.BAD_GATEWAY)
            return
        self.wfile.write(b"HTTP/1.1 200 Connection established\r\n\r\n")
        self.wfile.flush()
        self.server.track(upstream)
        back = threading.Thread(target=_copy, args=(upstream, self.connection), daemon=True)
        back.start()
        _copy(self.connection, upstream)
        back.join(timeout=10)
        upstream.close()


def _copy(source: socket.socket, target: socket.socket) -> None:
    """Copy bytes from ``source`` to ``target`` until ``source`` ends, then end ``target``."""
    with contextlib.suppress(OSError):
        while data := source.recv(65536):
            target.sendall(data)
    with contextlib.suppress(OSError):
        target.shutdown(socket.SHUT_WR)


class _ProxyServer(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, owner: TunnelProxy) -> None:
        self.owner = owner
        self.sockets: set[socket.socket] = set()
        self.sockets_lock = threading.Lock()
        super().__init__(("127.0.0.1", 0), _TunnelHandler)

    def process_request(self, request: Any, client_address: Any) -> None:
        self.track(request)
        super().process_request(request, client_address)

    def track(self, sock: socket.socket) -> None:
        with self.sockets_lock:
            self.sockets.add(sock)

    def close_all(self) -> None:
        with self.sockets_lock:
            sockets = list(self.sockets)
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


class TunnelProxy:
    """A CONNECT proxy on 127.0.0.1 with a port of its own; a context manager."""

    def __init__(
        self,
        routes: dict[str, tuple[str, int]],
        *,
        credentials: tuple[str, str] | None = None,
        refuse_status: int = 0,
    ) -> None:
        self.routes = routes
        self.credentials = credentials
        self.refuse_status = refuse_status
        self.tunnels: list[str] = []
        self._lock = threading.Lock()
        self._server = _ProxyServer(self)
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def address(self) -> str:
        """``127.0.0.1:PORT``."""
        host, port = self._server.server_address[:2]
        return f"{host}:{port}"

    @property
    def url(self) -> str:
        """``http://127.0.0.1:PORT``, as a proxy setting names it."""
        return f"http://{self.address}"

    def record(self, target: str) -> None:
        with self._lock:
            self.tunnels.append(target)

    def authorized(self, header: str) -> bool:
        """True when no password is needed or ``header`` (Proxy-Authorization) holds it."""
        if self.credentials is None:
            return True
        token = base64.b64encode(":".join(self.credentials).encode()).decode()
        return header == f"Basic {token}"

    def __enter__(self) -> TunnelProxy:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._server.shutdown()
        self._server.close_all()
        self._server.server_close()
        self._thread.join(timeout=5)


def closed_port() -> int:
    """A port on 127.0.0.1 where nothing listens (just released by a socket of our own)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
