"""The command-line message for a sheet where no column is, or looks like, the phone number."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from importer.columns import column_letter
from importer.errors import MappingError

MAX_LISTED_COLUMNS = 20


def missing_phone_error(path: Path, sheet: str | None, headers: Sequence[str]) -> MappingError:
    """The error naming the file (and ``sheet`` when given), ``--phone`` and the columns.

    At most :data:`MAX_LISTED_COLUMNS` columns are listed, each as its letter and title, with
    line breaks in titles shown as spaces.
    """
    where = f'"{path.name}"' + (f', sheet "{sheet}"' if sheet is not None else "")
    return MappingError(
        f"{where}: no column is chosen for the phone number and none looks like phone "
        "numbers. Choose it with --phone COL (a title or letter). "
        f"Columns: {list_columns(headers)}"
    )


def list_columns(headers: Sequence[str]) -> str:
    """'A "Name", B "Mobile", …': the first columns with their titles on one line each."""
    shown = []
    for index, title in enumerate(headers[:MAX_LISTED_COLUMNS]):
        flat = " ".join(str(title).split())
        shown.append(f'{column_letter(index)} "{flat}"' if flat else column_letter(index))
    more = len(headers) - MAX_LISTED_COLUMNS
    text = ", ".join(shown) if shown else "none"
    return f"{text} and {more} more." if more > 0 else f"{text}."
