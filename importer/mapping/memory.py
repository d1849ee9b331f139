"""Remember the mapping chosen for a set of headers, so the same export maps itself next time."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path

from importer.errors import MappingError
from importer.mapping.model import Mapping
from importer.mapping.template import load_template, save_template
from importer.sources.base import Row


def header_set_key(headers: list[str]) -> str:
    """A stable name for the set of ``headers`` (order, case and spacing do not matter)."""
    normalized = sorted(" ".join(h.split()).casefold() for h in headers)
    return hashlib.sha256("\x1f".join(normalized).encode("utf-8")).hexdigest()[:32]


class MappingMemory:
    """Remembered mappings, one template file per header set in ``folder``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path_for(self, headers: list[str]) -> Path:
        """The file holding the mapping remembered for ``headers``."""
        return self.folder / f"{header_set_key(headers)}.json"

    def recall(self, headers: list[str], sample_rows: Sequence[Row] = ()) -> Mapping | None:
        """The mapping last used for these headers, or None (also when the file is damaged)."""
        path = self.path_for(headers)
        if not path.is_file():
            return None
        try:
            return load_template(path, headers, sample_rows)
        except MappingError:
            return None

    def remember(self, headers: list[str], mapping: Mapping) -> None:
        """Keep ``mapping`` for the next file with these headers (MappingError if unwritable)."""
        save_template(mapping, self.path_for(headers))
