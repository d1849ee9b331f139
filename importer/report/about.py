"""What a report says about the import as a whole: the file, the list, when, and whether the
user confirmed that the contacts agreed to be contacted (the .xlsx report's second sheet)."""

from __future__ import annotations

from datetime import datetime

from importer.choices import ImportChoices
from importer.i18n import N_, _

ABOUT_SHEET_TITLE = N_("About this import")
"""The untranslated title of the second sheet (translated where written)."""


def about_import(choices: ImportChoices, when: datetime) -> list[tuple[str, str]]:
    """(what, value) lines describing the import made with ``choices`` at ``when``."""
    target = choices.list_name or (
        "" if choices.list_id is None else _("list {number}").format(number=choices.list_id)
    )
    consent = (
        _("Yes — confirmed before the upload by the person who ran it")
        if choices.consent_confirmed
        else _("Not confirmed")
    )
    return [
        (_("File"), str(choices.path)),
        (_("Sheet"), choices.sheet or ""),
        (_("List"), target),
        (_("Date"), f"{when:%Y-%m-%d %H:%M}"),
        (_("The contacts agreed to be contacted by this account"), consent),
    ]
