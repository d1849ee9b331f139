"""Find the character encoding of a text file: BOM, strict UTF-8, a detector, cp1252 last."""

from __future__ import annotations

import codecs
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
_CHAOS_TOLERANCE = 0.01


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
        bad_offset = _first_invalid_utf8_offset(handle)
        if bad_offset is None:
            return "utf-8"
        handle.seek(max(bad_offset - 1024, 0))
        sample = head + handle.read(SAMPLE_BYTES)
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


def _first_invalid_utf8_offset(handle: object) -> int | None:
    """Stream the whole file through a strict UTF-8 decoder; the offset of the first bad chunk."""
    decoder = codecs.getincrementaldecoder("utf-8")("strict")
    offset = 0
    read = handle.read  # type: ignore[attr-defined]
    while True:
        chunk: bytes = read(CHUNK_BYTES)
        try:
            decoder.decode(chunk, final=not chunk)
        except UnicodeDecodeError as exc:
            return offset + max(exc.start, 0)
        if not chunk:
            return None
        offset += len(chunk)


def _guess_legacy(sample: bytes) -> str:
    """charset-normalizer's guess, preferring cp1252 when it reads the sample as well."""
    matches = list(from_bytes(sample))
    if not matches:
        return FALLBACK
    best_chaos = matches[0].chaos
    for match in matches:
        if match.chaos <= best_chaos + _CHAOS_TOLERANCE and FALLBACK in match.could_be_from_charset:
            return FALLBACK
    encoding = matches[0].encoding
    return encoding if isinstance(encoding, str) else FALLBACK
