"""vCard files: each producer's quirks, the corpus of real exports, and arbitrary input."""

from __future__ import annotations

import binascii
import io
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from importer.errors import EmptyFileError, SourceError
from importer.sources import open_source
from importer.sources.detect import Format, detect_format
from importer.sources.table import read_preview
from importer.sources.vcard_card import COLUMNS
from importer.sources.vcard_lines import logical_lines, parse_property, read_pieces
from importer.sources.vcard_source import VcardSource, iter_cards
from importer.sources.vcard_values import property_text, unescape

PHONE, OTHERS, EMAIL, ORG = (
    COLUMNS.index(c) for c in ("Phone", "Other phones", "Email", "Organization")
)

IPHONE = (
    "BEGIN:VCARD\r\r\n"
    "VERSION:3.0\r\r\n"
    "N:Doe;John;Richter,James;Mr.;Sr.\r\r\n"
    "FN:Mr. John Richter James Doe Sr.\r\r\n"
    "ORG:IBM;Accounting;\r\r\n"
    "item1.EMAIL;type=INTERNET;type=pref:john.doe@ibm.com\r\r\n"
    "TEL;type=HOME;type=VOICE:905-666-1234\r\r\n"
    "TEL;type=CELL;type=VOICE;type=pref:905-555-1234\r\r\n"
    "item2.TEL:905-222-1234\r\r\n"
    "item2.X-ABLabel:_$!<AssistantPhone>!$_\r\r\n"
    "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/4QBYRXhpZgAATU0AKgAAAAgAAgESAAMAAA\r\r\n"
    " ABAAEAAIdpAAQAAAABAAAAJgAAAAAAA6ABAAMAAAABAAEAAKACAAQAAAABAAAAFKADAAQAAAAB\r\r\n"
    "END:VCARD\r\r\n"
)
ANDROID = (
    "BEGIN:VCARD\r\n"
    "VERSION:2.1\r\n"
    "EMAIL;PREF:john.doe@company.com\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"
    "VERSION:2.1\r\n"
    "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=91=20=C3=91=20=C3=91=20=C3=91=20=C3=91=\r\n"
    "=20=C3=91;;;;\r\n"
    "TEL;HOME:234567\r\n"
    "TEL;CELL;PREF:+49 1512 3456789\r\n"
    "TEL;WORK;FAX:+49 30 1234567\r\n"
    "ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=91=C3=91=80\r\n"
    "PHOTO;ENCODING=BASE64;JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAIBAQEBAQIBAQE\r\n"
    " CAgICAgQDAgICAgUEBAMEBgUGBgYFBgYGBwkIBgcJBwYGCAsICQoKCgoKBggLDAsKDAkKCgr/\r\n"
    "\r\n"
    "END:VCARD\r\n"
)
OUTLOOK = (
    "BEGIN:VCARD\r\n"
    "VERSION:2.1\r\n"
    "N;LANGUAGE=en-us:Doe;John\r\n"
    "FN:John Doe\r\n"
    "TEL;WORK;VOICE:(905) 555-1234\r\n"
    "TEL;HOME;VOICE:(905) 666-1234\r\n"
    "NOTE;ENCODING=QUOTED-PRINTABLE:First line=0D=0ASecond line=0D=\r\n"
    "=0A\r\n"
    "END:VCARD\r\n"
)
EVOLUTION = (
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    'TEL;X-COUCHDB-UUID="c2fa1caa-2926";TYPE=CELL:905-666\r\n'
    " -1234\r\n"
    'TEL;X-COUCHDB-UUID="fbfb2722-4fd8";TYPE=WORK,VOICE:9\r\n'
    " 05-555-1234\r\n"
    "N:Doe;John;Richter\\, James;Mr.;Sr.\r\n"
    "FN:Mr. John Richter\\, James Doe Sr.\r\n"
    "END:VCARD"
)


def _write(tmp_path: Path, data: bytes, name: str = "contacts.vcf") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _cards(path: Path) -> list[list[object]]:
    with open_source(path) as source:
        rows = list(source.iter_rows())
    assert rows[0] == (1, list(COLUMNS))
    return [values for _, values in rows[1:]]


