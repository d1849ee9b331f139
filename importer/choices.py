"""An import's choices: one typed value, the same for the wizard, the CLI and the journal.

:class:`ImportChoices` names everything the user decides about one import — which file, sheet
and header row, which column is what, the default country, which of two rows with the same
number wins, whether numbers libphonenumber cannot confirm are sent, which list, what
happens to contacts that already exist in Sociocs, how several groups are written in one cell
of the lists column, and whether the user confirmed that the contacts agreed to be contacted.
The wizard's pages fill it in step by step (:meth:`ImportChoices.with_changes`); the CLI
builds it from its options; a check result refers to the choices its rows were checked with
(:meth:`ImportChoices.with_checked` takes them back); :meth:`ImportChoices.to_json` /
:meth:`ImportChoices.from_json` store it in the upload journal and in the import history, and
read it back, refusing clearly what they cannot read.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from importer.errors import ImporterError
from importer.groups.separators import GroupSeparator
from importer.i18n import _
from importer.mapping.model import ColumnChoice, Mapping, Role

CHOICES_VERSION = 1
"""Bumped when the stored shape changes; :meth:`ImportChoices.from_json` upgrades older ones."""
CHECKED_FIELDS = (
    "path",
    "sheet",
    "header_row",
    "mapping",
    "country",
    "duplicates",
    "send_unverified",
    "list_separator",
)
"""The choices that decide how the rows are read and checked (the others say where they go)."""

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
    """Everything the user chose about one import; unchosen parts are ``None`` or defaults.

    ``sheet`` and ``header_row`` are ``None`` while the program is to find them (the first
    sheet with data, the detected header row).
    """

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
    add_skipped_to_list: bool = False
    """With ``existing`` SKIP: still add the skipped contacts to the list (values untouched)."""
    consent_confirmed: bool = False
    """The user confirmed that these contacts agreed to be contacted by the account (WhatsApp
    and SMS require opt-in): ticked on Confirm, or ``--yes``/typed yes on the command line."""
    list_separator: GroupSeparator | None = None
    """What separates several groups in one cell of the lists column (None: found from the
    cells)."""
    extra: dict[str, Any] = field(default_factory=dict, compare=False)
    """Keys a newer version stored that this one does not know: kept, never interpreted."""

    def with_changes(self, **changes: Any) -> ImportChoices:
        """A copy with ``changes`` applied (``dataclasses.replace``: unknown names raise)."""
        return replace(self, **changes)

    def with_checked(self, checked: ImportChoices) -> ImportChoices:
        """These choices with the file, sheet, header row, columns, country, duplicates policy
        and unverified numbers as ``checked`` has them (a check result's choices: what its rows
        were checked with); the list, the treatment of existing contacts and the consent
        stay."""
        return replace(self, **{name: getattr(checked, name) for name in CHECKED_FIELDS})

    def to_json(self) -> dict[str, Any]:
        """The JSON-ready form (never holds the API key: choices do not have it)."""
        return {
            **self.extra,
            "version": CHOICES_VERSION,
            "path": str(self.path),
            "sheet": self.sheet,
            "header_row": self.header_row,
            "mapping": None if self.mapping is None else mapping_entries(self.mapping),
            "country": self.country,
            "duplicates": self.duplicates.value,
            "send_unverified": self.send_unverified,
            "list_id": self.list_id,
            "list_name": self.list_name,
            "existing": self.existing.value,
            "add_skipped_to_list": self.add_skipped_to_list,
            "consent_confirmed": self.consent_confirmed,
            **({"list_separator": self.list_separator.value} if self.list_separator else {}),
        }

    @classmethod
    def from_json(cls, data: object) -> ImportChoices:
        """The choices :meth:`to_json` stored, from this version or an older one.

        A journal written before the choices had a version (version 0) holds the same keys
        without one and without ``send_unverified`` and ``existing``; those take the behaviour
        of that time (existing contacts were replaced); a missing ``add_skipped_to_list`` or
        ``consent_confirmed`` (choices stored before consent was asked) is False. Raises
        :class:`ChoicesError` for a newer version or a damaged value.
        """
        if not isinstance(data, dict):
            raise _damaged(_("they are not a set of named values"))
        version = data.get("version", 0)
        if not _is_int(version) or version < 0:
            raise _damaged(_("unknown version {version!r}").format(version=version))
        if version > CHOICES_VERSION:
            raise ChoicesError(
                _("These import settings were saved by a newer version of the program."),
                hint=_("Update the Sociocs Contact Importer, or start the import again."),
            )
        try:
            return _read_choices(data, legacy=version == 0)
        except (TypeError, ValueError, KeyError) as exc:
            raise _damaged(str(exc)) from exc

    def for_file(self, path: Path) -> ImportChoices:
        """The choices for another file: what was derived from this one (sheet, header row,
        columns) is dropped, and consent is asked again (it is given per import); the country,
        policies and list stay."""
        return replace(
            self, path=path, sheet=None, header_row=None, mapping=None, consent_confirmed=False
        )


def mapping_entries(mapping: Mapping) -> list[list[object]]:
    """The column choices as JSON-ready ``[index, header, role, key]`` lists; a phone
    fallback column adds its rank as a fifth item (older entries stay exactly as they were)."""
    return [
        [c.index, c.header, c.role.value, c.key, *([c.fallback] if c.fallback else [])]
        for c in mapping.columns
    ]


def mapping_from_entries(entries: object) -> Mapping:
    """The :class:`Mapping` stored by :func:`mapping_entries`; raises ``ValueError`` if damaged."""
    if not isinstance(entries, list):
        raise ValueError(_("the column choices are not a list"))
    return Mapping(tuple(_column_choice(entry) for entry in entries))


def _column_choice(entry: object) -> ColumnChoice:
    if not isinstance(entry, list) or len(entry) not in (4, 5):
        raise ValueError(
            _("a column choice is not [index, title, role, key(, fallback)]: {entry!r}").format(
                entry=entry
            )
        )
    index, header, role, key, *rest = entry
    if not _is_int(index) or index < 0:
        raise ValueError(_("a column number is not a number: {index!r}").format(index=index))
    if not isinstance(header, str) or not isinstance(key, str):
        raise ValueError(
            _("a column title or field name is not text: {entry!r}").format(entry=entry)
        )
    fallback = rest[0] if rest else 0
    if not _is_int(fallback) or fallback < 0:
        raise ValueError(
            _("a phone fallback rank is not a number: {fallback!r}").format(fallback=fallback)
        )
    return ColumnChoice(index, header, Role(role), key, fallback)


_KNOWN = frozenset({"version", *(f.name for f in fields(ImportChoices) if f.name != "extra")})
"""The keys :meth:`ImportChoices.to_json` writes (any other is kept in ``extra``)."""


def _damaged(reason: str) -> ChoicesError:
    return ChoicesError(
        _("The saved import settings are damaged ({reason}).").format(reason=reason),
        hint=_("Start the import again; nothing already sent is lost."),
    )


def _read_choices(data: dict[str, Any], *, legacy: bool) -> ImportChoices:
    mapping = data.get("mapping")
    header_row = _optional_int(data, "header_row", minimum=0)
    default_existing = ExistingPolicy.REPLACE if legacy else ExistingPolicy.KEEP
    return ImportChoices(
        path=Path(_text(data, "path", required=True)),
        sheet=_text(data, "sheet") if data.get("sheet") is not None else None,
        header_row=header_row,
        mapping=None if mapping is None else mapping_from_entries(mapping),
        country=_text(data, "country") or DEFAULT_COUNTRY,
        duplicates=DuplicatePolicy(data.get("duplicates") or DuplicatePolicy.LAST),
        send_unverified=_flag(data, "send_unverified"),
        list_id=_optional_int(data, "list_id", minimum=0),
        list_name=_text(data, "list_name"),
        existing=ExistingPolicy(data.get("existing") or default_existing),
        add_skipped_to_list=_flag(data, "add_skipped_to_list"),
        consent_confirmed=_flag(data, "consent_confirmed"),
        list_separator=_separator(data),
        extra={k: v for k, v in data.items() if k not in _KNOWN},
    )


def _separator(data: dict[str, Any]) -> GroupSeparator | None:
    value = data.get("list_separator")
    return GroupSeparator(value) if value else None


def _is_int(value: object) -> bool:
    """True for a whole number (``bool`` is an ``int`` to Python, not here)."""
    return isinstance(value, int) and not isinstance(value, bool)


def _text(data: dict[str, Any], key: str, *, required: bool = False) -> str:
    value = data.get(key)
    if value is None and not required:
        return ""
    if not isinstance(value, str) or (required and not value):
        raise ValueError(_("{key} is not text: {value!r}").format(key=key, value=value))
    return value


def _optional_int(data: dict[str, Any], key: str, *, minimum: int) -> int | None:
    value = data.get(key)
    if value is None:
        return None
    if not _is_int(value) or value < minimum:
        raise ValueError(
            _("{key} is not a number from {minimum} on: {value!r}").format(
                key=key, minimum=minimum, value=value
            )
        )
    return int(value)


def _flag(data: dict[str, Any], key: str) -> bool:
    value = data.get(key, False)
    if not isinstance(value, bool):
        raise ValueError(_("{key} is not true or false: {value!r}").format(key=key, value=value))
    return value
