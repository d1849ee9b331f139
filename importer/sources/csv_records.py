"""Split delimited text into records at a bounded cost per line, however long the line.

Lines are read in pieces of at most :data:`PIECE_CHARS` characters, so one line of ``a,``
repeated for 200 MB never sits whole in memory: the csv module splits each piece, a record cut
at a piece's end is joined to the rest of its line, and a record wider than
:data:`~importer.columns.MAX_COLUMNS` stops the reading as soon as a piece shows it.

A line is only cut where the csv module reads the same text either way: not inside a run of
quote characters nor just before one (there, a quote in the middle of an unquoted field would
start a quoted field), and not beside a line break or a NUL character (dropped). A cut inside
a quoted field is harmless: the csv module carries the field on to the next piece itself.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from typing import TextIO

from importer.columns import MAX_COLUMNS

PIECE_CHARS = 1024 * 1024
SAFE_CUT_CHARS = 4096
"""How far past a piece's end a safe cut is looked for at a time."""
MAX_PIECE_CHARS = 2 * PIECE_CHARS
"""A piece with no safe cut (a run of quotes only crafted text holds) is cut here anyway."""
_LINE_ENDS = ("\r", "\n")
_UNSAFE = frozenset('"\x00\r\n')
"""Characters a cut must not touch: quotes, line breaks, and NUL (dropped, it would bring the
characters on either side together)."""


class TooManyColumnsError(Exception):
    """A record has more than :data:`MAX_COLUMNS` fields (``columns``: at least that many)."""

    def __init__(self, columns: int) -> None:
        super().__init__(columns)
        self.columns = columns


def csv_records(handle: TextIO, delimiter: str) -> Iterator[list[str]]:
    """The records of ``handle`` (opened with ``newline=""``) split at ``delimiter`` with
    Excel's quoting, not strictly; NUL characters are dropped.

    Raises :class:`TooManyColumnsError` as soon as a record has more than :data:`MAX_COLUMNS`
    fields, and ``csv.Error`` where the text cannot be split.
    """
    pieces = _LinePieces(handle)
    record: list[str] | None = None
    for fields in csv.reader(pieces, delimiter=delimiter, strict=False):
        if record is None:
            record = fields
        elif fields:
            record[-1] += fields[0]
            record.extend(fields[1:])
        if len(record) > MAX_COLUMNS:
            raise TooManyColumnsError(len(record))
        if not pieces.cut:
            yield record
            record = None
    if record is not None:
        yield record


class _LinePieces:
    """The lines of ``handle``, one longer than :data:`PIECE_CHARS` given in pieces;
    :attr:`cut` says whether the last piece given ends within its line."""

    def __init__(self, handle: TextIO) -> None:
        self._handle = handle
        self._pending = ""
        self.cut = False

    def __iter__(self) -> Iterator[str]:
        readline = self._handle.readline
        while True:
            piece = self._resume() if self._pending else readline(PIECE_CHARS)
            if not piece:
                return
            self.cut = False
            if len(piece) >= PIECE_CHARS or piece[-1] == "\r":
                piece = self._complete(piece)
            yield piece.replace("\x00", "") if "\x00" in piece else piece

    def _resume(self) -> str:
        """What was read past a cut, with the rest of its line (up to a piece's length)."""
        piece, self._pending = self._pending, ""
        if piece.endswith(_LINE_ENDS):
            return piece
        return piece + self._handle.readline(PIECE_CHARS - len(piece))

    def _complete(self, piece: str) -> str:
        """``piece`` ending in "\r" or as long as a piece: with the "\n" a read limit split
        from it, or cut safely."""
        if piece.endswith("\r"):
            return self._with_line_feed(piece)
        if piece.endswith("\n"):
            return piece
        return self._cut_safely(piece)

    def _with_line_feed(self, piece: str) -> str:
        """``piece`` with the "\\n" of a "\\r\\n" a read limit split from it."""
        after = self._handle.read(1)
        if after == "\n":
            return piece + after
        self._pending = after
        return piece

    def _cut_safely(self, piece: str) -> str:
        """``piece`` up to a safe cut, or its whole line when there is none before the line
        ends; what was read past the cut waits for the next piece."""
        self.cut = True
        while len(piece) < MAX_PIECE_CHARS:
            more = self._handle.readline(SAFE_CUT_CHARS)
            joined = piece[-1] + more
            for end in range(len(more)):
                if joined[end] not in _UNSAFE and joined[end + 1] not in _UNSAFE:
                    self._pending = more[end:]
                    return piece + more[:end]
            piece += more
            if not more or piece.endswith(_LINE_ENDS):
                self.cut = False
                return self._with_line_feed(piece) if piece.endswith("\r") else piece
        return piece
