"""Cell normalization: every reader's raw values become the same small set of plain values."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable
from typing import Any

from importer.sources.base import CellValue


def normalize_cell(value: object) -> CellValue:
    """One raw cell as the engine sees it.

    Text is stripped (empty → None); integral floats become int (never an exponent); bools stay
    bools; dates, times and datetimes become ISO 8601 text (date only at midnight); durations
    become "H:MM:SS" text.
    """
    if value is None or isinstance(value, bool | int):
        return value
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, float):
        return _normalize_float(value)
    if isinstance(value, dt.datetime):
        return _iso_datetime(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.replace(microsecond=0).isoformat()
    if isinstance(value, dt.timedelta):
        return format_duration(value)
    return str(value).strip() or None


def normalize_row(values: Iterable[object]) -> list[CellValue]:
    """A row of raw cells normalized, with trailing empty cells dropped.

    The common types are handled inline, without a call per cell: this runs once per cell of
    million-row sheets.
    """
    row: list[CellValue] = []
    append = row.append
    value: Any
    for value in values:
        kind = type(value)
        if kind is str:
            append(value.strip() or None)
        elif kind is float:
            if value.is_integer():
                append(int(value))
            else:
                append(value if value - value == 0.0 else None)  # NaN and ±inf are not values
        elif value is None or kind is int or kind is bool:
            append(value)
        elif kind is dt.date:
            append(value.isoformat())
        else:
            append(normalize_cell(value))
    while row and row[-1] is None:
        row.pop()
    return row


def format_duration(value: dt.timedelta) -> str:
    """A duration as Excel shows it with [h]:mm:ss, e.g. 1 day 2.5 hours → "26:30:00"."""
    seconds = round(value.total_seconds())
    sign = "-" if seconds < 0 else ""
    hours, rest = divmod(abs(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{sign}{hours}:{minutes:02d}:{secs:02d}"


def _normalize_float(value: float) -> CellValue:
    if math.isnan(value) or math.isinf(value):
        return None
    if value.is_integer():
        return int(value)
    return value


def _iso_datetime(value: dt.datetime) -> str:
    if value.microsecond >= 500_000:
        value += dt.timedelta(seconds=1)
    value = value.replace(microsecond=0)
    if value.time() == dt.time(0) and value.tzinfo is None:
        return value.date().isoformat()
    return value.isoformat()
