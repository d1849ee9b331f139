"""The prompt shown when Sociocs asks us to slow down or keeps failing, with a live countdown.

The dialog is window-modal and opened with ``open()``, never ``exec()``: the upload page
keeps repainting behind it. When the countdown reaches zero it answers "retry now" by itself,
so an unattended upload carries on. Tests replace :meth:`RetryDialog.ask`.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.language import QT_TRANSLATE_NOOP
from importer.jobs.decisions import RetryChoice, RetryEvent, RetryKind

_TITLES = {
    RetryKind.RATE_LIMITED: QT_TRANSLATE_NOOP("RetryDialog", "Sociocs asked us to slow down"),
    RetryKind.SERVER_ERROR: QT_TRANSLATE_NOOP("RetryDialog", "Sociocs is having trouble"),
    RetryKind.NETWORK: QT_TRANSLATE_NOOP("RetryDialog", "Cannot reach Sociocs"),
}
"""The window title for each kind of trouble (translated where shown)."""

TICK_MS = 250


class RetryDialog(QDialog):
    """Countdown plus Retry now / Keep waiting / Stop and save progress."""

    answered = Signal(object)
    """The :class:`RetryChoice` picked (RETRY_NOW when the countdown ran out)."""

    def __init__(self, event: RetryEvent, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retryDialog")
        self.setWindowTitle(self.tr(_TITLES[event.kind]))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.event_info = event
        self._deadline = time.monotonic() + max(0.0, event.delay_seconds)
        self._done = False
        self.message = QLabel(self)
        self.message.setObjectName("retryMessage")
        self.message.setWordWrap(True)
        self.message.setMinimumWidth(440)
        self.retry_button = QPushButton(self.tr("&Retry now"), self)
        self.wait_button = QPushButton(self.tr("&Keep waiting"), self)
        self.retry_button.setAccessibleDescription(self.tr("Tries again at once."))
        self.wait_button.setAccessibleDescription(
            self.tr("Waits until the countdown ends, then tries again.")
        )
        self.stop_button = QPushButton(self.tr("&Stop and save progress"), self)
        self.stop_button.setToolTip(
            self.tr(
                "Everything sent so far is kept. Next time you open this file, "
                "the program offers to continue where it stopped."
            )
        )
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.retry_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.wait_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.stop_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.retry_button.clicked.connect(self._retry_now)
        self.wait_button.clicked.connect(self._keep_waiting)
        self.stop_button.clicked.connect(self._stop)
        self.wait_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._tick()
        self._timer.start()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        event: RetryEvent,
        on_answer: Callable[[RetryChoice], None],
    ) -> RetryDialog:
        """Show the prompt for ``event``; ``on_answer`` gets the choice exactly once."""
        dialog = cls(event, parent)
        dialog.answered.connect(on_answer)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def seconds_left(self) -> float:
        """Time left on the countdown."""
        return max(0.0, self._deadline - time.monotonic())

    @Slot()
    def _tick(self) -> None:
        left = self.seconds_left()
        self.message.setText(self.event_info.message_with_countdown(left))
        if left <= 0:
            self._answer(RetryChoice.RETRY_NOW)

    @Slot()
    def _retry_now(self) -> None:
        self._answer(RetryChoice.RETRY_NOW)

    @Slot()
    def _keep_waiting(self) -> None:
        self._answer(RetryChoice.WAIT)

    @Slot()
    def _stop(self) -> None:
        self._answer(RetryChoice.STOP)

    def reject(self) -> None:
        """Escape or the window's close button: keep waiting (never a silent stop)."""
        self._answer(RetryChoice.WAIT)

    def _answer(self, choice: RetryChoice) -> None:
        if self._done:
            return
        self._done = True
        self._timer.stop()
        self.answered.emit(choice)
        self.done(QDialog.DialogCode.Accepted)
