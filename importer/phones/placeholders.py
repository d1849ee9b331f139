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
    """Regex source: a whole number whose every digit is followed by the next one (+``step``)."""
    links = "|".join(f"{d}(?={(d + step) % 10}|\\Z)" for d in range(10))
    return f"(?=\\d{{{MIN_RUN},}}\\Z)(?:{links})+\\Z"


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
