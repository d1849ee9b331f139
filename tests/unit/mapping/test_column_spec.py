"""Columns named on the command line by header text or letter."""

from __future__ import annotations

import pytest

from importer.errors import MappingError
from importer.mapping.column_spec import resolve_column

HEADERS = ["Name", "Phone", "E-mail", "phone ", "B"]


@pytest.mark.parametrize(
    ("spec", "index"),
    [("Name", 0), ("name", 0), ("  NAME ", 0), ("E-mail", 2), ("Phone", 1), ("B", 4), ("c", 2)],
)
def test_resolves_headers_then_letters(spec: str, index: int) -> None:
    assert resolve_column(spec, HEADERS) == index


def test_ambiguous_header_names_the_letters() -> None:
    with pytest.raises(MappingError, match=r"columns B, D") as caught:
        resolve_column("PHONE", HEADERS)
    assert "letter" in caught.value.hint


@pytest.mark.parametrize("spec", ["Mobile", "Z", "", "AAA"])
def test_unknown_column_lists_the_columns(spec: str) -> None:
    with pytest.raises(MappingError, match="There is no column") as caught:
        resolve_column(spec, HEADERS)
    assert 'A "Name", B "Phone", C "E-mail"' in caught.value.hint
