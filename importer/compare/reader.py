"""Reading the contacts an import may touch from Sociocs, with the fewest requests.

No documented endpoint returns one contact by its number, so the reader either pages through
``GET /contacts`` (1,000 a request, stopping once every number was found) or searches number by
number (``GET /contacts/search``), whichever needs fewer requests (:mod:`.strategy`). A list
other than All Contacts is read first, whole: contact objects do not say which lists a contact
is in; when that list turns out to hold every contact (one probe of All Contacts past its size
says so), nothing more is read. Every request goes through
:class:`~importer.jobs.retrying.Retrying`.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from importer.api.client import MAX_PAGE, MAX_SEARCH
from importer.api.contacts import Contact, ContactPage
from importer.api.models import ContactList
from importer.compare.snapshot import AccountSnapshot, ReadMethod
from importer.compare.strategy import search_is_cheaper
from importer.jobs.retrying import Retrying

ALL_CONTACTS = 0


class ContactReader(Protocol):
    """The part of :class:`importer.api.client.SociocsClient` the reader uses."""

    def contacts_page(self, list_id: int, offset: int, limit: int = MAX_PAGE) -> ContactPage:
        """One page of a list's contacts, by id."""
        ...

    def search_contacts(self, query: str, offset: int = 0, limit: int = MAX_SEARCH) -> ContactPage:
        """Contacts whose name or number holds ``query``."""
        ...

    def lists(self) -> list[ContactList]:
        """The account's contact lists."""
        ...


class ReadStage(StrEnum):
    """What the reader is doing."""

    LIST = "list"
    """Reading the import's list (to know who is in it)."""
    ACCOUNT = "account"
    """Reading every contact page by page."""
    SEARCH = "search"
    """Looking numbers up one by one."""


@dataclass(frozen=True, slots=True)
class ReadStep:
    """Where the reading stands after a request."""

    stage: ReadStage
    contacts_read: int
    numbers_found: int
    numbers_total: int
    searched: int
    to_search: int
    requests: int


class AccountReader:
    """Reads the existing contacts among some numbers; ``on_step`` follows each request."""

    def __init__(
        self, requests: Retrying[ContactReader], on_step: Callable[[ReadStep], None]
    ) -> None:
        self._requests = requests
        self._on_step = on_step
        self._snapshot = AccountSnapshot()
        self._wanted: set[str] = set()
        self._stage = ReadStage.ACCOUNT
        self._searched = 0
        self._to_search = 0

    def read(
        self, phones: Collection[str], list_id: int | None, *, members_only: bool = False
    ) -> AccountSnapshot:
        """The contacts among ``phones`` that exist, and which are in ``list_id`` (None: a list
        still to be created, so empty; 0: All Contacts). ``members_only``: of a list other
        than All Contacts, only its members are wanted (the rest of the account is not read)."""
        self._snapshot = AccountSnapshot(in_list=None if list_id == ALL_CONTACTS else set())
        self._wanted = set(phones)
        if list_id not in (None, ALL_CONTACTS) and (self._read_list(list_id) or members_only):
            return self._snapshot
        missing = self._wanted - self._snapshot.contacts.keys()
        if missing:
            self._read_account(missing)
        return self._snapshot

    def read_lists(self) -> list[ContactList]:
        """The account's lists (``GET /lists``), kept in the snapshot."""
        found = self._requests.call(lambda client: client.lists())
        self._snapshot.lists = found
        self._snapshot.requests += 1
        return found

    def read_members(self, list_ids: Collection[int]) -> None:
        """After :meth:`read`: which of the numbers each of ``list_ids`` holds (every page of
        each list, one request per 1,000 members), kept in the snapshot's ``members``."""
        self._stage = ReadStage.LIST
        for list_id in list_ids:
            members = self._snapshot.members.setdefault(list_id, set())
            for _, found in self._pages(list_id, 0):
                members.update(contact.phone for contact in found)
        self._stage = ReadStage.ACCOUNT

    def _read_list(self, list_id: int) -> bool:
        """Read the whole list; True when it holds every contact of the account (one probe of
        All Contacts past the list's size tells), so nothing else needs reading."""
        self._stage = ReadStage.LIST
        in_list = self._snapshot.in_list
        assert in_list is not None
        size = 0
        for page, found in self._pages(list_id, 0):
            size += page.size
            in_list.update(contact.phone for contact in found)
        self._stage = ReadStage.ACCOUNT
        missing = self._wanted - in_list
        return bool(missing) and not self._exists(size)

    def _read_account(self, missing: set[str]) -> None:
        if len(missing) > 1:
            first, found = self._page(ALL_CONTACTS, 0, MAX_PAGE)
            missing -= {contact.phone for contact in found}
            if first.size < MAX_PAGE or not missing:
                return
            if not search_is_cheaper(len(missing), self._exists):
                for _, found in self._pages(ALL_CONTACTS, MAX_PAGE):
                    missing -= {contact.phone for contact in found}
                    if not missing:
                        return
                return
        self._search_each(missing)

    def _pages(self, list_id: int, offset: int) -> Iterator[tuple[ContactPage, list[Contact]]]:
        """Every page of ``list_id`` from ``offset`` on (the caller may stop early)."""
        while True:
            page, found = self._page(list_id, offset, MAX_PAGE)
            yield page, found
            if page.size < MAX_PAGE:
                return
            offset += MAX_PAGE

    def _exists(self, offset: int) -> bool:
        """Whether All Contacts holds a contact at ``offset`` (a one-contact request)."""
        return self._page(ALL_CONTACTS, offset, 1)[0].size > 0

    def _page(self, list_id: int, offset: int, limit: int) -> tuple[ContactPage, list[Contact]]:
        page = self._requests.call(lambda client: client.contacts_page(list_id, offset, limit))
        return page, self._absorb(page)

    def _search_each(self, missing: set[str]) -> None:
        self._snapshot.method = ReadMethod.SEARCH
        self._stage = ReadStage.SEARCH
        self._to_search = len(missing)
        for phone in sorted(missing):
            if phone not in self._snapshot.contacts:
                self._search(phone)
            self._searched += 1
            self._step()

    def _search(self, phone: str) -> None:
        offset = 0
        query = phone.lstrip("+")
        while True:
            page = self._requests.call(_search_request(query, offset))
            self._absorb(page)
            if phone in self._snapshot.contacts or page.size < MAX_SEARCH:
                return
            offset += MAX_SEARCH

    def _absorb(self, page: ContactPage) -> list[Contact]:
        """Keep the page's contacts among the wanted numbers; returns them."""
        snapshot = self._snapshot
        found = page.contacts(self._wanted)
        snapshot.requests += 1
        snapshot.contacts_read += page.size
        snapshot.unusable += page.unusable()
        for contact in found:
            snapshot.contacts[contact.phone] = contact
        self._step()
        return found

    def _step(self) -> None:
        snapshot = self._snapshot
        self._on_step(
            ReadStep(
                stage=self._stage,
                contacts_read=snapshot.contacts_read,
                numbers_found=len(snapshot.contacts),
                numbers_total=len(self._wanted),
                searched=self._searched,
                to_search=self._to_search,
                requests=snapshot.requests,
            )
        )


def _search_request(query: str, offset: int) -> Callable[[ContactReader], ContactPage]:
    return lambda client: client.search_contacts(query, offset, MAX_SEARCH)
