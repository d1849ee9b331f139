"""An import's choices: one typed value, the same for the wizard, the CLI and the journal.

:class:`ImportChoices` names everything the user decides about one import — which file, sheet
and header row, which column is what, the default country, which of two rows with the same
number wins, whether numbers libphonenumber cannot confirm are sent, which list, and what
happens to contacts that already exist in Sociocs. The wizard's pages fill it in step by step;
the CLI builds it from its options; :func:`choices_to_json` / :func:`choices_from_json` store it
in a journal (and the import history) and read it back, refusing clearly what they cannot read.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from importer.errors import ImporterError
from importer.mapping.model import ColumnChoice, Mapping, Role

CHOICES_VERSION = 1
"""Bumped when the stored shape changes; :func:`choices_from_json` upgrades older ones."""

DEFAULT_COUNTRY = "US"


class DuplicatePolicy(StrEnum):
    """Which row is imported when several rows hold the same phone number."""

    LAST = "last"
    """The later row wins, as it would on the server (each upsert overwrites the previous)."""
    FIRST = "first"


class ExistingPolicy(StrEnum):
    """What the import does to a contact that already exists in Sociocs."""

    KEEP = "keep"
    """The file's non-empty values replace; what the file leaves empty or lacks is kept."""
    REPLACE = "replace"
    """Sociocs's own behaviour: the name and every extra field become the file's."""
    SKIP = "skip"
    """Existing contacts are not touched."""


class ChoicesError(ImporterError):
    """Stored choices that cannot be read back (written by a newer version, or damaged)."""


@dataclass(frozen=True, slots=True)
class ImportChoices:
    """Everything the user chose about one import; unchosen parts are ``None`` or defaults."""

    path: Path
    sheet: str | None = None
    header_row: int | None = None
    mapping: Mapping | None = None
    country: str = DEFAULT_COUNTRY
    duplicates: DuplicatePolicy = DuplicatePolicy.LAST
    send_unverified: bool = False
    """Also send numbers of the right length that libphonenumber does not know as in use."""
    list_id: int | None = None
    list_name: str = ""
    existing: ExistingPolicy = ExistingPolicy.KEEP
    extra: dict[str, Any] = field(default_factory=dict, compare=False)
    """Keys a newer version stored that this one does not know: kept, never interpreted."""

    def with_changes(self, **changes: Any) -> ImportChoices:
        """A copy with ``changes`` applied (``dataclasses.replace``)."""
        return replace(self, **changes)


def mapping_entries(mapping: Mapping) -> list[list[object]]:
    """The column choices as JSON-ready ``[index, header, role, key]`` lists."""
    return [[c.index, c.header, c.role.value, c.key] for c in mapping.columns]


def mapping_from_entries(entries: object) -> Mapping:
    """The :class:`Mapping` stored by :func:`mapping_entries`; raises ``ValueError`` if damaged."""
    if not isinstance(entries, list):
        raise ValueError("the column choices are not a list")
    try:
        return Mapping(
            tuple(ColumnChoice(int(i), str(h), Role(r), str(k)) for i, h, r, k in entries)
        )
    except (TypeError, ValueError) as exc:
        raise ValueError(f"a column choice is damaged ({exc})") from exc


_KNOWN = {
    "version",
    "path",
    "sheet",
    "header_row",
    "mapping",
    "country",
    "duplicates",
    "send_unverified",
    "list_id",
    "list_name",
    "existing",
}


def choices_to_json(choices: ImportChoices) -> dict[str, Any]:
    """The JSON-ready form of ``choices`` (never holds the API key: choices do not have it)."""
    return {
        **choices.extra,
        "version": CHOICES_VERSION,
        "path": str(choices.path),
        "sheet": choices.sheet,
        "header_row": choices.header_row,
        "mapping": None if choices.mapping is None else mapping_entries(choices.mapping),
        "country": choices.country,
        "duplicates": choices.duplicates.value,
        "send_unverified": choices.send_unverified,
        "list_id": choices.list_id,
        "list_name": choices.list_name,
        "existing": choices.existing.value,
    }


def choices_from_json(data: dict[str, Any]) -> ImportChoices:
    """The choices :func:`choices_to_json` stored, from this version or an older one.

    A journal written before the choices had a version holds the same keys without one and
    without ``send_unverified`` and ``existing``; those take the behaviour of that time
    (existing contacts were replaced). Raises :class:`ChoicesError` for a newer version or a
    damaged value.
    """
    version = data.get("version", 0)
    if not isinstance(version, int) or version > CHOICES_VERSION:
        raise ChoicesError(
            "These import settings were saved by a newer version of the program.",
            hint="Update the Sociocs Contact Importer, or start the import again.",
        )
    try:
        return _read_choices(data, legacy=version == 0)
    except (TypeError, ValueError, KeyError) as exc:
        raise ChoicesError(
            f"The saved import settings are damaged ({exc}).",
            hint="Start the import again; nothing already sent is lost.",
        ) from exc


def _read_choices(data: dict[str, Any], *, legacy: bool) -> ImportChoices:
    mapping = data.get("mapping")
    header_row = data.get("header_row")
    list_id = data.get("list_id")
    default_existing = ExistingPolicy.REPLACE if legacy else ExistingPolicy.KEEP
    return ImportChoices(
        path=Path(str(data["path"])),
        sheet=None if data.get("sheet") is None else str(data["sheet"]),
        header_row=None if header_row is None else int(header_row),
        mapping=None if mapping is None else mapping_from_entries(mapping),
        country=str(data.get("country") or DEFAULT_COUNTRY),
        duplicates=DuplicatePolicy(data.get("duplicates") or DuplicatePolicy.LAST),
        send_unverified=bool(data.get("send_unverified", False)),
        list_id=None if list_id is None else int(list_id),
        list_name=str(data.get("list_name") or ""),
        existing=ExistingPolicy(data.get("existing") or default_existing),
        extra={k: v for k, v in data.items() if k not in _KNOWN},
    )
