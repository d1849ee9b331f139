"""HTTPS trusts the system's store (through truststore), certifi's bundle only as fallback.

Real TLS against an HTTPS sandbox whose certificate an office authority made in the test
signed; the authority is put in the system store the way OpenSSL reads it on Linux
(``SSL_CERT_FILE``), never in certifi's bundle.
"""

from __future__ import annotations

import datetime
import ssl
import sys
from pathlib import Path

import pytest
import requests.adapters
import trustme

from importer.api import trust
from importer.api.client import SociocsClient
from importer.api.errors import NetworkProblem
from importer.api.trust import TrustSource, certifi_trust, https_trust
from importer.sandbox.server import SandboxServer
from tests.helpers.sandbox import TEST_API_KEY
from tests.helpers.tls import OFFICE_SENTENCE, install_in_system_store, network_failure

LINUX_ONLY = pytest.mark.skipif(
    sys.platform in ("win32", "darwin"), reason="Windows and macOS stores are not OpenSSL files"
)


def local_url(server: SandboxServer) -> str:
    """The sandbox by name (``localhost``), as its certificate names it."""
    return server.url.replace("127.0.0.1", "localhost")


def test_a_server_signed_by_an_authority_of_the_system_store_is_trusted(
    https_sandbox: SandboxServer, office_ca_in_system_store: Path
) -> None:
    with SociocsClient(TEST_API_KEY, local_url(https_sandbox)) as client:
        lists = client.lists()
        assert client.trust is not None
        assert client.trust.source is TrustSource.SYSTEM
    assert [item.name for item in lists][:1] == ["All Contacts"]


@LINUX_ONLY
def test_the_trust_says_which_store_it_read(office_ca_in_system_store: Path) -> None:
    chosen = https_trust()
    assert chosen.source is TrustSource.SYSTEM
    assert chosen.describe() == (
        f"system store (truststore: {office_ca_in_system_store}, 1 authority)"
    )


def test_an_unknown_authority_is_refused_with_the_office_sentence(
    https_sandbox: SandboxServer,
) -> None:
    error = network_failure(local_url(https_sandbox))
    assert error.problem is NetworkProblem.UNTRUSTED_CERTIFICATE
    host = f"localhost:{https_sandbox.port}"
    assert error.user_text() == (
        f"Could not talk to Sociocs at {host}: its certificate is not signed by an authority "
        f"this computer trusts. {OFFICE_SENTENCE}"
    )


def test_an_upload_refused_by_tls_says_nothing_reached_sociocs(
    https_sandbox: SandboxServer,
) -> None:
    error = network_failure(local_url(https_sandbox), upload=True)
    assert error.hint == "This request never reached Sociocs, so it changed nothing."
    assert OFFICE_SENTENCE in error.message
    assert https_sandbox.store.contacts() == {}


def test_certifi_is_the_fallback_when_truststore_cannot_be_loaded(
    https_sandbox: SandboxServer,
    office_ca_in_system_store: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "truststore", None)
    chosen = https_trust()
    assert chosen.source is TrustSource.CERTIFI
    assert "truststore cannot be loaded" in chosen.describe()
    error = network_failure(local_url(https_sandbox))
    assert error.problem is NetworkProblem.UNTRUSTED_CERTIFICATE


@LINUX_ONLY
def test_certifi_is_the_fallback_where_linux_holds_no_certificates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "none.pem"))
    monkeypatch.setenv("SSL_CERT_DIR", str(tmp_path / "no-folder"))
    monkeypatch.setattr(trust, "CA_FILE_CANDIDATES", (str(tmp_path / "nor-this.pem"),))
    chosen = https_trust()
    assert chosen.source is TrustSource.CERTIFI
    assert chosen.describe().startswith(f"certifi's bundle ({certifi_count()} authorities; ")


@LINUX_ONLY
def test_an_empty_certificate_file_is_no_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = tmp_path / "empty.pem"
    empty.write_text("")
    monkeypatch.setenv("SSL_CERT_FILE", str(empty))
    monkeypatch.setenv("SSL_CERT_DIR", str(tmp_path / "no-folder"))
    assert https_trust().source is TrustSource.CERTIFI


@LINUX_ONLY
def test_a_folder_of_hashed_certificates_is_a_store(
    office_ca: trustme.CA, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "certs"
    folder.mkdir()
    office_ca.cert_pem.write_to_path(str(folder / "0123abcd.0"))
    monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "none.pem"))
    monkeypatch.setenv("SSL_CERT_DIR", str(folder))
    chosen = https_trust()
    assert chosen.source is TrustSource.SYSTEM
    assert str(folder) in chosen.describe()


def test_the_linux_bundle_list_is_truststores() -> None:
    from truststore import _openssl

    assert list(trust.CA_FILE_CANDIDATES) == _openssl._CA_FILE_CANDIDATES


def test_the_system_store_alone_decides_not_certifi_on_top(
    https_sandbox: SandboxServer,
    office_ca: trustme.CA,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """requests points verified connections at its bundle; it must not join the system's."""
    bundle = tmp_path / "bundle-of-requests.pem"
    office_ca.cert_pem.write_to_path(str(bundle))
    monkeypatch.setattr(requests.adapters, "DEFAULT_CA_BUNDLE_PATH", str(bundle))
    install_in_system_store(trustme.CA(), tmp_path, monkeypatch)
    monkeypatch.setenv("SSL_CERT_DIR", str(tmp_path / "no-folder"))
    error = network_failure(local_url(https_sandbox))
    assert error.problem is NetworkProblem.UNTRUSTED_CERTIFICATE


def test_an_expired_certificate_says_to_check_the_clock(
    office_ca: trustme.CA, office_ca_in_system_store: Path
) -> None:
    past = datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC)
    leaf = office_ca.issue_cert("localhost", not_before=past, not_after=past)
    with served(leaf) as server:
        error = network_failure(local_url(server))
    assert error.problem is NetworkProblem.CERTIFICATE_DATES
    assert "its certificate has expired or is not valid yet." in error.message
    assert "Check that this computer's date and time are right" in error.message


def test_a_certificate_for_another_name_says_to_check_the_address(
    office_ca: trustme.CA, office_ca_in_system_store: Path
) -> None:
    leaf = office_ca.issue_cert("elsewhere.test")
    with served(leaf) as server:
        error = network_failure(local_url(server))
    assert error.problem is NetworkProblem.CERTIFICATE_NAME
    assert "its certificate is made out to another name. Check the API address." in str(error)


def served(leaf: trustme.LeafCert) -> SandboxServer:
    """A sandbox (not started: a context manager) presenting ``leaf``."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    leaf.configure_cert(context)
    return SandboxServer(TEST_API_KEY, tls=context)


def certifi_count() -> int:
    return certifi_trust().context.cert_store_stats()["x509_ca"]
