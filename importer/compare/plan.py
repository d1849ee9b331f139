"""The plan of an import after the comparison: what happens to every ready row, what each row
that is sent carries, and — when groups make lists — which lists each contact joins."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any

from importer.api.contacts import Contact
from importer.check.issues import Outcome
from importer.check.result import CheckResult
from importer.choices import ExistingPolicy
from importer.compare.changes import ContactChange
from importer.lists.adding import ListWork
from importer.lists.targets import GroupLists, ListCount


class RowKind(IntEnum):
    """What the import does with a row (one byte per row)."""

    NOT_READY = 0
    """Invalid or duplicate: not compared, not sent."""
    NEW = 1
    UPDATED = 2
    UNCHANGED = 3
    SKIPPED = 4


@dataclass
class ComparePlan:
    """Per data row its :class:`RowKind`; for the rows sent, the record when it is not the
    file's own (merged by ``keep``, or a skipped contact joining the list with its values) and
    the contact as it was before (``before``)."""

    kinds: bytearray
    list_id: int | None
    existing: ExistingPolicy
    add_skipped_to_list: bool = False
    send: list[int] = field(default_factory=list)
    """Rows to send, in sheet order."""
    records: dict[int, dict[str, Any]] = field(default_factory=dict)
    before: dict[int, Contact] = field(default_factory=dict)
    changes: dict[int, ContactChange] = field(default_factory=dict)
    """Every row that changes an existing contact (values or list) → how."""
    notes: dict[int, str] = field(default_factory=dict)
    """Rows skipped whatever the choice → why, in plain words."""
    in_list_before: set[int] = field(default_factory=set)
    """Rows whose existing contact was already in the list."""
    lists: GroupLists | None = None
    """The lists of the groups, when a column names them (then the memberships below say which
    lists each contact joins; ``list_id`` is the import's own list, for rows without a
    group)."""
    send_lists: dict[int, int] = field(default_factory=dict)
    """Row sent → the list (an index into ``lists.targets``) its upload adds it to; rows absent
    are sent to All Contacts, which changes no membership."""
    additions: dict[int, list[int]] = field(default_factory=dict)
    """List (an index into ``lists.targets``) → the rows added to it with
    ``POST /contacts/add-to-list``, in sheet order: contacts uploaded to another list first,
    and contacts already in Sociocs that only join it."""

    def count(self, kind: RowKind) -> int:
        """How many rows are of ``kind``."""
        return self.kinds.count(kind)

    def counts(self) -> dict[str, int]:
        """new, updated, unchanged and skipped rows; contacts losing fields; joining the list."""
        return {
            "new": self.count(RowKind.NEW),
            "updated": self.count(RowKind.UPDATED),
            "unchanged": self.count(RowKind.UNCHANGED),
            "skipped": self.count(RowKind.SKIPPED),
            "losing_fields": sum(1 for change in self.changes.values() if change.lost),
            "joining_list": sum(1 for change in self.changes.values() if change.list_added),
        }

    def joining(self) -> list[int]:
        """How many contacts each list of :attr:`lists` gains (by upload or added)."""
        counts = [0] * (len(self.lists.targets) if self.lists is not None else 0)
        for target in self.send_lists.values():
            counts[target] += 1
        for target, rows in self.additions.items():
            counts[target] += len(rows)
        return counts

    def list_counts(self) -> list[ListCount]:
        """Each list of :attr:`lists` with the file's contacts in it once imported (ready rows
        the import does not skip, or skipped ones it still adds) and how many join it."""
        if self.lists is None:
            return []
        skipped = RowKind.SKIPPED
        kept = [
            index
            for index, kind in enumerate(self.kinds)
            if kind != RowKind.NOT_READY and (kind != skipped or self.add_skipped_to_list)
        ]
        contacts = self.lists.rows_per_target(kept)
        return [
            ListCount(target.name, target.list_id, target.created, rows, joining)
            for target, rows, joining in zip(
                self.lists.targets, contacts, self.joining(), strict=True
            )
        ]

    def memberships(self) -> int:
        """How many list memberships the import adds (uploads to a list and additions)."""
        return len(self.send_lists) + sum(map(len, self.additions.values()))

    def list_work(self) -> ListWork | None:
        """What the upload does to the lists of the groups (None when groups make none)."""
        if self.lists is None:
            return None
        return ListWork(self.lists, self.send_lists, self.additions)

    def updated_rows(self) -> list[int]:
        """Rows of updated contacts, in sheet order (the Confirm table's rows)."""
        return sorted(i for i in self.changes if self.kinds[i] == RowKind.UPDATED)

    def settled(self) -> dict[int, Outcome]:
        """The outcome of every ready row that is not sent: unchanged or skipped."""
        sent = set(self.send)
        outcomes = {RowKind.UNCHANGED: Outcome.UNCHANGED, RowKind.SKIPPED: Outcome.SKIPPED}
        return {
            index: outcomes[RowKind(kind)]
            for index, kind in enumerate(self.kinds)
            if kind in outcomes and index not in sent
        }


class PlannedRows:
    """The rows of ``result`` as the plan sends them (the upload engine's row source)."""

    def __init__(self, result: CheckResult, plan: ComparePlan) -> None:
        self.status = result.status
        self.row_numbers = result.row_numbers
        self.cards = result.cards
        self.record_number = result.record_number
        self._result = result
        self._plan = plan

    def __len__(self) -> int:
        return len(self._result)

    @property
    def issues(self) -> Mapping[int, Any]:
        """The check's notes and problems by row (for the rows uploaded with a note)."""
        return self._result.issues

    def ready_indices(self) -> Sequence[int]:
        """The rows to send, in order."""
        return self._plan.send

    def record(self, index: int) -> Mapping[str, Any]:
        """What row ``index`` sends."""
        return self._plan.records.get(index) or self._result.record(index)
