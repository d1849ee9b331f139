"""What the wizard pages share: the connection, the chosen file, the mapping and the results.

A plain holder with no rules of its own; pages read it and write their choices into it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from importer.sources.base import SheetInfo

if TYPE_CHECKING:
    from importer.check.result import CheckResult
    from importer.mapping.model import Mapping

DEFAULT_API_URL = "https://api.sociocs.com"


@dataclass
class ImportSession:
    """Everything chosen or computed so far in one run of the wizard."""

    api_url: str = DEFAULT_API_URL
    api_key: str = field(default="", repr=False)
    sandbox: Any = None
    """The running practice server (``importer.sandbox.server.SandboxServer``), if any."""
    client: Any = None
    """The ``SociocsClient`` that passed the connection test."""
    lists_found: int | None = None
    path: Path | None = None
    sheets: list[SheetInfo] = field(default_factory=list)
    sheet: str | None = None
    header_row: int | None = None
    preview: Any = None
    """The ``TablePreview`` of the chosen sheet (headers and first rows)."""
    mapping: Mapping | None = None
    country: str = ""
    duplicates: str = "last"
    result: CheckResult | None = None
    list_id: int | None = None
    list_name: str = ""
    restart_upload: bool = False
    """Send every row again instead of continuing an unfinished earlier run of this import."""
    import_identity: str | None = None
    """The confirmed import's identity (file hash, settings, list), once Confirm computed it."""
    upload_summary: Any = None
    report_path: Path | None = None

    @property
    def practice_mode(self) -> bool:
        """True while the wizard talks to the local sandbox instead of Sociocs."""
        return self.sandbox is not None

    def forget_file(self) -> None:
        """Drop everything derived from the chosen file (a new file is about to be picked)."""
        self.sheets = []
        self.sheet = None
        self.header_row = None
        self.preview = None
        self.mapping = None
        self.result = None
