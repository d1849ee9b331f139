"""The upload journal: durable, resumable, tolerant of a torn last line, never holds the key."""

from __future__ import annotations

import errno
import hashlib
import json
from dataclasses import replace
from pathlib import Path

import pytest

from importer.choices import ChoicesError, DuplicatePolicy
from importer.jobs.row_ranges import from_ranges, to_ranges
from importer.mapping.model import ColumnChoice, Mapping, Role
from importer.upload.identity import file_digest, import_identity
from importer.upload.journal import (
    Journal,
    JournalError,
    find_resumable,
    journal_path,
    list_resumable,
    spreadsheet_still_there,
)

IDENTITY = "a" * 64
MAPPING = Mapping((ColumnChoice(0, "Phone", Role.PHONE), ColumnChoice(1, "Name", Role.NAME)))


def _open(folder: Path, **kwargs: object) -> Journal:
    return Journal.open(folder, IDENTITY, file_name="contacts.xlsx", rows_total=100, **kwargs)  # type: ignore[arg-type]


def test_ranges_round_trip() -> None:
    rows = [0, 1, 2, 5, 9, 10]
    assert to_ranges(rows) == [[0, 3], [5, 6], [9, 11]]
    assert list(from_ranges(to_ranges(rows))) == rows


def test_malformed_ranges_are_skipped() -> None:
    assert list(from_ranges([[0, 2], "x", [1], [True, 3], [-5, 1]])) == [0, 1, 0]
    assert list(from_ranges("not a list")) == []


def test_recorded_rows_survive_reopening(tmp_path: Path) -> None:
    with _open(tmp_path) as journal:
        journal.note_acknowledged([0, 1, 2, 3])
        journal.note_rejected([7], "phone_number is not valid")
    reopened = _open(tmp_path)
    assert reopened.acknowledged_rows() == {0, 1, 2, 3}
    assert reopened.rejected_rows() == {7: "phone_number is not valid"}
    assert reopened.rows_done == 5
    info = find_resumable(tmp_path, IDENTITY)
    assert info is not None
    assert (info.file_name, info.rows_done, info.rows_total) == ("contacts.xlsx", 5, 100)


def test_finished_journal_is_not_offered_and_starts_afresh(tmp_path: Path) -> None:
    journal = _open(tmp_path)
    journal.note_acknowledged(range(100))
    journal.finish()
    assert find_resumable(tmp_path, IDENTITY) is None
    assert _open(tmp_path).acknowledged_rows() == set()


def test_journal_without_progress_is_not_offered(tmp_path: Path) -> None:
    _open(tmp_path).close()
    assert find_resumable(tmp_path, IDENTITY) is None
    assert find_resumable(tmp_path, "b" * 64) is None


def test_restart_discards_progress(tmp_path: Path) -> None:
    with _open(tmp_path) as journal:
        journal.note_acknowledged([1, 2])
    assert _open(tmp_path, restart=True).acknowledged_rows() == set()
    assert find_resumable(tmp_path, IDENTITY) is None


def test_torn_last_line_is_ignored_and_cut_before_appending(tmp_path: Path) -> None:
    with _open(tmp_path) as journal:
        journal.note_acknowledged([0, 1])
    path = journal_path(tmp_path, IDENTITY)
    with path.open("ab") as handle:
        handle.write(b'{"ack":[[2,')
    reopened = _open(tmp_path)
    assert reopened.acknowledged_rows() == {0, 1}
    reopened.note_acknowledged([5])
    reopened.close()
    assert _open(tmp_path).acknowledged_rows() == {0, 1, 5}
    assert all(line.startswith(b"{") for line in path.read_bytes().splitlines())


def test_corrupt_middle_line_is_skipped(tmp_path: Path) -> None:
    with _open(tmp_path) as journal:
        journal.note_acknowledged([0])
    path = journal_path(tmp_path, IDENTITY)
    path.write_bytes(path.read_bytes() + b"\x00garbage\n" + b'{"ack":[[3,4]]}\n')
    assert _open(tmp_path).acknowledged_rows() == {0, 3}


def test_unreadable_header_means_start_afresh(tmp_path: Path) -> None:
    journal_path(tmp_path, IDENTITY).write_bytes(b'{"journ')
    assert find_resumable(tmp_path, IDENTITY) is None
    assert _open(tmp_path).acknowledged_rows() == set()


def test_other_row_count_means_start_afresh(tmp_path: Path) -> None:
    with _open(tmp_path) as journal:
        journal.note_acknowledged([0])
    other = Journal.open(tmp_path, IDENTITY, file_name="contacts.xlsx", rows_total=99)
    assert other.acknowledged_rows() == set()


