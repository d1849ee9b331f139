"""The ``--self-test`` mode, run in-process against its own in-process sandbox."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from gui import self_test
from gui.wizard import PAGES
from importer.api.trust import certifi_trust, https_trust


def test_self_test_uploads_the_sample_to_its_sandbox(qtbot: QtBot) -> None:
    report = self_test.run_self_test()
    assert report.pages == len(PAGES)
    assert report.sample == Path(self_test.SAMPLE).name
    assert 0 < report.ready < report.rows
    assert report.ready + report.to_fix == report.rows
    assert report.uploaded == report.ready == report.in_sandbox
    assert report.ca_certificates >= self_test.MIN_CA_CERTIFICATES
    assert report.tls_store == https_trust().describe()
    assert report.tls_store.startswith("system store (truststore: ")
    assert report.phone_regions > 200
    assert report.qt.endswith("/offscreen")
    line = report.summary_line()
    assert line.startswith("self-test passed: Sociocs Contact Importer ")
    assert f"uploaded {report.uploaded}, sandbox holds {report.in_sandbox}" in line
    assert f"TLS: {report.tls_store}, fallback certifi {report.ca_certificates} authorities" in line


def test_main_prints_one_summary_line_and_exits_0(
    qtbot: QtBot, capsys: pytest.CaptureFixture[str]
) -> None:
    assert self_test.main(["--self-test"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("self-test passed:")


def test_missing_sample_fails_with_the_reason(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(self_test, "resource_path", lambda relative: tmp_path / relative)
    assert self_test.main(["--self-test"]) == 1
    out = capsys.readouterr().out.strip()
    assert out.startswith("self-test FAILED: the sample spreadsheet is missing")
    assert str(tmp_path) in out


def test_the_line_says_when_certifi_is_the_fallback_in_use(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(self_test, "https_trust", lambda: certifi_trust("no system store"))
    assert self_test.main(["--self-test"]) == 0
    assert "TLS: certifi's bundle (" in capsys.readouterr().out


def test_a_bundle_without_truststore_fails(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(self_test, "find_spec", lambda name: None if "_macos" in name else name)
    assert self_test.main(["--self-test"]) == 1
    assert capsys.readouterr().out.startswith(
        "self-test FAILED: truststore is missing (truststore._macos)"
    )
