"""Cells holding several phone numbers: Google's ``a ::: b``, ``a / b``, ``a; b``, ``a or b``,
one number per line. The first valid one is the phone; the others are kept, never dropped.

Only a cell whose whole text is not a phone number is split, so clean cells cost nothing, and
"0987 /6543" (a German area code and number) stays one number: a split is used only when every
part has the digits of a whole phone number (Google's ``:::`` is always a list).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from importer.phones.normalize import Lookup, PhoneNormalizer

MIN_DIGITS = 7
"""A part with fewer digits is a piece of one number (an area code), not a number of its own."""

_GOOGLE_SEPARATOR = re.compile(r"\s*:::\s*")
_WORDS = "or|oder|ou|o|of"
"""Words that join two numbers: "or" in English, German, French and Portuguese, Spanish and
Italian, Dutch."""
_SEPARATORS = re.compile(rf"\s*[;/|,]\s*|\s+(?:{_WORDS})\s+|\s*[\r\n]+\s*", re.IGNORECASE)
_ANY_SEPARATOR = re.compile(rf"[:;/|,\r\n]|\s(?:{_WORDS})\s", re.IGNORECASE)
"""Found in every text either separator splits: a quick "one number only" for the others."""
_LABEL = re.compile(r"^[^\W\d_][^:\d+]{0,30}:\s*")
"""A leading "Mobile: " or "home: " (how the vCard reader lists other numbers)."""


@dataclass(frozen=True, slots=True)
class Picked:
    """The verdict on the number used, and the cell's other numbers in their order."""

    verdict: Lookup
    number_text: str
    others: tuple[str, ...]


def split_numbers(text: str) -> list[str]:
    """The numbers a cell lists, without their labels; ``[text]`` when it holds one."""
    if not _ANY_SEPARATOR.search(text):
        return [text]
    if _GOOGLE_SEPARATOR.search(text):
        parts = _GOOGLE_SEPARATOR.split(text)
    else:
        parts = _SEPARATORS.split(text)
        if len(parts) < 2 or min(sum(c.isdigit() for c in part) for part in parts) < MIN_DIGITS:
            return [text]
    numbers = [_LABEL.sub("", part).strip() for part in parts]
    found = [number for number in numbers if number]
    return found if len(found) > 1 else [text]


def pick_number(text: str, normalizer: PhoneNormalizer) -> Picked | None:
    """The first valid number of a cell listing several, or None when it lists one only.

    When none is valid, the first number's verdict is given (its error explains the row).
    """
    numbers = split_numbers(text)
    if len(numbers) < 2:
        return None
    verdicts = [normalizer.lookup(number) for number in numbers]
    chosen = next((i for i, v in enumerate(verdicts) if is_valid(v)), 0)
    others = tuple(n for i, n in enumerate(numbers) if i != chosen)
    return Picked(verdicts[chosen], numbers[chosen], others)


def is_valid(verdict: Lookup) -> bool:
    """Whether a verdict gives a number that will be sent."""
    return isinstance(verdict, str) or (verdict.e164 is not None and verdict.error is None)
