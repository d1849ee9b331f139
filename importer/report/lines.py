"""The lines of a report: each checked row with its verdict, message and original cells."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from collections.abc import Mapping as Lookup

from importer.cell_text import cell_text
from importer.check.issues import Outcome, RowStatus, Severity
from importer.check.result import CheckResult
from importer.columns import letter_label
from importer.compare.plan import ComparePlan, RowKind
from importer.compare.texts import change_text
from importer.i18n import N_, _, pgettext
from importer.phones.countries import country_name
from importer.sources.base import CellValue, Row

REPORT_COLUMNS = (N_("Row"), N_("Status"), N_("Phone number"), N_("Name"), N_("Details"))
"""The report's first column titles (translated where written)."""
COUNTRY_COLUMN = N_("Read in")
"""Added after Name when a column names each row's country: the country its number was read
in (the row's own, else the default country)."""
LISTS_COLUMN = N_("Lists")
"""Added after Name (and Read in) when a column names each row's groups: the lists the row
goes to (its groups; after a comparison, the lists themselves, its own list for a row without
a group)."""
CHANGE_COLUMN = N_("In Sociocs")
"""Added after Details when the report follows a comparison with Sociocs: new, updated,
unchanged or skipped."""
STATUS_TEXT = {
    RowStatus.READY: N_("ready"),
    RowStatus.INVALID: N_("invalid"),
    RowStatus.DUPLICATE: N_("duplicate"),
}
OUTCOME_TEXT = {
    Outcome.UPLOADED: N_("uploaded"),
    Outcome.INVALID: N_("invalid"),
    Outcome.DUPLICATE: N_("duplicate"),
    Outcome.REJECTED: N_("rejected"),
    Outcome.NOT_SENT: N_("not sent"),
    Outcome.UNCHANGED: N_("unchanged"),
    Outcome.SKIPPED: N_("skipped"),
}
"""A row's status in the report, before and after an upload (translated where written)."""


def kind_text(kind: RowKind) -> str:
    """What the import does to a ready row's contact in Sociocs, in the "In Sociocs" column:
    new, updated, unchanged, skipped ("" for a row that is not ready). Their context tells
    them from a row's status, whose words may take another grammatical gender."""
    if kind is RowKind.NEW:
        return pgettext("contact in Sociocs", "new")
    if kind is RowKind.UPDATED:
        return pgettext("contact in Sociocs", "updated")
    if kind is RowKind.UNCHANGED:
        return pgettext("contact in Sociocs", "unchanged")
    if kind is RowKind.SKIPPED:
        return pgettext("contact in Sociocs", "skipped")
    return ""


NOTED_TEXT = N_("ready with a note")
"""The status of a ready row that has a note (a warning) in its message."""
DUPLICATE_TEXT = N_("The same phone number is in another row.")


def align_rows(
    result: CheckResult, source_rows: Iterable[Row]
) -> Iterator[tuple[int, list[CellValue]]]:
    """(data-row index, original cells) for every row of ``result``, in order.

    ``source_rows`` are the data rows re-read from the file; those absent from ``result`` are
    skipped, and a result row missing from them gets no original cells.
    """
    numbers = result.row_numbers
    index = 0
    for number, values in source_rows:
        while index < len(numbers) and numbers[index] < number:
            yield index, []
            index += 1
        if index < len(numbers) and numbers[index] == number:
            yield index, values
            index += 1
    for rest in range(index, len(numbers)):
        yield rest, []


def row_message(result: CheckResult, index: int) -> str:
    """The row's issues in plain words (errors first), or why it is a duplicate; then, for a
    phone fixed in the importer, what the file held."""
    issues = sorted(result.issues.get(index, ()), key=lambda i: i.severity is not Severity.ERROR)
    text = " ".join(f"{_column_prefix(result.headers, i.column)}{i.message}" for i in issues)
    if not text and result.status[index] == RowStatus.DUPLICATE:
        text = _(DUPLICATE_TEXT)
    if index in result.edited_phones:
        text = f"{text} {correction_text(result.edited_phones[index])}".strip()
    return text


