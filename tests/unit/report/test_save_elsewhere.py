"""A report is not lost at the end of an import for want of its place.

The previous report still open in Excel (Windows refuses to replace a file another program holds:
``PermissionError`` from the final move) sends it to the next free name beside it; a folder
without write access (or gone) sends it to Documents. :class:`Saved` says where, and why.
Paths with spaces and non-ASCII letters throughout. The refusals are the operating system's
own errors, raised where Windows or a read-only folder raises them (this machine's tests may
run as root, which no permission bit stops); one test uses a real read-only folder where it can.
"""

from __future__ import annotations

import errno
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from importer.errors import ImporterError
from importer.report.location import free_path
from importer.report.write import write_report
from importer.report.writers import Saved, open_table
from tests.unit.report.test_write import SOURCE, make_result, xlsx_rows


@pytest.fixture
def zoe(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Zoë's folder, and her Documents folder (SOCIOCS_IMPORTER_HOME/Documents)."""
    monkeypatch.setenv("SOCIOCS_IMPORTER_HOME", str(tmp_path / "Zoë Müller" / "Daten"))
    folder = tmp_path / "Zoë Müller" / "Kunden"
    folder.mkdir(parents=True)
    return folder


def documents(zoe: Path) -> Path:
    return zoe.parent / "Daten" / "Documents"


@pytest.fixture
def locked(monkeypatch: pytest.MonkeyPatch) -> Iterator[set[Path]]:
    """Files "open in Excel": replacing them fails as on Windows ([WinError 32])."""
    held: set[Path] = set()
    replace = Path.replace

    def refuse_locked(self: Path, target: str | os.PathLike[str]) -> Path:
        if Path(target) in held:
            raise PermissionError(
                errno.EACCES, "The process cannot access the file because it is being used"
            )
        return replace(self, target)

    monkeypatch.setattr(Path, "replace", refuse_locked)
    yield held


@pytest.fixture
def read_only(monkeypatch: pytest.MonkeyPatch) -> Iterator[set[Path]]:
    """Folders in which no new file may be made (a share without write access)."""
    folders: set[Path] = set()
    touch = Path.touch

    def refuse_in_folder(self: Path, mode: int = 0o666, exist_ok: bool = True) -> None:
        if self.parent in folders:
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        touch(self, mode, exist_ok)

    monkeypatch.setattr(Path, "touch", refuse_in_folder)
    yield folders


def test_a_report_held_open_in_excel_is_saved_under_the_next_free_name(
    zoe: Path, locked: set[Path]
) -> None:
    wanted = zoe / "Kunden 2026 — import report 2026-12-07 10.05.xlsx"
    wanted.write_bytes(b"the previous report, open in Excel")
    (zoe / "Kunden 2026 — import report 2026-12-07 10.05 (2).xlsx").write_bytes(b"another")
    locked.add(wanted)
    saved = write_report(wanted, make_result(), SOURCE)
    assert saved.path == zoe / "Kunden 2026 — import report 2026-12-07 10.05 (3).xlsx"
    assert saved.moved and saved.wanted == wanted
    assert saved.reason == "a file of that name is open in another program"
    assert wanted.read_bytes() == b"the previous report, open in Excel", "left alone"
    assert xlsx_rows(saved.path)[0][:3] == ["Row", "Status", "Phone number"]
    assert sorted(p.name for p in zoe.iterdir() if p.name.startswith(".")) == [], "no leftovers"
    assert saved.note() == (
        f'The report could not be saved as "{wanted}": a file of that name is open in another '
        f'program. It is saved as "{saved.path}" instead.'
    )


def test_a_folder_without_write_access_sends_the_report_to_documents(
    zoe: Path, read_only: set[Path]
) -> None:
    read_only.add(zoe)
    (documents(zoe)).mkdir(parents=True)
    (documents(zoe) / "Kunden 2026 report.csv").write_text("someone else's file")
    saved = write_report(zoe / "Kunden 2026 report.csv", make_result(), SOURCE)
    assert saved.path == documents(zoe) / "Kunden 2026 report (2).csv"
    assert saved.reason == "the folder may not be written to"
    assert (documents(zoe) / "Kunden 2026 report.csv").read_text() == "someone else's file"
    assert saved.path.read_text(encoding="utf-8-sig").startswith("Row,Status,Phone number")
    assert list(zoe.iterdir()) == []


def test_both_refused_at_once_documents_take_it(
    zoe: Path, locked: set[Path], read_only: set[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The lock is found at the end (the rows are written): the finished file moves on."""
    wanted = zoe / "Kunden 2026.xlsx"
    wanted.write_bytes(b"open in Excel")
    locked.add(wanted)
    move_refused: list[Path] = []
    real_move = shutil.move

    def move(source: str, target: Path) -> object:
        if Path(target).parent == zoe:
            move_refused.append(Path(target))
            raise PermissionError(errno.EACCES, "Permission denied")
        return real_move(source, target)

    monkeypatch.setattr(shutil, "move", move)
    saved = write_report(wanted, make_result(), SOURCE)
    assert move_refused == [zoe / "Kunden 2026 (2).xlsx"]
    assert saved.path == documents(zoe) / "Kunden 2026.xlsx"
    assert saved.reason == "a file of that name is open in another program"


def test_nowhere_to_go_raises_the_first_reason_and_leaves_nothing(
    zoe: Path, read_only: set[Path]
) -> None:
    read_only.update({zoe, documents(zoe)})
    with pytest.raises(ImporterError) as caught:
        write_report(zoe / "Kunden 2026.xlsx", make_result(), SOURCE)
    assert f'Could not save the report to "{zoe / "Kunden 2026.xlsx"}"' in caught.value.user_text()
    assert list(zoe.iterdir()) == []
    assert list(documents(zoe).iterdir()) == []


def test_a_file_written_only_where_asked_fails_instead(zoe: Path, locked: set[Path]) -> None:
    """The rows to fix are saved where the user chose in a dialog: no surprise elsewhere."""
    wanted = zoe / "Zeilen zum Korrigieren.xlsx"
    wanted.write_bytes(b"open")
    locked.add(wanted)
    with pytest.raises(ImporterError, match="open in another program"), open_table(wanted) as t:
        t.write_row(["a"])
    assert wanted.read_bytes() == b"open"
    assert [p.name for p in zoe.iterdir()] == [wanted.name]


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="root writes anywhere")
def test_a_real_read_only_folder(zoe: Path) -> None:
    zoe.chmod(0o555)
    try:
        saved = write_report(zoe / "r.xlsx", make_result(), SOURCE)
    finally:
        zoe.chmod(0o755)
    assert saved.path == documents(zoe) / "r.xlsx"


def test_free_names_count_on_from_two() -> None:
    where = Path("/nonexistent/Zoë Müller/report.xlsx")
    assert free_path(where) == where
    assert free_path(where, first=2) == where.with_name("report (2).xlsx")
    assert Saved(where, where).note() == ""
