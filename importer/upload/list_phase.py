"""The upload's work on lists, when groups make lists: creating the missing lists before the
first batch, counting the memberships each batch adds, and adding contacts to their other lists
after the last batch (:mod:`importer.lists.adding`), all noted in the import's record of its
lists (:mod:`importer.lists.record`).

Only contacts Sociocs holds are added: uploaded ones (their batch confirmed) and those already
there (unchanged or skipped); a row refused or not sent joins no list.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Protocol

from importer.check.issues import Outcome
from importer.compare.read_back import still_there
from importer.compare.reader import ContactReader
from importer.jobs.retrying import Retrying
from importer.jobs.writes import Refusals
from importer.lists.adding import AddingCallbacks, ListAdder, ListWork, add_to_lists
from importer.lists.making import ListMaker, make_lists
from importer.lists.record import ListFacts, ListsRecord

IN_SOCIOCS = frozenset({Outcome.UPLOADED, Outcome.UNCHANGED, Outcome.SKIPPED})
"""Outcomes of rows whose contact Sociocs holds: they can join lists."""


class ListsClient(ListMaker, ListAdder, ContactReader, Protocol):
    """The part of :class:`importer.api.client.SociocsClient` the work on lists uses."""


class ListPhase:
    """The lists of one upload run; ``changed()`` is called after every step (progress)."""

    def __init__(
        self,
        work: ListWork,
        record: ListsRecord | None,
        refusal: Callable[[int, str, str], str],
        phone_of: Callable[[int], str],
        changed: Callable[[], None],
    ) -> None:
        self.work = work
        self._record = record
        self._refusal = refusal
        """(row, list name, Sociocs's message) → the row's refusal in words."""
        self._phone_of = phone_of
        self._changed = changed
        self.joined = [0] * len(work.lists.targets)
        """Memberships Sociocs confirmed, per target (this run and earlier ones)."""
        self.refused: dict[tuple[int, int], str] = {}
        """(target, row) → why Sociocs refused to add the row's contact to that list."""
        self.total = work.total()
        self.done = 0

    def make(self, requests: Retrying[ListsClient]) -> None:
        """Create the lists that have no id yet (or take those an earlier run created)."""
        created = self._record.facts.created if self._record is not None else {}
        noted = self._record.note_created if self._record is not None else _not_noted
        # a ListsClient is a ListMaker; Retrying is invariant because its client can change
        make_lists(requests, self.work.lists, created, noted)  # type: ignore[arg-type]

    def uploaded(self, rows: Iterable[int]) -> None:
        """``rows`` were uploaded: each joined the list its batch went to."""
        send_lists = self.work.send_lists
        for index in rows:
            target = send_lists.get(index)
            if target is not None:
                self.joined[target] += 1
                self.done += 1
        self._changed()

    def add(self, requests: Retrying[ListsClient], outcomes: Sequence[Outcome]) -> None:
        """Add each contact Sociocs holds to its other lists (skipping what an earlier run of
        this import had added or had refused)."""
        pending = self._pending(outcomes)

        def members(list_id: int, phones: list[str]) -> set[str]:
            # a ListsClient reads contacts; Retrying is invariant because its client can change
            return still_there(requests, phones, list_id)  # type: ignore[arg-type]

        callbacks = AddingCallbacks(self._before, self._added, self._refused, members)
        lists = self.work.lists
        # a ListsClient is a ListAdder; Retrying is invariant because its client can change
        add_to_lists(requests, pending, lists, self._phone_of, callbacks)  # type: ignore[arg-type]

    def not_added(self) -> int:
        """Memberships planned but neither confirmed nor refused (rows not in Sociocs, or not
        reached yet)."""
        return self.total - self.done - len(self.refused)

    def _pending(self, outcomes: Sequence[Outcome]) -> dict[int, list[int]]:
        """Target → the rows still to add to it; what an earlier run added or had refused is
        counted, not sent again."""
        journaled = self._record.facts if self._record is not None else ListFacts()
        pending: dict[int, list[int]] = {}
        for target, rows in self.work.additions.items():
            list_id = self.work.lists.list_id(target)
            added = journaled.added.get(list_id, set())
            waiting = []
            for index in rows:
                refusal = journaled.refused.get((list_id, index))
                if index in added:
                    self.joined[target] += 1
                    self.done += 1
                elif refusal is not None:
                    self.refused[target, index] = refusal
                elif outcomes[index] in IN_SOCIOCS:
                    waiting.append(index)
            if waiting:
                pending[target] = waiting
        self._changed()
        return pending

    def _before(self, list_id: int, rows: list[int]) -> None:
        if self._record is not None:
            self._record.note_adding(list_id, rows)

    def _added(self, target: int, rows: list[int]) -> None:
        if self._record is not None:
            self._record.note_added(self.work.lists.list_id(target), rows)
        self.joined[target] += len(rows)
        self.done += len(rows)
        self._changed()

    def _refused(self, target: int, refusals: Refusals) -> None:
        if not refusals:
            return
        name = self.work.lists.targets[target].name
        list_id = self.work.lists.list_id(target)
        for index, reason in refusals:
            message = self._refusal(index, name, reason)
            self.refused[target, index] = message
            if self._record is not None:
                self._record.note_refused(list_id, [index], message)
        self._changed()


def _not_noted(target: int, list_id: int, name: str) -> None:
    """Nothing is kept of a list created by an upload without a journal."""
