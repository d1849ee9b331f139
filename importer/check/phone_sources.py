"""Where a row's phone number comes from, when not simply from its phone cell.

- **Fallback columns** (chosen by the user): a row whose phone cell is empty takes the number
  of the first fallback column that has one.
- **Spare columns** (not chosen): other columns titled as phone numbers. Their values are kept
  only for rows still without a number, to say how many rows a fallback would rescue.
- **Cells listing several numbers**: the first valid one is used and the others are kept in the
  extra field :data:`OTHER_NUMBERS_KEY` (see :mod:`importer.phones.several`).

Each case adds a note to the row, so nothing changes silently.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from importer.check.issues import Issue, Severity, keys_between
from importer.check.records import OTHER_NUMBERS_KEY
from importer.columns import column_letter
from importer.i18n import _
from importer.mapping.layouts import recognise_layout
from importer.mapping.model import Mapping
from importer.mapping.vocabulary import phone_header_score
from importer.phones.normalize import Lookup, PhoneNormalizer
from importer.phones.several import Picked, is_valid, pick_number
from importer.sources.base import CellValue

if TYPE_CHECKING:
    from importer.check.result import CheckResult

"""The extra field that keeps the numbers of a cell listing several, besides the one used."""
MAX_SPARE_COLUMNS = 4
FALLBACK_CODE = "phone_from_fallback"
SEVERAL_CODE = "several_numbers"


def spare_columns(headers: Sequence[str], mapping: Mapping) -> tuple[int, ...]:
    """Up to :data:`MAX_SPARE_COLUMNS` other columns titled as phone numbers (fax, pager,
    type and label columns excluded): in a known layout's order, else best titles first."""
    taken = {mapping.phone_index, *mapping.phone_fallbacks}
    layout = recognise_layout(headers)
    if layout is not None:
        ordered = layout.phone_order(headers, [[] for _ in headers])
    else:
        scored = sorted((-phone_header_score(h), i) for i, h in enumerate(headers))
        ordered = [index for score, index in scored if -score > 1]
    return tuple(index for index in ordered if index not in taken)[:MAX_SPARE_COLUMNS]


def fill_from_fallbacks(
    result: CheckResult,
    start: int,
    phones: list[CellValue],
    fallbacks: Sequence[Sequence[CellValue]],
    spares: Sequence[Sequence[CellValue]],
) -> None:
    """Give the empty cells of ``phones`` (rows ``start``…) a fallback number, and keep the
    spare columns' values of the rows left without one."""
    fallback_indices = result.mapping.phone_fallbacks
    spare_indices = result.spare_columns
    for offset, value in enumerate(phones):
        if value is not None and value != "":
            continue
        for column, values in zip(fallback_indices, fallbacks, strict=True):
            found = values[offset]
            if found is not None and found != "":
                phones[offset] = found
                result.phone_sources[start + offset] = column
                break
        else:
            for column, values in zip(spare_indices, spares, strict=True):
                if values[offset] is not None and values[offset] != "":
                    result.spare_phones.setdefault(column, {})[start + offset] = values[offset]


def pick_listed_numbers(
    result: CheckResult, start: int, found: list[Lookup]
) -> dict[int, list[Issue]]:
    """Use the first valid number of cells listing several (``found`` is updated in place);
    the notes of rows ``start``… whose number was picked from a list or a fallback column."""
    column = result.phone_column_letter()
    stop = start + len(found)
    for index in keys_between(result.other_numbers, start, stop):
        del result.other_numbers[index]
    notes: dict[int, list[Issue]] = {}
    for index in keys_between(result.phone_sources, start, stop):
        notes[index] = [_fallback_note(result, index, column)]
    problems = [offset for offset, verdict in enumerate(found) if verdict.__class__ is not str]
    for offset in problems:
        verdict, raw = found[offset], result.raw_phones[start + offset]
        if is_valid(verdict) or not isinstance(raw, str):
            continue
        index = start + offset
        picked = pick_number(raw, result.row_normalizer(index))
        if picked is None:
            continue
        found[offset] = picked.verdict
        if is_valid(picked.verdict):
            result.other_numbers[index] = "; ".join(picked.others)
            notes.setdefault(index, []).append(_several_note(result, index, column, picked))
    return notes


def rescue_counts(result: CheckResult) -> dict[int, int]:
    """Spare column → how many rows without a number it holds a valid number for."""
    counts: dict[int, int] = {}
    for column, values in result.spare_phones.items():
        counts[column] = sum(
            _valid(value, result.row_normalizer(index)) for index, value in values.items()
        )
    return {column: count for column, count in counts.items() if count}


def _valid(value: CellValue, normalizer: PhoneNormalizer) -> bool:
    verdict = normalizer.lookup(value)
    if is_valid(verdict):
        return True
    picked = pick_number(value, normalizer) if isinstance(value, str) else None
    return picked is not None and is_valid(picked.verdict)


def _fallback_note(result: CheckResult, index: int, column: str) -> Issue:
    source = result.phone_sources[index]
    title = result.headers[source] if source < len(result.headers) else ""
    message = _(
        'The phone cell is empty; the number comes from column {letter} ("{title}").'
    ).format(letter=column_letter(source), title=title)
    return Issue(result.row_numbers[index], column, Severity.WARNING, FALLBACK_CODE, message)


def _several_note(result: CheckResult, index: int, column: str, picked: Picked) -> Issue:
    message = _(
        'The cell lists several numbers; "{number}" is used and the others '
        '({others}) are kept in the extra field "{field}".'
    ).format(
        number=picked.number_text,
        others=result.other_numbers[index],
        field=OTHER_NUMBERS_KEY,
    )
    return Issue(result.row_numbers[index], column, Severity.WARNING, SEVERAL_CODE, message)
