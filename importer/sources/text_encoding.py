"""Find the character encoding of a text file: BOM, strict UTF-8, a detector, cp1252 last."""

from __future__ import annotations

import codecs
import re
import unicodedata
from pathlib import Path

from charset_normalizer import from_bytes

SAMPLE_BYTES = 512 * 1024
CHUNK_BYTES = 1024 * 1024
FALLBACK = "cp1252"
"""What Excel's plain "CSV" means on Western Windows, and the last resort."""

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CENTRAL_EUROPEAN_CODECS = ("cp1250", "iso8859_2")
_CP1250_IN_WORDS = re.compile(r"[^\W\d_][¹³¿¥][^\W\d_]")
"""cp1250 letters (ą ł ż ś ź) read as cp1252 turn into these symbols inside words."""
_MIN_EVIDENCE_LETTERS = 8
_MIN_DISTINCT_LETTERS = 5
_NOT_EVIDENCE = ("LATIN", "HALFWIDTH")
"""Half-width katakana are how cp932 misreads runs of accented capitals; they prove nothing."""


def detect_encoding(path: Path) -> str:
    """The Python codec name to decode ``path`` with (the BOM, if any, is consumed by it)."""
    with path.open("rb") as handle:
        head = handle.read(SAMPLE_BYTES)
        for bom, codec in _BOMS:
            if head.startswith(bom):
                return codec
        utf16 = utf16_without_bom(head)
        if utf16:
            return utf16
        handle.seek(0)
        bad_offset, saw_utf8 = _first_invalid_utf8_offset(handle)
        if bad_offset is None or saw_utf8:
            return "utf-8"
        sample = head
        if bad_offset > len(head):
            handle.seek(bad_offset)
            sample += handle.read(SAMPLE_BYTES)
    return _guess_legacy(sample)


def utf16_without_bom(head: bytes) -> str | None:
    """ "utf-16-le"/"utf-16-be" when the sample is mostly ASCII written as UTF-16 without BOM."""
    sample = head[: len(head) - len(head) % 2]
    half = len(sample) // 2
    if half < 2:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    if odd_nuls > 0.6 * half and even_nuls < 0.05 * half:
        return "utf-16-le"
    if even_nuls > 0.6 * half and odd_nuls < 0.05 * half:
        return "utf-16-be"
    return None


def _first_invalid_utf8_offset(handle: object) -> tuple[int | None, bool]:
    """Stream the whole file through a strict UTF-8 decoder: the offset of the first bad chunk
    (None if there is none), and whether non-ASCII UTF-8 text came before it.

    Text that is valid UTF-8 with accents and then turns into other bytes is a file whose
    encoding changes midway (rows appended by another program): it is read as UTF-8, with
    the stray bytes decoded one by one as cp1252 (see :data:`UTF8_FALLBACK_ERRORS`).
    """
    decoder = codecs.getincrementaldecoder("utf-8")("strict")
    offset = 0
    saw_utf8 = False
    read = handle.read  # type: ignore[attr-defined]
    while True:
        chunk: bytes = read(CHUNK_BYTES)
        try:
            decoder.decode(chunk, final=not chunk)
        except UnicodeDecodeError as exc:
            start = max(exc.start, 0)
            return offset + start, saw_utf8 or not chunk[:start].isascii()
        if not chunk:
            return None, saw_utf8
        saw_utf8 = saw_utf8 or not chunk.isascii()
        offset += len(chunk)


UTF8_FALLBACK_ERRORS = "importer-cp1252-fallback"
"""Decoding error handler for UTF-8 text: a byte that is not UTF-8 is read as cp1252."""


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start : error.end]
    return bad.decode(FALLBACK, errors="replace"), error.end


codecs.register_error(UTF8_FALLBACK_ERRORS, _cp1252_fallback)


def _guess_legacy(sample: bytes) -> str:
    """cp1252, unless the sample clearly holds another script or Central European text.

    Among Latin-script code pages charset-normalizer's pick is mostly noise on short samples,
    and cp1252 is by far the most common. Its verdict is kept for bytes cp1252 lacks, for
    non-Latin text with enough letters to judge (Cyrillic, CJK, Greek…), and for cp1250 when
    cp1252 would put symbols such as "³" or "¿" inside words (Polish "ł", "ż").
    """
    best = from_bytes(sample).best()
    if best is None:
        return FALLBACK
    encoding = str(best.encoding)
    if not _decodes(sample, FALLBACK):
        return encoding
    if _clearly_not_latin(str(best)):
        return encoding
    if encoding in _CENTRAL_EUROPEAN_CODECS and _CP1250_IN_WORDS.search(sample.decode(FALLBACK)):
        return encoding
    return FALLBACK


def _clearly_not_latin(text: str) -> bool:
    letters = [char for char in text if not char.isascii() and char.isalpha()]
    foreign = [char for char in letters if not unicodedata.name(char, "").startswith(_NOT_EVIDENCE)]
    return (
        len(set(foreign)) >= _MIN_DISTINCT_LETTERS
        and len(foreign) >= _MIN_EVIDENCE_LETTERS
        and len(foreign) > 0.5 * len(letters)
    )


def _decodes(sample: bytes, encoding: str) -> bool:
    try:
        sample.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True
