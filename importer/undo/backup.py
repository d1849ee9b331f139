"""The backup of an import: its plan and the before-image of every contact it changes.

Written durably (fsynced, then moved into place) beside the upload journal before the first
batch is sent, as JSON lines:

    {"backup": 1, "id": "…", "identity": "…", "created": "…", "file_name": …, "list_id": …}
    {"unchanged": [[3, 5]]}   {"skipped": [[9, 10]]}   {"notes": {"9": "…"}}
    {"rows": [[index, "new", record, null], [index, "updated", record, before], …]}

``record`` is what the row sends (the after-image); ``before`` is the contact as Sociocs gave it
(``name``, ``extra_fields`` exactly as read, ``updated_at``, whether it was in the list, and the
other fields it had). A resumed upload follows this plan; the undo restores ``before``.

When groups make lists, one more line holds them: the lists (``targets``: name, id — null for
a list the import creates — and whether the import creates it), which lists each row goes to
(``combos`` and the rows of each), the list each row's upload goes to (``send``) and the rows
added to each list after it (``add``); none of the contacts was in those lists before.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from importer.api.contacts import Contact, parse_extra_fields
from importer.atomic_file import write_lines_atomic
from importer.check.result import CheckResult
from importer.choices import ExistingPolicy
from importer.compare.changes import change_of
from importer.compare.plan import ComparePlan, PlannedRows, RowKind
from importer.errors import ImporterError
from importer.i18n import _
from importer.jobs.row_ranges import from_ranges, to_ranges
from importer.os_errors import os_reason
from importer.undo.backup_lists import BackupLists, lists_entry, lists_from_entry

BACKUP_VERSION = 1
SUFFIX = ".backup"
_CHUNK = 5_000


class BackupError(ImporterError):
    """A backup that cannot be written or read."""


@dataclass(frozen=True, slots=True)
class BackupRow:
    """One row the import sends: what it sends, and the contact before (None: it is new)."""

    index: int
    kind: RowKind
    record: dict[str, Any]
    before: Contact | None
    in_list_before: bool

    @property
    def phone(self) -> str:
        """The row's number, as sent."""
        return str(self.record["phone_number"])


@dataclass(frozen=True)
class Backup:
    """A backup read back: its header (id, file, list, choice…), its plan rows and settled
    rows."""

    path: Path
    header: dict[str, Any]
    rows: list[BackupRow]
    unchanged: list[int]
    skipped: list[int]
    notes: dict[int, str]
    lists: BackupLists | None = None
    """The lists of the groups and their memberships, when the import made lists of them."""

    @property
    def id(self) -> str:
        """The import's id."""
        return str(self.header["id"])

    @property
    def list_id(self) -> int:
        """The list the import sent to."""
        return int(self.header["list_id"])

    def plan(self, result: CheckResult) -> ComparePlan:
        """The plan again, over the same checked rows (a resumed upload follows it)."""
        plan = ComparePlan(
            kinds=bytearray(len(result)),
            list_id=self.list_id,
            existing=ExistingPolicy(self.header["existing"]),
            add_skipped_to_list=bool(self.header.get("add_skipped_to_list")),
        )
        file_keys = set(result.extras)
        for kind, indices in ((RowKind.UNCHANGED, self.unchanged), (RowKind.SKIPPED, self.skipped)):
            for index in indices:
                plan.kinds[index] = kind
        for row in self.rows:
            plan.kinds[row.index] = row.kind
            plan.send.append(row.index)
            plan.records[row.index] = row.record
            if row.before is not None:
                plan.before[row.index] = row.before
                plan.changes[row.index] = change_of(
                    row.before, row.record, in_list=row.in_list_before, file_keys=file_keys
                )
                if row.in_list_before:
                    plan.in_list_before.add(row.index)
        plan.notes.update(self.notes)
        if self.lists is not None:
            plan.lists = self.lists.lists
            plan.send_lists = dict(self.lists.send_lists)
            plan.additions = {t: list(rows) for t, rows in self.lists.additions.items()}
        return plan


def backup_path(folder: str | Path, backup_id: str) -> Path:
    """Where the backup ``backup_id`` lives in the journal folder ``folder``."""
    return Path(folder) / f"{backup_id}{SUFFIX}"


def new_backup_id(identity: str, now: datetime) -> str:
    """A new import's id: its start time (UTC) and the start of its identity."""
    return f"{now:%Y%m%d-%H%M%S}-{identity[:8]}"


