"""Per-row checks: phone verdicts, names and extra-field values turned into :class:`Issue` s.

The functions work on the columns of a :class:`CheckResult` over a range of row indices, so
checking, re-checking for another country and fixing one row share the same code.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from importer.check.country_hint import NOT_NUMBERS, open_unverified_rows
from importer.check.issues import Issue, RowStatus, Severity, keys_between
from importer.check.phone_sources import pick_listed_numbers
from importer.check.plus_readings import settle_plus_readings
from importer.check.row_countries import country_notes
from importer.i18n import _
from importer.phones.normalize import Lookup, PhoneNormalizer
from importer.phones.problems import (
    SENT_UNVERIFIED,
    UNVERIFIED_CODE,
    PhoneResult,
    looks_foreign_text,
    valid_there_text,
)
from importer.sources.base import CellValue

if TYPE_CHECKING:
    from importer.check.result import CheckResult

NAME_LIMIT = 100
"""Names longer than this are probably another column (an address, notes) mapped by mistake."""

_INVALID = RowStatus.INVALID.value
_CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")
"""Control characters (line breaks, tabs, the invisible ones a workbook can hold) become
spaces in names."""


def join_name(parts: Sequence[CellValue]) -> str | None:
    """The name from its columns (first + last joined by one space); ``None`` when all empty."""
    texts = [_text(part) for part in parts]
    joined = " ".join(text for text in texts if text)
    return joined or None


def _text(value: CellValue) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        if not value.isprintable():
            value = _CONTROL_CHARACTERS.sub(" ", value)
        return value.strip()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    return str(value)


def name_issues(name: str | None, row: int, column: str) -> list[Issue]:
    """A warning when ``name`` is suspiciously long; names are optional, so nothing else."""
    if name is None or len(name) <= NAME_LIMIT:
        return []
    message = _(
        "The name is {length} characters long; check that the right column is chosen as the name."
    ).format(length=len(name))
    return [Issue(row, column, Severity.WARNING, "long_name", message)]


def phone_issues(
    found: PhoneResult, row: int, column: str, send_unverified: bool = False
) -> list[Issue]:
    """The error (if any) and warnings of one phone verdict, as issues of ``row``.

    With ``send_unverified`` an unverified number's error becomes a warning saying it is sent.
    """
    issues = [Issue(row, column, Severity.WARNING, w.code, w.message) for w in found.warnings]
    error = found.error
    if error is None:
        return issues
    if send_unverified and found.unverified is not None:
        message = f"{error.message} {_(SENT_UNVERIFIED)}"
        issues.insert(0, Issue(row, column, Severity.WARNING, error.code, message))
    else:
        issues.insert(0, Issue(row, column, Severity.ERROR, error.code, error.message))
    return issues


def extra_value_issue(value: CellValue, row: int, column: str) -> Issue | None:
    """A warning for a value JSON cannot carry (NaN, infinity): it is sent as empty."""
    if isinstance(value, float) and not math.isfinite(value):
        message = _("{value} is not a number that can be sent; this field is left empty.").format(
            value=value
        )
        return Issue(row, column, Severity.WARNING, "not_finite", message)
    return None


def validate_phones(
    result: CheckResult, normalizer: PhoneNormalizer, start: int, stop: int
) -> None:
    """Set phone, status and phone issues of rows ``start``–``stop`` (duplicates come later).

    Numbers are read with ``normalizer`` (the default country's), or in each row's own
    country when a column names it. Unverified numbers are sent (with a warning) only under
    ``result.send_unverified``; a number valid only with a + is kept pending in
    ``result.plus_readings`` until the file confirms it (settled here once
    ``result.plus_evidence`` is known); when ``result.suggested_country`` is set, the error of
    a number valid there says so.
    """
    column = result.phone_column_letter()
    issues, numbers = result.issues, result.row_numbers
    send_unverified = result.send_unverified
    found = _verdicts(result, normalizer, start, stop)
    notes = pick_listed_numbers(result, start, found)
    result.phones[start:stop] = [f if f.__class__ is str else f.e164 for f in found]  # type: ignore[union-attr]
    result.status[start:stop] = bytes(len(found))
    for index in keys_between(issues, start, stop):
        _replace_issues(issues, index, column, [])
    for index in keys_between(result.plus_readings, start, stop):
        del result.plus_readings[index]
    _forget_explained(result, start, stop)
    problems = {offset for offset, f in enumerate(found) if f.__class__ is not str}
    for offset in sorted(problems.union(index - start for index in notes)):
        verdict = found[offset]
        index = start + offset
        new = notes.get(index, [])
        if isinstance(verdict, PhoneResult):
            if verdict.with_plus is not None:
                result.plus_readings[index] = verdict.with_plus
                result.status[index] = _INVALID
                new = phone_issues(replace(verdict, error=None), numbers[index], column) + new
            else:
                if send_unverified and verdict.unverified is not None:
                    result.phones[index] = verdict.unverified
                elif verdict.error is not None:
                    result.status[index] = _INVALID
                new = phone_issues(verdict, numbers[index], column, send_unverified) + new
        _replace_issues(issues, index, column, new)
    for index, found_notes in country_notes(result, start, stop).items():
        issues.setdefault(index, []).extend(found_notes)
    if result.plus_evidence is not None:
        settle_plus_readings(result, keys_between(result.plus_readings, start, stop))
    hint = result.hint_normalizer()
    if hint is not None and result.suggested_country is not None:
        indices = sorted(start + offset for offset in problems)
        note_foreign_numbers(result, hint, result.suggested_country, indices)
    if result.pointed_country is not None and stop - start < len(result):
        rows = open_unverified_rows(result)
        note_pointed_numbers(result, [index for index in rows if start <= index < stop])


def _verdicts(
    result: CheckResult, normalizer: PhoneNormalizer, start: int, stop: int
) -> list[Lookup]:
    """The verdict on the phone value of each of rows ``start``–``stop``, read in its row's
    country (``normalizer``'s when no column names the countries)."""
    raws = result.raw_phones[start:stop]
    regions = result.row_regions(start, stop)
    if regions is None:
        return list(map(normalizer.lookup, raws))
    lookups = {region: result.normalizer_for(region).lookup for region in set(regions)}
    return [lookups[region](raw) for region, raw in zip(regions, raws, strict=True)]


def _forget_explained(result: CheckResult, start: int, stop: int) -> None:
    """Rows ``start``–``stop`` are read again: whether their number is explained by the
    suggested country is decided anew."""
    explained = result.explained_unverified
    if start == 0 and stop >= len(result):
        explained.clear()
    else:
        for index in keys_between(explained, start, stop):
            del explained[index]


def note_pointed_numbers(result: CheckResult, rows: list[int]) -> None:
    """Say in the message of each of ``rows`` (numbers that cannot be verified) whose number
    is valid in ``result.pointed_country`` that it is: such a number is never sent."""
    region = result.pointed_country
    if region is None:
        return
    hint = result.normalizer_for(region)
    note_foreign_numbers(result, hint, region, rows, valid_there_text(region))


def note_foreign_numbers(
    result: CheckResult,
    hint: PhoneNormalizer,
    region: str,
    indices: Iterable[int],
    text: str | None = None,
) -> None:
    """Add to the phone error (or unverified warning) of each row in ``indices`` that its
    number is valid in ``region``, the country most numbers of the file point to — never to a
    placeholder's, or a cell that is no number (:data:`NOT_NUMBERS`). ``text`` is what is
    said (by default: :func:`looks_foreign_text`).

    A number that cannot be verified but is valid in ``region`` is never sent, even when the
    user chose to send such numbers: the file points to ``region``, where it is another
    number (it is kept in ``result.explained_unverified``).
    """
    column = result.phone_column_letter()
    issues, raw = result.issues, result.raw_phones
    text = looks_foreign_text(region) if text is None else text
    for index in indices:
        found = issues.get(index, [])
        position = next(
            (
                n
                for n, issue in enumerate(found)
                if issue.column == column
                and (issue.severity is Severity.ERROR or issue.code == UNVERIFIED_CODE)
            ),
            None,
        )
        if (
            position is None
            or found[position].code in NOT_NUMBERS
            or text in found[position].message
        ):
            continue
        if hint.normalize(raw[index]).e164 is None:
            continue
        issue = found[position]
        if issue.code == UNVERIFIED_CODE:
            result.explained_unverified[index] = region
            if issue.severity is Severity.WARNING:
                issue = _not_sent(result, index, issue)
        found[position] = replace(issue, message=f"{issue.message} {text}")


def _not_sent(result: CheckResult, index: int, issue: Issue) -> Issue:
    """The unverified number of row ``index`` is not sent after all: its error again."""
    result.phones[index] = None
    result.status[index] = _INVALID
    verdict = result.row_normalizer(index).normalize(result.raw_phones[index])
    message = verdict.error.message if verdict.error is not None else issue.message
    return replace(issue, severity=Severity.ERROR, message=message)


def validate_names(result: CheckResult, start: int, stop: int) -> None:
    """Set the name issues of rows ``start``–``stop``."""
    column = result.name_column_letter()
    names, numbers, issues = result.names, result.row_numbers, result.issues
    for index in keys_between(issues, start, stop):
        _replace_issues(issues, index, column, [])
    if max(map(len, filter(None, names[start:stop])), default=0) <= NAME_LIMIT:
        return
    for index in range(start, stop):
        found = name_issues(names[index], numbers[index], column)
        if found:
            issues.setdefault(index, []).extend(found)


def clean_extras(result: CheckResult, start: int, stop: int) -> None:
    """Blank out values JSON cannot carry in rows ``start``–``stop`` and warn about each."""
    letters = result.extra_column_letters()
    for key, values in result.extras.items():
        if float not in set(map(type, values[start:stop])):
            continue
        for index in range(start, stop):
            issue = extra_value_issue(values[index], result.row_numbers[index], letters[key])
            if issue is not None:
                result.issues.setdefault(index, []).append(issue)
                values[index] = None


def _replace_issues(
    issues: dict[int, list[Issue]], index: int, column: str, new: list[Issue]
) -> None:
    """Replace the issues of ``column`` in row ``index`` by ``new`` (dropping empty entries);
    a row without issues takes ``new`` itself as its list."""
    old = issues.get(index)
    if old is None:  # as for most rows on a first check
        if new:
            issues[index] = new
        return
    kept = [issue for issue in old if issue.column != column]
    kept.extend(new)
    if kept:
        issues[index] = kept
    else:
        issues.pop(index, None)
