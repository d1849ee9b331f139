"""Creating the lists an import needs, at the start of its upload (``POST /lists``).

Creating a list is not idempotent: sent twice, it makes two lists. So before creating, the
account's lists are read once: a list of that name made since the comparison (by an earlier run
of this import that was stopped before it could note it, say) is taken as it is; and a creation
whose answer was lost is retried only after reading the lists again. A list counts as made
only on Sociocs's documented success answer; any other answer confirms nothing, so the lists
are read back and a list of that name is taken only if it now exists
(:func:`create_list_confirmed`). Each list is noted in the
import's journal as soon as it exists, so a resumed import and the undo know it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from importer.api.errors import ApiError, BatchRejectedError, ListNotConfirmedError
from importer.api.models import ContactList
from importer.groups.names import list_key
from importer.i18n import _
from importer.jobs.retrying import Retrying
from importer.jobs.stops import StopKind, StopRun
from importer.lists.targets import GroupLists


class ListMaker(Protocol):
    """The part of :class:`importer.api.client.SociocsClient` creating lists uses."""

    def lists(self) -> list[ContactList]:
        """The account's lists."""
        ...

    def create_list(self, name: str) -> ContactList:
        """Create a list and return it with its id."""
        ...


Noted = Callable[[int, int, str], None]
"""Called with (target, new list id, name) once a list exists."""


def make_lists(
    requests: Retrying[ListMaker], lists: GroupLists, created: dict[int, int], noted: Noted
) -> None:
    """Give every target of ``lists`` an id: the one ``created`` records (target → id, from
    an earlier run of this import), a list of that name the account holds now, else a new
    list; ``noted`` is told of each list found or made. Raises ``StopRun`` when Sociocs
    refuses a name (nothing was sent to any list yet)."""
    missing = lists.to_create()
    for target in [t for t in missing if t in created]:
        lists.targets[target].list_id = created[target]
    missing = [t for t in missing if t not in created]
    if not missing:
        return
    existing = {list_key(found.name): found for found in requests.call(_read_lists)}
    for target in missing:
        name = lists.targets[target].name
        found = existing.get(list_key(name)) or _create(requests, name)
        existing[list_key(found.name)] = found
        lists.targets[target].list_id = found.id
        noted(target, found.id, name)


def _read_lists(client: ListMaker) -> list[ContactList]:
    return client.lists()


def _create(requests: Retrying[ListMaker], name: str) -> ContactList:
    """A new list named ``name`` (none is, yet); a retry first looks whether the try before
    made it after all."""
    tries = 0

    def create(client: ListMaker) -> ContactList:
        nonlocal tries
        tries += 1
        made = _named(client, name) if tries > 1 else None
        return made or create_list_confirmed(client, name)

    try:
        return requests.call(create)
    except BatchRejectedError as exc:
        raise StopRun(StopKind.API_ERROR, refused_list_message(name, exc.messages)) from exc


def create_list_confirmed(client: ListMaker, name: str) -> ContactList:
    """The list ``POST /lists`` creates under ``name``. When Sociocs's answer does not confirm
    it (:class:`ListNotConfirmedError`), the account's lists are read back: the list of that
    name is taken if it now exists; :class:`ListNotCreatedError` is raised if it does not."""
    try:
        return client.create_list(name)
    except ListNotConfirmedError as exc:
        made = _named(client, name)
        if made is None:
            raise ListNotCreatedError(name, exc.shown) from exc
        return made


def _named(client: ListMaker, name: str) -> ContactList | None:
    """The account's list named ``name`` (as :func:`list_key` compares names), if any."""
    return next((f for f in client.lists() if list_key(f.name) == list_key(name)), None)


class ListNotCreatedError(ApiError):
    """Sociocs's answer to ``POST /lists`` confirmed nothing and the list does not exist."""

    def __init__(self, name: str, shown: str) -> None:
        super().__init__(
            _(
                'Sociocs did not confirm that it created the list "{list}" (it answered '
                "{shown}), and its lists, read back, hold no list of that name: the list was "
                "not created."
            ).format(list=name, shown=shown),
            hint=_("Try again in a few minutes."),
        )


def refused_list_message(name: str, messages: list[str]) -> str:
    """Why the upload stops when Sociocs refuses to create a list."""
    return _(
        'Sociocs refused to create the list "{list}": {message} No contact was sent. Rename '
        "that group in the file, then import again."
    ).format(list=name, message="; ".join(messages))
