"""Program folders, redirected under SOCIOCS_IMPORTER_HOME."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer import settings_paths


def test_all_folders_live_under_the_override(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(settings_paths.HOME_VARIABLE, str(tmp_path))
    folders = [
        settings_paths.config_dir(),
        settings_paths.data_dir(),
        settings_paths.log_dir(),
        settings_paths.journal_dir(),
        settings_paths.mappings_dir(),
    ]
    assert all(folder.is_relative_to(tmp_path) for folder in folders)
    assert len(set(folders)) == len(folders)
    assert settings_paths.journal_dir().parent == settings_paths.data_dir()


def test_platform_folders_name_the_program(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(settings_paths.HOME_VARIABLE, raising=False)
    for folder in (
        settings_paths.config_dir(),
        settings_paths.data_dir(),
        settings_paths.log_dir(),
    ):
        assert settings_paths.APP_NAME in folder.parts
