"""The CLI's upload journal keeps the same details as the wizard's, so either can continue it."""

from __future__ import annotations

from pathlib import Path

from importer.cli.upload_cmd import _open_journal
from importer.cli.upload_target import Target
from importer.upload.journal import find_resumable
from importer.upload.journal_details import journal_details
from tests.helpers.upload_rows import make_result


def test_cli_journal_has_the_wizards_details(tmp_path: Path) -> None:
    result = make_result(5)
    with _open_journal(
        tmp_path, result, "identity-1", Target(10001, "Newsletter"), False
    ) as journal:
        journal.record_batch([0, 1])
    info = find_resumable(tmp_path, "identity-1")
    assert info is not None
    assert info.details == journal_details(result, 10001, "Newsletter")
    assert info.details["mapping"]
