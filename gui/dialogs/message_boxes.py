"""The program's message boxes: an error with "Copy details", and a yes/no question; and the
one funnel from an exception to its box (:func:`show_error`).

Every box is opened with ``open()``, never ``exec()``: no nested event loop, so a test or a
smoke run never hangs on one; a question's answer goes to a callback. Tests replace
:meth:`ErrorDialog.show` and :meth:`ConfirmDialog.ask`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from gui.errors import error_details, user_text
from importer.errors import CancelledError, ImporterError

log = logging.getLogger(__name__)


class ErrorDialog:
    """Creates error message boxes; tests replace :meth:`show` to record calls."""

    @classmethod
    def show(cls, parent: QWidget | None, title: str, text: str, details: str) -> QMessageBox:
        """Open a non-blocking warning box with OK and a "Copy details" button."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok)
        box.setParent(parent, box.windowFlags())
        box.setObjectName("errorDialog")
        copy_button = box.addButton(
            QCoreApplication.translate("ErrorDialog", "&Copy details"),
            QMessageBox.ButtonRole.ActionRole,
        )
        _keep_open_on_click(copy_button)
        copy_button.clicked.connect(_DetailsCopier(details, copy_button).copy)
        box.setDefaultButton(QMessageBox.StandardButton.Ok)
        box.open()
        return box


class _DetailsCopier(QObject):
    """Puts the details text on the clipboard (a child of its button, which keeps it alive)."""

    def __init__(self, details: str, button: QPushButton) -> None:
        super().__init__(button)
        self.details = details
        self.button = button

    @Slot()
    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.button.setText(QCoreApplication.translate("ErrorDialog", "Copied"))


def _keep_open_on_click(button: QPushButton) -> None:
    """Stop QMessageBox from closing itself when ``button`` is clicked."""
    button.clicked.disconnect()


class ConfirmDialog:
    """Yes/no questions, asked window-modal without blocking; tests replace :meth:`ask`."""

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        title: str,
        text: str,
        yes: str,
        no: str,
        on_answer: Callable[[bool], None],
    ) -> QMessageBox:
        """Ask ``text``; ``on_answer`` gets True once, when the user picks ``yes`` (False for
        ``no``, Escape or the close box). The safe answer, ``no``, is the default button."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
        box.setObjectName("confirmDialog")
        yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no_button)
        box.setEscapeButton(no_button)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result: on_answer(box.clickedButton() is yes_button))
        box.open()
        return box


def show_error(parent: QWidget | None, exc: BaseException, title: str = "") -> None:
    """Show ``exc`` to the user (nothing for a cancellation they asked for) and log it; the
    title says what failed ("Problem" when not given)."""
    if isinstance(exc, CancelledError):
        return
    details = error_details(exc)
    if isinstance(exc, ImporterError):
        log.info("Shown to the user: %s", details)
    else:
        log.error("Unexpected error: %s", details, exc_info=exc)
    title = title or QCoreApplication.translate("ErrorDialog", "Problem")
    ErrorDialog.show(parent, title, user_text(exc), details)
