"""Cell values made safe for a spreadsheet program: no text may be read as a formula."""

from __future__ import annotations

import math
import re

from importer.sources.base import CellValue

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")
"""Text starting with one of these may be run as a formula by Excel or LibreOffice (CSV
injection); a leading space does not protect it."""
CSV_GUARD = "'"
_CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
"""Characters an xlsx file cannot hold."""
MAX_XLSX_TEXT = 32_767
"""The most characters an Excel cell holds."""


def is_formula_like(text: str) -> bool:
    """Whether a spreadsheet program could take ``text`` for a formula."""
    return text.startswith(FORMULA_STARTS) or text.lstrip(" ").startswith(FORMULA_STARTS)


def csv_text(value: CellValue) -> str:
    """``value`` as CSV field text, formula-like text guarded by a leading apostrophe."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int | float):
        return repr(value) if isinstance(value, float) and math.isfinite(value) else str(value)
    return CSV_GUARD + value if is_formula_like(value) else value


def xlsx_value(value: CellValue) -> CellValue:
    """``value`` as an xlsx cell can store it: control characters removed, text cut to size,
    infinite numbers as text. Whether text needs protection is :func:`is_formula_like`."""
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if isinstance(value, str):
        cleaned = _CONTROL_CHARACTERS.sub("", value)
        return cleaned[:MAX_XLSX_TEXT]
    return value
