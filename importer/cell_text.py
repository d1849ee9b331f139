"""A cell's value inside a sentence: written as the spreadsheet shows it (:func:`as_in_file`:
TRUE/FALSE, whole numbers without ".0", no exponent), whole when short, else its start and its
length — "11111111111111111111… (10,000 digits)" — so one huge cell never floods a problem, a
report line, the command line's output or a dialog. Every place that quotes a value from the
file (or from Sociocs) in words goes through :func:`cell_text`; the cells of a report keep the
whole value."""

from __future__ import annotations

import json
import math
from decimal import Decimal

from importer.wording import plural

LONGEST_WHOLE = 60
"""Values of up to this many characters are shown whole."""
START_SHOWN = 20
"""How many characters of a longer value are shown."""
LONGEST_IN_DETAIL = 1_000
"""Values of up to this many characters are shown whole where one row is told in full (the
line under a table of changes)."""


def as_in_file(value: object) -> str:
    """``value`` written as a spreadsheet shows it: TRUE or FALSE for a yes/no cell, a whole
    number without ".0", other numbers in plain digits (never "1e-07"), nothing as "", a value
    Sociocs gives back as a list or an object as JSON, text (dates are ISO text) as it is."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if not math.isfinite(value):
            return str(value)
        if value.is_integer():
            return str(int(value))
        return format(Decimal(repr(value)), "f")
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def cell_text(value: object, longest: int = LONGEST_WHOLE) -> str:
    """``value`` as text for a sentence (:func:`as_in_file`), cut after :data:`START_SHOWN`
    characters when longer than ``longest``, with how many digits (or characters) it holds."""
    text = as_in_file(value)
    if len(text) <= longest:
        return text
    start = text[:START_SHOWN]
    if text.isdigit():
        return plural(len(text), "{start}… ({n} digit)", "{start}… ({n} digits)", start=start)
    return plural(len(text), "{start}… ({n} character)", "{start}… ({n} characters)", start=start)
