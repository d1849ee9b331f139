"""Parsing of the HTTP ``Retry-After`` header (RFC 9110 §10.2.3)."""

from __future__ import annotations

import email.utils
import math
from datetime import UTC, datetime

_MAX_SECONDS = 24 * 3600.0


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` value (delay-seconds or HTTP-date).

    Returns None when the header is absent or unreadable; a date in the past gives 0.
    Absurd values are capped at one day.
    """
    if value is None:
        return None
    text = value.strip()
    if not text:
        return None
    seconds = _as_seconds(text)
    if seconds is None:
        seconds = _as_http_date(text, now or datetime.now(UTC))
    if seconds is None:
        return None
    return min(max(seconds, 0.0), _MAX_SECONDS)


def _as_seconds(text: str) -> float | None:
    try:
        seconds = float(text)
    except ValueError:
        return None
    return seconds if math.isfinite(seconds) else None


def _as_http_date(text: str, now: datetime) -> float | None:
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return (when - now).total_seconds()
