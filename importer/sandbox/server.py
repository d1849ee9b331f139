"""A local stand-in for the Sociocs API, for rehearsals and tests."""

from __future__ import annotations

import contextlib
import socket
import ssl
import threading
from http.server import ThreadingHTTPServer
from typing import Any

from importer.sandbox.faults import FaultPlan
from importer.sandbox.http_handler import SandboxRequestHandler
from importer.sandbox.routes import NO_OVERRIDE
from importer.sandbox.store import SandboxStore

DEFAULT_SANDBOX_KEY = "sandbox:key"


class _TrackingHTTPServer(ThreadingHTTPServer):
    """A threading server that remembers open connections so ``stop`` can close them, and
    speaks TLS on them when given a server ``tls`` context."""

    daemon_threads = True

    def __init__(
        self,
        address: tuple[str, int],
        handler: type[SandboxRequestHandler],
        tls: ssl.SSLContext | None = None,
    ) -> None:
        self.open_sockets: set[socket.socket] = set()
        self.sockets_lock = threading.Lock()
        self.tls = tls
        super().__init__(address, handler)

    def get_request(self) -> tuple[socket.socket, Any]:
        """Accept a connection; with TLS, its handshake waits for the connection's thread."""
        sock, address = super().get_request()
        if self.tls is not None:
            sock = self.tls.wrap_socket(sock, server_side=True, do_handshake_on_connect=False)
        return sock, address

    def finish_request(self, request: Any, client_address: Any) -> None:
        """Serve one connection (in its own thread), after the TLS handshake if any; a client
        that refuses the certificate just goes away."""
        if isinstance(request, ssl.SSLSocket):
            try:
                request.do_handshake()
            except OSError:
                return
        super().finish_request(request, client_address)

    def process_request(self, request: Any, client_address: Any) -> None:
        with self.sockets_lock:
            self.open_sockets.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self.sockets_lock:
            self.open_sockets.discard(request)
        super().shutdown_request(request)

    def open_count(self) -> int:
        with self.sockets_lock:
            return len(self.open_sockets)

    def close_open_sockets(self) -> None:
        with self.sockets_lock:
            sockets = list(self.open_sockets)
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


class SandboxServer:
    """Serves the documented API on ``host:port`` from a background thread.

    ``faults`` and ``lists_override`` (a JSON value answered verbatim to ``GET /lists``)
    may be changed while the server runs. With a server ``tls`` context (a certificate and its
    key loaded) it speaks HTTPS, as tests of certificate trust and proxies need.
    """

    def __init__(
        self,
        api_key: str = DEFAULT_SANDBOX_KEY,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        db_path: str = ":memory:",
        faults: FaultPlan | None = None,
        tls: ssl.SSLContext | None = None,
    ) -> None:
        self.api_key = api_key
        self.tls = tls
        self.host = host
        self.port = port
        self.store = SandboxStore(db_path)
        self.faults = faults if faults is not None else FaultPlan()
        self.lists_override: Any = NO_OVERRIDE
        self.stopping = threading.Event()
        self._httpd: _TrackingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        """``http://127.0.0.1:PORT`` once started (``https://`` with TLS)."""
        scheme = "https" if self.tls is not None else "http"
        return f"{scheme}://{self.host}:{self.port}"

    def start(self) -> SandboxServer:
        """Bind and serve in a daemon thread; the chosen port is in ``port``/``url``."""
        handler = type("BoundHandler", (SandboxRequestHandler,), {"sandbox": self})
        self._httpd = _TrackingHTTPServer((self.host, self.port), handler, self.tls)
        self.port = self._httpd.server_address[1]
        self.stopping.clear()
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"sandbox:{self.port}",
            daemon=True,
        )
        self._thread.start()
        return self

    def open_connections(self) -> int:
        """How many client connections are being served now (0 when not started).

        Once a client process is gone, 0 means every request it sent has been handled.
        """
        return 0 if self._httpd is None else self._httpd.open_count()

    def stop(self) -> None:
        """Stop serving, close every connection and the database."""
        if self._httpd is None:
            return
        self.stopping.set()
        self._httpd.shutdown()
        self._httpd.close_open_sockets()
        self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._httpd = None
        self._thread = None
        self.store.close()

    def __enter__(self) -> SandboxServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()
