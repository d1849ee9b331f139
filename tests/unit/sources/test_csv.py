"""CSV reading: encodings, dialects, Excel's export flavours, streaming and limits."""

from __future__ import annotations

import csv
import string
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from importer.errors import ResourceLimitError, SourceError
from importer.sources import open_source
from importer.sources.csv_dialect import sep_line_delimiter, sniff_delimiter
from importer.sources.csv_source import CsvSource
from importer.sources.text_encoding import detect_encoding
from tests.helpers.make_files import (
    csv_bytes,
    write_csv,
    write_excel_csv,
    write_excel_legacy_csv,
    write_unicode_text,
)

CONTACTS = [
    ["Nom", "Téléphone", "Ville"],
    ["Zoë Müller", "+33 6 12 34 56 78", "Orléans"],
    ["François", "06 98 76 54 32", "Besançon"],
]
EXPECTED = [(number, row) for number, row in enumerate(CONTACTS, start=1)]


def read_all(path: Path) -> list[tuple[int, list[object]]]:
    with open_source(path) as source:
        return [(number, list(values)) for number, values in source.iter_rows()]


def test_excel_csv_utf8_with_bom(tmp_path: Path) -> None:
    path = write_excel_csv(tmp_path / "contacts.csv", CONTACTS)
    assert detect_encoding(path) == "utf-8-sig"
    assert read_all(path) == EXPECTED


def test_excel_legacy_csv_cp1252_semicolons(tmp_path: Path) -> None:
    path = write_excel_legacy_csv(tmp_path / "contacts.csv", CONTACTS)
    with open_source(path) as source:
        assert isinstance(source, CsvSource)
        assert (source.encoding, source.delimiter) == ("cp1252", ";")
    assert read_all(path) == EXPECTED


def test_excel_unicode_text_utf16_tabs(tmp_path: Path) -> None:
    path = write_unicode_text(tmp_path / "contacts.txt", CONTACTS)
    assert read_all(path) == EXPECTED


@pytest.mark.parametrize("encoding", ["utf-32", "utf-16-be", "utf-8"])
def test_other_unicode_encodings(tmp_path: Path, encoding: str) -> None:
    data = csv_bytes(CONTACTS)
    bom = {"utf-16-be": b"\xfe\xff", "utf-32": b"", "utf-8": b""}[encoding]
    path = tmp_path / "contacts.csv"
    path.write_bytes(bom + data.decode().encode(encoding))
    assert read_all(path) == EXPECTED


def test_non_utf8_byte_after_a_large_ascii_prefix(tmp_path: Path) -> None:
    rows = [["Name", "Phone"], *[["Ann", str(n)] for n in range(60_000)], ["Renée", "1"]]
    path = write_csv(tmp_path / "late.csv", rows, encoding="cp1252")
    assert detect_encoding(path) == "cp1252"
    assert read_all(path)[-1] == (60_002, ["Renée", "1"])


def test_sep_line_is_honoured_and_skipped(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "sep.csv", [["a,b", "c"], ["1", "2"]], delimiter=";", sep_line=True)
    assert read_all(path) == [(1, ["a,b", "c"]), (2, ["1", "2"])]


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_delimiters(tmp_path: Path, delimiter: str) -> None:
    rows = [["Name", "Phone", "Note"], ["Ann", "555 1234", "x"], ["Bob", "555 9876", "y"]]
    path = write_csv(tmp_path / "d.csv", rows, delimiter=delimiter)
    assert read_all(path) == [(n, row) for n, row in enumerate(rows, start=1)]


def test_decimal_commas_do_not_fool_the_semicolon(tmp_path: Path) -> None:
    rows = [["Name", "Rate", "Price"], ["A", "0,5", "1,25"], ["B", "0,7", "2,5"]]
    path = write_csv(tmp_path / "d.csv", rows, delimiter=";")
    assert read_all(path)[1] == (2, ["A", "0,5", "1,25"])


def test_single_column_file(tmp_path: Path) -> None:
    path = tmp_path / "phones.csv"
    path.write_text("Phone\n555 1234\n555 9876\n")
    assert read_all(path) == [(1, ["Phone"]), (2, ["555 1234"]), (3, ["555 9876"])]


@pytest.mark.parametrize("newline", ["\r\n", "\n", "\r"])
def test_line_endings_and_quoted_newlines(tmp_path: Path, newline: str) -> None:
    rows = [["Name", "Address"], ["Ann", "1 Main St\nApt 2"], ["Bob", "x"]]
    path = write_csv(tmp_path / "nl.csv", rows, newline=newline, quoting=csv.QUOTE_ALL)
    assert read_all(path) == [(1, rows[0]), (2, rows[1]), (3, rows[2])]


def test_mixed_line_endings(tmp_path: Path) -> None:
    path = tmp_path / "mixed.csv"
    path.write_bytes(b"Name,Phone\r\nAnn,1\nBob,2\rCy,3")
    assert read_all(path) == [
        (1, ["Name", "Phone"]),
        (2, ["Ann", "1"]),
        (3, ["Bob", "2"]),
        (4, ["Cy", "3"]),
    ]


