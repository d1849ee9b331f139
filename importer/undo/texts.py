"""What the undo says to people: whole sentences with named placeholders, singular or plural
as the count needs."""

from __future__ import annotations

from importer.i18n import _, format_count
from importer.jobs.progress import JobState
from importer.undo.engine import UndoProgress, UndoStage
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
    if plan.left_alone:
        lines.append(
            plural(
                len(plan.left_alone),
                "{n} contact changed in Sociocs after the import and is left as it is.",
                "{n} contacts changed in Sociocs after the import and are left as they are.",
            )
        )
    return lines
