"""An unexpected failure (a bug) gives a plain sentence and a log file without the key."""

from __future__ import annotations

import argparse
from pathlib import Path

import keyring
import pytest

from importer.api_key import save_api_key
from importer.cli import main as cli_main
from tests.helpers.memory_keyring import MemoryKeyring

KEY = "crash-user:crash-secret-0123456789"


def _failing_parser() -> argparse.ArgumentParser:
    def handler(args: argparse.Namespace) -> int:
        raise RuntimeError(f"boom with {KEY}")

    parser = argparse.ArgumentParser()
    parser.set_defaults(handler=handler)
    return parser


def test_a_bug_is_logged_not_shown(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SOCIOCS_IMPORTER_HOME", str(tmp_path))
    monkeypatch.setenv("SOCIOCS_API_KEY", KEY)
    monkeypatch.setattr(cli_main, "build_parser", _failing_parser)

    assert cli_main.main([]) == 2

    err = capsys.readouterr().err
    assert "this is a bug, not a problem with your file" in err
    assert "Traceback" not in err
    log = tmp_path / "logs" / "cli-errors.log"
    assert str(log) in err
    text = log.read_text(encoding="utf-8")
    assert "RuntimeError: boom with [redacted]" in text
    assert "crash-secret" not in text


def test_a_key_from_the_keyring_is_redacted_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SOCIOCS_IMPORTER_HOME", str(tmp_path))
    monkeypatch.delenv("SOCIOCS_API_KEY", raising=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        assert save_api_key(KEY)
        monkeypatch.setattr(cli_main, "build_parser", _failing_parser)
        assert cli_main.main([]) == 2
    finally:
        keyring.set_keyring(previous)
    capsys.readouterr()
    text = (tmp_path / "logs" / "cli-errors.log").read_text(encoding="utf-8")
    assert "RuntimeError: boom with [redacted]" in text
    assert "crash-secret" not in text
