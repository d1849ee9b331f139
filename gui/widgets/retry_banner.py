"""The Upload page's wait before an automatic retry, shown inline instead of a prompt.

While the engine waits out a rate limit, a server error or a network failure, the banner says
so in one line ("Waiting for Sociocs — try 3, next in 0:08"), why, and offers Retry now; the
page's own Stop and save progress button stands right below it. The engine keeps retrying on
its own: only when its automatic retries are used up does a prompt ask
(:class:`~gui.dialogs.job_prompts.JobPrompts`).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal, Slot
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QWidget

from gui.accessibility import announce
from gui.symbols import Symbol, symbol_pixmap
from gui.theme import Tone, box_style, on_theme_change, tone_colour
from importer.jobs.decisions import format_seconds, retry_reason
from importer.jobs.progress import WaitInfo

SYMBOL_LINES = 1.6
"""The symbol's size, in lines of the text."""


class RetryBanner(QFrame):
    """A tinted box: the countdown and try number in bold, the reason, and Retry now."""

    retry_now = Signal()
    """The user wants the next try at once."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retryBanner")
        self.icon = QLabel(self)
        self.headline = QLabel(self)
        self.headline.setObjectName("retryHeadline")
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        self.headline.setWordWrap(True)
        self.reason = QLabel(self)
        self.reason.setObjectName("retryReason")
        self.reason.setWordWrap(True)
        self.retry_button = QPushButton(self.tr("&Retry now"), self)
        self.retry_button.setAccessibleDescription(
            self.tr("Tries again at once instead of waiting for the countdown.")
        )
        self.retry_button.clicked.connect(self._retry_clicked)
        self._attempt = 0
        layout = QGridLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setHorizontalSpacing(10)
        layout.addWidget(self.icon, 0, 0, 2, 1, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.headline, 0, 1)
        layout.addWidget(self.reason, 1, 1)
        layout.addWidget(self.retry_button, 0, 2, 2, 1, Qt.AlignmentFlag.AlignVCenter)
        layout.setColumnStretch(1, 1)
        self.setVisible(False)
        self._restyle()
        on_theme_change(self._restyle)

    def show_wait(self, wait: WaitInfo) -> None:
        """Show (or count down) ``wait``; the first sight of a wait is announced."""
        headline = self.tr("Waiting for Sociocs — try {attempt}, next in {time}").format(
            attempt=QLocale().toString(wait.attempt + 1), time=format_seconds(wait.seconds_left)
        )
        reason = self.tr(
            "{reason} The program tries again by itself and nothing is lost; you can also "
            "stop now and continue later."
        ).format(reason=retry_reason(wait.kind))
        appearing = self.isHidden()
        if appearing or wait.attempt != self._attempt:
            self.retry_button.setEnabled(True)
        self._attempt = wait.attempt
        self.headline.setText(headline)
        self.reason.setText(reason)
        self.setAccessibleName(headline)
        self.setAccessibleDescription(reason)
        self.setVisible(True)
        if appearing:
            announce(self, f"{headline}. {reason}")

    def end_wait(self) -> None:
        """The wait is over (or paused): hide the banner."""
        self.setVisible(False)

    @Slot()
    def _retry_clicked(self) -> None:
        self.retry_button.setEnabled(False)  # until the next wait: one early try per wait
        self.retry_now.emit()

    @Slot()
    def _restyle(self) -> None:
        self.setStyleSheet(box_style("#retryBanner", Tone.NOTE))
        side = int(self.fontMetrics().lineSpacing() * SYMBOL_LINES)
        ratio = max(1, round(self.devicePixelRatioF()))
        self.icon.setPixmap(symbol_pixmap(Symbol.NOTE, tone_colour(Tone.NOTE), side, ratio))
        self.icon.setFixedSize(side, side)
