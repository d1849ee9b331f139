"""What the user is told about an exception: an :class:`~importer.errors.ImporterError`'s plain
text, a generic sentence for any other (a bug); and the details "Copy details" puts on the
clipboard, with the API key hidden. :func:`gui.dialogs.message_boxes.show_error` is the one
funnel that shows them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from gui.language import QT_TRANSLATE_NOOP
from gui.log_file import scrub
from importer.errors import ImporterError

UNEXPECTED_TEXT = QT_TRANSLATE_NOOP(
    "ErrorDialog",
    "Something went wrong that the program did not expect. Nothing was sent to Sociocs "
    'because of it. Please try again; if it happens again, click "Copy details" and send '
    "the text to your IT contact.",
)
"""Said about an exception that is not an ImporterError (translated where shown)."""


def user_text(exc: BaseException) -> str:
    """What to tell the user about ``exc``, in plain words."""
    if isinstance(exc, ImporterError):
        return scrub(exc.user_text())
    return QCoreApplication.translate("ErrorDialog", UNEXPECTED_TEXT)


def error_details(exc: BaseException) -> str:
    """Type and message of ``exc`` for "Copy details", with the API key hidden."""
    return scrub(f"{type(exc).__module__}.{type(exc).__qualname__}: {exc}")
