"""The lists of an import in words: which lists are created, and how many contacts each list
gets (for the command line; the wizard shows the same numbers on Confirm and Done)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from importer.cell_text import cell_text
from importer.i18n import _, format_count
from importer.lists.targets import ListCount
from importer.wording import plural


class UploadedLists(Protocol):
    """The part of an upload's summary about lists."""

    @property
    def list_refused(self) -> int:
        """Memberships Sociocs refused."""
        ...

    @property
    def list_missing(self) -> int:
        """Memberships not added."""
        ...


SHOWN_NAMES = 10
"""Lists named in one sentence; more are counted ("… and 4 more")."""
SHOWN_LISTS = 20
"""Lists given a line of their own; more are counted."""


def names_text(names: Sequence[str]) -> str:
    """ "VIP, Newsletter, Team" (at most :data:`SHOWN_NAMES`, then "and N more")."""
    shown = ", ".join(cell_text(name) for name in names[:SHOWN_NAMES])
    if len(names) > SHOWN_NAMES:
        shown += _(" and {n} more").format(n=format_count(len(names) - SHOWN_NAMES))
    return shown


def created_sentence(names: Sequence[str]) -> str:
    """'3 new lists will be created: VIP, Newsletter, Team.' ("" when none is)."""
    if not names:
        return ""
    return plural(
        len(names),
        "{n} new list will be created: {names}.",
        "{n} new lists will be created: {names}.",
        names=names_text(names),
    )


def many_groups_question(groups: int) -> str:
    """'This file names 212 groups — are they lists? Each group becomes a Sociocs list.'"""
    return plural(
        groups,
        "This file names {n} group — is it a list? Each group becomes a Sociocs list.",
        "This file names {n} groups — are they lists? Each group becomes a Sociocs list.",
    )


def list_line(count: ListCount) -> str:
    """'VIP (new list): 120 contacts, 120 join it.'"""
    kind = _("new list") if count.created else _("list {number}").format(number=count.list_id)
    contacts = plural(count.contacts, "{n} contact", "{n} contacts")
    return _("{list} ({kind}): {contacts}, {joining} join it.").format(
        list=cell_text(count.name),
        kind=kind,
        contacts=contacts,
        joining=format_count(count.joining),
    )


def lists_lines(counts: Sequence[ListCount]) -> list[str]:
    """The lists of a plan: which are created, then one line per list (at most
    :data:`SHOWN_LISTS`)."""
    created = created_sentence([count.name for count in counts if count.created])
    lines = [created] if created else []
    lines.append(_("Contacts per list:"))
    used = [count for count in counts if count.contacts or count.joining]
    lines.extend("  " + list_line(count) for count in used[:SHOWN_LISTS])
    if len(used) > SHOWN_LISTS:
        lines.append(
            "  " + plural(len(used) - SHOWN_LISTS, "… and {n} more list.", "… and {n} more lists.")
        )
    return lines


def lists_result_lines(
    counts: Sequence[ListCount], joined: Sequence[int], summary: UploadedLists
) -> list[str]:
    """What the upload did to the lists: the contacts Sociocs confirmed in each (created lists
    marked: only those that exist, an upload stopped before making one did not), and the
    memberships refused or not added."""
    made = [count.name for count in counts if count.created and count.list_id is not None]
    lines = []
    if made:
        lines.append(
            plural(
                len(made),
                "Created the list {names}.",
                "Created {n} lists: {names}.",
                names=names_text(made),
            )
        )
    added = [
        _("{list} {contacts}").format(list=cell_text(count.name), contacts=format_count(number))
        for count, number in zip(counts, joined, strict=True)
        if number
    ]
    if added:
        lines.append(_("Added to lists: {lists}.").format(lists=", ".join(added)))
    if summary.list_refused:
        lines.append(
            plural(
                summary.list_refused,
                "Sociocs refused {n} list membership (the report says which and why).",
                "Sociocs refused {n} list memberships (the report says which and why).",
            )
        )
    if summary.list_missing:
        lines.append(
            plural(
                summary.list_missing,
                "{n} list membership was not added: its contact is not in Sociocs (refused or "
                "not sent), or the upload stopped before.",
                "{n} list memberships were not added: their contacts are not in Sociocs "
                "(refused or not sent), or the upload stopped before.",
            )
        )
    return lines


def history_lists_text(lists: Sequence[Mapping[str, Any]]) -> str:
    """The lists of an import as the history keeps them: 'VIP (created) 120, Team 40' (a list
    it neither created nor added anyone to, as All Contacts for rows without a group, left
    out)."""
    parts = []
    for item in lists:
        if not item.get("created") and not item.get("contacts"):
            continue
        name = cell_text(item.get("name", ""))
        contacts = format_count(int(item.get("contacts") or 0))
        if item.get("created"):
            parts.append(_("{list} (created) {contacts}").format(list=name, contacts=contacts))
        else:
            parts.append(_("{list} {contacts}").format(list=name, contacts=contacts))
    return ", ".join(parts)