def test_iphone_card_with_cr_cr_lf_photo_and_labels(tmp_path: Path) -> None:
    [card] = _cards(_write(tmp_path, IPHONE.encode()))
    assert card[0] == "Mr. John Richter James Doe Sr."
    assert card[PHONE] == "905-555-1234"
    assert card[OTHERS] == "home: 905-666-1234; AssistantPhone: 905-222-1234"
    assert card[EMAIL] == "john.doe@ibm.com"
    assert card[ORG] == "IBM, Accounting"


def test_android_quoted_printable_and_broken_utf8(tmp_path: Path) -> None:
    cards = _cards(_write(tmp_path, ANDROID.encode()))
    assert len(cards) == 2
    assert cards[0][: PHONE + 1] == [None, None]
    assert cards[0][EMAIL] == "john.doe@company.com"
    assert cards[1][0] == "Ñ Ñ Ñ Ñ Ñ Ñ"
    assert cards[1][PHONE] == "+49 1512 3456789"
    assert cards[1][OTHERS] == "home: 234567; fax work: +49 30 1234567"
    assert cards[1][ORG] == "ÑÑ€"


def test_outlook_2007_without_mobile_takes_the_first_number(tmp_path: Path) -> None:
    [card] = _cards(_write(tmp_path, OUTLOOK.encode()))
    assert card[PHONE] == "(905) 555-1234"
    assert card[COLUMNS.index("Note")] == "First line\nSecond line"


def test_evolution_number_folded_in_the_middle(tmp_path: Path) -> None:
    [card] = _cards(_write(tmp_path, EVOLUTION.encode()))
    assert card[0] == "Mr. John Richter, James Doe Sr."
    assert card[PHONE] == "905-666-1234"
    assert card[OTHERS] == "work: 905-555-1234"


def test_mac_mixed_line_endings(tmp_path: Path) -> None:
    text = IPHONE.replace("\r\r\n", "\r\n").replace("\r\n ", "\n  ")
    [card] = _cards(_write(tmp_path, text.encode()))
    assert card[PHONE] == "905-555-1234"


def test_utf16_big_endian_without_bom(tmp_path: Path) -> None:
    text = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ǽgean ĽdaMonté\r\n"
        "TEL;TYPE=CELL:+421 905 123 456\r\nEND:VCARD\r\n"
    )
    path = _write(tmp_path, text.encode("utf-16-be"))
    assert detect_format(path) is Format.VCARD
    [card] = _cards(path)
    assert card[:2] == ["Ǽgean ĽdaMonté", "+421 905 123 456"]


def test_cp1252_and_utf8_in_one_card(tmp_path: Path) -> None:
    data = (
        b"BEGIN:VCARD\nVERSION:2.1\nFN:Rudi Wimmel\nTEL;WORK;VOICE:0987 /6543\n"
        b"ADR;WORK;PREF;CHARSET=Windows-1252:;;Business-Stra\xdfe 19;Schaffhausen;;76543\n"
        b"ORG:K\xc3\xa4serei\nTITLE:Gesch\xe4ftsf\xfchrer\nEND:VCARD\n"
    )
    [card] = _cards(_write(tmp_path, data))
    assert card[COLUMNS.index("Address")] == "Business-Straße 19, Schaffhausen, 76543"
    assert card[ORG] == "Käserei"
    assert card[COLUMNS.index("Title")] == "Geschäftsführer"


def test_vcard_4_pref_parameter_and_tel_uri(tmp_path: Path) -> None:
    text = (
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ann Lee\r\n"
        "TEL;VALUE=uri;TYPE=work:tel:+1-617-234-0100\r\n"
        "TEL;VALUE=uri;TYPE=cell;PREF=1:tel:+1-617-234-0199\r\n"
        "TEL;VALUE=uri;TYPE=cell:tel:+1-617-234-0142\r\nEND:VCARD\r\n"
    )
    [card] = _cards(_write(tmp_path, text.encode()))
    assert card[PHONE] == "+1-617-234-0199"


