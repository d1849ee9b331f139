"""CSV, TSV and text exports read as one sheet, decoded and split incrementally (a line of any
length at a bounded cost: :mod:`.csv_records`)."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from importer.closing import ClosesOnExit
from importer.columns import MAX_COLUMNS
from importer.errors import CorruptFileError, EmptyFileError, ResourceLimitError, SourceError
from importer.i18n import _, format_count
from importer.sources.base import Format, Row, SheetInfo
from importer.sources.cells import normalize_row
from importer.sources.csv_dialect import sep_line_delimiter, sniff_delimiter
from importer.sources.csv_records import TooManyColumnsError, csv_records
from importer.sources.text_encoding import UTF8_FALLBACK_ERRORS, detect_encoding

SNIFF_CHARS = 64 * 1024
SEP_LINE_CHARS = 64
MAX_FIELD_CHARS = 16 * 1024 * 1024
"""Very long fields are allowed, up to a bound that keeps one broken quote from eating memory."""

if csv.field_size_limit() < MAX_FIELD_CHARS:
    csv.field_size_limit(MAX_FIELD_CHARS)


class CsvSource(ClosesOnExit):
    """A delimited text file. Cells are stripped text; numbers are never guessed."""

    kind = Format.CSV

    def __init__(self, path: Path) -> None:
        self.path = path
        self.encoding = detect_encoding(path)
        self.delimiter, self._skip_first_line = self._dialect()

    def sheets(self) -> list[SheetInfo]:
        """A CSV file has one sheet, named after the file like Excel does."""
        return [SheetInfo(name=self.path.stem, index=0)]

    def default_sheet(self) -> str:
        """The only sheet; :class:`EmptyFileError` when it holds nothing but blank lines."""
        if next(self.iter_rows(), None) is None:
            raise EmptyFileError(
                self.path, _("The file holds only blank lines."), hint=_("Choose another file.")
            )
        return self.path.stem

    def iter_rows(self, sheet: str | None = None) -> Iterator[Row]:
        """Stream the records (numbered as Excel shows them); blank records are skipped."""
        if sheet is not None and sheet != self.path.stem:
            raise SourceError(
                self.path,
                _('A CSV file has a single sheet, "{stem}", not "{sheet}".').format(
                    stem=self.path.stem, sheet=sheet
                ),
                hint=_("Leave the sheet choice empty for CSV files."),
            )
        with self._open() as handle:
            if self._skip_first_line:
                handle.readline(SEP_LINE_CHARS)
            records = csv_records(handle, self.delimiter)
            number = 0
            while True:
                try:
                    record = next(records)
                except StopIteration:
                    return
                except csv.Error as exc:
                    raise self._record_error(number + 1, exc) from None
                except TooManyColumnsError:
                    raise self._too_wide(number + 1) from None
                number += 1
                values = normalize_row(record)
                if values:
                    yield number, values

    def close(self) -> None:
        """Nothing stays open between calls to :meth:`iter_rows`."""

    def _open(self) -> TextIO:
        errors = UTF8_FALLBACK_ERRORS if self.encoding == "utf-8" else "replace"
        return self.path.open(encoding=self.encoding, errors=errors, newline="")

    def _dialect(self) -> tuple[str, bool]:
        with self._open() as handle:
            first_line = handle.readline(SEP_LINE_CHARS)
            declared = sep_line_delimiter(first_line)
            if declared is not None:
                return declared, True
            sample = first_line + handle.read(SNIFF_CHARS)
            truncated = bool(handle.read(1))
        return sniff_delimiter(sample, truncated), False

    def _too_wide(self, number: int) -> ResourceLimitError:
        return ResourceLimitError(
            self.path,
            _(
                "This row has more than {limit} columns, more than a spreadsheet can have "
                "(Excel stops at column XFD)."
            ).format(limit=format_count(MAX_COLUMNS)),
            hint=_(
                "If it should hold a table of contacts, its lines may have lost their line "
                "breaks: open it in a text editor to check, or save it from Excel as .xlsx, and "
                "try again."
            ),
            row=number,
        )

    def _record_error(self, number: int, exc: csv.Error) -> SourceError:
        if "field larger than field limit" in str(exc):
            return ResourceLimitError(
                self.path,
                _(
                    'A field is longer than 16 million characters, probably because a quote (") '
                    "is never closed."
                ),
                hint=_(
                    "Open the file in a text editor, fix the quotes near that row, and try again."
                ),
                row=number,
            )
        return CorruptFileError(
            self.path,
            _("The text cannot be split into columns ({exc}).").format(exc=exc),
            hint=_("Open the file in Excel, save it as .xlsx, and try again."),
            row=number,
        )
