"""Files for the user go beside their spreadsheet, else (read-only, bundled) in Documents."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest

from importer.i18n import set_language
from importer.report import location
from importer.report.location import output_folder, report_file, short_path
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


def test_a_report_is_named_after_its_file_and_the_minute_and_never_overwrites(
    tmp_path: Path,
) -> None:
    source = tmp_path / "contacts.xlsx"
    now = datetime(2026, 11, 27, 14, 5, 31)
    first = report_file(source, now, ".xlsx")
    assert first == tmp_path / "contacts — import report 2026-11-27 14.05.xlsx"
    first.write_bytes(b"")
    assert report_file(source, now, ".xlsx").name == (
        "contacts — import report 2026-11-27 14.05 (2).xlsx"
    )
    assert report_file(source, now, ".csv", plan=True).name == (
        "contacts — import plan 2026-11-27 14.05.csv"
    )


def test_a_report_is_named_in_the_users_language(tmp_path: Path) -> None:
    set_language("de")
    name = report_file(tmp_path / "Kunden.ods", datetime(2026, 1, 2, 3, 4), ".xlsx").name
    assert name == "Kunden — Importbericht 2026-01-02 03.04.xlsx"


def test_a_report_of_a_read_only_file_goes_to_a_documents_folder_made_for_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(HOME_VARIABLE, str(tmp_path / "home"))
    monkeypatch.setattr(location, "folder_is_writable", lambda folder: folder != tmp_path)
    path = report_file(tmp_path / "contacts.xlsx", datetime(2026, 11, 27, 14, 5), ".xlsx")
    assert path.parent == tmp_path / "home" / "Documents" and path.parent.is_dir()


def test_a_path_is_shown_short_below_the_home_folder(tmp_path: Path) -> None:
    home = tmp_path / "me"
    report = home / "Documents" / "contacts — import report.xlsx"
    inside = Path("Documents") / report.name
    assert short_path(report, home) == str(inside if os.name == "nt" else Path("~") / inside)
    assert short_path(tmp_path / "elsewhere.xlsx", home) == str(tmp_path / "elsewhere.xlsx")
