"""vCard text as properties: line endings, folding and quoted-printable soft breaks undone.

Works on a stream of bytes line by line, so memory stays bounded whatever the file holds:
each physical line is read in pieces of at most :data:`MAX_PIECE_BYTES`, the values of
binary properties (photos, logos, sounds, keys) are skipped as they are read, and any other
value is cut after :data:`MAX_VALUE_BYTES`.

Every producer's quirks seen in real files are accepted: CRLF, LF, CR and CR CR LF line
endings mixed in one file, continuation lines indented by one or more spaces or tabs, vCard
2.1 quoted-printable values continued by a ``=`` at the end of a line (with the next line not
indented), blank lines anywhere, and lines that are not properties at all (ignored).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Protocol

BLOCK_BYTES = 1024 * 1024
"""The file is read in blocks of this size."""
MAX_PIECE_BYTES = 64 * 1024
"""A physical line longer than this is handed on in several pieces."""
MAX_VALUE_BYTES = 256 * 1024
"""A property value (other than a skipped binary one) is cut after this many bytes."""
SKIPPED_PROPERTIES = frozenset({b"PHOTO", b"LOGO", b"SOUND", b"KEY"})
"""Binary properties: their values are never kept (a photo can be megabytes)."""


class BlockReader(Protocol):
    """A binary stream read block by block (an open file, or UTF-16 text re-encoded)."""

    def read(self, size: int = -1, /) -> bytes:
        """At most ``size`` more bytes (b"" at the end)."""
        ...


@dataclass(frozen=True, slots=True)
class Property:
    """One vCard property: ``item1.TEL;TYPE=CELL:+1 555`` → group, name, params, value."""

    group: str
    name: str
    params: dict[str, list[str]]
    """Parameter name (upper case) → values; bare 2.1 parameters (``CELL``) are ``TYPE``."""
    value: bytes

    def types(self) -> frozenset[str]:
        """The TYPE values, lower case (``TYPE=WORK,VOICE`` and ``;WORK;VOICE`` alike)."""
        return frozenset(t.lower() for t in self.params.get("TYPE", ()))

    def param(self, name: str) -> str:
        """The first value of parameter ``name`` (upper case), or ""."""
        values = self.params.get(name)
        return values[0] if values else ""


def read_pieces(handle: BlockReader) -> Iterator[tuple[bytes, bool]]:
    """Physical lines without their line ending, as (text, glued) pieces.

    The stream is read in blocks of :data:`BLOCK_BYTES` and split at C speed. ``glued`` is
    true for a piece that continues the previous one on the same line (a line longer than
    :data:`MAX_PIECE_BYTES` comes in several pieces, so memory stays bounded).
    """
    pending = b""
    glued = False
    while block := handle.read(BLOCK_BYTES):
        data = pending + block
        cut = len(data) - 1 if data.endswith(b"\r") else len(data)  # \r\n may be split
        lines = data[:cut].splitlines()
        pending = data[cut:]
        if lines and not data[:cut].endswith((b"\n", b"\r")):
            pending = lines.pop() + pending
        for line in lines:
            yield line, glued
            glued = False
        if len(pending) > MAX_PIECE_BYTES:
            yield pending, glued
            pending, glued = b"", True
    if pending.rstrip(b"\r"):
        yield pending.rstrip(b"\r"), glued


def logical_lines(
    pieces: Iterable[tuple[bytes, bool]], wanted: frozenset[bytes] | None = None
) -> Iterator[bytes]:
    """Unfolded property lines: continuations joined, binary values dropped, long ones cut.

    With ``wanted`` (property names in upper case), other properties are skipped like binary
    ones: their values are neither kept nor parsed.
    """
    current: _Line | None = None
    for piece, glued in pieces:
        if not piece:
            continue  # CR CR LF endings make empty lines; blank lines carry nothing
        if current is not None and current.takes(piece, glued):
            continue
        if current is not None and not current.skipping:
            yield current.text()
        current = _Line(piece, wanted) if piece.strip() else None
    if current is not None and not current.skipping:
        yield current.text()


class _Line:
    """A logical line being assembled from its pieces."""

    def __init__(self, first: bytes, wanted: frozenset[bytes] | None) -> None:
        colon = first.find(b":")
        semicolon = first.find(b";", 0, colon if colon >= 0 else len(first))
        head = first[: semicolon if semicolon >= 0 else colon if colon >= 0 else len(first)]
        name = head.rpartition(b".")[2].strip().upper()
        self.skipping = name in SKIPPED_PROPERTIES or (wanted is not None and name not in wanted)
        """Binary or unwanted: continuation lines are dropped, the line is never handed on."""
        self.quoted_printable = colon > 0 and b"QUOTED-PRINTABLE" in first[:colon].upper()
        self.parts = [first]
        self.size = len(first)

    def takes(self, piece: bytes, glued: bool) -> bool:
        """Add ``piece`` when it continues this line; False when it starts another one."""
        if glued:
            self._add(piece)
        elif self.quoted_printable and self.parts[-1].endswith(b"=") and piece.strip():
            self.parts[-1] = self.parts[-1][:-1]
            self._add(piece)
        elif piece[:1] in (b" ", b"\t"):
            self._add(piece[1:])
        else:
            return False
        return True

    def _add(self, piece: bytes) -> None:
        if self.skipping or self.size >= MAX_VALUE_BYTES:
            return
        kept = piece[: MAX_VALUE_BYTES - self.size]
        self.parts.append(kept)
        self.size += len(kept)

    def text(self) -> bytes:
        return b"".join(self.parts)


def parse_property(line: bytes) -> Property | None:
    """The property a logical line holds, or None when it is not ``name[;params]:value``."""
    colon = _value_start(line)
    if colon < 0:
        return None
    head, value = line[:colon], line[colon + 1 :]
    fields = _split_unquoted(head, ord(";"))
    group, _, name = fields[0].decode("ascii", "replace").strip().rpartition(".")
    if not name or not name.replace("-", "").isalnum():
        return None
    params: dict[str, list[str]] = {}
    for field in fields[1:]:
        key, equals, values = field.decode("utf-8", "replace").partition("=")
        if not equals:
            key, values = "TYPE", key
        params.setdefault(key.strip().upper(), []).extend(
            v.strip().strip('"') for v in values.split(",") if v.strip()
        )
    return Property(group.lower(), name.upper(), params, value)


def _value_start(line: bytes) -> int:
    """The index of the ``:`` that ends the property's name and parameters (-1 if none)."""
    colon = line.find(b":")
    if colon < 0 or b'"' not in line[:colon]:
        return colon
    quoted = False
    for index, byte in enumerate(line):
        if byte == ord('"'):
            quoted = not quoted
        elif byte == ord(":") and not quoted:
            return index
    return -1


def _split_unquoted(text: bytes, separator: int) -> list[bytes]:
    if b'"' not in text:
        return text.split(bytes((separator,)))
    fields: list[bytes] = []
    start, quoted = 0, False
    for index, byte in enumerate(text):
        if byte == ord('"'):
            quoted = not quoted
        elif byte == separator and not quoted:
            fields.append(text[start:index])
            start = index + 1
    fields.append(text[start:])
    return fields
