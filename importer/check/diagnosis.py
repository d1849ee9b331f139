"""Why rows cannot be sent, in one sentence naming the column and its values, and the change
that fixes it (another phone column, or the row that really holds the column titles) — the same
words in the wizard's Check page and in ``contact-importer check``.

:func:`diagnose` speaks when no row, or a large share of rows, cannot be sent (or they all
repeat one number), and when one of the first rows checked looks like the column titles (the
titles chosen lie above the real ones); :func:`fallback_offer` when another phone column holds
the number of rows whose phone cell is empty.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from importer.cell_text import as_in_file, cell_text
from importer.check.issues import RowStatus, Severity
from importer.check.phone_sources import rescue_counts
from importer.check.result import CheckResult
from importer.i18n import _, format_count
from importer.mapping.suggest import column_values
from importer.mapping.vocabulary import phone_header_score
from importer.phones.countries import country_name
from importer.phones.guess import valid_share
from importer.sources.base import CellValue, Row
from importer.sources.table import header_row_among
from importer.wording import plural

LARGE_SHARE = 0.5
"""From this share of rows that cannot be sent on, the Check page explains why."""
MIN_SUGGESTED_SHARE = 0.5
"""A column is suggested as the phone when at least this share of its sample values is valid."""
EXAMPLES = 3


@dataclass(frozen=True, slots=True)
class Diagnosis:
    """What keeps rows from being sent, and the column to use instead (if one is better)."""

    message: str
    column: int | None = None
    """The column suggested as the phone number, or None (choose it on Match columns)."""
    header_row: int | None = None
    """The sheet row that holds the column titles, when the rows checked start above it (the
    columns must be chosen again: no column is suggested then)."""


@dataclass(frozen=True, slots=True)
class FallbackOffer:
    """A column holding the number of rows whose phone cell is empty."""

    message: str
    column: int
    rows: int


def diagnose(result: CheckResult, sample: Sequence[Row]) -> Diagnosis | None:
    """Why no row or a large share of rows can be sent, or None when most rows can be."""
    rows = len(result)
    phone = result.mapping.phone_index
    if not rows or phone is None:
        return None
    header_row = _titles_below(sample)
    if header_row is not None:
        return Diagnosis(_titles_message(sample, header_row), None, header_row)
    invalid = result.count(RowStatus.INVALID)
    duplicates = result.count(RowStatus.DUPLICATE)
    title = _title(result, phone)
    if duplicates >= LARGE_SHARE * rows and result.count(RowStatus.READY) == 1:
        number = next(p for p in result.phones if p is not None)
        message = _(
            'The phone column "{title}" holds the same number ({number}) in {rows} rows: they '
            "would all become one contact."
        ).format(title=title, number=number, rows=format_count(rows))
        return Diagnosis(message, _better_column(result, sample, phone))
    if result.has_sendable() and invalid < LARGE_SHARE * rows:
        return None
    return Diagnosis(
        _invalid_message(result, title, invalid), _better_column(result, sample, phone)
    )


def fallback_offers(result: CheckResult) -> list[FallbackOffer]:
    """Every spare phone column that would give rows without a number one, with how many:
    the most rows first (then the leftmost column)."""
    counts = rescue_counts(result)
    phone = result.mapping.phone_index
    if phone is None:
        return []
    offers = []
    for column, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        message = plural(
            count,
            '{n} row has no number in "{phone}" but has one in "{other}".',
            '{n} rows have no number in "{phone}" but have one in "{other}".',
            phone=_title(result, phone),
            other=_title(result, column),
        )
        offers.append(FallbackOffer(message, column, count))
    return offers


def fallback_offer(result: CheckResult) -> FallbackOffer | None:
    """The spare phone column that would give the most rows without a number one."""
    offers = fallback_offers(result)
    return offers[0] if offers else None


def _invalid_message(result: CheckResult, title: str, invalid: int) -> str:
    codes = Counter(
        issue.code
        for index, issues in result.issues.items()
        if result.status[index] == RowStatus.INVALID
        for issue in issues
        if issue.severity is Severity.ERROR
    )
    code = codes.most_common(1)[0][0] if codes else ""
    rows = len(result)
    if code == "empty":
        return _('The phone column "{title}" is empty in {empty} of {rows} rows.').format(
            title=title, empty=format_count(codes[code]), rows=format_count(rows)
        )
    examples = _examples(result)
    if code == "not_a_number":
        return _(
            'The phone column "{title}" holds words like {examples}, not phone numbers.'
        ).format(title=title, examples=examples)
    country = country_name(result.country)
    return _(
        'The phone column "{title}" holds values like {examples}, which are not valid phone '
        "numbers ({invalid} of {rows} rows; numbers without a country code are read as "
        "{country} numbers)."
    ).format(
        title=title,
        examples=examples,
        invalid=format_count(invalid),
        rows=format_count(rows),
        country=country,
    )


def _examples(result: CheckResult) -> str:
    found: list[str] = []
    for index in result.issue_indices(severity=Severity.ERROR):
        value = result.raw_phones[index]
        text = cell_text(" ".join(as_in_file(value).split())) if value is not None else ""
        if text and f'"{text}"' not in found:
            found.append(f'"{text}"')
        if len(found) == EXAMPLES:
            break
    return ", ".join(found) if found else '""'


def _better_column(result: CheckResult, sample: Sequence[Row], phone: int) -> int | None:
    """The sample's column with the most valid numbers (a phone title wins ties), if enough."""
    columns = column_values(len(result.headers), sample)
    normalizer = result.normalizer()
    best: tuple[float, float, int] | None = None
    for index, values in enumerate(columns):
        if index == phone or not _varied(values):
            continue
        share = valid_share(values, normalizer)
        rank = (share, phone_header_score(result.headers[index]), -index)
        if share >= MIN_SUGGESTED_SHARE and (best is None or rank > best):
            best = rank
    return None if best is None else -best[2]


def _titles_below(sample: Sequence[Row]) -> int | None:
    """A row among the first rows checked that looks like column titles naming a phone
    column (the titles chosen lie above the real ones), or None."""
    found = header_row_among(sample)
    if found is None:
        return None
    titles = next(values for number, values in sample if number == found)
    scores = (phone_header_score(value) for value in titles if isinstance(value, str))
    return found if any(score > 0 for score in scores) else None


def _titles_message(sample: Sequence[Row], row: int) -> str:
    titles = next(values for number, values in sample if number == row)
    named = ", ".join(f'"{cell_text(as_in_file(value))}"' for value in titles if value)
    return _(
        "Row {row} looks like the column titles ({titles}): the contacts start below it, and "
        "the columns are named after another row."
    ).format(row=row, titles=named)


def _varied(values: Sequence[CellValue]) -> bool:
    filled = [v for v in values if v is not None and v != ""]
    return len(filled) < 3 or len(set(filled)) > 1


def _title(result: CheckResult, index: int) -> str:
    return cell_text(result.headers[index]) if index < len(result.headers) else ""
