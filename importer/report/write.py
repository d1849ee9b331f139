"""Reports: one line per data row with its verdict, and a file of the rows needing attention.

Both are streamed, so they work for a million rows. See :mod:`importer.report.writers` for the
file formats and :mod:`importer.report.cells` for how cells are kept from becoming formulas.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from collections.abc import Mapping as Lookup
from contextlib import contextmanager
from pathlib import Path

from importer.check.issues import Outcome
from importer.check.result import CheckResult
from importer.compare.plan import ComparePlan
from importer.i18n import _
from importer.mapping.vocabulary import ATTENTION_COLUMN
from importer.report.about import ABOUT_SHEET_TITLE
from importer.report.lines import (
    align_rows,
    first_titles,
    needs_fix,
    report_line,
    row_message,
)
from importer.report.unsent import UnsentRows
from importer.report.writers import Saved, open_table
from importer.sources import open_source
from importer.sources.base import Row
from importer.sources.table import iter_data_rows


def write_report(
    path: Path,
    result: CheckResult,
    source_rows: Iterable[Row],
    outcomes: Sequence[Outcome] | None = None,
    messages: Lookup[int, str] | None = None,
    plan: ComparePlan | None = None,
    about: Sequence[tuple[str, str]] = (),
) -> Saved:
    """Write the report of every data row to ``path`` (.xlsx or .csv, chosen by extension);
    returns where it is (when ``path`` cannot be written: the next free name beside it, or
    Documents).

    Columns: Row, Status, Phone number, Name, (when a column names the rows' countries) the
    country each number was read in, (when a column names the rows' groups) their lists,
    Details, then the original columns.
    ``source_rows`` are the sheet's data rows read again in order; ``outcomes`` (after an
    upload) replace the check status, and ``messages`` (data-row index → server message)
    replace the row's check message. With the ``plan`` of a comparison with Sociocs, a
    column after Details says what the import does to each contact (new, updated,
    unchanged, skipped) and the message says what changes. The ``about`` lines (what, value:
    :func:`~importer.report.about.about_import`) make an .xlsx report's second sheet. Raises
    :class:`ImporterError` when it cannot be written anywhere (or the disk is full).
    """
    titles = first_titles(result, plan)
    report = open_table(path, _("Report"), elsewhere=True)
    with report as table:
        table.write_row([*titles, *result.headers])
        for index, original in align_rows(result, source_rows):
            table.write_row(report_line(result, index, original, outcomes, messages, plan))
        if about:
            table.add_sheet(_(ABOUT_SHEET_TITLE), about)
    return report.saved


def save_report(
    path: Path,
    result: CheckResult,
    outcomes: Sequence[Outcome] | None = None,
    messages: Lookup[int, str] | None = None,
    plan: ComparePlan | None = None,
    about: Sequence[tuple[str, str]] = (),
) -> Saved:
    """:func:`write_report` over the :func:`checked_rows`."""
    with checked_rows(result) as rows:
        return write_report(path, result, rows, outcomes, messages, plan, about)


def save_attention_file(path: Path, result: CheckResult) -> int:
    """:func:`write_attention_file` over the :func:`checked_rows`."""
    with checked_rows(result) as rows:
        return write_attention_file(path, result, rows)


def write_attention_file(path: Path, result: CheckResult, source_rows: Iterable[Row]) -> int:
    """Write the invalid rows (those not sent until fixed) to the .xlsx ``path``.

    Only rows with an error are written: duplicates are left out, because their kept row is
    imported and re-importing a stale duplicate would overwrite it; rows that were sent with
    a warning are left out too. See :func:`write_rows_file`. Returns the number of rows
    written.
    """

    def problem(index: int) -> str | None:
        return row_message(result, index) if needs_fix(result, index) else None

    return write_rows_file(path, result, source_rows, problem)


def write_rows_file(
    path: Path,
    result: CheckResult,
    source_rows: Iterable[Row],
    reason: Callable[[int], str | None],
) -> int:
    """Write the rows for which ``reason(data-row index)`` says something to ``path`` (.xlsx
    or .csv): the original header row and columns (cells beyond the last header left out),
    plus an "Import problem" column with the reason, so the rows can be fixed in Excel and
    imported again (that column is then ignored). Returns the number of rows written."""
    written = 0
    with open_table(path, _("Rows to fix")) as table:
        table.write_row([*result.headers, _(ATTENTION_COLUMN)])
        width = len(result.headers)
        for index, original in align_rows(result, source_rows):
            said = reason(index)
            if said is None:
                continue
            cells = original[:width] + [None] * (width - len(original))
            table.write_row([*cells, said])
            written += 1
    return written


def save_unsent_file(path: Path, unsent: UnsentRows) -> int:
    """:func:`write_rows_file` of the rows an upload did not send, with why, over the checked
    :func:`checked_rows`. Returns the number of rows written."""
    result = unsent.result
    reasons = unsent.reasons()
    with checked_rows(result) as rows:
        return write_rows_file(path, result, rows, reasons.get)


@contextmanager
def checked_rows(result: CheckResult) -> Iterator[Iterable[Row]]:
    """The checked sheet's data rows with all their columns, read again from the copy the
    check read (:meth:`~importer.check.result.CheckResult.rows_path`), never from the file,
    which may have changed since."""
    with open_source(result.rows_path()) as source:
        yield iter_data_rows(source, result.sheet, result.header_row)
