"""`contact-importer sandbox` as a real subprocess: start, serve, faults, stop cleanly."""

from __future__ import annotations

import re
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from importer.api.client import SociocsClient
from importer.api.errors import RateLimitedError
from importer.cli.main import main

ROOT = Path(__file__).resolve().parents[3]
URL_LINE = re.compile(r"Sandbox running at (http://127\.0\.0\.1:\d+) — API key (\S+)\.")


class RunningSandbox:
    def __init__(self, *options: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "importer.cli", "sandbox", "--port", "0", *options],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        match = URL_LINE.search(line)
        assert match, line + self.process.stderr.read() if self.process.stderr else line
        self.url, self.key = match.group(1), match.group(2)

    def stop(self, signum: int) -> tuple[int, str]:
        self.process.send_signal(signum)
        out, _ = self.process.communicate(timeout=20)
        return self.process.returncode, out


@pytest.fixture
def started() -> Iterator[list[RunningSandbox]]:
    servers: list[RunningSandbox] = []
    yield servers
    for server in servers:
        if server.process.poll() is None:
            server.process.kill()
            server.process.communicate(timeout=20)


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_serves_and_stops_cleanly(started: list[RunningSandbox], signum: int) -> None:
    server = RunningSandbox("--api-key", "rehearsal:key")
    started.append(server)
    assert server.key == "rehearsal:key"
    with SociocsClient(server.key, server.url) as api:
        assert [item.name for item in api.lists()][:2] == ["All Contacts", "Newsletter"]
    code, out = server.stop(signum)
    assert code == 0
    assert "Sandbox stopped." in out


def test_rate_limit_option(started: list[RunningSandbox]) -> None:
    server = RunningSandbox("--rate-limit", "1/min", "--retry-after", "none")
    started.append(server)
    with SociocsClient(server.key, server.url) as api:
        api.lists()
        with pytest.raises(RateLimitedError) as caught:
            api.lists()
    assert caught.value.retry_after is None
    assert server.stop(signal.SIGTERM)[0] == 0


def test_database_file_keeps_contacts_between_runs(
    started: list[RunningSandbox], tmp_path: Path
) -> None:
    db = str(tmp_path / "sandbox.sqlite")
    first = RunningSandbox("--db", db)
    started.append(first)
    with SociocsClient(first.key, first.url) as api:
        api.bulk_upsert(10001, None, [{"phone_number": "+16175551212", "name": "Ann"}])
    assert first.stop(signal.SIGTERM)[0] == 0
    second = RunningSandbox("--db", db)
    started.append(second)
    with SociocsClient(second.key, second.url) as api:
        (contact,) = api.contacts_page(10001, 0).contacts()
    assert (contact.phone, contact.name) == ("+16175551212", "Ann")
    assert second.stop(signal.SIGTERM)[0] == 0


@pytest.mark.parametrize(
    "options",
    [
        ["--rate-limit", "fast"],
        ["--rate-limit", "0/min"],
        ["--server-errors-every", "0"],
        ["--port", "70000"],
        ["--port", "-1"],
    ],
)
def test_bad_options_exit_2(options: list[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["sandbox", *options])
    assert caught.value.code == 2
