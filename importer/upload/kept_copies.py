"""The copies of checked rows that unfinished uploads keep, and the sweep of the others.

An upload keeps the copy its rows were checked from (:mod:`importer.sources.checked_copy`)
while it is unfinished: if it stops, it can still be continued over the rows as they were,
even after the file changed. Once it has finished, its copy goes as soon as its rows are no
longer needed (the report is written). :func:`sweep_copies` deletes the copies no process holds
and no unfinished upload keeps: what a process that was killed left behind.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from importer.sources.checked_copy import copy_tokens, delete_copy
from importer.upload.journal import Journal, list_resumable

if TYPE_CHECKING:
    from importer.check.result import CheckResult


def checked_header(result: CheckResult, folder: Path) -> dict[str, Any]:
    """What a new journal in ``folder`` keeps of the check: the file's stamp, and the copy of
    the rows checked when it lies in ``folder`` (empty for rows checked without a copy)."""
    checked = result.checked
    if checked is None:
        return {}
    header = checked.stamp.as_json()
    if _same_folder(checked.folder, folder):
        header["copy"] = checked.token
    return header


def keep_for(journal: Journal, result: CheckResult) -> None:
    """Keep ``result``'s copy when ``journal`` refers to it (a new journal does)."""
    checked = result.checked
    if checked is not None and journal.copy_token == checked.token:
        checked.keep()


def let_go_after(journal: Journal, result: CheckResult) -> None:
    """Once ``journal``'s upload has finished, its copies are kept no longer: ``result``'s
    goes when it is let go of (after the report), an older one of an earlier run at once."""
    if not journal.finished:
        return
    checked = result.checked
    if checked is not None:
        checked.keep(False)
    token = journal.copy_token
    if token is not None and (checked is None or checked.token != token):
        delete_copy(journal.path.parent, token)


def sweep_copies(folder: Path) -> None:
    """Delete the copies in the journal ``folder`` that no process holds and no unfinished
    upload keeps."""
    tokens = copy_tokens(folder)
    if not tokens:
        return
    kept = {info.copy_token for info in list_resumable(folder)}
    for token in tokens:
        if token not in kept:
            delete_copy(folder, token)


def _same_folder(one: Path, other: Path) -> bool:
    with contextlib.suppress(OSError):
        return one.resolve() == other.resolve()
    return False
