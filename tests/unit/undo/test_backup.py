"""The backup: written whole or not at all, read back into the same plan."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from importer.api.contacts import Contact
from importer.choices import ExistingPolicy
from importer.compare.classify import classify
from importer.compare.plan import PlannedRows, RowKind
from importer.compare.snapshot import AccountSnapshot
from importer.undo import backup as backup_module
from importer.undo.backup import BackupError, read_backup, write_backup
from tests.helpers.upload_rows import make_result, phone_of

RAW = '{"city": "City 1", "tier": "gold"}'
HEADER: dict[str, object] = {"id": "20240501-100000-abcd", "list_id": 10001, "list_name": "N"}


def snapshot() -> AccountSnapshot:
    contacts = [
        Contact(phone_of(0), "Person 0", {"city": "City 0"}, '{"city":"City 0"}'),
        Contact(phone_of(1), "Old", {"city": "City 1", "tier": "gold"}, RAW),
        Contact(phone_of(2), "Person 2", None, "{oops"),
        Contact(
            phone_of(3), "Person 3", {"city": "City 3"}, {"city": "City 3"}, "2024-01-01", {"id": 4}
        ),
    ]
    in_list = {phone_of(0), phone_of(1), phone_of(2)}
    return AccountSnapshot(contacts={c.phone: c for c in contacts}, in_list=in_list)


def test_the_plan_survives_the_backup(tmp_path: Path) -> None:
    result = make_result(6, invalid={5})
    plan = classify(result, snapshot(), 10001, ExistingPolicy.KEEP)
    path = tmp_path / "x.backup"
    write_backup(path, HEADER, result, plan)
    backup = read_backup(path)
    assert backup.id == HEADER["id"] and backup.list_id == 10001
    assert backup.header["existing"] == "keep"
    assert (backup.unchanged, backup.skipped, list(backup.notes)) == ([0], [2], [2])
    again = backup.plan(result)
    assert again.kinds == plan.kinds and again.send == plan.send == [1, 3, 4]
    assert again.changes == plan.changes
    rows = PlannedRows(result, again)
    assert [rows.record(i) for i in again.send] == [
        PlannedRows(result, plan).record(i) for i in plan.send
    ]
    updated = {row.index: row for row in backup.rows}
    assert updated[1].kind is RowKind.UPDATED and updated[4].before is None
    before = updated[1].before
    assert before is not None
    assert (before.name, before.extra, before.extra_raw) == (
        "Old",
        {"city": "City 1", "tier": "gold"},
        RAW,
    )
    assert updated[1].in_list_before and not updated[3].in_list_before
    assert updated[3].before is not None and updated[3].before.other == {"id": 4}


def test_a_backup_that_cannot_be_written_leaves_nothing_and_says_nothing_was_sent(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = make_result(3)
    plan = classify(result, AccountSnapshot(), 0, ExistingPolicy.KEEP)

    def disk_full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(backup_module.write_lines_atomic.__globals__["os"], "fsync", disk_full)
    with pytest.raises(BackupError) as caught:
        write_backup(tmp_path / "x.backup", HEADER, result, plan)
    assert "the disk is full" in caught.value.user_text()
    assert "Nothing was sent" in caught.value.user_text()
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("content", [b"", b"not json\n", b'{"backup": 99}\n', b'{"backup": 1}\n'])
def test_a_damaged_backup_is_refused_clearly(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "x.backup"
    path.write_bytes(content)
    with pytest.raises(BackupError, match="damaged"):
        read_backup(path).plan(make_result(1))


def test_a_missing_backup_is_refused_clearly(tmp_path: Path) -> None:
    with pytest.raises(BackupError, match="cannot be read"):
        read_backup(tmp_path / "gone.backup")
