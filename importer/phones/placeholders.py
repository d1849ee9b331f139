"""Numbers people type when they have no number: 000-000-0000, 123-456-7890, 555-0123.

They are never sent, whatever libphonenumber says of them: "(555) 555-5555" and
"212-555-0123" are valid North American numbers by its patterns, and "+1 (000) 000-0000" is of
the right length. A placeholder is judged on the national significant number (the digits after
the country code): all one digit, or an ascending or descending run of digits (1234567890,
9876543210, wrapping past 0); in North America also the 555-0100 to 555-0199 range reserved for
films and examples.
"""

from __future__ import annotations

import re
from enum import Enum
from typing import Final

MIN_RUN = 7
"""A run of consecutive digits this long or longer is a placeholder (123-4567 is one)."""

NANP_CODE = "1"


class Placeholder(Enum):
    """Why a number is taken for a placeholder."""

    PATTERN = "pattern"
    """All one digit, or a run of consecutive digits."""
    FICTION = "fiction"
    """A North American 555-01xx number, reserved for fiction."""


def _run(step: int) -> str:
    """Regex source: a whole number of :data:`MIN_RUN` digits or more, each followed by the
    next one (+``step``, wrapping past 0).

    One branch per first digit, written out as text: its first :data:`MIN_RUN` digits, then
    whole cycles of ten and part of one. A regex engine rejects a branch at its first digit,
    which makes this about twice as fast as testing each pair of digits (the check runs on
    every number read).
    """
    branches = []
    for first in range(10):
        digits = "".join(str((first + step * n) % 10) for n in range(MIN_RUN + 10))
        start, cycle = digits[:MIN_RUN], digits[MIN_RUN:]
        part = "".join(f"(?:{digit}" for digit in cycle[:-1]) + ")?" * (len(cycle) - 1)
        branches.append(f"{start}(?:{cycle})*{part}")
    return f"(?:{'|'.join(branches)})\\Z"


PATTERN_SOURCE: Final = f"(?:(?P<same>\\d)(?P=same)*\\Z|{_run(1)}|{_run(-1)})"
"""Regex source matching a whole placeholder national number (one named group, ``same``)."""
FICTION_SOURCE: Final = r"\d{3}55501\d\d\Z"
"""Regex source matching a whole North American 555-01xx national number."""

_PATTERN: Final = re.compile(PATTERN_SOURCE)
_FICTION: Final = re.compile(FICTION_SOURCE)


def placeholder_source(code: str) -> str:
    """Regex source matching the placeholders among national numbers of country code ``code``."""
    return f"(?:{PATTERN_SOURCE}|{FICTION_SOURCE})" if code == NANP_CODE else PATTERN_SOURCE


def placeholder_kind(code: str, national: str) -> Placeholder | None:
    """Whether ``national`` (digits after country code ``code``) is a placeholder, and which."""
    if _PATTERN.match(national):
        return Placeholder.PATTERN
    if code == NANP_CODE and _FICTION.match(national):
        return Placeholder.FICTION
    return None


def looks_like_placeholder(digits: str) -> bool:
    """Whether ``digits`` as written (any country code included) are all one digit or a run."""
    return _PATTERN.match(digits) is not None
