"""scripts/audit.py: pip-audit's JSON read into audited, skipped and vulnerable packages."""

from __future__ import annotations

import pytest

from tests.helpers.scripts import load_script


def test_report_is_split_into_audited_skipped_and_vulnerable() -> None:
    audit = load_script("audit")._parse(
        "pypi",
        {
            "dependencies": [
                {
                    "name": "requests",
                    "version": "2.31.0",
                    "vulns": [{"id": "GHSA-9wx4-h78v-vm56", "fix_versions": ["2.32.0"]}],
                },
                {"name": "openpyxl", "version": "3.1.5", "vulns": []},
                {"name": "altgraph", "skip_reason": "Dependency not found on PyPI"},
                {"name": "sociocs-contact-importer", "skip_reason": "editable"},
            ]
        },
    )
    assert audit.audited == ["requests 2.31.0", "openpyxl 3.1.5"]
    assert audit.skipped == ["altgraph"]
    assert audit.vulnerable == {"requests 2.31.0": ["GHSA-9wx4-h78v-vm56 (fixed in 2.32.0)"]}


def test_unreachable_services_are_reported_without_failing(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    script = load_script("audit")
    monkeypatch.setattr(
        script,
        "run_pip_audit",
        lambda service: script.Audit(
            service,
            skipped=["altgraph"] if service == "pypi" else [],
            failure="" if service == "pypi" else "offline",
        ),
    )
    assert script.main([]) == 0
    assert script.main(["--strict"]) == 1
    out = capsys.readouterr().out
    assert "audit NOT DONE" in out and "osv: offline" in out
