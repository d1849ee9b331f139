"""vCard property values as text: quoted-printable and base64 undone, charsets decoded,
backslash escapes resolved, structured values (``N``, ``ADR``, ``ORG``) split.

Text with no ``CHARSET`` is read as UTF-8, each byte that is not UTF-8 as cp1252 (what
Windows programs write), so a card mixing both — as German Outlook does — reads right.
"""

from __future__ import annotations

import binascii
import codecs
import re

from importer.sources.text_encoding import UTF8_FALLBACK_ERRORS
from importer.sources.vcard_lines import Property

_LINE_BREAK_ESCAPES = frozenset("nN")
_ESCAPED = re.compile(r"\\(.)", re.DOTALL)
_UNESCAPED_SEMICOLON = re.compile(r"(?<!\\);")
_UNESCAPED_COMMA = re.compile(r"(?<!\\),")
_CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def property_text(prop: Property) -> str:
    """The value of ``prop`` as text, escapes still in place (see :func:`unescape`)."""
    raw = prop.value
    encoding = prop.param("ENCODING").upper()
    if encoding == "QUOTED-PRINTABLE" or "QUOTED-PRINTABLE" in _upper(prop.types()):
        raw = binascii.a2b_qp(raw)
    elif encoding in ("B", "BASE64"):
        raw = _from_base64(raw)
    text = _decode(raw, prop.param("CHARSET"))
    return _CONTROL_CHARACTERS.sub(" ", text)


def unescape(text: str) -> str:
    """``text`` with vCard backslash escapes resolved (``\\,`` → ``,``, ``\\n`` → line break;
    any other escaped character stands for itself, as producers escape more than the standard
    lists)."""
    text = text.replace("\r\n", "\n")
    if "\\" not in text:
        return text.strip()
    return _ESCAPED.sub(_unescaped, text).strip()


def _unescaped(match: re.Match[str]) -> str:
    char = match.group(1)
    return "\n" if char in _LINE_BREAK_ESCAPES else char


def components(text: str) -> list[str]:
    """The parts of a structured value split on unescaped ``;``, each unescaped."""
    return [unescape(part) for part in _UNESCAPED_SEMICOLON.split(text)]


def list_values(text: str) -> list[str]:
    """The values of a comma-separated property (CATEGORIES, NICKNAME) split on unescaped
    ``,``, each unescaped; empty ones left out."""
    return [value for value in map(unescape, _UNESCAPED_COMMA.split(text)) if value]


def _upper(values: frozenset[str]) -> set[str]:
    return {value.upper() for value in values}


def _from_base64(raw: bytes) -> bytes:
    try:
        return binascii.a2b_base64(raw)
    except binascii.Error:
        return raw


def _decode(raw: bytes, charset: str) -> str:
    codec = _codec(charset)
    if codec is None or codec == "utf-8":
        return raw.decode("utf-8", errors=UTF8_FALLBACK_ERRORS)
    return raw.decode(codec, errors="replace")


def _codec(charset: str) -> str | None:
    if not charset:
        return None
    try:
        return codecs.lookup(charset).name
    except LookupError:
        return None
