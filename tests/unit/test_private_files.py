"""Private by default: every file the program keeps for itself is 0600 in 0700 folders.

The end-to-end tests run `contact-importer upload` and `undo` as real commands against the
sandbox, with a permissive umask (022) and every writable place under the test folder, then
list every file and folder written under the home folder. The report, saved beside the
spreadsheet, is the user's document and keeps the umask's mode.
"""

from __future__ import annotations

import csv
import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from importer.atomic_file import write_text_atomic
from importer.cli.crash_log import write_crash_log
from importer.mapping.memory import MappingMemory
from importer.mapping.model import ColumnChoice, Mapping, Role
from importer.mapping.template import save_template
from importer.private_files import open_private, private_folder, private_opener
from importer.sandbox.server import SandboxServer
from importer.settings_paths import APP_NAME, HOME_VARIABLE, mappings_dir
from tests.helpers.sandbox import TEST_API_KEY

pytestmark = [
    pytest.mark.timeout(120),
    pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes"),
]

ROOT = Path(__file__).resolve().parents[2]
COMMAND = Path(sys.executable).with_name("contact-importer")
PERMISSIVE = 0o022
"""The usual umask: without care, files would be 0644 and folders 0755."""


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def permissive_umask() -> Iterator[None]:
    previous = os.umask(PERMISSIVE)
    try:
        yield
    finally:
        os.umask(previous)


class Commands:
    """`contact-importer` run in a child whose home, XDG folders and temp are under ``root``,
    with umask 022."""

    def __init__(self, root: Path) -> None:
        self.home = root / "home"
        self.home.mkdir()
        (root / "tmp").mkdir()
        self.env = {
            **{k: v for k, v in os.environ.items() if not k.startswith(("SOCIOCS_", "XDG_"))},
            "HOME": str(self.home),
            "TMPDIR": str(root / "tmp"),
            "PYTHONPATH": str(ROOT),
            "SOCIOCS_API_KEY": TEST_API_KEY,
        }
        self.root = root

    def __call__(self, *args: str) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            [str(COMMAND), *args],
            cwd=self.root,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=90,
            check=False,
            preexec_fn=lambda: os.umask(PERMISSIVE),
        )
        assert "Traceback" not in done.stderr, done.stderr
        return done

    def data(self) -> Path:
        return self.home / ".local" / "share" / APP_NAME


