"""CHANGELOG.md keeps the Keep a Changelog form and has a section for the current version."""

from __future__ import annotations

import re
from pathlib import Path

import importer

CHANGELOG = Path(__file__).resolve().parents[2] / "CHANGELOG.md"
HEADING = re.compile(r"^## \[(?P<version>[^\]]+)\](?: - (?P<date>\d{4}-\d{2}-\d{2}|Unreleased))?$")
SECTIONS = {"Added", "Changed", "Deprecated", "Removed", "Fixed", "Security"}


def version_headings() -> list[re.Match[str]]:
    lines = CHANGELOG.read_text(encoding="utf-8").splitlines()
    headings = [line for line in lines if line.startswith("## ")]
    matches = [HEADING.match(line) for line in headings]
    assert all(matches), f"a heading not in the form '## [1.2.3] - 2026-12-07': {headings}"
    return [m for m in matches if m is not None]


def test_the_current_version_has_its_section_below_unreleased() -> None:
    headings = version_headings()
    assert headings[0]["version"] == "Unreleased", "new work goes under [Unreleased] first"
    assert headings[1]["version"] == importer.__version__


def test_changes_are_grouped_by_kind() -> None:
    lines = CHANGELOG.read_text(encoding="utf-8").splitlines()
    kinds = {line.removeprefix("### ") for line in lines if line.startswith("### ")}
    assert kinds <= SECTIONS


def test_released_versions_are_dated_and_newest_first() -> None:
    released = [h for h in version_headings()[1:] if h["date"] != "Unreleased"]
    dates = [h["date"] for h in released]
    assert all(dates) and dates == sorted(dates, reverse=True)
    assert len({h["version"] for h in version_headings()}) == len(version_headings())
