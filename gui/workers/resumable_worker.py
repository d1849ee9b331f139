"""Find the unfinished imports in the journal folder (each journal is read in full)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from gui.workers.base import Worker
from importer.upload.journal import ResumeInfo, list_resumable, spreadsheet_still_there


@dataclass(frozen=True)
class Resumable:
    """The unfinished imports whose spreadsheet is still there, newest first."""

    found: list[ResumeInfo]


class ResumableWorker(Worker):
    """``list_resumable(folder)`` in the background; ``result`` carries :class:`Resumable`."""

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self._folder = folder

    def work(self) -> Resumable:
        return Resumable(
            [info for info in list_resumable(self._folder) if spreadsheet_still_there(info)]
        )
