"""What the wizard pages share: the connection, the import's choices and what was computed.

A plain holder with no rules of its own. The user's decisions about the import live in one
typed value, :attr:`ImportSession.choices` (:class:`importer.choices.ImportChoices`); pages
change it through typed methods — one per decision (``choose_sheet``, ``choose_columns``,
``choose_country`` …) — and read it back; once a check (or a re-check) ends, :meth:`checked`
takes what the rows were checked with from the result. :meth:`ImportSession.forget_file` is
the one place that drops what derives from the chosen file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from importer.api.client import DEFAULT_API_URL, SociocsClient
from importer.choices import DuplicatePolicy, ExistingPolicy, ImportChoices
from importer.groups.separators import GroupSeparator
from importer.mapping.model import Mapping
from importer.sources.base import SheetInfo

if TYPE_CHECKING:
    from importer.check.result import CheckResult
    from importer.compare.plan import ComparePlan
    from importer.compare.snapshot import AccountSnapshot
    from importer.report.unsent import UnsentRows
    from importer.sandbox.server import SandboxServer
    from importer.sources.table import TablePreview
    from importer.upload.journal import ResumeInfo
    from importer.upload.summary import UploadSummary


@dataclass
class ImportSession:
    """Everything chosen or computed so far in one run of the wizard."""

    api_url: str = DEFAULT_API_URL
    api_key: str = field(default="", repr=False)
    sandbox: SandboxServer | None = None
    """The running practice server, if any."""
    client: SociocsClient | None = None
    """The client that passed the connection test."""
    lists_found: int | None = None
    choices: ImportChoices | None = None
    """The import being prepared: file, sheet, columns, country, policies, list (``None``
    until a file is chosen)."""
    sheets: list[SheetInfo] = field(default_factory=list)
    preview: TablePreview | None = None
    """The headers and first rows of the chosen sheet."""
    result: CheckResult | None = None
    restart_upload: bool = False
    """Send every row again instead of continuing an unfinished earlier run of this import."""
    import_identity: str | None = None
    """The confirmed import's identity (file hash, settings, list), once Confirm computed it."""
    supersedes: ResumeInfo | None = None
    """An unfinished upload of the file before it changed, which the user chose to close by
    importing the file as it is now (closed once this import is backed up)."""
    snapshot: AccountSnapshot | None = None
    """What the comparison with Sociocs read about the file's numbers (None: not compared)."""
    plan: ComparePlan | None = None
    """What each row does to Sociocs for the chosen treatment of existing contacts."""
    import_id: str | None = None
    """The sent import's id in the history (its backup), for Undo."""
    upload_summary: UploadSummary | None = None
    uploaded_lists: list[str] = field(default_factory=list)
    """What the upload did to the lists groups make, in sentences (empty without groups)."""
    unsent: UnsentRows | None = None
    """The rows the upload did not send (refused, cannot be sent, not sent yet), with why."""
    report_path: Path | None = None
    report_note: str = ""
    """Why the report is not where it was meant to go, and where it went ("" when it is)."""
    source_note: str = ""
    """That the file changed (or went) after it was checked, so the report shows the rows as
    they were sent ("" when it is as it was)."""
    _previous: ImportChoices | None = field(default=None, repr=False)
    """The last import's choices, whose country, policies and list the next file keeps."""

    @property
    def practice_mode(self) -> bool:
        """True while the wizard talks to the local sandbox instead of Sociocs."""
        return self.sandbox is not None

    @property
    def path(self) -> Path | None:
        """The chosen file, if any."""
        return None if self.choices is None else self.choices.path

    def choose_file(self, path: Path, *, country: str) -> ImportChoices:
        """Start the choices for ``path``: the country, policies and list of the import before
        are kept (``country`` is the default for the first import)."""
        kept = self.choices or self._previous
        self.forget_file()
        self.choices = (kept or ImportChoices(path, country=country)).for_file(path)
        return self.choices

    def resume(self, choices: ImportChoices) -> None:
        """Start again from the saved ``choices`` of an unfinished import."""
        self.forget_file()
        self.choices = choices

    def choose_sheet(self, sheet: str, header_row: int) -> ImportChoices:
        """The sheet to import and the row holding its column titles."""
        return self._change(sheet=sheet, header_row=header_row)

    def choose_columns(self, mapping: Mapping | None) -> ImportChoices:
        """Which column is what (None: to be chosen again)."""
        return self._change(mapping=mapping)

    def choose_list_separator(self, separator: GroupSeparator | None) -> ImportChoices:
        """What separates several groups in one cell of the lists column (None: found from
        the cells)."""
        return self._change(list_separator=separator)

    def choose_country(self, country: str) -> ImportChoices:
        """The default country of numbers without a country code."""
        return self._change(country=country)

    def choose_duplicates(self, policy: DuplicatePolicy) -> ImportChoices:
        """Which row of a repeated phone number is imported."""
        return self._change(duplicates=policy)

    def choose_unverified(self, send: bool) -> ImportChoices:
        """Whether numbers that cannot be verified are sent."""
        return self._change(send_unverified=send)

    def choose_list(self, list_id: int, name: str) -> ImportChoices:
        """The Sociocs list the contacts go to."""
        return self._change(list_id=list_id, list_name=name)

    def choose_existing(self, existing: ExistingPolicy, add_skipped_to_list: bool) -> ImportChoices:
        """What happens to contacts already in Sociocs (and whether skipped ones join the
        list)."""
        return self._change(existing=existing, add_skipped_to_list=add_skipped_to_list)

    def confirm_consent(self, confirmed: bool) -> ImportChoices:
        """Whether the user confirmed that the contacts agreed to be contacted."""
        return self._change(consent_confirmed=confirmed)

    def checked(self, result: CheckResult) -> None:
        """A check or a re-check ended: ``result`` holds the rows, and the choices take the
        country, policies and columns its rows were checked with."""
        self.result = result
        if self.choices is not None:
            self.choices = self.choices.with_checked(result.choices)

    def switch_rows(self, choices: ImportChoices, result: CheckResult) -> None:
        """Go on with other checked rows: those an unfinished upload of a file changed since
        was checked with (``choices`` are theirs, for the list chosen now), or back to the file
        as it is now. The consent given stays."""
        consent = self.choices is not None and self.choices.consent_confirmed
        self.choices = choices.with_changes(consent_confirmed=consent)
        self.result = result

    def _change(self, **changes: Any) -> ImportChoices:
        if self.choices is None:
            raise RuntimeError("No file is chosen yet.")
        self.choices = self.choices.with_changes(**changes)
        return self.choices

    def forget_file(self) -> None:
        """Drop the file and everything derived from it: a new file is about to be chosen, or
        "Import another file" was clicked. Its country, policies and list are kept."""
        if self.choices is not None:
            self._previous = self.choices
        self.choices = None
        self.sheets = []
        self.preview = None
        self.result = None
        self.import_identity = None
        self.supersedes = None
        self.snapshot = None
        self.plan = None
        self.import_id = None
        self.upload_summary = None
        self.uploaded_lists = []
        self.unsent = None
        self.report_path = None
        self.report_note = ""
        self.source_note = ""
