"""A cell's value inside a sentence: whole when short, else its start and its length —
"11111111111111111111… (10,000 digits)" — so one huge cell never floods a problem, a report
line, the command line's output or a dialog. Every place that quotes a value from the file (or
from Sociocs) in words goes through :func:`cell_text`; the cells of a report keep the whole
value."""

from __future__ import annotations

from importer.wording import plural

LONGEST_WHOLE = 60
"""Values of up to this many characters are shown whole."""
START_SHOWN = 20
"""How many characters of a longer value are shown."""


def cell_text(value: object) -> str:
    """``value`` as text for a sentence, cut after :data:`START_SHOWN` characters when longer
    than :data:`LONGEST_WHOLE`, with how many digits (or characters) it holds."""
    text = str(value)
    if len(text) <= LONGEST_WHOLE:
        return text
    start = text[:START_SHOWN]
    if text.isdigit():
        return plural(len(text), "{start}… ({n} digit)", "{start}… ({n} digits)", start=start)
    return plural(len(text), "{start}… ({n} character)", "{start}… ({n} characters)", start=start)
