"""Per-row checks: phone verdicts, names and extra-field values turned into :class:`Issue` s.

The functions work on the columns of a :class:`CheckResult` over a range of row indices, so
checking, re-checking for another country and fixing one row share the same code.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from importer.issues import Issue, RowStatus, Severity
from importer.phones import PhoneNormalizer, PhoneResult
from importer.sources.base import CellValue

if TYPE_CHECKING:
    from importer.check_result import CheckResult

NAME_LIMIT = 100
"""Names longer than this are probably another column (an address, notes) mapped by mistake."""

_READY = RowStatus.READY.value
_INVALID = RowStatus.INVALID.value


def join_name(parts: Sequence[CellValue]) -> str | None:
    """The name from its columns (first + last joined by one space); ``None`` when all empty."""
    texts = [_text(part) for part in parts]
    joined = " ".join(text for text in texts if text)
    return joined or None


def _text(value: CellValue) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    return str(value)


def name_issues(name: str | None, row: int, column: str) -> list[Issue]:
    """A warning when ``name`` is suspiciously long; names are optional, so nothing else."""
    if name is None or len(name) <= NAME_LIMIT:
        return []
    message = (
        f"The name is {len(name)} characters long; check that the right column is chosen "
        "as the name."
    )
    return [Issue(row, column, Severity.WARNING, "long_name", message)]


def phone_issues(found: PhoneResult, row: int, column: str) -> list[Issue]:
    """The error (if any) and warnings of one phone verdict, as issues of ``row``."""
    issues = [Issue(row, column, Severity.WARNING, w.code, w.message) for w in found.warnings]
    if found.error is not None:
        issues.insert(0, Issue(row, column, Severity.ERROR, found.error.code, found.error.message))
    return issues


def extra_value_issue(value: CellValue, row: int, column: str) -> Issue | None:
    """A warning for a value JSON cannot carry (NaN, infinity): it is sent as empty."""
    if isinstance(value, float) and not math.isfinite(value):
        message = f"{value} is not a number that can be sent; this field is left empty."
        return Issue(row, column, Severity.WARNING, "not_finite", message)
    return None


def validate_phones(
    result: CheckResult, normalizer: PhoneNormalizer, indices: Iterable[int]
) -> None:
    """Set phone, status and phone issues of rows ``indices`` (duplicates are marked later)."""
    column = result.phone_column_letter()
    lookup = normalizer.lookup
    raw, phones, status = result.raw_phones, result.phones, result.status
    issues, numbers = result.issues, result.row_numbers
    for index in indices:
        found = lookup(raw[index])
        if isinstance(found, str):
            phones[index] = found
            status[index] = _READY
            if index in issues:
                _replace_issues(issues, index, column, [])
            continue
        phones[index] = found.e164
        status[index] = _READY if found.error is None else _INVALID
        _replace_issues(issues, index, column, phone_issues(found, numbers[index], column))


def validate_names(result: CheckResult, indices: Iterable[int]) -> None:
    """Set the name issues of rows ``indices``."""
    column = result.name_column_letter()
    names, numbers, issues = result.names, result.row_numbers, result.issues
    for index in indices:
        name = names[index]
        if name is not None and len(name) > NAME_LIMIT:
            _replace_issues(issues, index, column, name_issues(name, numbers[index], column))
        elif index in issues:
            _replace_issues(issues, index, column, [])


def clean_extras(result: CheckResult, start: int, stop: int) -> None:
    """Blank out values JSON cannot carry in rows ``start``–``stop`` and warn about each."""
    letters = result.extra_column_letters()
    for key, values in result.extras.items():
        for index in range(start, stop):
            value = values[index]
            if isinstance(value, float) and not math.isfinite(value):
                issue = extra_value_issue(value, result.row_numbers[index], letters[key])
                if issue is not None:
                    result.issues.setdefault(index, []).append(issue)
                values[index] = None


def _replace_issues(
    issues: dict[int, list[Issue]], index: int, column: str, new: list[Issue]
) -> None:
    """Replace the issues of ``column`` in row ``index`` by ``new`` (dropping empty entries)."""
    kept = [issue for issue in issues.get(index, ()) if issue.column != column]
    kept.extend(new)
    if kept:
        issues[index] = kept
    else:
        issues.pop(index, None)
