"""Move the wizard forward by itself, page after page, while each page allows it.

Used to continue an unfinished import (the Choose file page loads the file with the saved
choices) and after Check data's *Use row 3* (the file is read again with its titles in that row,
then Match columns guesses the columns anew): each page is left with Next as soon as its work is
done (its ``skip_state`` is
``SkipState.GO``); a page that needs the user (``STOP``) keeps them there. The user can always
take over: going Back or closing ends it.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QWizard

from gui.pages.base import SkipState, WizardPage

log = logging.getLogger(__name__)


class FastForward(QObject):
    """Presses Next on ``wizard`` until the page ``target`` is shown or a page says stop."""

    finished = Signal(bool)
    """True when ``target`` was reached."""

    def __init__(self, wizard: QWizard, target: int) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self._target = target
        self._last = wizard.currentId()
        self._pages = [p for p in map(wizard.page, wizard.pageIds()) if isinstance(p, WizardPage)]
        # Signals only schedule a step: pages emit completeChanged from inside next().
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.step)
        wizard.currentIdChanged.connect(self._timer.start)
        for page in self._pages:
            page.completeChanged.connect(self._timer.start)
        self._timer.start()

    @Slot()
    def step(self) -> None:
        """Look at the current page and press Next, keep waiting, or end."""
        wizard = self._wizard
        current = wizard.currentId()
        if current < self._last or current == -1:
            self._end(False)  # the user went back (or the wizard closed)
            return
        self._last = current
        if current >= self._target:
            self._end(current == self._target)
            return
        page = wizard.currentPage()
        state = page.skip_state() if isinstance(page, WizardPage) else SkipState.STOP
        if state is SkipState.GO:
            wizard.next()
            if wizard.currentId() == current:
                self._end(False)
            elif wizard.currentId() >= self._target:
                self._end(wizard.currentId() == self._target)
        elif state is SkipState.STOP:
            self._end(False)

    def _end(self, reached: bool) -> None:
        """Stop listening and say whether ``target`` was reached. The object stays, idle, a
        child of the wizard: deleting it later (deleteLater) once the wizard had let go of it
        crashed PySide 6.11 when the Check page's *Use row 3* had started it."""
        self._timer.stop()
        self._wizard.currentIdChanged.disconnect(self._timer.start)
        for page in self._pages:
            page.completeChanged.disconnect(self._timer.start)
        log.info("Moving on by itself: %s", "arrived" if reached else "stopped early")
        self.finished.emit(reached)
