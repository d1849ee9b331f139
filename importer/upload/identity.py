"""The identity of one import: the same file, settings and list always give the same identity."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import TYPE_CHECKING

from importer.mapping import Mapping

if TYPE_CHECKING:
    from importer.check_result import CheckResult

_CHUNK = 1 << 20


def file_digest(path: str | Path) -> str:
    """sha256 of the file's content, read in 1 MiB chunks (never whole in memory)."""
    digest = hashlib.sha256()
    with Path(path).open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def import_identity(
    path: str | Path,
    sheet: str,
    mapping: Mapping,
    list_id: int,
    country: str,
    duplicates: str,
    *,
    header_row: int | None = None,
) -> str:
    """sha256 (hex) of the file's content and every setting that decides what is sent where."""
    settings = {
        "file": file_digest(path),
        "sheet": sheet,
        "header_row": header_row,
        "mapping": [[c.index, c.header, c.role.value, c.key] for c in mapping.columns],
        "list_id": list_id,
        "country": country,
        "duplicates": duplicates,
    }
    text = json.dumps(settings, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def identity_of(result: CheckResult, list_id: int) -> str:
    """:func:`import_identity` of the checked sheet ``result`` sent to ``list_id``."""
    return import_identity(
        result.path,
        result.sheet,
        result.mapping,
        list_id,
        result.country,
        result.duplicates_policy,
        header_row=result.header_row,
    )
