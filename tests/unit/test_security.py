"""Security: the API key is never written anywhere, connections are HTTPS with verified
certificates (plain HTTP only to this computer), and nothing talks to any other host."""

from __future__ import annotations

import base64
import csv
import os
import re
import ssl
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from importer.api.client import SociocsClient
from importer.sandbox.server import SandboxServer

pytestmark = pytest.mark.timeout(120)

ROOT = Path(__file__).resolve().parents[2]
KEY_USER = "sec-user-7f3a"
KEY_SECRET = "S3cr3t-Only-In-Keyring-9c1d"
KEY = f"{KEY_USER}:{KEY_SECRET}"
WRONG_KEY = f"{KEY_USER}:Wr0ng-Secret-Never-Echoed-42"
COMMAND = Path(sys.executable).with_name("contact-importer")


def secret_forms(key: str) -> list[str]:
    """The key as any file or message might hold it: whole, its secret half, Basic-auth base64."""
    secret = key.split(":", 1)[1]
    encoded = base64.b64encode(key.encode()).decode()
    return [key, secret, encoded, encoded.rstrip("="), base64.b64encode(secret.encode()).decode()]


@pytest.fixture
def secure_sandbox() -> Iterator[SandboxServer]:
    server = SandboxServer(KEY).start()
    try:
        yield server
    finally:
        server.stop()


def write_contacts(path: Path) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Phone", "Name", "City"])
        for i in range(12):
            writer.writerow(["12" if i == 3 else f"+1 617 200 {i:04d}", f"Person {i}", "Boston"])
    return path


