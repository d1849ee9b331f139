"""Whole numbers as a spreadsheet writes them into text: ``14159479653.0``, ``14,159,479,653``,
``1.4159479653E+10``.

A CSV saved from a numeric column, or a column formatted ``#,##0``, holds phone numbers in these
shapes. Each is read as the whole number it stands for, exactly as the same value stored as a
number. Scientific notation is exact only when its mantissa carries every digit of the number
(``1.4159479653E+10``); a shorter mantissa (``1.61755E+10``) lost digits and is not read.

Dots and spaces between groups of three digits are left to the phone reader: they are also how
phone numbers are written (``912.345.678``), and it reads the same digits either way.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Final

_GROUPED: Final = re.compile(
    r"(?P<whole>[1-9]\d{0,2}(?:(?P<sep>[,.\u00a0 ])\d{3})(?:(?P=sep)\d{3})*|\d+)"
    r"(?:(?P<point>[.,])0+)?"
)
_SCIENTIFIC: Final = re.compile(r"(?P<mantissa>\d+(?:[.,]\d*)?)[eE]\+?(?P<exponent>\d{1,2})")


def spreadsheet_integer(text: str) -> int | None:
    """The whole number ``text`` stands for when a spreadsheet wrote it so, else ``None``.

    ``None`` too for plain digits (nothing to reinterpret) and for lossy scientific notation.
    """
    grouped = _GROUPED.fullmatch(text)
    if grouped is not None:
        separator, point = grouped["sep"], grouped["point"]
        if separator == point or not (separator == "," or point):
            return None
        return int(re.sub(r"\D", "", grouped["whole"]))
    scientific = _SCIENTIFIC.fullmatch(text)
    return None if scientific is None else _exact(scientific["mantissa"], scientific["exponent"])


def _exact(mantissa: str, exponent: str) -> int | None:
    """The integer ``mantissa`` × 10^``exponent`` when the mantissa carries all its digits."""
    try:
        value = Decimal(mantissa.replace(",", ".")).scaleb(int(exponent))
    except InvalidOperation:
        return None
    if value != value.to_integral_value():
        return None
    whole = int(value)
    written = len(mantissa.replace(",", "").replace(".", "").lstrip("0"))
    return whole if whole > 0 and written >= len(str(whole)) else None
