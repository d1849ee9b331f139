"""Argument types for argparse: whole numbers with plain-language refusals."""

from __future__ import annotations

import argparse

from importer.i18n import _

MAX_PORT = 65_535


def positive_int(text: str) -> int:
    """An argparse type: a whole number of at least 1 (a count or a size)."""
    value = _whole_number(text)
    if value < 1:
        raise argparse.ArgumentTypeError(
            _("{value} is too small (the smallest allowed is 1)").format(value=value)
        )
    return value


def header_row_number(text: str) -> int:
    """An argparse type: the row of the column titles (from 1), or 0 for a file without one."""
    value = _whole_number(text)
    if value < 0:
        raise argparse.ArgumentTypeError(
            _("{value} is not a row number (rows start at 1; 0 means no title row)").format(
                value=value
            )
        )
    return value


def port_number(text: str) -> int:
    """An argparse type: a TCP port, 0 (any free one) to 65535."""
    value = _whole_number(text)
    if not 0 <= value <= MAX_PORT:
        raise argparse.ArgumentTypeError(
            _("{value} is not a port (0 to {highest})").format(value=value, highest=MAX_PORT)
        )
    return value


def _whole_number(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("{text!r} is not a whole number").format(text=text)
        ) from None
