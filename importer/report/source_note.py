"""The sentence that says a spreadsheet changed, or went, after it was checked.

Reports and the rows to fix are written from the rows as they were checked (the copy the
check read), never from the file again; when the file is no longer as it was checked, the user
is told that what they open is the rows as they were then, not the file as it is now.
"""

from __future__ import annotations

from enum import Enum

from importer.check.result import CheckResult
from importer.i18n import _
from importer.sources.checked_copy import SourceState


class Written(Enum):
    """What was written from the checked rows."""

    REPORT_SENT = "report sent"
    """The report after an upload."""
    REPORT_CHECKED = "report checked"
    """The report of a check (or of a plan: nothing was sent)."""
    ROWS_TO_FIX = "rows to fix"


def source_note(result: CheckResult, written: Written) -> str:
    """ "contacts.xlsx changed after it was checked: the report shows the rows as they were
    sent." when the file ``result`` was checked from is no longer as it was ("" when it is,
    or when the rows came from no file)."""
    checked = result.checked
    if checked is None:
        return ""
    state = checked.state()
    if state is SourceState.SAME:
        return ""
    gone = state is SourceState.GONE
    return _sentence(gone, written).format(file=result.path.name)


def _sentence(gone: bool, written: Written) -> str:
    if written is Written.REPORT_SENT:
        if gone:
            return _(
                "{file} was moved or deleted after it was checked: the report shows the rows "
                "as they were sent."
            )
        return _(
            "{file} changed after it was checked: the report shows the rows as they were sent."
        )
    if written is Written.REPORT_CHECKED:
        if gone:
            return _(
                "{file} was moved or deleted after it was checked: the report shows the rows "
                "as they were checked."
            )
        return _(
            "{file} changed after it was checked: the report shows the rows as they were checked."
        )
    if gone:
        return _(
            "{file} was moved or deleted after it was checked: the rows to fix are saved as "
            "they were checked."
        )
    return _("{file} changed after it was checked: the rows to fix are saved as they were checked.")
