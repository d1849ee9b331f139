"""Columns named on the command line: by header text or by column letter."""

from __future__ import annotations

from importer.columns import column_index, column_letter
from importer.errors import MappingError
from importer.i18n import _


def _normalize(text: str) -> str:
    return " ".join(text.split()).casefold()


def resolve_column(spec: str, headers: list[str]) -> int:
    """The 0-based index of the column ``spec`` names in ``headers``.

    ``spec`` is a header text (exact match first, then ignoring case and extra spaces) or a
    column letter ("C", "AA"). Unknown or ambiguous → :class:`MappingError` listing the columns.
    """
    exact = [i for i, header in enumerate(headers) if header == spec]
    if len(exact) == 1:
        return exact[0]
    loose = exact or [i for i, h in enumerate(headers) if _normalize(h) == _normalize(spec)]
    if len(loose) == 1:
        return loose[0]
    if len(loose) > 1:
        letters = ", ".join(column_letter(i) for i in loose)
        raise MappingError(
            _('More than one column is titled "{spec}" (columns {letters}).').format(
                spec=spec, letters=letters
            ),
            hint=_("Name the column by its letter instead, e.g. {letter}.").format(
                letter=column_letter(loose[0])
            ),
        )
    try:
        index = column_index(spec)
    except ValueError:
        index = -1
    if 0 <= index < len(headers):
        return index
    raise MappingError(
        _('There is no column "{spec}".').format(spec=spec),
        hint=_("The columns are: {columns}.").format(columns=available(headers)),
    )


def available(headers: list[str]) -> str:
    """The columns as the user sees them: 'A "Name", B "Phone"'."""
    return ", ".join(
        f'{column_letter(i)} "{header}"' if header else column_letter(i)
        for i, header in enumerate(headers)
    )
