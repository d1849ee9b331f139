"""The error for a damaged workbook: a plain sentence and hint; the reader's detail is logged."""

from __future__ import annotations

import logging
from pathlib import Path

from importer.errors import CorruptFileError
from importer.i18n import N_, _

logger = logging.getLogger(__name__)

WORKBOOK_DAMAGED = N_("The workbook is damaged and cannot be read.")
SHEET_DAMAGED = N_("This sheet is damaged.")
RESAVE_HINT = N_("Open it in Excel or LibreOffice, save it again, and try again.")


def damaged(
    path: Path,
    cause: BaseException,
    *,
    message: str = "",
    hint: str = "",
    sheet: str | None = None,
) -> CorruptFileError:
    """A :class:`CorruptFileError` for ``path`` without the technical ``cause`` in its text.

    The cause (e.g. "File not found '_rels/.rels'") goes to the debug log only.
    """
    logger.debug("%s is damaged: %s: %s", path.name, type(cause).__name__, cause)
    return CorruptFileError(
        path, message or _(WORKBOOK_DAMAGED), hint=hint or _(RESAVE_HINT), sheet=sheet
    )