def test_fax_only_card_has_no_phone(tmp_path: Path) -> None:
    text = "BEGIN:VCARD\nVERSION:3.0\nFN:Fax Desk\nTEL;TYPE=WORK,FAX:+1 617 234 0100\nEND:VCARD\n"
    [card] = _cards(_write(tmp_path, text.encode()))
    assert card[PHONE] is None
    assert card[OTHERS] == "fax work: +1 617 234 0100"


def test_preview_finds_the_titles_in_row_one(tmp_path: Path) -> None:
    with open_source(_write(tmp_path, (IPHONE + OUTLOOK).encode())) as source:
        assert source.kind == "vcf"
        preview = read_preview(source)
    assert (preview.header_row, preview.headers[:2]) == (1, ["Name", "Phone"])
    assert [number for number, _ in preview.rows] == [2, 3]


@pytest.mark.parametrize("data", [b"BEGIN:VCARD", b"BEGIN:VCARD\r\nVERSION:3.0\r\nEND:VCARD\r\n"])
def test_file_without_contacts_is_refused_clearly(tmp_path: Path, data: bytes) -> None:
    path = _write(tmp_path, data)
    with open_source(path) as source, pytest.raises(EmptyFileError, match="no contact"):
        source.default_sheet()


def test_a_single_sheet_only(tmp_path: Path) -> None:
    path = _write(tmp_path, IPHONE.encode())
    with open_source(path) as source, pytest.raises(SourceError, match="single sheet"):
        list(source.iter_rows("Other"))


def test_a_huge_photo_is_never_held_in_memory(tmp_path: Path) -> None:
    photo = b"PHOTO;ENCODING=b;TYPE=JPEG:" + b"A" * (16 * 1024 * 1024) + b"\r\n"
    card = (
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann\r\n"
        + photo
        + b"TEL:+1 617 234 0100\r\nEND:VCARD\r\n"
    )
    path = _write(tmp_path, card)
    tracemalloc.start()
    try:
        [row] = _cards(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert row[PHONE] == "+1 617 234 0100"
    assert peak < 4 * 1024 * 1024  # a few read blocks, never the 16 MiB photo


def _fold(line: str, width: int) -> bytes:
    data = line.encode()
    pieces = [data[i : i + width] for i in range(0, len(data), width)] or [b""]
    return b"\r\n ".join(pieces) + b"\r\n"


@settings(max_examples=60, deadline=None)
@given(
    st.text(
        alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\\;,"),
        max_size=200,
    ),
    st.integers(min_value=1, max_value=75),
)
def test_folding_round_trips(value: str, width: int) -> None:
    folded = _fold(f"NOTE:{value}", width)
    [line] = logical_lines(read_pieces(io.BytesIO(folded)))
    prop = parse_property(line)
    assert prop is not None
    assert unescape(property_text(prop)) == value.strip()


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=300), st.integers(min_value=4, max_value=76))
def test_quoted_printable_soft_breaks_round_trip(payload: bytes, width: int) -> None:
    encoded = binascii.b2a_qp(payload, quotetabs=True, istext=False).replace(b"=\n", b"")
    lines = [encoded[i : i + width] for i in range(0, len(encoded), width)]
    lines = _no_split_escapes(lines)
    body = b"=\r\n".join(lines)
    data = b"NOTE;CHARSET=latin-1;ENCODING=QUOTED-PRINTABLE:" + body + b"\r\nEND:VCARD\r\n"
    [line, _end] = logical_lines(read_pieces(io.BytesIO(data)))
    prop = parse_property(line)
    assert prop is not None
    assert property_text(prop).encode("latin-1") == _without_controls(payload)


def _no_split_escapes(lines: list[bytes]) -> list[bytes]:
    """Move "=XX" escapes cut by a line end wholly onto the next line."""
    fixed: list[bytes] = []
    carry = b""
    for line in lines:
        line = carry + line
        cut = line.rfind(b"=", max(0, len(line) - 2))
        carry, line = (line[cut:], line[:cut]) if cut >= 0 else (b"", line)
        fixed.append(line)
    if carry:
        fixed.append(carry)
    return [line for line in fixed if line]


