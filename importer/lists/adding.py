"""Adding contacts already in Sociocs to more lists (``POST /contacts/add-to-list``), in
chunks, each noted before it is sent and once Sociocs confirmed it.

A contact is uploaded once, to the first list it joins; the other lists it joins, and every
list an unchanged contact joins, are additions. The endpoint's limit is not documented:
:data:`ADD_TO_LIST_CHUNK` numbers a request. Answers are judged as every write's
(:mod:`importer.jobs.writes`): a chunk counts as added only on the documented success answer;
one Sociocs refuses is split in halves until each refused number stands alone with its
message; after any other answer the list is read back and only the numbers it holds count,
the others are sent again.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from importer.api.models import WriteAnswer
from importer.jobs.batches import plan_batches
from importer.jobs.retrying import Retrying
from importer.jobs.writes import ReadBack, Refusals, write_in_parts
from importer.lists.targets import GroupLists

ADD_TO_LIST_CHUNK = 1_000
"""Numbers per ``POST /contacts/add-to-list``. Sociocs documents no limit for this endpoint;
1,000 is the most it documents for any request about contacts but the bulk upload (a page of
``GET /contacts``), about 17 KB of numbers: far below what a server refuses as too large, few
enough that a refused chunk is split in at most 20 requests, and 20,000 memberships still take
only 20 requests."""


class ListAdder(Protocol):
    """The part of :class:`importer.api.client.SociocsClient` the additions use."""

    def add_to_list(self, list_id: int, phones: Sequence[str]) -> WriteAnswer:
        """Add the contacts with ``phones`` to ``list_id``; the answer, unjudged."""
        ...


@dataclass(frozen=True)
class ListWork:
    """What an upload does to lists: ``lists`` (those still without an id are created at its
    start), the list each row's upload goes to (``send_lists``: row → target; rows absent go
    to All Contacts) and the rows added to each list after it (``additions``: target → rows)."""

    lists: GroupLists
    send_lists: Mapping[int, int]
    additions: Mapping[int, list[int]]

    def list_of(self, index: int) -> int:
        """The id of the list row ``index``'s upload goes to (0: All Contacts)."""
        target = self.send_lists.get(index)
        return 0 if target is None else self.lists.list_id(target)

    def total(self) -> int:
        """Every membership the upload adds: by uploading to a list, and by additions."""
        return len(self.send_lists) + sum(map(len, self.additions.values()))


@dataclass(frozen=True)
class AddingCallbacks:
    """What the additions tell their caller, and how they read a list back:
    ``before(list_id, rows)`` before each request, ``added(target, rows)`` for rows Sociocs
    confirmed, ``refused(target, refusals)``; ``members(list_id, phones)`` reads which of
    ``phones`` the list holds now."""

    before: Callable[[int, list[int]], None]
    added: Callable[[int, list[int]], None]
    refused: Callable[[int, Refusals], None]
    members: Callable[[int, list[str]], Collection[str]]


def add_to_lists(
    requests: Retrying[ListAdder],
    work: Mapping[int, list[int]],
    lists: GroupLists,
    phone_of: Callable[[int], str],
    told: AddingCallbacks,
) -> None:
    """Add the rows of ``work`` (target → rows) to their lists, chunk by chunk."""
    for target, rows in work.items():
        for chunk in plan_batches(rows, ADD_TO_LIST_CHUNK):
            requests.checkpoint()
            _add_chunk(requests, target, lists.list_id(target), chunk, phone_of, told)


def _add_chunk(
    requests: Retrying[ListAdder],
    target: int,
    list_id: int,
    chunk: list[int],
    phone_of: Callable[[int], str],
    told: AddingCallbacks,
) -> None:
    """Add the rows of ``chunk`` to ``list_id`` (the list ``target``), split when refused."""
    told.before(list_id, chunk)

    def write(part: list[int]) -> WriteAnswer:
        phones = [phone_of(index) for index in part]
        return requests.call(lambda client: client.add_to_list(list_id, phones))

    def accepted(part: list[int]) -> None:
        told.added(target, part)

    def refused(found: Refusals) -> None:
        told.refused(target, found)

    def held(part: list[int]) -> set[int]:
        there = set(told.members(list_id, [phone_of(index) for index in part]))
        return {index for index in part if phone_of(index) in there}

    read_back = ReadBack(held, requests.before_retry)
    write_in_parts(chunk, write, accepted=accepted, refused=refused, read_back=read_back)
