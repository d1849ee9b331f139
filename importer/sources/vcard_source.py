"""vCard files (``.vcf``, versions 2.1, 3.0 and 4.0) read as one sheet: one row per card.

Row 1 holds the column titles (:data:`~importer.sources.vcard_card.COLUMNS`); the Nth card of
the file is row N + 1, so messages about "row 3" point at the second card. The file is read
line by line; photos and other binary values are skipped without being kept.
"""

from __future__ import annotations

import codecs
import io
from collections.abc import Iterator
from pathlib import Path

from importer.closing import ClosesOnExit
from importer.errors import EmptyFileError, SourceError
from importer.i18n import _
from importer.os_errors import os_reason
from importer.sources.base import CellValue, Format, Row, SheetInfo
from importer.sources.text_encoding import utf16_without_bom
from importer.sources.vcard_card import COLUMNS, USED_PROPERTIES, card_row
from importer.sources.vcard_lines import (
    BlockReader,
    Property,
    logical_lines,
    parse_property,
    read_pieces,
)

READ_PROPERTIES = frozenset({b"BEGIN", b"END", b"AGENT", *USED_PROPERTIES})
"""The properties parsed; the others are skipped as they are read."""
_BOM_CODECS = ((codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def card_number(row: int) -> int:
    """The card of the file that sheet row ``row`` holds (row 2 is the first card)."""
    return row - 1


class VcardSource(ClosesOnExit):
    """A vCard file: a single sheet named after the file, one row per card."""

    kind = Format.VCARD

    def __init__(self, path: Path) -> None:
        self.path = path
        with path.open("rb") as handle:
            head = handle.read(4096)
        self._utf16 = _utf16_codec(head)

    def sheets(self) -> list[SheetInfo]:
        """The one sheet, named after the file like a CSV file's."""
        return [SheetInfo(name=self.path.stem, index=0)]

    def default_sheet(self) -> str:
        """The only sheet; :class:`EmptyFileError` when the file holds no card."""
        rows = self.iter_rows()
        next(rows, None)
        if next(rows, None) is None:
            raise EmptyFileError(
                self.path,
                _("The file holds no contact (no BEGIN:VCARD … END:VCARD card with a value)."),
                hint=_("Export the contacts again as a vCard (.vcf) file, or choose another file."),
            )
        return self.path.stem

    def iter_rows(self, sheet: str | None = None) -> Iterator[Row]:
        """Row 1 with the column titles, then one row per card (cards without any value
        left out, as blank rows are)."""
        if sheet is not None and sheet != self.path.stem:
            raise SourceError(
                self.path,
                _('A vCard file has a single sheet, "{stem}", not "{sheet}".').format(
                    stem=self.path.stem, sheet=sheet
                ),
                hint=_("Leave the sheet choice empty for vCard files."),
            )
        header: list[CellValue] = [*COLUMNS]
        yield 1, header
        try:
            with self._open() as handle:
                for number, properties in enumerate(iter_cards(handle), start=2):
                    values = card_row(properties)
                    if values:
                        yield number, values
        except OSError as exc:
            raise SourceError(
                self.path,
                _("The file cannot be read: {reason}.").format(reason=os_reason(exc)),
                hint=_("Try again."),
            ) from None

    def close(self) -> None:
        """Nothing stays open between calls to :meth:`iter_rows`."""

    def _open(self) -> io.BufferedReader | _Utf8Stream:
        raw = self.path.open("rb")
        if self._utf16 is None:
            if raw.read(3) != codecs.BOM_UTF8:
                raw.seek(0)
            return raw
        text = io.TextIOWrapper(raw, encoding=self._utf16, errors="replace", newline="")
        return _Utf8Stream(text)


def iter_cards(handle: BlockReader) -> Iterator[list[Property]]:
    """The properties of each top-level card in ``handle`` (a card left open at the end
    counts; properties of cards nested inside one, as 2.1 ``AGENT`` allows, are left out)."""
    depth = 0
    properties: list[Property] = []
    for line in logical_lines(read_pieces(handle), READ_PROPERTIES):
        prop = parse_property(line)
        if prop is None:
            continue
        marker = prop.value.strip().upper()
        if (prop.name, marker) == ("BEGIN", b"VCARD") or (
            prop.name == "AGENT" and marker.replace(b" ", b"") == b"BEGIN:VCARD"
        ):
            depth += 1
            if depth == 1:
                properties = []
        elif prop.name == "END" and marker == b"VCARD" and depth:
            depth -= 1
            if depth == 0:
                yield properties
        elif depth == 1:
            properties.append(prop)
    if depth:
        yield properties


def _utf16_codec(head: bytes) -> str | None:
    for bom, codec in _BOM_CODECS:
        if head.startswith(bom):
            return codec
    return utf16_without_bom(head)


class _Utf8Stream(io.RawIOBase):
    """A UTF-16 text stream read back as UTF-8 bytes (what the line reader expects)."""

    def __init__(self, text: io.TextIOWrapper) -> None:
        super().__init__()
        self._text = text

    def read(self, size: int = -1, /) -> bytes:
        return self._text.read(size // 4 if size > 0 else -1).encode("utf-8")

    def close(self) -> None:
        self._text.close()
        super().close()
