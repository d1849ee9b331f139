"""Which Sociocs list `contact-importer upload` sends to: ``--list-id N`` or ``--list NAME``."""

from __future__ import annotations

from dataclasses import dataclass

from importer.api.client import SociocsClient
from importer.api.models import ContactList
from importer.errors import ImporterError
from importer.i18n import _
from importer.lists.making import create_list_confirmed

ALL_CONTACTS = 0


class ListChoiceError(ImporterError):
    """The list given on the command line does not exist or is ambiguous."""


@dataclass(frozen=True)
class Target:
    """The list to send to; ``list_id`` is None until a list to be created is created."""

    list_id: int | None
    name: str

    def describe(self) -> str:
        """ "Newsletter" (list 10001), or "Newsletter" (a new list)."""
        if self.list_id is None:
            return _('"{list}" (a new list)').format(list=self.name)
        return _('"{list}" (list {number})').format(list=self.name, number=self.list_id)


def find_target(
    client: SociocsClient, list_id: int | None, name: str | None, *, create: bool
) -> Target:
    """The list chosen by id or by name (raises :class:`ListChoiceError` if unusable)."""
    if list_id is not None:
        return _by_id(client, list_id)
    assert name is not None
    matches = [item for item in client.lists() if item.name.strip().casefold() == _key(name)]
    if len(matches) > 1:
        ids = ", ".join(str(item.id) for item in matches)
        raise ListChoiceError(
            _('Several Sociocs lists are named "{name}" (ids {ids}).').format(name=name, ids=ids),
            hint=_("Choose one with --list-id N."),
        )
    if matches:
        return Target(matches[0].id, matches[0].name)
    if create:
        return Target(None, name.strip())
    raise ListChoiceError(
        _('There is no Sociocs list named "{name}".').format(name=name),
        hint=_("Pass --create-list to create it, or see the lists with `contact-importer lists`."),
    )


def created(client: SociocsClient, target: Target) -> Target:
    """``target`` with an id, creating the list (``POST /lists``) when it has none yet."""
    if target.list_id is not None:
        return target
    new: ContactList = create_list_confirmed(client, target.name)
    return Target(new.id, target.name)


def _by_id(client: SociocsClient, list_id: int) -> Target:
    if list_id == ALL_CONTACTS:
        return Target(ALL_CONTACTS, "All Contacts")
    lists = client.lists()
    for item in lists:
        if item.id == list_id:
            return Target(list_id, item.name)
    if not lists:  # the list of lists is undocumented: trust the id when none could be read
        return Target(list_id, _("list {number}").format(number=list_id))
    raise ListChoiceError(
        _("There is no Sociocs list with id {list_id}.").format(list_id=list_id),
        hint=_("See the lists with `contact-importer lists`, or use --list-id 0 for All Contacts."),
    )


def _key(name: str) -> str:
    return name.strip().casefold()