def write_contacts(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Phone", "Name", "City"])
        for i in range(8):
            writer.writerow([f"+1 617 200 {i:04d}", f"Person {i}", "Boston"])
    return path


def import_and_undo(run: Commands, sandbox: SandboxServer, contacts: Path) -> None:
    sandbox.store.upsert(0, [{"phone_number": "+16172000001", "name": "Before"}])
    upload = run("upload", str(contacts), "--api-url", sandbox.url, "--list-id", "0", "--yes")
    assert upload.returncode == 0, upload.stderr
    assert "To undo this import" in upload.stdout
    undo = run("undo", "--yes")
    assert undo.returncode == 0, undo.stdout + undo.stderr
    assert [c["name"] for c in sandbox.store.contacts().values()] == ["Before"]


def test_an_import_and_its_undo_write_only_private_files(
    tmp_path: Path, sandbox: SandboxServer
) -> None:
    run = Commands(tmp_path)
    contacts = write_contacts(tmp_path / "work" / "contacts.csv")

    import_and_undo(run, sandbox, contacts)

    written = sorted(run.home.rglob("*"))
    files = [p for p in written if p.is_file()]
    suffixes = {p.suffix for p in files}
    assert {".journal", ".backup", ".undo", ".json"} <= suffixes, written
    assert (run.data() / "history.json") in files
    assert {str(p.relative_to(run.home)): oct(mode(p)) for p in written} == {
        str(p.relative_to(run.home)): oct(0o700 if p.is_dir() else 0o600) for p in written
    }
    assert not any((tmp_path / "tmp").iterdir()), "nothing is left in the temporary folder"
    copies = run.data() / "journals" / "checked"
    assert mode(copies) == 0o700 and not any(copies.iterdir()), "no copy of the file is left"
    (report,) = (p for p in contacts.parent.iterdir() if p != contacts)
    assert "import report" in report.name
    assert mode(report) == 0o644, "the report is the user's document: the umask decides"


def test_folders_and_files_an_older_version_left_open_are_tightened(
    tmp_path: Path, sandbox: SandboxServer
) -> None:
    run = Commands(tmp_path)
    journals = run.data() / "journals"
    journals.mkdir(parents=True, mode=0o755)
    for folder in (journals, run.data(), run.data().parent, run.data().parent.parent):
        folder.chmod(0o755)
    history = run.data() / "history.json"
    history.write_text('{"history": 1, "imports": []}', encoding="utf-8")
    history.chmod(0o644)

    import_and_undo(run, sandbox, write_contacts(tmp_path / "work" / "contacts.csv"))

    assert (mode(journals), mode(run.data()), mode(history)) == (0o700, 0o700, 0o600)
    assert mode(run.data().parent) == 0o755, "~/.local/share is not the program's to change"


def test_a_folder_the_user_chose_is_left_as_it_is(
    tmp_path: Path, permissive_umask: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(HOME_VARIABLE, str(tmp_path / "importer-home"))
    chosen = tmp_path / "shared"
    chosen.mkdir(mode=0o755)
    created = private_folder(chosen / "new" / "journals")
    assert (mode(chosen), mode(chosen / "new"), mode(created)) == (0o755, 0o700, 0o700)
    with open_private(created / "a.journal", "wb") as handle:
        handle.write(b"{}\n")
    assert mode(created / "a.journal") == 0o600


def test_an_existing_file_opened_privately_is_tightened(
    tmp_path: Path, permissive_umask: None
) -> None:
    old = tmp_path / "cli-errors.log"
    old.write_text("older\n", encoding="utf-8")
    assert mode(old) == 0o644
    with open(old, "a", encoding="utf-8", opener=private_opener) as handle:
        handle.write("newer\n")
    assert mode(old) == 0o600
    assert old.read_text(encoding="utf-8") == "older\nnewer\n"


def test_a_stricter_mode_is_never_widened(tmp_path: Path) -> None:
    previous = os.umask(0o077)
    try:
        folder = private_folder(tmp_path / "strict")
        with open(folder / "file", "w", encoding="utf-8", opener=private_opener):
            pass
        (folder / "older").touch(mode=0o400)
        with open(folder / "older", "rb", opener=private_opener):
            pass
    finally:
        os.umask(previous)
    assert (mode(folder), mode(folder / "file"), mode(folder / "older")) == (0o700, 0o600, 0o400)


def test_atomic_writes_are_private_unless_the_user_chose_the_place(
    tmp_path: Path, permissive_umask: None
) -> None:
    write_text_atomic(tmp_path / "own" / "history.json", "{}")
    write_text_atomic(tmp_path / "documents" / "mine.json", "{}", private=False)
    assert (mode(tmp_path / "own"), mode(tmp_path / "own" / "history.json")) == (0o700, 0o600)
    documents = tmp_path / "documents"
    assert (mode(documents), mode(documents / "mine.json")) == (0o755, 0o644)


def test_remembered_mappings_are_private_a_template_saved_elsewhere_is_not(
    tmp_path: Path, permissive_umask: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(HOME_VARIABLE, str(tmp_path / "importer-home"))
    mapping = Mapping((ColumnChoice(0, "Phone", Role.PHONE),))
    MappingMemory(mappings_dir()).remember(["Phone"], mapping)
    (remembered,) = mappings_dir().iterdir()
    save_template(mapping, tmp_path / "Documents" / "phone-mapping.json")
    assert (mode(mappings_dir()), mode(remembered)) == (0o700, 0o600)
    assert mode(tmp_path / "Documents" / "phone-mapping.json") == 0o644


def test_the_crash_log_is_private(
    tmp_path: Path, permissive_umask: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(HOME_VARIABLE, str(tmp_path / "importer-home"))
    log = write_crash_log(RuntimeError("a bug"), ["check"])
    assert log is not None
    assert (mode(tmp_path / "importer-home"), mode(log.parent), mode(log)) == (0o700, 0o700, 0o600)
