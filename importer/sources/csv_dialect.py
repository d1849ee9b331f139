"""Guess a CSV file's delimiter from a sample of its text."""

from __future__ import annotations

import csv
import io
import re
from collections import Counter

DELIMITERS = (",", ";", "\t", "|")
SAMPLE_RECORDS = 200
_SEP_LINE = re.compile(r"^\ufeff?sep=(.)\s*$", re.IGNORECASE)


def sep_line_delimiter(first_line: str) -> str | None:
    """The delimiter Excel's ``sep=;`` first line declares, or None if the line is data."""
    match = _SEP_LINE.match(first_line.rstrip("\r\n"))
    return match.group(1) if match else None


def sniff_delimiter(sample: str, truncated: bool) -> str:
    """The candidate delimiter that splits the most sample records into the same width.

    Ties go to the wider table, then to the order of :data:`DELIMITERS` (comma first). A file
    of one column gets a comma. ``truncated`` drops the last, possibly cut, record.
    """
    best = DELIMITERS[0]
    best_key = (0.0, 0)
    for delimiter in DELIMITERS:
        key = _consistency(sample, delimiter, truncated)
        if key > best_key:
            best, best_key = delimiter, key
    return best


def _consistency(sample: str, delimiter: str, truncated: bool) -> tuple[float, int]:
    reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
    widths: list[int] = []
    try:
        for record in reader:
            if any(field.strip() for field in record):
                widths.append(len(record))
            if len(widths) > SAMPLE_RECORDS:
                break
    except csv.Error:
        return (0.0, 0)
    if truncated and len(widths) > 1:
        widths.pop()
    if not widths:
        return (0.0, 0)
    width, count = Counter(widths).most_common(1)[0]
    if width < 2:
        return (0.0, 0)
    return (round(count / len(widths), 2), width)
