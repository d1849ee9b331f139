"""pytest plugin: the ``sandbox`` fixture, a real SandboxServer on 127.0.0.1 port 0."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

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
