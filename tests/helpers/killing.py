"""Killing a command run in a child process at an exact request: the sandbox's fault hooks
send SIGKILL as the ``count``-th matching request arrives, or once it was processed with its
reply still unsent."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

from importer.sandbox.faults import FaultDecision
from importer.sandbox.server import SandboxServer
from tests.helpers.sandbox import TEST_API_KEY

ROOT = Path(__file__).resolve().parents[2]


class Killer:
    """Kills the child at the ``count``-th request for which ``matches(method, path)``: as it
    arrives ("arrived") or once processed with its reply unsent ("committed")."""

    def __init__(
        self, sandbox: SandboxServer, matches: Callable[[str, str], bool], count: int, when: str
    ) -> None:
        self.pid = 0
        self.fired = threading.Event()
        self._matches, self._count, self._when = matches, count, when
        self._seen = 0
        self._store = sandbox.store
        self._faults = sandbox.faults
        self._before, self._lose = self._faults.before_request, self._faults.take_lose_reply
        self._faults.before_request = self._before_request  # type: ignore[method-assign]
        self._faults.take_lose_reply = self._take_lose_reply  # type: ignore[method-assign]

    def kill(self) -> None:
        if not self.fired.is_set():
            self.fired.set()
            os.kill(self.pid, signal.SIGKILL)

    def disarm(self) -> None:
        """Give the sandbox its own fault hooks back."""
        self._faults.before_request = self._before  # type: ignore[method-assign]
        self._faults.take_lose_reply = self._lose  # type: ignore[method-assign]

    def _hit(self, method: str) -> bool:
        request = self._store.last_request
        return request is not None and self._matches(method, request.path)

    def _before_request(self, method: str = "GET", path: str = "") -> FaultDecision:
        if self._hit(method):
            self._seen += 1
            if self._when == "arrived" and self._seen == self._count:
                self.kill()
                return FaultDecision(drop=True)
        return self._before(method, path)

    def _take_lose_reply(self, method: str = "GET", path: str = "") -> bool:
        if self._when == "committed" and self._hit(method) and self._seen == self._count:
            self.kill()
            return True
        return self._lose(method, path)


def child(command: list[str], home: Path) -> subprocess.Popen[bytes]:
    """``contact-importer COMMAND`` in a child process with the test's key and home."""
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "SOCIOCS_API_KEY": TEST_API_KEY,
        "SOCIOCS_IMPORTER_HOME": str(home),
    }
    return subprocess.Popen(
        [sys.executable, "-m", "importer.cli", *command],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def killed(process: subprocess.Popen[bytes], killer: Killer) -> None:
    """Wait until ``killer`` killed ``process`` (bounded)."""
    killer.pid = process.pid
    try:
        assert killer.fired.wait(30), "the kill point was never reached"
    finally:
        _, stderr = process.communicate(timeout=30)
    assert process.returncode == -signal.SIGKILL, stderr.decode()


def wait_until_idle(sandbox: SandboxServer) -> None:
    """Wait (bounded) until every request of the killed child has been handled."""
    deadline = time.monotonic() + 30
    while sandbox.open_connections():
        assert time.monotonic() < deadline, "a request of the killed child is still open"
        time.sleep(0.005)
