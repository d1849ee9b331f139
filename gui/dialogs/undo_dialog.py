"""The question before an undo: what it will do, and what to do with contacts changed since.

Window-modal, opened with ``open()``, never ``exec()``; tests replace :meth:`UndoDialog.ask`.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget


class UndoAnswer(StrEnum):
    """What the user chose."""

    UNDO = "undo"
    """Undo, leaving contacts changed since the import as they are."""
    INSIST = "insist"
    """Undo those too (their later changes are lost)."""
    CANCEL = "cancel"


class UndoDialog(QDialog):
    """The undo's plan in sentences, with Undo / Undo those too / Cancel."""

    answered = Signal(str)
    """The :class:`UndoAnswer` picked (its value)."""

    def __init__(self, lines: list[str], left_alone: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undoDialog")
        self.setWindowTitle(self.tr("Undo this import"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._done = False
        text = QLabel("<br>".join(lines) or self.tr("The account is already as it was."), self)
        text.setObjectName("undoPlan")
        text.setWordWrap(True)
        text.setMinimumWidth(460)
        self.undo_button = QPushButton(self.tr("&Undo"), self)
        self.undo_button.setToolTip(
            self.tr("Undoes the import; contacts changed since are left as they are.")
        )
        self.insist_button = QPushButton(self.tr("Undo &those too"), self)
        self.insist_button.setToolTip(
            self.tr(
                "Also put back contacts changed in Sociocs since the import: those changes "
                "are lost."
            )
        )
        self.cancel_button = QPushButton(self.tr("&Cancel"), self)
        self.cancel_button.setToolTip(self.tr("Nothing is undone."))
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.insist_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.insist_button.setVisible(left_alone > 0)  # after addButton, which shows it
        self.undo_button.clicked.connect(self._undo)
        self.insist_button.clicked.connect(self._insist)
        self.cancel_button.clicked.connect(self.reject)
        self.undo_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        lines: list[str],
        left_alone: int,
        on_answer: Callable[[UndoAnswer], None],
    ) -> UndoDialog:
        """Show the plan; ``on_answer`` gets the choice exactly once."""
        dialog = cls(lines, left_alone, parent)
        dialog.answered.connect(lambda value: on_answer(UndoAnswer(value)))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    @Slot()
    def _undo(self) -> None:
        self._answer(UndoAnswer.UNDO)

    @Slot()
    def _insist(self) -> None:
        self._answer(UndoAnswer.INSIST)

    def reject(self) -> None:
        """Escape, Cancel or the window's close button: nothing is undone."""
        self._answer(UndoAnswer.CANCEL)

    def _answer(self, answer: UndoAnswer) -> None:
        if self._done:
            return
        self._done = True
        self.answered.emit(answer.value)
        self.done(
            QDialog.DialogCode.Rejected
            if answer is UndoAnswer.CANCEL
            else QDialog.DialogCode.Accepted
        )
