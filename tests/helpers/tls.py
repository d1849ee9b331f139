"""pytest plugin: certificates made in the test, as an office network has them.

``office_ca`` is a company's own certificate authority (made by trustme), known neither to
certifi nor to this machine; ``https_sandbox`` is a sandbox speaking HTTPS with a certificate
it signed (for 127.0.0.1, localhost and :data:`OFFICE_API_HOST`), as an inspecting proxy
re-signs every connection; ``office_ca_in_system_store`` installs the authority in the system
store the way OpenSSL reads it on Linux (``SSL_CERT_FILE``), and only there.
"""

from __future__ import annotations

import ssl
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import trustme

from importer.api.client import SociocsClient
from importer.api.errors import NetworkError
from importer.sandbox.server import SandboxServer
from tests.helpers.sandbox import TEST_API_KEY

OFFICE_SENTENCE = (
    "Your company's network may inspect secure connections. Ask IT whether its certificate is "
    "installed on this computer."
)
"""What the program tells a user whose network presents a certificate it does not trust."""
RECORD = {"phone_number": "+16175551212", "name": "Ann"}
OFFICE_API_HOST = "api.sociocs.test"
"""A name only the test proxy knows: reaching it proves the request went through the proxy."""


@pytest.fixture(scope="session")
def office_ca() -> trustme.CA:
    """The office's own certificate authority."""
    return trustme.CA(organization_name="Example Office Inspection")


def server_context(ca: trustme.CA) -> ssl.SSLContext:
    """A server context holding a certificate ``ca`` signed for this computer's names."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1", "localhost", OFFICE_API_HOST).configure_cert(context)
    return context


@pytest.fixture
def https_sandbox(office_ca: trustme.CA) -> Iterator[SandboxServer]:
    """A running HTTPS sandbox (key ``TEST_API_KEY``) whose certificate the office CA signed."""
    server = SandboxServer(TEST_API_KEY, tls=server_context(office_ca)).start()
    try:
        yield server
    finally:
        server.stop()


def install_in_system_store(ca: trustme.CA, folder: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Make ``ca`` the certificate file OpenSSL reads as the system store; returns the file."""
    path = folder / "system-store.pem"
    ca.cert_pem.write_to_path(str(path))
    monkeypatch.setenv("SSL_CERT_FILE", str(path))
    return path


@pytest.fixture
def office_ca_in_system_store(
    office_ca: trustme.CA, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """The office CA installed in the system store (as IT does), not in certifi's bundle.

    Only where OpenSSL's files are the system store: adding an authority to Windows' store or
    the macOS keychain needs the user's confirmation, so tests there cannot do it.
    """
    if sys.platform in ("win32", "darwin"):
        pytest.skip("the system store is Windows' or the keychain: a test cannot add to it")
    return install_in_system_store(office_ca, tmp_path, monkeypatch)


def network_failure(url: str, *, upload: bool = False) -> NetworkError:
    """The error a client of ``url`` raises for ``lists()`` (``upload``: for a one-record
    ``bulk_upsert``); fails the test when the call succeeds or fails otherwise."""
    with SociocsClient(TEST_API_KEY, url) as client, pytest.raises(NetworkError) as caught:
        if upload:
            client.bulk_upsert(0, None, [RECORD])
        else:
            client.lists()
    return caught.value
