"""Argument types for argparse: whole numbers with plain-language refusals."""

from __future__ import annotations

import argparse

MAX_PORT = 65_535


def positive_int(text: str) -> int:
    """An argparse type: a whole number of at least 1 (a count or a size)."""
    value = _whole_number(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} is too small (the smallest allowed is 1)")
    return value


def row_number(text: str) -> int:
    """An argparse type: a sheet row number as Excel shows it (from 1)."""
    value = _whole_number(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} is not a row number (rows start at 1)")
    return value


def port_number(text: str) -> int:
    """An argparse type: a TCP port, 0 (any free one) to 65535."""
    value = _whole_number(text)
    if not 0 <= value <= MAX_PORT:
        raise argparse.ArgumentTypeError(f"{value} is not a port (0 to {MAX_PORT:,})")
    return value


def _whole_number(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
