"""What a front end that runs a whole import implements: the job host, plus what the import
shows and asks between its steps.

The command line implements it (:func:`~importer.pipeline.importing.run_import` asks as it
goes). The wizard does not: its pages run the steps one by one and ask the same questions on
screen (Continue or Start over and the consent on Confirm), and its workers are the job hosts.
"""

from __future__ import annotations

from typing import Protocol

from importer.check.result import CheckResult
from importer.compare.plan import ComparePlan
from importer.jobs.host import JobHost
from importer.pipeline.outcome import ImportEnd
from importer.upload.journal import ResumeInfo


class ImportFrontEnd(JobHost, Protocol):
    """Shows the check and the plan, answers the two questions asked before anything is sent,
    and is told how the import ended (before its report is written, which takes a while)."""

    def checked(self, result: CheckResult) -> None:
        """The check is done: every row's verdict is known."""
        ...

    def groups_are_lists(self, groups: int) -> bool | None:
        """The lists column names ``groups`` groups, more than
        :data:`~importer.lists.targets.MANY_GROUPS`: True to make a list of each, False to
        send the column as an extra field instead, None when it cannot be decided (the
        import ends)."""
        ...

    def restart_wanted(self, earlier: ResumeInfo | None) -> bool | None:
        """Start over (True) or continue (False) the ``earlier`` run of this import that
        stopped half-way (None: there is none); None when it cannot be decided (the import
        ends)."""
        ...

    def changed_file_wanted(self, earlier: ResumeInfo) -> bool | None:
        """The file changed after ``earlier``, an upload of it to this list that stopped
        half-way, was checked: continue that upload over the rows as they were checked then
        (True; the changes are not sent), or import the file as it is now (False; that upload
        is closed); None when it cannot be decided (the import ends)."""
        ...

    def planned(self, plan: ComparePlan, *, followed: bool) -> None:
        """What each row will do: compared just now, or ``followed`` from the earlier run."""
        ...

    def confirmed(self, plan: ComparePlan) -> bool:
        """True to send: the user confirmed the upload and that the contacts agreed to be
        contacted."""
        ...

    def ended(self, end: ImportEnd) -> None:
        """How the import ended; its report, if it has one, is written next."""
        ...
