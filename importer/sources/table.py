"""Find the table in a sheet: the header row, its column names, and the data rows below it."""

from __future__ import annotations

import itertools
import math
import re
import statistics
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from importer.columns import untitled_name
from importer.errors import CancelledError
from importer.sources.base import CellValue, Row, Source

HEADER_SCAN_ROWS = 30
"""The header is looked for among the first rows with data."""
LOOKAHEAD_ROWS = 10
MIN_HEADER_SHARE = 0.5
"""A header names at least half of the columns its data rows fill."""
MIN_TEXT_SHARE = 0.7
CANCEL_CHECK_ROWS = 10_000
"""While counting, whether to stop is asked once per this many rows."""

_NUMBER_LIKE = re.compile(r"^[\s+\-().,/:0-9]*[0-9][\s+\-().,/:0-9]*$")
_EMAIL_LIKE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_DATE_LIKE = re.compile(r"^\d{4}-\d{2}-\d{2}|^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?:\s|$)")
NO_TITLES = 0
"""The header row of a table without titles: every row is data, every column untitled."""
MIN_CONTACT_DIGITS = 7
"""A cell with at least this many digits and nothing but number punctuation is a phone number
or another datum, never a column title."""


@dataclass
class TablePreview:
    """The first rows of a sheet's table, for choosing columns."""

    sheet: str
    header_row: int
    headers: list[str]
    rows: list[Row]


def detect_header_row(rows: Sequence[Row]) -> int:
    """The Excel row number of the header among ``rows``, or :data:`NO_TITLES`.

    Title rows and mostly empty rows above the header are skipped: the header is the first row
    whose cells are mostly distinct text (not numbers or dates) naming at least half of the
    columns the following rows fill. A row holding a contact's data (a phone number or an
    e-mail address) ends the search: the header is above the contacts. When no row qualifies,
    the first row is the header unless it holds such data: then the table has no titles, and
    that row is a contact like the others, not lost as a header.
    """
    if not rows:
        return 1
    found = header_row_among(rows)
    if found is not None:
        return found
    first, values = rows[0]
    return NO_TITLES if any(map(_is_contact_datum, values)) else first


def header_row_among(rows: Sequence[Row]) -> int | None:
    """The Excel row number of the first of ``rows`` (within :data:`HEADER_SCAN_ROWS`, above
    any row holding a contact's data) that looks like column titles for the rows after it, or
    None when none does."""
    for position, (number, values) in enumerate(rows[:HEADER_SCAN_ROWS]):
        if any(map(_is_contact_datum, values)):
            return None
        following = rows[position + 1 : position + 1 + LOOKAHEAD_ROWS]
        if _looks_like_header(values, following):
            return number
    return None


def _is_contact_datum(value: CellValue) -> bool:
    """Whether ``value`` is a phone number or an e-mail address, which no title is (a date is
    neither)."""
    if isinstance(value, bool) or value is None:
        return False
    if isinstance(value, float) and not math.isfinite(value):
        return False
    if isinstance(value, int | float):
        return len(str(abs(int(value)))) >= MIN_CONTACT_DIGITS
    text = value.strip()
    if _EMAIL_LIKE.match(text):
        return True
    if not _NUMBER_LIKE.match(text) or _DATE_LIKE.match(text):
        return False
    return sum(c.isdigit() for c in text) >= MIN_CONTACT_DIGITS


def read_preview(
    source: Source, sheet: str | None = None, header_row: int | None = None, limit: int = 200
) -> TablePreview:
    """The header and up to ``limit`` data rows of ``sheet`` (default: the source's default).

    ``header_row`` overrides the detected header row (an Excel row number).
    """
    name = sheet if sheet is not None else _default_sheet(source)
    scan = HEADER_SCAN_ROWS + LOOKAHEAD_ROWS
    head: list[Row] = []
    data: list[Row] = []
    chosen = header_row
    for row in source.iter_rows(name):
        if chosen is None:
            head.append(row)
            if len(head) < scan:
                continue
            chosen = detect_header_row(head)
            data.extend(r for r in head if r[0] > chosen)
            head = [r for r in head if r[0] == chosen]
        elif row[0] == chosen:
            head = [row]
        elif row[0] > chosen:
            data.append(row)
        if len(data) >= limit:
            break
    if chosen is None:
        chosen = detect_header_row(head)
        data = [r for r in head if r[0] > chosen]
        head = [r for r in head if r[0] == chosen]
    header_values = head[0][1] if head else []
    data = data[:limit]
    return TablePreview(name, chosen, header_names(header_values, data), data)


def iter_data_rows(source: Source, sheet: str, header_row: int) -> Iterator[Row]:
    """Stream the rows below ``header_row`` of ``sheet``."""
    rows = source.iter_rows(sheet)
    return itertools.dropwhile(lambda row: row[0] <= header_row, rows)


def count_data_rows(
    source: Source,
    sheet: str,
    header_row: int,
    cancelled: Callable[[], bool] = lambda: False,
) -> int:
    """How many data rows ``sheet`` has below ``header_row`` (blank rows are not rows), as the
    check will count them; raises :class:`CancelledError` once ``cancelled()`` says so."""
    count = 0
    for count, _row in enumerate(iter_data_rows(source, sheet, header_row), 1):
        if count % CANCEL_CHECK_ROWS == 0 and cancelled():
            raise CancelledError()
    return count


def header_names(header: Sequence[CellValue], rows: Sequence[Row]) -> list[str]:
    """One name per column up to the widest of header and rows; empty ones become "Column C"."""
    width = max([len(header), *(len(values) for _, values in rows)])
    names = []
    for index in range(width):
        value = header[index] if index < len(header) else None
        text = _as_text(value)
        names.append(text if text else untitled_name(index))
    return names


def _looks_like_header(values: Sequence[CellValue], following: Sequence[Row]) -> bool:
    filled = [value for value in values if value is not None]
    if not filled:
        return False
    texts = {value for value in filled if isinstance(value, str) and not _NUMBER_LIKE.match(value)}
    if len(texts) < MIN_TEXT_SHARE * len(filled):
        return False
    widths = [sum(value is not None for value in row) for _, row in following]
    data_width = statistics.median_high(widths) if widths else len(filled)
    if len(texts) < min(2, data_width):
        return False
    return len(texts) >= MIN_HEADER_SHARE * max(data_width, len(filled))


def _default_sheet(source: Source) -> str:
    chooser = getattr(source, "default_sheet", None)
    if callable(chooser):
        name = chooser()
        if isinstance(name, str):
            return name
    return source.sheets()[0].name


def _as_text(value: CellValue) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    return str(value).strip()