def _without_controls(payload: bytes) -> bytes:
    return bytes(b if b in (9, 10, 13) or (b >= 32 and b != 127) else 32 for b in payload)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_never_crash(tmp_path_factory: pytest.TempPathFactory, data: bytes) -> None:
    path = tmp_path_factory.mktemp("vcf") / "random.vcf"
    path.write_bytes(b"BEGIN:VCARD\r\n" + data)
    with open_source(path) as source:
        rows = list(source.iter_rows())
    assert rows[0][0] == 1
    assert all(isinstance(values, list) for _, values in rows)


def test_cards_nested_in_agent_are_left_out() -> None:
    data = (
        b"BEGIN:VCARD\r\nFN:Boss\r\nAGENT:BEGIN:VCARD\r\nFN:Assistant\r\n"
        b"END:VCARD\r\nTEL:+1 617 234 0100\r\nEND:VCARD\r\n"
    )
    cards = list(iter_cards(io.BytesIO(data)))
    assert [[p.name for p in card] for card in cards] == [["FN", "TEL"]]


@pytest.mark.corpus
@pytest.mark.parametrize(
    ("name", "name_value", "phone"),
    [
        ("ezvcard_John_Doe_IPHONE.vcf", "Mr. John Richter James Doe Sr.", "905-555-1234"),
        ("ezvcard_John_Doe_MAC_ADDRESS_BOOK.vcf", "Mr. John Richter,James Doe Sr.", "905-555-1234"),
        ("ezvcard_John_Doe_MS_OUTLOOK.vcf", "Mr. John Richter James Doe Sr.", "(905) 555-1234"),
        ("ezvcard_John_Doe_EVOLUTION.vcf", "Mr. John Richter, James Doe Sr.", "905-666-1234"),
        ("fkvcards_LabelIssue.vcf", "Rudi Wimmel", "0987 /6543"),
        ("roundcube_utf-16_sample.vcf", "Ǽgean ĽdaMonté", None),
        ("roundcube_thebat.vcf", "Piotr Iksiñski", None),
    ],
)
def test_corpus_vcards_name_and_phone(
    corpus_dir: Path, name: str, name_value: str, phone: str | None
) -> None:
    [card, *_] = _cards(corpus_dir / "contacts" / name)
    assert card[0] == name_value
    assert (card[PHONE] if len(card) > PHONE else None) == phone


def test_the_country_of_the_preferred_else_home_else_work_address(tmp_path: Path) -> None:
    cards = [
        "ADR;TYPE=WORK:;;Main St 1;Austin;TX;12345;United States of America",
        "ADR;TYPE=HOME:;;Freizeitweg 4;Freizeithausen;;12345;Deutschland",
    ]
    text = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann\r\nTEL;TYPE=CELL:0171 2345678\r\n"
    path = tmp_path / "one.vcf"
    path.write_text(text + "\r\n".join(cards) + "\r\nEND:VCARD\r\n", encoding="utf-8")
    with VcardSource(path) as source:
        header, card = [values for _, values in source.iter_rows()]
    assert card[header.index("Country")] == "Deutschland"
    pref = cards[0].replace("TYPE=WORK", "TYPE=WORK,PREF")
    path.write_text(text + "\r\n".join([pref, cards[1]]) + "\r\nEND:VCARD\r\n", encoding="utf-8")
    with VcardSource(path) as source:
        header, card = [values for _, values in source.iter_rows()]
    assert card[header.index("Country")] == "United States of America"


def test_every_categories_line_is_one_cell_of_groups(tmp_path: Path) -> None:
    data = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann\r\nTEL;TYPE=CELL:+16175551212\r\n"
        "CATEGORIES:Friends,Work\\, Berlin\r\nCATEGORIES:friends,VIP\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bo\r\nTEL:+16175551213\r\nCATEGORIES:,\r\nEND:VCARD\r\n"
    )
    ann, bo = _cards(_write(tmp_path, data.encode()))
    assert ann[COLUMNS.index("Categories")] == "Friends, Work Berlin, VIP"
    assert len(bo) <= COLUMNS.index("Categories") or bo[COLUMNS.index("Categories")] is None
