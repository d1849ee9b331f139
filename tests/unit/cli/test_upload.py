"""`contact-importer upload` against the sandbox: plan, confirmation, exit statuses, resume,
a SIGKILL mid-upload, and the API key never written anywhere."""

from __future__ import annotations

import csv
import io
import itertools
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import openpyxl
import pytest

from importer.check.run import run_check
from importer.cli.import_options import resolve_import
from importer.cli.main import build_parser, main
from importer.history.store import ImportHistory, history_file
from importer.sandbox.faults import FaultDecision
from importer.sandbox.server import SandboxServer
from importer.settings_paths import data_dir
from tests.helpers.sandbox import TEST_API_KEY
from tests.helpers.upload_rows import expected_contacts

ROOT = Path(__file__).resolve().parents[3]


def write_csv(path: Path, count: int, *, bad_rows: tuple[int, ...] = ()) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Phone", "Name", "City"])
        for i in range(count):
            phone = "12" if i in bad_rows else f"+1 617 {200 + i // 10000:03d} {i % 10000:04d}"
            writer.writerow([phone, f"Person {i}", f"City {i % 5}"])
    return path


def expected_for(path: Path, list_id: int) -> dict[str, dict[str, object]]:
    args = build_parser().parse_args(["upload", str(path), "--list-id", str(list_id)])
    result = run_check(resolve_import(args))
    return expected_contacts(result, list_id)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SOCIOCS_API_KEY", TEST_API_KEY)
    monkeypatch.setenv("SOCIOCS_IMPORTER_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


def upload(sandbox: SandboxServer, path: Path, *extra: str) -> int:
    return main(["upload", str(path), "--api-url", sandbox.url, *extra])


def written_files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


def test_upload_sends_valid_rows_reports_and_never_writes_the_key(
    sandbox: SandboxServer, home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_csv(tmp_path / "contacts.csv", 30, bad_rows=(4,))
    report = tmp_path / "report.csv"
    status = upload(sandbox, source, "--list-id", "10001", "--yes", "--report", str(report))
    out, err = capsys.readouterr()
    assert status == 1
    assert "Ready to upload: 29 (0 with a note) · cannot be sent: 1" in out
    assert "keeps its Sociocs value (--existing keep)" in out
    assert '"Newsletter" (list 10001)' in out
    assert sandbox.store.contacts() == expected_for(source, 10001)
    with report.open(encoding="utf-8-sig") as handle:
        statuses = [row["Status"] for row in csv.DictReader(handle)]
    assert statuses.count("uploaded") == 29 and statuses[4] == "invalid"
    files = written_files(home)
    assert any(p.suffix == ".journal" for p in files)
    for text in [out, err, *(p.read_bytes().decode("utf-8", "replace") for p in [*files, report])]:
        assert TEST_API_KEY not in text and "test-secret" not in text


def test_all_valid_rows_uploaded_exits_zero(
    sandbox: SandboxServer, home: Path, tmp_path: Path
) -> None:
    source = write_csv(tmp_path / "contacts.csv", 10)
    assert upload(sandbox, source, "--list-id", "0", "--yes", "--batch-size", "3") == 0
    assert len(sandbox.store.contacts()) == 10


def test_confirmation_is_required_without_a_terminal(
    sandbox: SandboxServer, home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_csv(tmp_path / "contacts.csv", 10)
    assert upload(sandbox, source, "--list-id", "0") == 2
    err = capsys.readouterr().err
    assert "--yes" in err and "agreed to be contacted by this Sociocs account" in err
    assert sandbox.store.contacts() == {}


class Terminal(io.StringIO):
    """Typed answers, read as from a terminal."""

    def isatty(self) -> bool:
        return True


def test_on_a_terminal_the_user_confirms_consent_once_and_it_is_recorded(
    sandbox: SandboxServer,
    home: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = write_csv(tmp_path / "contacts.csv", 4)
    monkeypatch.setattr(sys, "stdin", Terminal("no\n"))
    assert upload(sandbox, source, "--list-id", "0") == 3
    out = capsys.readouterr().out
    assert out.count("By typing yes you confirm that these contacts agreed to be contacted") == 1
    assert sandbox.store.contacts() == {}, "nothing is sent without the answer"

    monkeypatch.setattr(sys, "stdin", Terminal("yes\n"))
    assert upload(sandbox, source, "--list-id", "0") == 0
    assert len(sandbox.store.contacts()) == 4
    (entry,) = ImportHistory(history_file(data_dir())).entries()
    assert entry.consent_confirmed


def test_yes_covers_consent_and_the_report_says_it_was_confirmed(
    sandbox: SandboxServer, home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_csv(tmp_path / "contacts.csv", 3)
    assert upload(sandbox, source, "--list-id", "10001", "--yes") == 0
    out = capsys.readouterr().out
    assert "With --yes you confirm that these contacts agreed to be contacted" in out
    (entry,) = ImportHistory(history_file(data_dir())).entries()
    assert entry.consent_confirmed and Path(entry.report_path).parent == tmp_path
    book = openpyxl.load_workbook(entry.report_path)
    assert book.sheetnames == ["Report", "About this import"]
    about = dict(book["About this import"].iter_rows(values_only=True))
    assert about["File"] == str(source) and about["List"] == "Newsletter"
    assert about["The contacts agreed to be contacted by this account"].startswith("Yes")


def test_list_by_name_is_created_on_request(
    sandbox: SandboxServer, home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_csv(tmp_path / "contacts.csv", 5)
    assert upload(sandbox, source, "--list", "Spring fair", "--yes") == 2
    assert "--create-list" in capsys.readouterr().err
    assert upload(sandbox, source, "--list", "Spring fair", "--create-list", "--yes") == 0
    (created,) = [item for item in sandbox.store.lists() if item["name"] == "Spring fair"]
    assert sandbox.store.contacts() == expected_for(source, created["id"])


def test_unknown_list_id_is_refused_before_sending(
    sandbox: SandboxServer, home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_csv(tmp_path / "contacts.csv", 5)
    assert upload(sandbox, source, "--list-id", "777", "--yes") == 2
    assert "no Sociocs list with id 777" in capsys.readouterr().err


def test_key_refused_mid_run_stops_resumably_then_resume_finishes(
    sandbox: SandboxServer,
    home: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = write_csv(tmp_path / "contacts.csv", 20)
    plan = sandbox.faults
    original = plan.before_request
    requests = itertools.count()

    def refuse_the_third(method: str = "GET", path: str = "") -> FaultDecision:
        if next(requests) == 3:
            plan.auth_fail_next = 1
        return original(method, path)

    monkeypatch.setattr(plan, "before_request", refuse_the_third)
    assert upload(sandbox, source, "--list-id", "0", "--yes", "--batch-size", "5") == 3
    err = capsys.readouterr().err
    assert "did not accept the API key" in err and "--resume" in err
    assert len(sandbox.store.contacts()) == 10

    assert upload(sandbox, source, "--list-id", "0", "--yes", "--batch-size", "5") == 2
    assert "Pass --resume to continue it" in capsys.readouterr().err

    assert upload(sandbox, source, "--list-id", "0", "--yes", "--batch-size", "5", "--resume") == 0
    out = capsys.readouterr().out
    assert "10 of 20 rows were done" in out
    assert "Following the comparison made when this import started." in out
    assert sandbox.store.contacts() == expected_for(source, 0)
    # the comparison (one page) and two batches, the refused third; then two batches
    assert sandbox.store.request_count == 1 + 2 + 1 + 2


def test_wrong_api_address_stops_with_a_hint(
    sandbox: SandboxServer, home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_csv(tmp_path / "contacts.csv", 5)
    status = main(
        ["upload", str(source), "--api-url", sandbox.url + "/v9", "--list-id", "0", "--yes"]
    )
    assert status == 3
    assert "check the api address" in capsys.readouterr().err.lower()


def test_killed_mid_upload_and_resumed_leaves_exactly_the_expected_contacts(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    source = write_csv(tmp_path / "contacts.csv", 3000)
    journals = tmp_path / "journals"
    sandbox.faults.delay_seconds = 0.02
    env = {**os.environ, "SOCIOCS_API_KEY": TEST_API_KEY, "PYTHONPATH": str(ROOT)}
    command = [
        sys.executable,
        "-m",
        "importer.cli",
        "upload",
        str(source),
        "--api-url",
        sandbox.url,
        "--list-id",
        "10002",
        "--batch-size",
        "50",
        "--journal",
        str(journals),
        "--yes",
    ]
    process = subprocess.Popen(
        command, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and process.poll() is None:
            lines = [
                line for p in journals.glob("*.journal") for line in p.read_bytes().split(b"\n")
            ]
            if sum(b'"ack"' in line for line in lines) >= 5:
                break
            time.sleep(0.01)
        assert process.poll() is None, "the upload ended before it could be killed"
        process.send_signal(signal.SIGKILL)
    finally:
        process.communicate(timeout=30)
    assert process.returncode == -signal.SIGKILL
    done_before = len(sandbox.store.contacts())
    assert 250 <= done_before < 3000

    sandbox.faults.delay_seconds = 0.0
    resumed = subprocess.run(
        [*command, "--resume"], env=env, stdin=subprocess.DEVNULL, capture_output=True, timeout=120
    )
    assert resumed.returncode == 0, resumed.stderr.decode()
    assert b"Continuing the earlier upload" in resumed.stdout
    assert sandbox.store.contacts() == expected_for(source, 10002)
    kept = [p.read_bytes() for p in journals.rglob("*") if p.is_file()]
    for output in (resumed.stdout, resumed.stderr, *kept):
        assert TEST_API_KEY.encode() not in output
    copies = journals / "checked"
    assert [p.name for p in copies.iterdir()] == [], "a finished import keeps no copy of its rows"
