"""Mapping templates: a mapping saved as JSON and applied to another file with similar columns.

A template names each column by header text and letter. It is matched to a new file by header
text (ignoring case and extra spaces), then by column letter; columns it does not mention get
the suggested choice.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from importer.atomic_file import write_text_atomic
from importer.columns import column_index, column_letter
from importer.errors import MappingError
from importer.i18n import _
from importer.mapping.keys import derive_key
from importer.mapping.model import KEYED_ROLES, ColumnChoice, Mapping, Role
from importer.mapping.suggest import suggest_mapping
from importer.os_errors import os_reason
from importer.private_files import in_own_folder
from importer.sources.base import Row

FORMAT = "sociocs-mapping"
VERSION = 1
SINGLE_ROLES = frozenset(
    {Role.PHONE, Role.NAME, Role.FIRST_NAME, Role.LAST_NAME, Role.COUNTRY, Role.LISTS}
)


def template_json(mapping: Mapping) -> dict[str, Any]:
    """``mapping`` as the template's JSON object."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "columns": [
            {
                "header": c.header,
                "letter": column_letter(c.index),
                "role": c.role.value,
                "key": c.key,
                **({"fallback": c.fallback} if c.fallback else {}),
            }
            for c in mapping.columns
        ],
    }


def save_template(mapping: Mapping, path: Path) -> None:
    """Save ``mapping`` as a JSON template at ``path`` (replaced atomically; private in the
    program's own folders, like any document the user saves elsewhere)."""
    text = json.dumps(template_json(mapping), ensure_ascii=False, indent=2) + "\n"
    try:
        write_text_atomic(path, text, private=in_own_folder(path))
    except OSError as exc:
        raise MappingError(
            _('Could not save the mapping template "{path}": {reason}.').format(
                path=path, reason=os_reason(exc)
            ),
            hint=_("Choose another folder or file name."),
        ) from exc


def load_template(path: Path, headers: list[str], sample_rows: Sequence[Row] = ()) -> Mapping:
    """The mapping the template at ``path`` gives a sheet with ``headers``.

    Columns the template does not mention get the choice :func:`suggest_mapping` makes from
    ``sample_rows``. An unreadable or malformed template raises :class:`MappingError`.
    """
    entries = read_template(path)
    suggested = suggest_mapping(headers, sample_rows)
    matched = match_entries(entries, headers)
    choices: list[ColumnChoice] = []
    taken_roles = {entry.role for entry in matched.values()} & SINGLE_ROLES
    taken_keys = {entry.key for entry in matched.values() if entry.role in KEYED_ROLES}
    for index, header in enumerate(headers):
        entry = matched.get(index)
        if entry is not None:
            choices.append(ColumnChoice(index, header, entry.role, entry.key, entry.fallback))
            continue
        choice = suggested.columns[index]
        if choice.role in taken_roles or (choice.role in KEYED_ROLES and choice.key):
            key = derive_key(header, taken_keys, fallback=f"field_{column_letter(index).lower()}")
            taken_keys.add(key)
            role = Role.EXTRA if choice.role in taken_roles else choice.role
            choice = ColumnChoice(index, header, role, key)
        choices.append(choice)
    return Mapping(tuple(choices))


def read_template(path: Path) -> list[ColumnChoice]:
    """The template's columns (``index`` from its letter); MappingError naming the file."""
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError as exc:
        raise _unreadable(path, _("the file does not exist")) from exc
    except OSError as exc:
        raise _unreadable(path, os_reason(exc)) from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _unreadable(path, _("it is not a mapping template (not valid JSON)")) from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise _unreadable(path, _("it is not a Sociocs mapping template"))
    if data.get("version") != VERSION:
        raise _unreadable(
            path,
            _("it was saved by a newer version of the program (format {version})").format(
                version=data.get("version")
            ),
        )
    columns = data.get("columns")
    if not isinstance(columns, list):
        raise _unreadable(path, _('it has no "columns" list'))
    return [_entry(path, number, item) for number, item in enumerate(columns, start=1)]


def _entry(path: Path, number: int, item: object) -> ColumnChoice:
    if not isinstance(item, dict):
        raise _unreadable(path, _("column entry {number} is not an object").format(number=number))
    header, letter, role, key = (item.get(k, "") for k in ("header", "letter", "role", "key"))
    if not all(isinstance(v, str) for v in (header, letter, role, key)):
        raise _unreadable(
            path, _("column entry {number} has a value that is not text").format(number=number)
        )
    fallback = item.get("fallback", 0)
    if not isinstance(fallback, int) or fallback < 0:
        raise _unreadable(
            path, _("column entry {number} has a fallback that is not a rank").format(number=number)
        )
    try:
        index = column_index(letter) if letter else -1
        chosen = Role(role)
        return ColumnChoice(index, header, chosen, key if chosen in KEYED_ROLES else "", fallback)
    except ValueError as exc:
        raise _unreadable(
            path, _("column entry {number} has an unknown letter or role").format(number=number)
        ) from exc


def _normalize(header: str) -> str:
    return " ".join(header.split()).casefold()


def match_entries(entries: list[ColumnChoice], headers: list[str]) -> dict[int, ColumnChoice]:
    """Sheet column index → template entry: by header text first, then by letter."""
    unused = list(entries)
    matched: dict[int, ColumnChoice] = {}
    for index, header in enumerate(headers):
        found = next(
            (e for e in unused if e.header and _normalize(e.header) == _normalize(header)), None
        )
        if found is not None:
            matched[index] = found
            unused.remove(found)
    known = {_normalize(h) for h in headers}
    for entry in unused:
        by_text_elsewhere = entry.header and _normalize(entry.header) in known
        if 0 <= entry.index < len(headers) and entry.index not in matched and not by_text_elsewhere:
            matched[entry.index] = entry
    return matched


def _unreadable(path: Path, reason: str) -> MappingError:
    return MappingError(
        _('The mapping template "{path}" cannot be used: {reason}.').format(
            path=path, reason=reason
        ),
        hint=_("Choose another template, or map the columns again and save a new one."),
    )
