"""The command line from an office network: the system's certificate store and proxy, and
words that fit the command. Real commands against an HTTPS sandbox and a CONNECT proxy.

The office authority that signed the sandbox's certificate is only in the system store
(``SSL_CERT_FILE``, as OpenSSL reads it on Linux); :data:`OFFICE_API_HOST` is a name only the
proxy can reach.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from importer.api_key import ENV_VAR
from importer.cli.main import main
from importer.sandbox.server import SandboxServer
from tests.helpers.proxy import TunnelProxy, use_proxy
from tests.helpers.sandbox import TEST_API_KEY
from tests.helpers.tls import OFFICE_API_HOST, OFFICE_SENTENCE

ROOT = Path(__file__).resolve().parents[3]
LISTS = ["   ID  NAME", "    0  All Contacts", "10001  Newsletter", "10002  VIP customers"]


def run_cli(home: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    """``contact-importer ARGS`` in a new process with the test key and this environment."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "SOCIOCS_IMPORTER_HOME": str(home)}
    env[ENV_VAR] = TEST_API_KEY
    return subprocess.run(
        [sys.executable, "-m", "importer.cli", *map(str, args)],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def local_url(server: SandboxServer) -> str:
    return server.url.replace("127.0.0.1", "localhost")


def write_contacts(path: Path) -> Path:
    path.write_text("Name,Phone\nAnn,+1 617 555 1212\nBob,+1 617 555 1313\n", encoding="utf-8")
    return path


@pytest.fixture
def office_proxy(https_sandbox: SandboxServer) -> TunnelProxy:
    return TunnelProxy({f"{OFFICE_API_HOST}:443": ("127.0.0.1", https_sandbox.port)})


def test_lists_trusts_an_authority_of_the_system_store(
    https_sandbox: SandboxServer, office_ca_in_system_store: Path, tmp_path: Path
) -> None:
    done = run_cli(tmp_path, "lists", "--api-url", local_url(https_sandbox))
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.splitlines() == LISTS


def test_upload_goes_through_the_office_proxy(
    https_sandbox: SandboxServer,
    office_proxy: TunnelProxy,
    office_ca_in_system_store: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    contacts = write_contacts(tmp_path / "contacts.csv")
    with office_proxy:
        use_proxy(monkeypatch, office_proxy.url)
        done = run_cli(
            tmp_path, "upload", contacts, "--api-url", f"https://{OFFICE_API_HOST}",
            "--list-id", "0", "--yes",
        )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert set(https_sandbox.store.contacts()) == {"+16175551212", "+16175551313"}
    assert office_proxy.tunnels and set(office_proxy.tunnels) == {f"{OFFICE_API_HOST}:443"}


def test_lists_refuses_an_unknown_authority_without_speaking_of_contacts(
    https_sandbox: SandboxServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv(ENV_VAR, TEST_API_KEY)
    assert main(["lists", "--api-url", local_url(https_sandbox)]) == 3
    err = capsys.readouterr().err
    assert err == (
        f"contact-importer: Could not talk to Sociocs at localhost:{https_sandbox.port}: its "
        f"certificate is not signed by an authority this computer trusts. {OFFICE_SENTENCE}\n"
    )


def test_upload_stops_at_once_on_an_unknown_authority_and_says_nothing_was_sent(
    https_sandbox: SandboxServer, tmp_path: Path
) -> None:
    contacts = write_contacts(tmp_path / "contacts.csv")
    done = run_cli(
        tmp_path, "upload", contacts, "--api-url", local_url(https_sandbox),
        "--list-id", "0", "--yes",
    )  # fmt: skip
    assert done.returncode == 3, done.stderr
    assert OFFICE_SENTENCE in done.stderr
    assert "Retrying" not in done.stdout + done.stderr
    assert "may or may not" not in done.stderr
    assert https_sandbox.store.contacts() == {}


def test_lists_names_the_proxy_that_wants_a_password(
    https_sandbox: SandboxServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    routes = {f"{OFFICE_API_HOST}:443": ("127.0.0.1", https_sandbox.port)}
    monkeypatch.setenv(ENV_VAR, TEST_API_KEY)
    with TunnelProxy(routes, credentials=("office", "pw")) as proxy:
        use_proxy(monkeypatch, proxy.url)
        assert main(["lists", "--api-url", f"https://{OFFICE_API_HOST}"]) == 3
    err = capsys.readouterr().err
    assert err.startswith(
        f"contact-importer: The network's proxy ({proxy.address}) asks for a user name and "
        "password (HTTP 407)"
    )
    assert "contacts" not in err
