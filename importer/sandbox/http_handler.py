"""The HTTP side of the sandbox: authentication, faults, and JSON replies."""

from __future__ import annotations

import base64
import binascii
import hmac
import json
import logging
from http.server import BaseHTTPRequestHandler
from typing import TYPE_CHECKING, Any

from importer.sandbox.replies import Reply, failure
from importer.sandbox.routes import dropping_bulk, route
from importer.sandbox.store import RecordedRequest

if TYPE_CHECKING:
    from importer.sandbox.server import SandboxServer

MAX_BODY_BYTES = 64 * 1024 * 1024
log = logging.getLogger(__name__)


def key_matches(headers: Any, api_key: str) -> bool:
    """True when the ``apikey`` header or HTTP Basic credentials carry ``api_key``."""
    given = headers.get("apikey")
    if given is not None:
        return hmac.compare_digest(given.encode(), api_key.encode())
    auth = headers.get("Authorization", "")
    scheme, _, encoded = auth.partition(" ")
    if scheme.lower() != "basic":
        return False
    try:
        decoded = base64.b64decode(encoded.strip(), validate=True)
    except (binascii.Error, ValueError):
        return False
    expected = api_key if ":" in api_key else api_key + ":"
    return hmac.compare_digest(decoded, expected.encode())


class SandboxRequestHandler(BaseHTTPRequestHandler):
    """Serves one connection (HTTP/1.1 keep-alive) for the :class:`SandboxServer`."""

    protocol_version = "HTTP/1.1"
    server_version = "SociocsSandbox/1"
    sandbox: SandboxServer
    timeout = 60
    disable_nagle_algorithm = True
    """Headers and body go out in two writes: without TCP_NODELAY the body waits for the
    client's delayed ACK (~40 ms per request on Linux)."""

    def do_GET(self) -> None:
        self._handle("GET")

    def do_POST(self) -> None:
        self._handle("POST")

    def do_PUT(self) -> None:
        self._handle("PUT")

    def do_DELETE(self) -> None:
        self._handle("DELETE")

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("%s %s", self.address_string(), format % args)

    def _handle(self, method: str) -> None:
        body = self._read_body()
        if body is None:
            return
        path, _, query = self.path.partition("?")
        store = self.sandbox.store
        store.record_request(RecordedRequest(method, path, dict(self.headers.items()), body))
        faults = self.sandbox.faults
        decision = faults.before_request(method, path)
        if decision.drop:
            self.close_connection = True
            return
        if decision.delay > 0 and self.sandbox.stopping.wait(decision.delay):
            self.close_connection = True
            return
        if decision.status is not None:
            self._send(failure(decision.status, decision.message), decision.headers)
            return
        if not key_matches(self.headers, self.sandbox.api_key):
            self._send(failure(401, "Authentication failed. Check apikey header."))
            return
        if method == "DELETE" and faults.delete_not_found:
            self._send(failure(404, "Contact not found."))
            return
        odd = faults.take_odd(method, path)
        if odd is not None:
            if odd[1]:
                route(store, method, path, query, body)
            self._send_raw(200, odd[0])
            return
        if method == "POST" and path == "/contacts/bulk" and faults.dropped_phones:
            self._send(dropping_bulk(store, body, faults.dropped_phones))
            return
        reply = route(store, method, path, query, body, self.sandbox.lists_override)
        if faults.take_lose_reply(method, path):
            self.close_connection = True
            return
        self._send(reply)

    def _read_body(self) -> bytes | None:
        length_text = self.headers.get("Content-Length", "0")
        try:
            length = int(length_text)
        except ValueError:
            length = -1
        if not 0 <= length <= MAX_BODY_BYTES:
            self.close_connection = True
            self._send(failure(400, "Missing, invalid or too large Content-Length."))
            return None
        return self.rfile.read(length) if length else b""

    def _send(self, reply: Reply, headers: tuple[tuple[str, str], ...] = ()) -> None:
        data = json.dumps(reply.payload, separators=(",", ":"), ensure_ascii=False).encode()
        self._send_raw(reply.status, data, headers)

    def _send_raw(
        self, status: int, data: bytes, headers: tuple[tuple[str, str], ...] = ()
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        for name, value in headers:
            self.send_header(name, value)
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(data)
