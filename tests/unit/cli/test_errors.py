"""No traceback reaches the user: the real command in a subprocess, fed what goes wrong in use.

Each case checks the exit status of :mod:`importer.cli.exit_status`, a ``contact-importer:``
line that says what happened, and that no Python traceback was printed.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from importer.cli import exit_status
from importer.sandbox.server import SandboxServer
from tests.helpers.sandbox import TEST_API_KEY

ROOT = Path(__file__).resolve().parents[3]


def command(*args: str | Path) -> list[str]:
    return [sys.executable, "-m", "importer.cli", *map(str, args)]


def environment(home: Path) -> dict[str, str]:
    """The CLI's environment: a throw-away home, the test key, Python's default buffering."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "SOCIOCS_IMPORTER_HOME": str(home)}
    env["SOCIOCS_API_KEY"] = TEST_API_KEY
    env.pop("PYTHONUNBUFFERED", None)  # users' stdout is block-buffered when piped
    return env


def run_cli(home: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command(*args),
        env=environment(home),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def write_contacts(path: Path, count: int, *, bad_every: int = 0) -> Path:
    """A CSV of ``count`` contacts; with ``bad_every``, every such row has a phone too short."""
    lines = ["Name,Phone"]
    for i in range(count):
        bad = bad_every and i % bad_every == 0
        lines.append(f"Person {i},{'12' if bad else f'+1 617 {200 + i // 10000} {i % 10000:04d}'}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def assert_told(result: subprocess.CompletedProcess[str], status: int, *words: str) -> None:
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == status, result.stderr
    line = result.stderr.strip().splitlines()[-1]
    assert line.startswith("contact-importer: ")
    for word in words:
        assert word in line


@pytest.mark.parametrize("options", [["check"], ["upload", "--list-id", "0", "--yes"]])
def test_a_file_that_does_not_exist(tmp_path: Path, options: list[str]) -> None:
    result = run_cli(tmp_path, *options, tmp_path / "nope.csv")
    assert_told(result, exit_status.UNUSABLE, '"nope.csv"', "does not exist")


def test_a_folder_given_as_the_file(tmp_path: Path) -> None:
    folder = tmp_path / "contacts.csv"
    folder.mkdir()
    assert_told(run_cli(tmp_path, "check", folder), exit_status.UNUSABLE, '"contacts.csv"')


def test_a_file_that_may_not_be_read(tmp_path: Path) -> None:
    unreadable = Path("/proc/1/mem")  # refused even to root (unlike a chmod 000 file)
    if not unreadable.exists():
        pytest.skip("needs Linux /proc")
    result = run_cli(tmp_path, "check", unreadable)
    assert_told(result, exit_status.UNUSABLE, '"mem"', "permission denied")


def test_a_report_in_a_folder_that_does_not_exist(tmp_path: Path) -> None:
    source = write_contacts(tmp_path / "contacts.csv", 5)
    result = run_cli(tmp_path, "check", source, "--report", tmp_path / "missing" / "r.xlsx")
    assert_told(result, exit_status.UNUSABLE, "the folder does not exist")
    assert result.stdout == ""  # refused before checking


def test_a_report_where_writing_is_not_allowed_goes_to_documents(tmp_path: Path) -> None:
    if not Path("/sys").is_dir():
        pytest.skip("needs Linux /sys (read-only even to root)")
    source = write_contacts(tmp_path / "contacts.csv", 5)
    result = run_cli(tmp_path, "check", source, "--report", "/sys/report.csv")
    moved = tmp_path / "Documents" / "report.csv"
    assert_told(result, exit_status.OK, '"/sys/report.csv"', "may not be written to", str(moved))
    assert moved.read_text(encoding="utf-8-sig").startswith("Row,Status")


def test_upload_refuses_an_unsavable_report_before_sending(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    source = write_contacts(tmp_path / "contacts.csv", 5)
    report = tmp_path / "missing" / "report.csv"
    args = ("--api-url", sandbox.url, "--list-id", "0", "--yes", "--report", report)
    result = run_cli(tmp_path, "upload", source, *args)
    assert_told(result, exit_status.UNUSABLE, "the folder does not exist")
    assert sandbox.store.request_count == 0


def test_json_piped_into_a_reader_that_stops_early(tmp_path: Path) -> None:
    """`check --json | head -c 100`: the reader goes away with most of the JSON unread."""
    source = write_contacts(tmp_path / "many.csv", 3_000, bad_every=2)
    process = subprocess.Popen(
        command("check", source, "--json"),
        env=environment(tmp_path),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None and process.stderr is not None
    assert process.stdout.read(100).startswith('{"file"')
    process.stdout.close()
    err = process.stderr.read()
    assert process.wait(timeout=60) == exit_status.STOPPED
    assert "Traceback" not in err and "Exception ignored" not in err
    assert err.strip() == (
        "contact-importer: stopped: the output was closed before everything was written."
    )


def test_ctrl_c_while_checking(tmp_path: Path) -> None:
    source = write_contacts(tmp_path / "big.csv", 1_000_000)
    process = subprocess.Popen(
        command("check", source),
        env=environment(tmp_path),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_until_open(process.pid, source)
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=60)
    finally:
        process.kill()
    assert process.returncode == exit_status.STOPPED, err
    assert err.strip() == "contact-importer: stopped."
    assert out == ""


def wait_until_open(pid: int, path: Path) -> None:
    """Wait until process ``pid`` has ``path`` open (it is reading it), via /proc."""
    fds = Path(f"/proc/{pid}/fd")
    if not Path("/proc/self/fd").is_dir():
        pytest.skip("needs Linux /proc")
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        for fd in fds.iterdir() if fds.is_dir() else ():
            try:
                if fd.readlink() == path:
                    return
            except OSError:
                continue
        time.sleep(0.005)
    pytest.fail(f"the command never opened {path.name}")


def test_upload_plan_comes_before_the_progress_on_one_pipe(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    """Both streams into one pipe (``2>&1 | less``): what is printed first is read first."""
    source = write_contacts(tmp_path / "contacts.csv", 20, bad_every=7)
    result = subprocess.run(
        command("upload", source, "--api-url", sandbox.url, "--list-id", "0", "--yes"),
        env=environment(tmp_path),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        timeout=120,
        check=False,
    )
    lines = result.stdout.splitlines()
    assert result.returncode == exit_status.INCOMPLETE, result.stdout
    assert lines[0].startswith("File: contacts.csv")
    assert lines[-3:] == [
        'Uploaded 17 rows to "All Contacts" (list 0). Not uploaded: 0 unchanged, 0 skipped, '
        "3 invalid, 0 duplicates, 0 rejected by Sociocs, 0 not sent.",
        lines[-2],
        lines[-1],
    ]
    assert lines[-2].startswith(f"Report saved to {tmp_path / 'contacts — import report '}")
    assert lines[-1].startswith("To undo this import: contact-importer undo ")
    progress = [i for i, line in enumerate(lines) if " of 17 rows (" in line]
    compared = [i for i, line in enumerate(lines) if line.startswith("Comparing with Sociocs")]
    plan = next(i for i, line in enumerate(lines) if line.startswith("Compared with Sociocs:"))
    assert compared and compared[-1] < plan < progress[0]
