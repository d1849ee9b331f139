"""How the sandbox recognises and normalises phone numbers."""

from __future__ import annotations

import re

PHONE_PATTERN = re.compile(r"\+?[0-9]{8,15}")


def is_phone_number(text: str) -> bool:
    """Digits with an optional leading +, 8 to 15 digits (country code first)."""
    return PHONE_PATTERN.fullmatch(text) is not None


def normalize_phone(text: str) -> str:
    """The storage key: ``+`` followed by the digits (``16175551212`` → ``+16175551212``)."""
    return "+" + text.strip().lstrip("+")