def correction_text(original: CellValue) -> str:
    """'Corrected in the importer (was: 555-01).' for a phone the user fixed in place."""
    shown = "empty" if original is None or original == "" else cell_text(original)
    return _("Corrected in the importer (was: {shown}).").format(shown=shown)


def _column_prefix(headers: Sequence[str], letter: str) -> str:
    """ "Phone (C): " before a cell's problem."""
    return _("{column}: ").format(column=letter_label(headers, letter)) if letter else ""


def status_text(result: CheckResult, index: int, outcomes: Sequence[Outcome] | None) -> str:
    """``ready``/``ready with a note``/``invalid``/``duplicate`` after a check, the
    :class:`Outcome` after an upload."""
    if outcomes is not None:
        return _(OUTCOME_TEXT[outcomes[index]])
    status = RowStatus(result.status[index])
    if status is RowStatus.READY and index in result.issues:
        return _(NOTED_TEXT)
    return _(STATUS_TEXT[status])


def report_line(
    result: CheckResult,
    index: int,
    original: list[CellValue],
    outcomes: Sequence[Outcome] | None,
    messages: Lookup[int, str] | None,
    plan: ComparePlan | None = None,
) -> list[CellValue]:
    """One report line: row, status, phone_number, name, (when a column names the rows'
    countries) the country the number was read in, message, (with a ``plan``) what the import
    does to the contact in Sociocs, then the original cells."""
    message = (messages.get(index) if messages else None) or row_message(result, index)
    if plan is None:
        return [*_first_cells(result, index, outcomes, plan), message, *original]
    said = plan_message(plan, index)
    message = f"{message} {said}".strip() if said else message
    kind = kind_text(RowKind(plan.kinds[index]))
    return [*_first_cells(result, index, outcomes, plan), message, kind, *original]


def _first_cells(
    result: CheckResult,
    index: int,
    outcomes: Sequence[Outcome] | None,
    plan: ComparePlan | None,
) -> list[CellValue]:
    cells: list[CellValue] = [
        result.row_numbers[index],
        status_text(result, index, outcomes),
        result.phones[index],
        result.names[index],
    ]
    if result.mapping.country_index is not None:
        cells.append(country_name(result.row_region(index)))
    if result.mapping.lists_index is not None:
        cells.append(lists_text(result, index, plan))
    return cells


def lists_text(result: CheckResult, index: int, plan: ComparePlan | None) -> str:
    """The lists of row ``index``: its groups, or (after a comparison) the lists it goes to."""
    lists = plan.lists if plan is not None else None
    if lists is None or plan is None or plan.kinds[index] == RowKind.NOT_READY:
        return ", ".join(result.row_groups(index))
    return ", ".join(lists.targets[target].name for target in lists.lists_of(index))


def first_titles(result: CheckResult, plan: ComparePlan | None) -> list[str]:
    """The report's own column titles (before the file's), translated."""
    titles = list(REPORT_COLUMNS)
    if result.mapping.country_index is not None:
        titles.insert(titles.index(REPORT_COLUMNS[-1]), COUNTRY_COLUMN)
    if result.mapping.lists_index is not None:
        titles.insert(titles.index(REPORT_COLUMNS[-1]), LISTS_COLUMN)
    if plan is not None:
        titles.append(CHANGE_COLUMN)
    return [_(title) for title in titles]


def plan_message(plan: ComparePlan, index: int) -> str:
    """What the comparison says about a row: why it is skipped, or what changes."""
    if index in plan.notes:
        return plan.notes[index]
    change = plan.changes.get(index)
    return change_text(change) if change is not None else ""


def needs_fix(result: CheckResult, index: int) -> bool:
    """Whether the row is invalid: it is not sent until fixed (duplicates and warnings are not)."""
    return result.status[index] == RowStatus.INVALID
