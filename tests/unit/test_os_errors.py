"""File-system errors in plain words: real failures from tmp_path, not hand-made exceptions."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from importer.os_errors import os_reason


def failure(action: object) -> OSError:
    with pytest.raises(OSError) as caught:
        action()  # type: ignore[operator]
    return caught.value


def test_missing_file_and_folder(tmp_path: Path) -> None:
    missing = failure(lambda: (tmp_path / "nope" / "x.json").read_text())
    assert os_reason(missing) == "the file or its folder does not exist"


def test_a_folder_where_a_file_was_expected(tmp_path: Path) -> None:
    assert os_reason(failure(tmp_path.read_text)) == "it is a folder, not a file"


def test_a_file_where_a_folder_was_expected(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    error = failure(lambda: (tmp_path / "file" / "x.json").write_text("x"))
    assert os_reason(error) == "part of the path is a file, not a folder"


def test_disk_full_and_other_errors_read_as_a_clause() -> None:
    assert os_reason(OSError(errno.ENOSPC, "No space left on device")) == "the disk is full"
    assert os_reason(OSError(errno.EIO, "Input/output error")) == "input/output error"
    assert os_reason(OSError("no errno")) == "OSError"