class Runs:
    """`contact-importer` in a subprocess whose every writable place is under one folder."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.outputs: list[str] = []
        home = root / "user-home"
        self.env = {
            **{k: v for k, v in os.environ.items() if not k.startswith(("SOCIOCS_", "XDG_"))},
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_DATA_HOME": str(home / ".local" / "share"),
            "XDG_STATE_HOME": str(home / ".local" / "state"),
            "XDG_CACHE_HOME": str(home / ".cache"),
            "TMPDIR": str(root / "tmp"),
            "SOCIOCS_IMPORTER_HOME": str(root / "importer-home"),
            "PYTHONPATH": str(ROOT),
        }
        (root / "tmp").mkdir()

    def __call__(self, key: str, *args: str) -> int:
        done = subprocess.run(
            [str(COMMAND), *args],
            cwd=self.root,
            env={**self.env, "SOCIOCS_API_KEY": key},
            capture_output=True,
            text=True,
            timeout=90,
            check=False,
        )
        self.outputs += [done.stdout, done.stderr]
        assert "Traceback" not in done.stderr, done.stderr
        return done.returncode


def test_the_key_is_never_written_to_any_file_or_output(
    secure_sandbox: SandboxServer, tmp_path: Path
) -> None:
    run = Runs(tmp_path)
    contacts = write_contacts(tmp_path / "contacts.csv")
    url = secure_sandbox.url
    assert run(KEY, "check", str(contacts), "--report", "check-report.xlsx") == 1
    assert run(KEY, "lists", "--api-url", url) == 0
    upload = ["upload", str(contacts), "--api-url", url, "--list-id", "0", "--yes"]
    assert run(KEY, *upload, "--report", "upload-report.csv") == 1
    assert run(WRONG_KEY, *upload, "--report", "refused.xlsx") == 3
    secure_sandbox.faults.auth_fail_next = 100
    assert run(KEY, *upload, "--batch-size", "2") == 3
    secure_sandbox.faults.auth_fail_next = 0
    assert run(KEY, "lists", "--api-url", "http://127.0.0.1:9") == 3
    assert run(KEY, *upload[:2], "--api-url", url + "/v9", *upload[4:]) == 3
    assert run(KEY, *upload, "--batch-size", "2", "--resume") in (0, 1)

    written = [path for path in tmp_path.rglob("*") if path.is_file() and path != contacts]
    names = {path.name for path in written}
    assert {"check-report.xlsx", "upload-report.csv"} <= names
    assert any(path.suffix == ".journal" for path in written), names
    forms = secret_forms(KEY) + secret_forms(WRONG_KEY)
    for path in written:
        data = path.read_bytes()
        for form in forms:
            assert form.encode() not in data, (path, form)
            assert form.encode("utf-16-le") not in data, (path, form)
    for text in run.outputs:
        for form in forms:
            assert form not in text


def test_no_command_takes_the_key_on_its_command_line() -> None:
    for command in ("check", "upload", "lists"):
        done = subprocess.run(
            [str(COMMAND), command, "--help"], capture_output=True, text=True, check=True
        )
        assert not re.search(r"--\S*key", done.stdout, re.IGNORECASE), done.stdout
        assert "SOCIOCS_API_KEY" in done.stdout or command == "check"


def test_the_client_keeps_the_key_out_of_its_repr_and_errors(
    secure_sandbox: SandboxServer,
) -> None:
    from importer.api.errors import ApiError

    with SociocsClient(WRONG_KEY, secure_sandbox.url) as client:
        assert not any(form in repr(client) for form in secret_forms(WRONG_KEY))
        with pytest.raises(ApiError) as caught:
            client.lists()
    text = f"{caught.value} {caught.value!r} {caught.value.args}"
    assert not any(form in text for form in secret_forms(WRONG_KEY))


# --- transport --------------------------------------------------------------------------------

SOURCE_FILES = sorted(
    path for folder in ("importer", "gui") for path in (ROOT / folder).rglob("*.py")
)


def source_text() -> Iterator[tuple[Path, str]]:
    for path in SOURCE_FILES:
        yield path.relative_to(ROOT), path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "pattern",
    [
        r"verify\s*=\s*False",
        r"\.verify[ \t]*=[ \t]*(?!True\b)\S",
        r"CERT_NONE",
        r"check_hostname\s*=\s*False",
        r"_create_unverified_context",
        r"disable_warnings",
        r"PYTHONHTTPSVERIFY",
        r"REQUESTS_CA_BUNDLE|CURL_CA_BUNDLE",
    ],
)
def test_certificate_verification_is_never_turned_off(pattern: str) -> None:
    found = [str(path) for path, text in source_text() if re.search(pattern, text)]
    assert found == []


def test_the_session_verifies_certificates_and_never_follows_redirects(
    secure_sandbox: SandboxServer,
) -> None:
    with SociocsClient(KEY, secure_sandbox.url) as client:
        session = client._session
        assert session.verify is True
        assert session.trust_env is False
    with SociocsClient(KEY, "https://api.sociocs.com") as client:
        assert client.trust is not None
        context = client.trust.context
        assert context.verify_mode is ssl.CERT_REQUIRED
        assert context.check_hostname
    source = (ROOT / "importer" / "api" / "client.py").read_text(encoding="utf-8")
    assert source.count("allow_redirects=False") == source.count("self._session.request(")


ALLOWED_HOSTS = {
    *("api.sociocs.com", "sociocs.com", "127.0.0.1", "localhost", "[::1]", "{self.host}"),
    "{proxy}",
}
"""The only hosts the program may name: the API, its documentation, this computer, and the
user's own proxy (how a proxy setting with a password is written, in a message)."""
_URL = re.compile(r"\b[a-z][a-z0-9+.-]*://([^/\s\"'<>)`]*)", re.IGNORECASE)
_NETWORK_MODULES = re.compile(
    r"^\s*(?:import|from)\s+(socket|urllib\.request|http\.client|requests|urllib3|aiohttp|httpx)\b",
    re.MULTILINE,
)
NETWORK_USERS = {
    "importer/api/client.py": {"requests"},
    "importer/api/network_errors.py": {"requests", "urllib3"},
    "importer/api/proxies.py": {"requests"},
    "importer/api/responses.py": {"requests"},
    "importer/api/session.py": {"requests"},
    "importer/sandbox/server.py": {"socket"},
}
"""Modules allowed to use network libraries: the API client and its session, proxy choice and
error words (to the configured API only), and the sandbox (listening on loopback)."""


def _host(netloc: str) -> str:
    netloc = netloc.rpartition("@")[2]
    host = netloc if netloc.startswith("[") else netloc.split(":")[0]
    return host.rstrip(".,;")


def test_no_host_but_the_api_and_this_computer_is_named() -> None:
    named = {
        (str(path), _host(match.group(1)))
        for path, text in source_text()
        for match in _URL.finditer(text)
    }
    others = {(path, host) for path, host in named if host and host not in ALLOWED_HOSTS}
    assert others == set()


def test_only_the_api_client_and_the_sandbox_use_the_network() -> None:
    users = {
        str(path): set(_NETWORK_MODULES.findall(text))
        for path, text in source_text()
        if _NETWORK_MODULES.search(text)
    }
    assert users == NETWORK_USERS


def test_plain_http_is_refused_for_any_host_but_this_computer() -> None:
    from importer.api.errors import InsecureUrlError

    for url in ("http://api.sociocs.com", "http://192.168.1.10:8080", "http://127.0.0.1.evil.com"):
        with pytest.raises(InsecureUrlError):
            SociocsClient(KEY, url)
