"""Files for the user go beside their spreadsheet, else (read-only, bundled) in Documents."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.report import location
from importer.report.location import output_folder
from importer.resources import resource_path
from importer.settings_paths import HOME_VARIABLE


def test_beside_the_source_when_its_folder_can_be_written(tmp_path: Path) -> None:
    assert output_folder(tmp_path / "contacts.xlsx") == tmp_path


def test_documents_when_the_folder_is_read_only_or_the_sample(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(HOME_VARIABLE, str(tmp_path / "home"))
    documents = tmp_path / "home" / "Documents"
    assert output_folder(resource_path("samples/contacts-sample.xlsx")) == documents
    monkeypatch.setattr(location, "folder_is_writable", lambda folder: folder != tmp_path)
    assert output_folder(tmp_path / "contacts.xlsx") == documents
