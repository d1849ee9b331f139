"""The identity of one import: the same file, settings and list always give the same identity."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import TYPE_CHECKING

from importer.choices import DuplicatePolicy, ExistingPolicy, ImportChoices, mapping_entries
from importer.mapping.model import Mapping

if TYPE_CHECKING:
    from importer.check.result import CheckResult

_CHUNK = 1 << 20
_ROWS_PER_CHUNK = 1 << 16


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
    duplicates: DuplicatePolicy,
    *,
    header_row: int | None = None,
    rows: str | None = None,
    existing: str | None = None,
    content: str | None = None,
) -> str:
    """sha256 (hex) of the file's content and every setting that decides what is sent where.

    ``rows`` is :func:`rows_digest` of the checked rows, so rows edited in place after the
    check (or checked differently) make another import; ``existing`` is how existing contacts
    are treated (:func:`existing_key`), so another choice makes another import too.
    ``content`` is the file's sha256 when known (the check hashed the bytes it read), else
    the file is read to hash it."""
    settings = {
        "file": content or file_digest(path),
        "sheet": sheet,
        "header_row": header_row,
        "mapping": mapping_entries(mapping),
        "list_id": list_id,
        "country": country,
        "duplicates": str(duplicates),
    }
    if rows is not None:
        settings["rows"] = rows
    if existing is not None:
        settings["existing"] = existing
    text = json.dumps(settings, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def existing_key(choices: ImportChoices) -> str | None:
    """How existing contacts are treated, as the identity keeps it ("keep", "skip+list"…);
    None for ``replace``, the behaviour before there was a choice, so the journals of that
    time keep their names."""
    if choices.existing is ExistingPolicy.REPLACE:
        return None
    if choices.add_skipped_to_list and choices.existing is ExistingPolicy.SKIP:
        return f"{choices.existing.value}+list"
    return choices.existing.value


def identity_of(result: CheckResult, list_id: int, existing: str | None = None) -> str:
    """:func:`import_identity` of the checked sheet ``result`` sent to ``list_id``, treating
    existing contacts as ``existing`` (:func:`existing_key`): of the bytes the check read
    (hashed while they were copied), not of the file as it may be now."""
    return import_identity(
        result.path,
        result.sheet,
        result.mapping,
        list_id,
        result.country,
        result.duplicates_policy,
        header_row=result.header_row,
        rows=rows_digest(result),
        existing=existing,
        content=result.checked.stamp.sha256 if result.checked is not None else None,
    )


def rows_digest(result: CheckResult) -> str:
    """sha256 (hex) of what the checked rows send: every phone number, name and status.

    Rows fixed in place in the wizard change it, so an interrupted upload is not resumed
    over rows whose acknowledged version is no longer the one to send.
    """
    digest = hashlib.sha256(bytes(result.status))
    for column in (result.phones, result.names):
        for start in range(0, len(column), _ROWS_PER_CHUNK):
            digest.update(json.dumps(column[start : start + _ROWS_PER_CHUNK]).encode("ascii"))
    return digest.hexdigest()
