"""What a journal's header keeps about an import, and the one way to open an import's journal.

The header's ``details`` are the import's :class:`~importer.choices.ImportChoices` as they
store themselves (``to_json``: never the API key), so a later start can offer to continue it:
:meth:`ResumeInfo.choices <importer.upload.journal.ResumeInfo.choices>` reads them back and
:func:`saved_mapping` checks the columns still fit.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from importer.check.issues import RowStatus
from importer.choices import ImportChoices
from importer.mapping.model import Mapping
from importer.upload.identity import existing_key, identity_of
from importer.upload.journal import Journal
from importer.upload.kept_copies import checked_header, keep_for

if TYPE_CHECKING:
    from importer.check.result import CheckResult


def open_import_journal(
    folder: str | Path,
    choices: ImportChoices,
    result: CheckResult,
    *,
    identity: str | None = None,
    restart: bool = False,
) -> Journal:
    """The journal of sending ``result`` as ``choices`` say (their list must be chosen).

    ``identity`` is :func:`~importer.upload.identity.identity_of` (with how existing contacts
    are treated) when already computed. The header keeps the choices the rows were checked
    with, so the wizard and the CLI can each offer to continue what the other started, and
    what the file was when it was checked with the copy of the rows checked, which the
    journal keeps while the import is unfinished (:mod:`importer.upload.kept_copies`).
    """
    if choices.list_id is None:
        raise ValueError("an import's journal needs the list it goes to")
    journal = Journal.open(
        folder,
        identity or identity_of(result, choices.list_id, existing_key(choices)),
        file_name=result.path.name,
        rows_total=result.count(RowStatus.READY),
        details=_absolute(choices.with_checked(result.choices)).to_json(),
        checked=checked_header(result, Path(folder)),
        restart=restart,
    )
    keep_for(journal, result)
    return journal


def _absolute(choices: ImportChoices) -> ImportChoices:
    """``choices`` with the file's path made absolute (a later run may start elsewhere)."""
    return choices.with_changes(path=choices.path.absolute())


def saved_mapping(choices: ImportChoices, headers: list[str]) -> Mapping | None:
    """The column choices a journal kept, when they still fit the sheet's column titles."""
    mapping = choices.mapping
    if mapping is None or [c.header for c in mapping.columns] != headers:
        return None
    return mapping
