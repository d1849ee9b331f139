"""pytest plugin: the ``sandbox`` fixture, a real SandboxServer on 127.0.0.1 port 0, and a
``client`` for it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from importer.api.client import SociocsClient
from importer.sandbox.server import SandboxServer

TEST_API_KEY = "test-user:test-secret-0123456789"


@pytest.fixture
def sandbox() -> Iterator[SandboxServer]:
    """A running sandbox with key ``TEST_API_KEY``, stopped after the test."""
    server = SandboxServer(TEST_API_KEY).start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def client(sandbox: SandboxServer) -> Iterator[SociocsClient]:
    """A client of ``sandbox`` with key ``TEST_API_KEY`` (a module may define its own)."""
    with SociocsClient(TEST_API_KEY, sandbox.url, timeout=(5.0, 10.0)) as api:
        yield api