def test_list_resumable_finds_unfinished_imports(tmp_path: Path) -> None:
    with _open(tmp_path, details={"list_id": 3}) as journal:
        journal.note_acknowledged([0])
    (infos,) = list_resumable(tmp_path)
    assert infos.details == {"list_id": 3}
    assert list_resumable(tmp_path / "missing") == []


def test_only_journals_whose_spreadsheet_still_exists_are_offered(tmp_path: Path) -> None:
    sheet = tmp_path / "contacts.xlsx"
    sheet.write_bytes(b"x")
    with _open(tmp_path, details={"path": str(sheet)}) as journal:
        journal.note_acknowledged([0])
    (info,) = list_resumable(tmp_path)
    assert spreadsheet_still_there(info)
    sheet.unlink()
    assert not spreadsheet_still_there(info)
    assert not spreadsheet_still_there(replace(info, details={"path": str(tmp_path)}))
    assert not spreadsheet_still_there(replace(info, details={"path": 3}))
    assert not spreadsheet_still_there(replace(info, details={}))
    sheet.write_bytes(b"x")
    newer = {"path": str(sheet), "version": 99}
    assert not spreadsheet_still_there(replace(info, details=newer)), "cannot be read back"
    with pytest.raises(ChoicesError, match="newer version"):
        replace(info, details=newer).choices()


def test_write_failure_is_a_plain_language_error(tmp_path: Path) -> None:
    journal = _open(tmp_path)

    class FullDisk:
        def write(self, data: bytes) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

        def close(self) -> None:
            pass

    journal._handle = FullDisk()  # type: ignore[assignment]
    with pytest.raises(JournalError, match="the disk is full") as caught:
        journal.note_acknowledged([1])
    assert "run the same import again" in str(caught.value)
    assert journal.acknowledged_rows() == set()


def test_unwritable_folder_is_a_plain_language_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(JournalError, match="Could not save the upload progress") as caught:
        _open(blocker / "journals")
    assert "part of the path is a file, not a folder" in str(caught.value)
    assert "Choose a journal folder you may write to" in caught.value.hint
    assert "disk space" not in caught.value.hint


def test_identity_changes_with_content_and_settings(tmp_path: Path) -> None:
    source = tmp_path / "contacts.csv"
    source.write_bytes(b"phone,name\n+16175551212,Ann\n" * 50_000)
    base = import_identity(source, "Sheet1", MAPPING, 3, "US", DuplicatePolicy.LAST)
    assert base == import_identity(source, "Sheet1", MAPPING, 3, "US", DuplicatePolicy.LAST)
    variants = {
        import_identity(source, "Sheet2", MAPPING, 3, "US", DuplicatePolicy.LAST),
        import_identity(
            source, "Sheet1", MAPPING.with_choice(1, Role.IGNORE), 3, "US", DuplicatePolicy.LAST
        ),
        import_identity(source, "Sheet1", MAPPING, 4, "US", DuplicatePolicy.LAST),
        import_identity(source, "Sheet1", MAPPING, 3, "GB", DuplicatePolicy.LAST),
        import_identity(source, "Sheet1", MAPPING, 3, "US", DuplicatePolicy.FIRST),
        import_identity(source, "Sheet1", MAPPING, 3, "US", DuplicatePolicy.LAST, header_row=2),
    }
    assert base not in variants and len(variants) == 6
    digest = file_digest(source)
    source.write_bytes(source.read_bytes() + b"+16175551213,Bob\n")
    assert file_digest(source) != digest
    assert import_identity(source, "Sheet1", MAPPING, 3, "US", DuplicatePolicy.LAST) != base


def test_identity_is_the_one_journals_were_named_by(tmp_path: Path) -> None:
    """Journals already on users' disks are found again only while this stays the same."""
    source = tmp_path / "contacts.csv"
    source.write_bytes(b"phone,name\n+16175551212,Ann\n")
    settings = {
        "file": hashlib.sha256(source.read_bytes()).hexdigest(),
        "sheet": "Sheet1",
        "header_row": 2,
        "mapping": [[0, "Phone", "phone", ""], [1, "Name", "name", ""]],
        "list_id": 3,
        "country": "US",
        "duplicates": "first",
        "rows": "r",
    }
    text = json.dumps(settings, sort_keys=True, ensure_ascii=False)
    identity = import_identity(
        source, "Sheet1", MAPPING, 3, "US", DuplicatePolicy.FIRST, header_row=2, rows="r"
    )
    assert identity == hashlib.sha256(text.encode("utf-8")).hexdigest()
