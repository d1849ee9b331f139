"""What the undo says to people: whole sentences with named placeholders, singular or plural
as the count needs."""

from __future__ import annotations

from collections.abc import Sequence

from importer.i18n import _, format_count
from importer.jobs.progress import JobState
from importer.lists.texts import names_text
from importer.undo.engine import UndoProgress, UndoStage
from importer.undo.list_undo import CreatedList
from importer.undo.undo_plan import UndoPlan
from importer.wording import plural


def undo_progress_text(progress: UndoProgress) -> str:
    """One line for the undo's progress (the countdown while waiting)."""
    if progress.state is JobState.WAITING and progress.wait is not None:
        return progress.wait.message
    if progress.stage is UndoStage.READING:
        read = progress.read.contacts_read if progress.read is not None else 0
        text = plural(
            read,
            "Undo: reading what Sociocs holds now ({n} contact read).",
            "Undo: reading what Sociocs holds now ({n} contacts read).",
        )
    else:
        text = plural(
            progress.total,
            "Undo: {done} of {n} contact undone.",
            "Undo: {done} of {n} contacts undone.",
            done=format_count(progress.done),
        )
    if progress.state is JobState.PAUSED:
        return _("{text} (paused)").format(text=text)
    return text


def undo_plan_lines(plan: UndoPlan) -> list[str]:
    """What the undo will do, in sentences."""
    lines = []
    if plan.delete:
        lines.append(
            plural(
                len(plan.delete),
                "{n} contact the import created will be deleted.",
                "{n} contacts the import created will be deleted.",
            )
        )
    if plan.restore:
        lines.append(
            plural(
                len(plan.restore),
                "{n} contact the import changed will get its earlier name and fields back.",
                "{n} contacts the import changed will get their earlier name and fields back.",
            )
        )
    if plan.unlist:
        lines.append(
            plural(
                len(plan.unlist),
                "{n} contact the import added to the list will be taken out of it.",
                "{n} contacts the import added to the list will be taken out of it.",
            )
        )
    if plan.leave:
        lines.append(
            plural(
                len(plan.leave),
                "{n} list membership the import added will be taken out (the contact leaves "
                "that list).",
                "{n} list memberships the import added will be taken out (each contact leaves "
                "that list).",
            )
        )
    if plan.left_alone:
        lines.append(
            plural(
                len(plan.left_alone),
                "{n} contact changed in Sociocs after the import and is left as it is.",
                "{n} contacts changed in Sociocs after the import and are left as they are.",
            )
        )
    if plan.created_lists:
        lines.append(created_lists_sentence(plan.created_lists))
    return lines


def created_lists_sentence(created: Sequence[CreatedList]) -> str:
    """What the undo says of the lists the import created: they stay (the program never
    deletes a list), and — once read after the undo — which are empty now."""
    names = [made.name for made in created]
    said = plural(
        len(names),
        "The import created the list {names}. It is not deleted: the program never deletes a "
        "list (in Sociocs, deleting a list deletes its contacts too).",
        "The import created the lists {names}. They are not deleted: the program never "
        "deletes a list (in Sociocs, deleting a list deletes its contacts too).",
        names=names_text(names),
    )
    empty = [made.name for made in created if made.empty]
    full = [made.name for made in created if made.empty is False]
    if empty:
        said += " " + plural(
            len(empty),
            "{names} is empty now: delete it in Sociocs if you no longer need it.",
            "Empty now: {names}. Delete them in Sociocs if you no longer need them.",
            names=names_text(empty),
        )
    if full:
        said += " " + plural(
            len(full),
            "{names} still holds contacts that were put in it after the import.",
            "These still hold contacts that were put in them after the import: {names}.",
            names=names_text(full),
        )
    return said
