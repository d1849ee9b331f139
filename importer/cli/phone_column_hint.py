"""The command-line messages about the phone column: none chosen, or one that leaves rows
unsendable (the engine's diagnosis with the ``--phone`` / ``--phone-fallback`` to try)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from importer.cell_text import cell_text
from importer.check.diagnosis import diagnose, fallback_offers
from importer.check.result import CheckResult
from importer.columns import column_letter
from importer.errors import MappingError
from importer.i18n import _
from importer.sources import open_source
from importer.sources.base import Row
from importer.sources.table import read_preview
from importer.wording import plural

MAX_LISTED_COLUMNS = 20


def missing_phone_error(
    path: Path, sheet: str | None, headers: Sequence[str], untitled_phone: int | None = None
) -> MappingError:
    """The error naming the file (and ``sheet`` when given), ``--phone`` and the columns.

    At most :data:`MAX_LISTED_COLUMNS` columns are listed, each as its letter and title, with
    line breaks in titles shown as spaces. ``untitled_phone`` is a column without a title that
    holds phone numbers (:func:`~importer.mapping.suggest.untitled_phone_column`): named, as
    the column to choose when its numbers are the contacts'.
    """
    where = (
        _('"{file}", sheet "{sheet}"').format(file=path.name, sheet=sheet)
        if sheet is not None
        else _('"{file}"').format(file=path.name)
    )
    if untitled_phone is not None:
        letter = column_letter(untitled_phone)
        return MappingError(
            _(
                "{where}: no column is chosen for the phone number. Column {letter} has no "
                "title but holds phone numbers: if they are the contacts' numbers, choose it "
                "with --phone {letter}. Columns: {columns}"
            ).format(where=where, letter=letter, columns=list_columns(headers))
        )
    return MappingError(
        _(
            "{where}: no column is chosen for the phone number and none looks like phone "
            "numbers. Choose it with --phone COL (a title or letter). Columns: {columns}"
        ).format(where=where, columns=list_columns(headers))
    )


def list_columns(headers: Sequence[str]) -> str:
    """'A "Name", B "Mobile", …': the first columns with their titles on one line each."""
    shown = []
    for index, title in enumerate(headers[:MAX_LISTED_COLUMNS]):
        flat = cell_text(" ".join(str(title).split()))
        shown.append(
            _('{letter} "{title}"').format(letter=column_letter(index), title=flat)
            if flat
            else column_letter(index)
        )
    more = len(headers) - MAX_LISTED_COLUMNS
    text = ", ".join(shown) if shown else _("none")
    if more > 0:
        return plural(more, "{columns} and {n} more.", "{columns} and {n} more.", columns=text)
    return _("{columns}.").format(columns=text)


def advice_lines(result: CheckResult) -> list[str]:
    """Why many rows cannot be sent and the option to try; each fallback column's rescue."""
    lines: list[str] = []
    diagnosis = diagnose(result, _sample(result))
    if diagnosis is not None:
        lines.append(diagnosis.message)
        if diagnosis.header_row is not None:
            lines.append(_("Try --header-row {row}.").format(row=diagnosis.header_row))
        if diagnosis.column is not None:
            lines.append(
                _("Try --phone {column}.").format(column=_quoted(result.headers[diagnosis.column]))
            )
    for offer in fallback_offers(result):
        lines.append(offer.message)
        lines.append(
            _("Try --phone-fallback {column}.").format(column=_quoted(result.headers[offer.column]))
        )
    return lines


def advice_json(result: CheckResult) -> dict[str, Any]:
    """The same advice for ``check --json``: ``diagnosis`` and ``fallback`` (the best spare
    phone column, or null), and ``fallbacks``: every spare column that would give rows
    without a number one, with how many."""
    diagnosis = diagnose(result, _sample(result))
    offers = fallback_offers(result)
    offer = offers[0] if offers else None
    return {
        "diagnosis": None
        if diagnosis is None
        else {
            "message": diagnosis.message,
            "suggested_phone": _column_json(result, diagnosis.column),
            "suggested_header_row": diagnosis.header_row,
        },
        "fallback": None
        if offer is None
        else {
            "message": offer.message,
            "column": _column_json(result, offer.column),
            "rows": offer.rows,
        },
        "fallbacks": [
            {"column": _column_json(result, found.column), "rows": found.rows} for found in offers
        ],
    }


def _sample(result: CheckResult) -> list[Row]:
    """The first data rows of the checked sheet (from the copy the check read), to find a
    better phone column in."""
    with open_source(result.rows_path()) as source:
        return read_preview(source, result.sheet, result.header_row).rows


def _column_json(result: CheckResult, index: int | None) -> dict[str, str] | None:
    if index is None:
        return None
    return {"letter": column_letter(index), "title": result.headers[index]}


def _quoted(title: str) -> str:
    return '"' + title.replace('"', '\\"') + '"' if (" " in title or '"' in title) else title
