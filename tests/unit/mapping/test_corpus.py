"""Suggested mappings for the real contact exports in ../shared/corpus (small, known files)."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.mapping.rules import check_mapping
from importer.mapping.suggest import suggest_mapping
from importer.sources import open_source
from importer.sources.table import read_preview

pytestmark = pytest.mark.corpus


@pytest.mark.parametrize(
    ("name", "phone", "names"),
    [
        ("gmail.csv", "Phone 1 - Value", ["Name"]),
        ("all.csv", "Home Mobile", ["Display Name"]),
        ("tb_plain.csv", "Mobile Number", ["Display Name"]),
        ("issue_174.xlsx", "Contact Number", ["Contact Name"]),
        ("issue.3613.xlsx", "电话号码", ["员工姓名"]),
        ("issue.2463.xls", "telnummerbezorging", []),
    ],
)
def test_contact_exports(corpus_dir: Path, name: str, phone: str, names: list[str]) -> None:
    with open_source(corpus_dir / name) as source:
        preview = read_preview(source)
    mapping = suggest_mapping(preview.headers, preview.rows)
    assert mapping.phone_index is not None
    assert preview.headers[mapping.phone_index] == phone
    assert [preview.headers[i] for i in mapping.name_indices] == names
    assert check_mapping(mapping) == []
