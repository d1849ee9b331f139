"""The command line's reports, from Zoë's folder: an upload whose report is still open in Excel
saves it under the next free name, a check whose report folder is read-only saves it in
Documents, and both say where on stderr; the history keeps where the report really is."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from importer.cli.main import main
from importer.history.store import ImportHistory, history_file
from importer.sandbox.server import SandboxServer
from importer.settings_paths import data_dir
from tests.helpers.make_files import write_xlsx
from tests.helpers.sandbox import TEST_API_KEY

ROWS = [
    ["Vorname", "Nachname", "Handy", "Ort"],
    ["Zoë", "Müller", "+49 1512 3456789", "Köln"],
    ["Jürgen", "Weiß", "+49 1523 4567890", "Düsseldorf"],
]


@pytest.fixture
def zoe(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SOCIOCS_API_KEY", TEST_API_KEY)
    monkeypatch.setenv("SOCIOCS_IMPORTER_HOME", str(tmp_path / "home"))
    folder = tmp_path / "Zoë Müller"
    folder.mkdir()
    return folder


def test_an_upload_report_held_open_in_excel_goes_to_the_next_free_name(
    zoe: Path,
    sandbox: SandboxServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    source = write_xlsx(zoe / "Kunden 2026.xlsx", ROWS)
    wanted = zoe / "Bericht Kunden 2026.xlsx"
    wanted.write_bytes(b"last week's report, open in Excel")
    replace = Path.replace

    def locked(self: Path, target: str | os.PathLike[str]) -> Path:
        if Path(target) == wanted:
            raise PermissionError(errno.EACCES, "being used by another process")
        return replace(self, target)

    monkeypatch.setattr(Path, "replace", locked)
    options = ["--api-url", sandbox.url, "--list-id", "0", "--yes", "--report", str(wanted)]
    status = main(["upload", str(source), *options])
    out, err = capsys.readouterr()
    moved = zoe / "Bericht Kunden 2026 (2).xlsx"
    assert status == 0
    assert set(sandbox.store.contacts()) == {"+4915123456789", "+4915234567890"}
    assert moved.is_file() and wanted.read_bytes() == b"last week's report, open in Excel"
    assert f"Report saved to {moved}." in out
    assert err.endswith(
        f'contact-importer: The report could not be saved as "{wanted}": a file of that name is '
        f'open in another program. It is saved as "{moved}" instead.\n'
    )
    (entry,) = ImportHistory(history_file(data_dir())).entries()
    assert entry.report_path == str(moved)


def test_a_check_report_in_a_read_only_folder_goes_to_documents(
    zoe: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_xlsx(zoe / "Kunden 2026.xlsx", ROWS)
    touch = Path.touch

    def read_only(self: Path, mode: int = 0o666, exist_ok: bool = True) -> None:
        if self.parent == zoe:
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        touch(self, mode, exist_ok)

    monkeypatch.setattr(Path, "touch", read_only)
    status = main(["check", str(source), "--report", str(zoe / "Prüfung.csv")])
    out, err = capsys.readouterr()
    documents = tmp_path / "home" / "Documents" / "Prüfung.csv"
    assert status == 0
    assert "2 rows: 2 ready to send" in out
    assert documents.read_text(encoding="utf-8-sig").startswith("Row,Status")
    assert "the folder may not be written to" in err and str(documents) in err
    assert sorted(p.name for p in zoe.iterdir()) == ["Kunden 2026.xlsx"]