def test_ragged_rows_blank_rows_and_trailing_empty_fields(tmp_path: Path) -> None:
    path = tmp_path / "ragged.csv"
    path.write_text("Name,Phone,,\n\n,,\nAnn\nBob,2,extra,\n")
    assert read_all(path) == [(1, ["Name", "Phone"]), (4, ["Ann"]), (5, ["Bob", "2", "extra"])]


def test_cells_stay_text(tmp_path: Path) -> None:
    path = tmp_path / "n.csv"
    path.write_text("Phone,Flag,Date\n 0016175551212 ,TRUE,2024-01-02\n")
    assert read_all(path)[1] == (2, ["0016175551212", "TRUE", "2024-01-02"])


def test_nul_bytes_are_dropped(tmp_path: Path) -> None:
    path = tmp_path / "nul.csv"
    path.write_bytes(b"Name,Phone\nA\x00nn,555\x00\n")
    assert read_all(path) == [(1, ["Name", "Phone"]), (2, ["Ann", "555"])]


def test_long_fields_are_allowed(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "long.csv", [["Name", "Notes"], ["Ann", "x" * 1_000_000]])
    assert len(str(read_all(path)[1][1][1])) == 1_000_000


def test_an_unclosed_quote_is_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(csv, "field_size_limit", csv.field_size_limit)
    previous = csv.field_size_limit(1000)
    try:
        path = tmp_path / "quote.csv"
        path.write_text('Name,Notes\nAnn,"never closed\n' + "x," * 2000 + "\n")
        with pytest.raises(ResourceLimitError, match="row 2"):
            read_all(path)
    finally:
        csv.field_size_limit(previous)


def test_sheet_name_is_the_file_stem(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "contacts.csv", CONTACTS)
    with open_source(path) as source:
        assert [info.name for info in source.sheets()] == ["contacts"]
        assert source.default_sheet() == "contacts"
        assert next(iter(source.iter_rows("contacts")))[0] == 1
        with pytest.raises(SourceError, match="single sheet"):
            list(source.iter_rows("Other"))


def test_sep_line_delimiter() -> None:
    assert sep_line_delimiter("sep=;\r\n") == ";"
    assert sep_line_delimiter("\ufeffSEP=|") == "|"
    assert sep_line_delimiter("separator,x") is None


def test_sniff_prefers_the_consistent_delimiter() -> None:
    assert sniff_delimiter("a;b;c\n1;2,5;3\n4;5;6\n", truncated=False) == ";"
    assert sniff_delimiter("just one column\nanother\n", truncated=False) == ","


def _ambiguous_with_utf8(rows: list[list[str]]) -> bool:
    """cp1252 bytes that also form valid non-ASCII UTF-8 ("Â¡") are read as UTF-8, rightly."""
    data = "".join("".join(row) for row in rows).encode("cp1252")
    if data.isascii():
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


_WORDS = [
    "Zoë",
    "Müller",
    "François",
    "Renée",
    "Orléans",
    "Ñandú",
    "Groß",
    "cœur",
    "señor",
    "José",
    "+33 6 12",
    "555-1234",
    "a;b",
    "x,y",
    "q|r",
    'say "hi"',
    "O'Brien",
    "tab\tin",
    "São",
    "Þór",
    "€5",
    "naïve",
]
_WESTERN_TEXT = st.one_of(
    st.lists(st.sampled_from(_WORDS), max_size=4).map(" ".join),
    st.text(alphabet=string.ascii_letters + string.digits + " ,;|\t\"'-.@()+/", max_size=12),
)
"""What cp1252 files hold in practice: Western European names, numbers and punctuation."""
_FIELD = st.one_of(
    _WESTERN_TEXT.map(str.strip),
    st.builds(lambda a, b: f"{a.strip()}\n{b.strip()}".strip(), _WESTERN_TEXT, _WESTERN_TEXT),
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    rows=st.lists(st.lists(_FIELD, min_size=3, max_size=3), min_size=2, max_size=8),
    delimiter=st.sampled_from([",", ";", "\t", "|"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]),
    quoting=st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL]),
    newline=st.sampled_from(["\r\n", "\n"]),
)
def test_written_csv_reads_back_to_the_same_cells(
    tmp_path: Path,
    rows: list[list[str]],
    delimiter: str,
    encoding: str,
    quoting: int,
    newline: str,
) -> None:
    header = ["Name", "Phone", "Notes"]
    assume(encoding != "cp1252" or not _ambiguous_with_utf8(rows))
    path = write_csv(
        tmp_path / "prop.csv",
        [header, *rows],
        encoding=encoding,
        delimiter=delimiter,
        quoting=quoting,
        newline=newline,
    )
    expected = [(1, header)]
    for number, row in enumerate(rows, start=2):
        values: list[object] = [value or None for value in row]
        while values and values[-1] is None:
            values.pop()
        if values:
            expected.append((number, values))
    assert read_all(path) == expected
