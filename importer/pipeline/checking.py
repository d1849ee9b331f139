"""The check step of an import: the file's rows read from a private copy of its bytes.

:func:`check_file` is what Check data (the wizard) and ``check``/``upload`` (the command line)
run; the copy it reads is kept with the result (:mod:`importer.sources.checked_copy`), so
what is reported later is what was checked, whatever becomes of the file.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from importer.check.result import CheckResult
from importer.check.run import Progress, run_check
from importer.choices import ImportChoices
from importer.settings_paths import journal_dir
from importer.sources.checked_copy import CheckedCopy
from importer.upload.kept_copies import sweep_copies


def check_file(
    choices: ImportChoices,
    folder: Path | None,
    *,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
    copy: CheckedCopy | None = None,
) -> CheckResult:
    """Check the file ``choices`` name (:func:`~importer.check.run.run_check`), from a copy of
    its bytes in the journal ``folder`` (default: the usual one), the copies there that no
    process holds and no unfinished upload keeps deleted first. ``copy``: check these rows
    instead (an unfinished upload's, as they were checked then)."""
    folder = folder or journal_dir()
    sweep_copies(folder)
    return run_check(choices, progress=progress, cancel=cancel, folder=folder, copy=copy)


def let_go(result: CheckResult) -> None:
    """The rows of ``result`` are no longer read again here (reported, or replaced): the copy
    they were checked from is deleted now, unless an unfinished upload keeps it. Deleting it
    does not wait for the result to be garbage-collected."""
    if result.checked is not None:
        result.checked.release()
