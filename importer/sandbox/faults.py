"""Faults the sandbox injects on demand: rate limits, 5xx, dropped connections, delays.

A :class:`FaultPlan` is mutable while the server runs (tests change it mid-upload); every
decision is taken under its lock, so counters stay exact across handler threads. Faults hit
every request (reads as well as writes) unless ``only_methods`` names the HTTP methods to hit
and ``only_paths`` the endpoints (``/lists``, ``/contacts/add-to-list`` …).
"""

from __future__ import annotations

import email.utils
import math
import threading
import time
from collections import deque
from dataclasses import dataclass, field

RETRY_AFTER_STYLES = ("seconds", "http-date")
READ_METHODS = frozenset({"GET"})
WRITE_METHODS = frozenset({"POST", "PUT", "DELETE"})
WINDOW_SECONDS = 60.0


@dataclass(frozen=True)
class FaultDecision:
    """What to do with one request before it is processed."""

    drop: bool = False
    delay: float = 0.0
    status: int | None = None
    headers: tuple[tuple[str, str], ...] = ()
    message: str = ""


@dataclass
class FaultPlan:
    """Faults for the next requests; the ``*_next`` counters count down as they fire."""

    rate_limit_per_minute: int | None = None
    retry_after: str | None = "seconds"
    retry_after_seconds: int = 1
    rate_limit_next: int = 0
    server_error_every: int | None = None
    server_error_status: int = 503
    server_error_next: int = 0
    drop_connection_next: int = 0
    lose_reply_next: int = 0
    delay_seconds: float = 0.0
    auth_fail_next: int = 0
    only_methods: frozenset[str] = frozenset()
    """The HTTP methods faults apply to (e.g. :data:`READ_METHODS`); empty = every request."""
    odd_bulk_next: int = 0
    """The next bulk writes are answered HTTP 200 with :attr:`odd_bulk_body` (any shape but
    the documented success) …"""
    odd_bulk_body: bytes = b"{}"
    odd_bulk_saves: bool = False
    """… having saved their records (True) or not (False)."""
    dropped_phones: frozenset[str] = frozenset()
    """Bulk records with these numbers are not saved; the answer then says
    ``{"status": "success", "errors": [...]}`` naming them, as some servers do."""
    delete_not_found: bool = False
    """Every ``DELETE /contacts/{phone}`` answers 404 "Contact not found." and deletes
    nothing."""
    odd_list_next: int = 0
    """The next ``POST /lists`` are answered HTTP 200 with :attr:`odd_list_body` (any shape but
    the documented success) …"""
    odd_list_body: bytes = b'{"status": "fail"}'
    odd_list_creates: bool = False
    """… having created the list (True) or not (False)."""
    only_paths: frozenset[str] = frozenset()
    """The paths faults apply to (a path starting with one of them: ``/contacts/add-to-list``,
    ``/lists``); empty = every path."""
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)
    _seen: int = field(default=0, repr=False, compare=False)
    _window: deque[float] = field(default_factory=deque, repr=False, compare=False)

    def before_request(self, method: str = "GET", path: str = "") -> FaultDecision:
        """The fault (if any) for the ``method`` request to ``path`` that just arrived;
        consumes counters."""
        with self._lock:
            if not self._applies(method, path):
                return FaultDecision()
            self._seen += 1
            delay = self.delay_seconds
            if self.drop_connection_next > 0:
                self.drop_connection_next -= 1
                return FaultDecision(drop=True)
            if self.auth_fail_next > 0:
                self.auth_fail_next -= 1
                return FaultDecision(delay=delay, status=401, message="Invalid API key.")
            limited = self._rate_limit_wait()
            if limited is not None:
                return self._rate_limited(delay, limited)
            if self._server_error_due():
                return FaultDecision(
                    delay=delay,
                    status=self.server_error_status,
                    message="Internal problem, try again later.",
                )
            return FaultDecision(delay=delay)

    def take_lose_reply(self, method: str = "GET", path: str = "") -> bool:
        """True when the reply to the ``method`` request to ``path`` just processed must be
        lost."""
        with self._lock:
            if self.lose_reply_next > 0 and self._applies(method, path):
                self.lose_reply_next -= 1
                return True
            return False

    def take_odd(self, method: str, path: str) -> tuple[bytes, bool] | None:
        """(body, done) when the ``POST /contacts/bulk`` or ``POST /lists`` that just arrived
        gets an odd answer (see :attr:`odd_bulk_next`, :attr:`odd_list_next`)."""
        with self._lock:
            if method == "POST" and path == "/contacts/bulk" and self.odd_bulk_next > 0:
                self.odd_bulk_next -= 1
                return self.odd_bulk_body, self.odd_bulk_saves
            if method == "POST" and path == "/lists" and self.odd_list_next > 0:
                self.odd_list_next -= 1
                return self.odd_list_body, self.odd_list_creates
            return None

    def _applies(self, method: str, path: str) -> bool:
        if self.only_methods and method not in self.only_methods:
            return False
        return not self.only_paths or any(path.startswith(p) for p in self.only_paths)

    def _rate_limit_wait(self) -> int | None:
        if self.rate_limit_next > 0:
            self.rate_limit_next -= 1
            return self.retry_after_seconds
        if self.rate_limit_per_minute is None:
            return None
        now = time.monotonic()
        while self._window and now - self._window[0] >= WINDOW_SECONDS:
            self._window.popleft()
        if len(self._window) < self.rate_limit_per_minute:
            self._window.append(now)
            return None
        return max(1, math.ceil(WINDOW_SECONDS - (now - self._window[0])))

    def _rate_limited(self, delay: float, wait: int) -> FaultDecision:
        headers: tuple[tuple[str, str], ...] = ()
        if self.retry_after == "seconds":
            headers = (("Retry-After", str(wait)),)
        elif self.retry_after == "http-date":
            headers = (("Retry-After", email.utils.formatdate(time.time() + wait, usegmt=True)),)
        return FaultDecision(
            delay=delay, status=429, headers=headers, message="Rate limit reached."
        )

    def _server_error_due(self) -> bool:
        if self.server_error_next > 0:
            self.server_error_next -= 1
            return True
        every = self.server_error_every
        return every is not None and every > 0 and self._seen % every == 0
