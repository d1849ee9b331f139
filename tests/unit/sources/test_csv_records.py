"""Records split from lines read in pieces: the same records as the csv module reading whole
lines, a wide record refused from its first piece."""

from __future__ import annotations

import csv
import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from importer.columns import MAX_COLUMNS
from importer.sources import csv_records as module
from importer.sources.csv_records import TooManyColumnsError, csv_records

TRICKY = 'ab,;"\r\n\x00 '
"""Quotes, both delimiters, every line break, NUL, a space: what decides how text is split."""


def whole_lines(text: str, delimiter: str) -> list[list[str]]:
    """The records as the csv module gives them from whole lines, NULs dropped line by line."""
    lines = (line.replace("\x00", "") for line in io.StringIO(text, newline=""))
    return list(csv.reader(lines, delimiter=delimiter, strict=False))


def in_pieces(text: str, delimiter: str) -> list[list[str]]:
    return list(csv_records(io.StringIO(text, newline=""), delimiter))


@settings(max_examples=600, deadline=None)
@given(
    text=st.text(alphabet=TRICKY, max_size=80),
    piece=st.integers(2, 9),
    lookahead=st.integers(1, 5),
    delimiter=st.sampled_from([",", ";"]),
)
def test_pieces_split_like_whole_lines(
    text: str, piece: int, lookahead: int, delimiter: str
) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(module, "PIECE_CHARS", piece)
        patch.setattr(module, "SAFE_CUT_CHARS", lookahead)
        patch.setattr(module, "MAX_PIECE_CHARS", 1000)
        assert in_pieces(text, delimiter) == whole_lines(text, delimiter)


@pytest.mark.parametrize(
    "text",
    [
        'a,"b\r\nc",d\r\n' * 3,
        '"' * 40 + ",x\n" + 'q,"a""b""c",z\n',
        "x" * 30 + "\r" + "y" * 30 + "\r\n" + "z,z\r",
        'long unquoted field with a "quote" inside,and more,' * 3 + "\n",
    ],
    ids=["quoted-breaks", "quote-runs", "cr-lines", "inner-quotes"],
)
def test_cut_lines_read_the_same(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(module, "PIECE_CHARS", 7)
    monkeypatch.setattr(module, "SAFE_CUT_CHARS", 3)
    assert in_pieces(text, ",") == whole_lines(text, ",")


def test_the_widest_record_a_spreadsheet_can_hold_is_read() -> None:
    text = ",".join(f"c{i}" for i in range(MAX_COLUMNS)) + "\r\nonly,two\r\n"
    widths = [len(record) for record in in_pieces(text, ",")]
    assert widths == [MAX_COLUMNS, 2]


def test_a_wider_record_is_refused_from_its_first_piece() -> None:
    class Endless(io.StringIO):
        """One line of "a," that never ends: what was read is counted."""

        def __init__(self) -> None:
            super().__init__(newline="")
            self.read_chars = 0

        def readline(self, size: int | None = -1) -> str:
            wanted = 1024 if size is None or size < 0 else size
            self.read_chars += wanted
            return ("a," * wanted)[:wanted]

    handle = Endless()
    with pytest.raises(TooManyColumnsError) as refused:
        list(csv_records(handle, ","))
    assert refused.value.columns > MAX_COLUMNS
    assert handle.read_chars <= module.PIECE_CHARS + module.SAFE_CUT_CHARS