def write_backup(
    path: Path, header: dict[str, Any], result: CheckResult, plan: ComparePlan
) -> None:
    """Write the backup of ``plan`` over ``result`` to ``path`` durably, whole or not at all.

    ``header`` holds id, identity, created, file_name, list_id, list_name and the like
    (never the API key)."""
    full = {
        "backup": BACKUP_VERSION,
        **header,
        "existing": plan.existing.value,
        "add_skipped_to_list": plan.add_skipped_to_list,
    }
    try:
        write_lines_atomic(path, _lines(full, result, plan))
    except OSError as exc:
        raise BackupError(
            _('Could not save the backup of this import in "{path}": {reason}.').format(
                path=path, reason=os_reason(exc)
            ),
            hint=_(
                "Nothing was sent. Free some disk space or choose a journal folder you may "
                "write to, then start the import again."
            ),
        ) from None


def _lines(header: dict[str, Any], result: CheckResult, plan: ComparePlan) -> Iterator[str]:
    rows = PlannedRows(result, plan)
    yield _line(header)
    yield _line({"unchanged": to_ranges(_of_kind(plan, RowKind.UNCHANGED))})
    yield _line({"skipped": to_ranges(i for i in _of_kind(plan, RowKind.SKIPPED))})
    yield _line({"notes": {str(k): v for k, v in plan.notes.items()}})
    if plan.lists is not None:
        entry = lists_entry(plan.lists, plan.send_lists, plan.additions, result.phones)
        yield _line({"lists": entry})
    for start in range(0, len(plan.send), _CHUNK):
        chunk = plan.send[start : start + _CHUNK]
        entries = [_entry(plan, index, dict(rows.record(index))) for index in chunk]
        yield _line({"rows": entries})


def _of_kind(plan: ComparePlan, kind: RowKind) -> list[int]:
    sent = set(plan.send)
    return [i for i, k in enumerate(plan.kinds) if k == kind and i not in sent]


def _entry(plan: ComparePlan, index: int, record: dict[str, Any]) -> list[Any]:
    kind = RowKind(plan.kinds[index]).name.lower()
    before = plan.before.get(index)
    if before is None:
        return [index, kind, record, None]
    image = {
        "name": before.name,
        "extra_fields": before.extra_raw,
        "updated_at": before.updated_at,
        "in_list": index in plan.in_list_before,
        "other": before.other,
    }
    return [index, kind, record, image]


def _line(entry: dict[str, Any]) -> str:
    return json.dumps(entry, ensure_ascii=False, separators=(",", ":")) + "\n"


def read_backup(path: Path) -> Backup:
    """The backup at ``path``; :class:`BackupError` when it is missing or damaged."""
    try:
        lines = path.read_bytes().splitlines()
        header = json.loads(lines[0])
        if header.get("backup") != BACKUP_VERSION:
            raise ValueError("unknown backup version")
        return _parsed(path, header, [json.loads(line) for line in lines[1:]])
    except OSError as exc:
        raise BackupError(
            _('The backup "{path}" cannot be read: {reason}.').format(
                path=path, reason=os_reason(exc)
            )
        ) from None
    except (ValueError, IndexError, KeyError, TypeError) as exc:
        raise BackupError(
            _('The backup "{path}" is damaged ({reason}).').format(path=path, reason=exc),
            hint=_("This import cannot be undone from it."),
        ) from None


def _parsed(path: Path, header: dict[str, Any], entries: list[dict[str, Any]]) -> Backup:
    if not isinstance(header.get("id"), str) or not isinstance(header.get("list_id"), int):
        raise ValueError("the header names no import or no list")
    ExistingPolicy(header["existing"])
    backup = Backup(path, header, [], [], [], {})
    for entry in entries:
        if "rows" in entry:
            backup.rows.extend(_row(raw) for raw in entry["rows"])
        elif "unchanged" in entry:
            backup.unchanged.extend(from_ranges(entry["unchanged"]))
        elif "skipped" in entry:
            backup.skipped.extend(from_ranges(entry["skipped"]))
        elif "notes" in entry:
            backup.notes.update({int(k): str(v) for k, v in entry["notes"].items()})
        elif "lists" in entry:
            backup = replace(backup, lists=lists_from_entry(entry["lists"]))
    return backup


def _row(raw: list[Any]) -> BackupRow:
    index, kind, record, image = raw
    before = None
    if image is not None:
        before = Contact(
            phone=str(record["phone_number"]),
            name=image.get("name"),
            extra=parse_extra_fields(image.get("extra_fields")),
            extra_raw=image.get("extra_fields"),
            updated_at=image.get("updated_at"),
            other=dict(image.get("other") or {}),
        )
    in_list = bool(image.get("in_list")) if image is not None else False
    return BackupRow(int(index), RowKind[str(kind).upper()], dict(record), before, in_list)
