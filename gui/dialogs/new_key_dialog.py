"""Asked when Sociocs refuses the API key in the middle of an upload: enter a new one and go on.

Window-modal, opened with ``open()``; tests replace :meth:`NewKeyDialog.ask`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class NewKeyDialog(QDialog):
    """A masked key field with Continue / Stop and save progress."""

    answered = Signal(str)
    """The new key, or "" when the user stops (no None through signals: PySide6 miscounts
    None's references)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newKeyDialog")
        self.setWindowTitle(self.tr("The API key was refused"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._done = False
        self._on_answer: Callable[[str | None], None] | None = None
        text = QLabel(
            self.tr(
                "Sociocs no longer accepts the API key (it may have been deleted or replaced). "
                "Everything sent so far is kept. Paste a new key to continue, or stop and "
                "continue later. You find the key in the Sociocs web app under Profile & "
                "settings → API."
            ),
            self,
        )
        text.setWordWrap(True)
        text.setMinimumWidth(440)
        self.key_edit = QLineEdit(self)
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setAccessibleName(self.tr("New API key"))
        self.key_edit.setPlaceholderText(self.tr("Paste the new API key here"))
        form = QFormLayout()
        label = QLabel(self.tr("New API &key:"), self)
        label.setBuddy(self.key_edit)
        form.addRow(label, self.key_edit)
        self.continue_button = QPushButton(self.tr("&Continue"), self)
        self.continue_button.setDefault(True)
        self.continue_button.setEnabled(False)
        self.stop_button = QPushButton(self.tr("&Stop and save progress"), self)
        self.continue_button.setAccessibleDescription(
            self.tr("Goes on with the upload using this key.")
        )
        self.stop_button.setAccessibleDescription(
            self.tr("Stops the upload; what was sent is kept and it can be continued later.")
        )
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.continue_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.stop_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.key_edit.textChanged.connect(self._key_changed)
        self.continue_button.clicked.connect(self._continue)
        self.stop_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, on_answer: Callable[[str | None], None]) -> NewKeyDialog:
        """Show the prompt; ``on_answer`` gets the new key, or None to stop, exactly once."""
        dialog = cls(parent)
        dialog._on_answer = on_answer
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    @Slot(str)
    def _key_changed(self, text: str) -> None:
        self.continue_button.setEnabled(bool(text.strip()))

    @Slot()
    def _continue(self) -> None:
        self._answer(self.key_edit.text().strip())

    def reject(self) -> None:
        """Stop button, Escape or closing the window: stop and keep the progress."""
        self._answer(None)

    def _answer(self, key: str | None) -> None:
        if self._done:
            return
        self._done = True
        self.answered.emit(key or "")
        if self._on_answer is not None:
            self._on_answer(key or None)
        self.done(QDialog.DialogCode.Accepted if key else QDialog.DialogCode.Rejected)
