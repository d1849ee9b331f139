"""Typed errors whose messages are written for the person using the program.

Every error raised on purpose by the engine derives from :class:`ImporterError`. Its
``str()`` is a plain-language sentence that names the file, sheet, row and column where they
apply, followed by what to do about it. The GUI shows it as is; the CLI prints it on stderr.
"""

from __future__ import annotations

from pathlib import Path

from importer.i18n import _


class ImporterError(Exception):
    """A problem the user can understand and act on."""

    def __init__(self, message: str, *, hint: str = "") -> None:
        self.message = message
        self.hint = hint
        super().__init__(self.user_text())

    def user_text(self) -> str:
        """The message followed by the hint, as one paragraph."""
        return f"{self.message} {self.hint}".strip()


class SourceError(ImporterError):
    """The spreadsheet cannot be read (or one sheet, row or cell of it)."""

    def __init__(
        self,
        path: str | Path,
        message: str,
        *,
        hint: str = "",
        sheet: str | None = None,
        row: int | None = None,
        column: str | None = None,
    ) -> None:
        self.path = Path(path)
        self.sheet = sheet
        self.row = row
        self.column = column
        super().__init__(
            _("{place}: {problem}").format(place=self.location(), problem=message), hint=hint
        )

    def location(self) -> str:
        """Where the problem is: file name, then sheet, row and column when known."""
        parts = [_('"{file}"').format(file=self.path.name)]
        if self.sheet is not None:
            parts.append(_('sheet "{sheet}"').format(sheet=self.sheet))
        if self.row is not None:
            parts.append(_("row {row}").format(row=self.row))
        if self.column is not None:
            parts.append(_("column {column}").format(column=self.column))
        return _(", ").join(parts)


class EncryptedFileError(SourceError):
    """The workbook is protected with a password."""


class CorruptFileError(SourceError):
    """The file is damaged or truncated."""


class EmptyFileError(SourceError):
    """The file, or the chosen sheet, holds no data."""


class UnsupportedFormatError(SourceError):
    """The file is of a kind the program cannot read (or not what its extension says)."""


class ResourceLimitError(SourceError):
    """The file would need more memory or time than is safe (e.g. a zip bomb)."""


class MappingError(ImporterError):
    """The column choices are incomplete or contradictory (e.g. no phone column)."""


class CancelledError(ImporterError):
    """The user stopped a long operation."""

    def __init__(self, message: str = "") -> None:
        super().__init__(message or _("Stopped at your request."))
