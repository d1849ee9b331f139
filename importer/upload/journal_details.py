"""What a journal's header keeps about an import, so a later start can offer to continue it.

The details name the spreadsheet, sheet, header row, list, country, duplicates policy and the
column choices (never the API key); :func:`saved_mapping` reads the column choices back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from importer.mapping.model import ColumnChoice, Mapping, Role

if TYPE_CHECKING:
    from importer.check.result import CheckResult


def mapping_entries(mapping: Mapping) -> list[list[object]]:
    """The column choices as JSON-ready ``[index, header, role, key]`` lists."""
    return [[c.index, c.header, c.role.value, c.key] for c in mapping.columns]


def journal_details(result: CheckResult, list_id: int, list_name: str) -> dict[str, object]:
    """What the journal header keeps about ``result`` sent to ``list_id`` (never the key)."""
    return {
        "path": str(result.path),
        "sheet": result.sheet,
        "header_row": result.header_row,
        "list_id": list_id,
        "list_name": list_name,
        "country": result.country,
        "duplicates": result.duplicates_policy,
        "mapping": mapping_entries(result.mapping),
    }


def saved_mapping(details: dict[str, object], headers: list[str]) -> Mapping | None:
    """The column choices a journal kept, when they still fit the sheet's column titles."""
    entries = details.get("mapping")
    if not isinstance(entries, list):
        return None
    try:
        mapping = Mapping(
            tuple(ColumnChoice(int(i), str(h), Role(r), str(k)) for i, h, r, k in entries)
        )
    except (TypeError, ValueError):
        return None
    return mapping if [c.header for c in mapping.columns] == headers else None
