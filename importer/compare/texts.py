"""What the comparison says to people: whole sentences with named placeholders
(so they can be translated), with the singular or plural form the count needs."""

from __future__ import annotations

from typing import Any

from importer.cell_text import LONGEST_WHOLE, cell_text
from importer.compare.changes import ContactChange
from importer.compare.engine import CompareProgress
from importer.compare.reader import ReadStage
from importer.i18n import _, format_count
from importer.jobs.progress import JobState
from importer.wording import plural


def shown(value: Any, longest: int = LONGEST_WHOLE) -> str:
    """A value in quotes as the file shows it (cut when longer than ``longest``), or
    "(empty)"."""
    if value is None or value == "":
        return _("(empty)")
    return _("“{value}”").format(value=cell_text(value, longest))


def change_text(change: ContactChange, longest: int = LONGEST_WHOLE) -> str:
    """What an update does to a contact, in sentences (values longer than ``longest`` cut)."""
    parts = []
    if change.name is not None:
        old_name, new_name = (shown(name, longest) for name in change.name)
        parts.append(_("Name: {old} → {new}.").format(old=old_name, new=new_name))
    for key, (old, new) in change.fields.items():
        parts.append(
            _("{field}: {old} → {new}.").format(
                field=key, old=shown(old, longest), new=shown(new, longest)
            )
        )
    if change.lost:
        fields = ", ".join(change.lost)
        parts.append(
            plural(
                len(change.lost), "Field lost: {fields}.", "Fields lost: {fields}.", fields=fields
            )
        )
    if change.list_added:
        parts.append(_("Joins the list."))
    return " ".join(parts)


def compare_progress_text(progress: CompareProgress) -> str:
    """One line for the comparison's progress (the countdown while waiting)."""
    if progress.state is JobState.WAITING and progress.wait is not None:
        return progress.wait.message
    step = progress.step
    if step is None:
        text = _("Comparing with Sociocs…")
    elif step.stage is ReadStage.SEARCH:
        text = plural(
            step.to_search,
            "Comparing with Sociocs: looked up {done} of {n} number.",
            "Comparing with Sociocs: looked up {done} of {n} numbers.",
            done=format_count(step.searched),
        )
    elif step.stage is ReadStage.LIST:
        text = plural(
            step.contacts_read,
            "Comparing with Sociocs: reading the list ({n} contact read).",
            "Comparing with Sociocs: reading the list ({n} contacts read).",
        )
    else:
        text = plural(
            step.contacts_read,
            "Comparing with Sociocs: {n} contact read, {found} of {total} numbers found.",
            "Comparing with Sociocs: {n} contacts read, {found} of {total} numbers found.",
            found=format_count(step.numbers_found),
            total=format_count(step.numbers_total),
        )
    if progress.state is JobState.PAUSED:
        return _("{text} (paused)").format(text=text)
    return text
