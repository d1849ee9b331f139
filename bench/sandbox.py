"""A sandbox server in its own process (as a real server would be), for upload stages."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
KEY = "bench:key"
LIST_ID = 10001
"""A list every fresh sandbox has."""


@dataclass(frozen=True)
class Sandbox:
    """A running sandbox: its URL and process id."""

    url: str
    pid: int

    def cpu_seconds(self) -> float:
        """CPU time (user + system) the server process has used so far."""
        fields = Path(f"/proc/{self.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@contextmanager
def separate_sandbox(database: Path | None = None) -> Iterator[Sandbox]:
    """Start ``contact-importer sandbox`` on a free port (keeping its contacts in the SQLite
    file ``database`` when given); stop it on exit."""
    command = [sys.executable, "-m", "importer.cli", "sandbox", "--port", "0", "--api-key", KEY]
    process = subprocess.Popen(
        [*command, *(["--db", str(database)] if database is not None else [])],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        match = re.search(r"http://127\.0\.0\.1:\d+", process.stdout.readline())
        assert match, "the sandbox did not start"
        yield Sandbox(match.group(0), process.pid)
    finally:
        process.terminate()
        process.wait(timeout=30)
