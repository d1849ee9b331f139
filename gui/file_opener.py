"""Open a file that came from outside the wizard, and go on to Match columns.

A file given on the command line (``contact-importer FILE``, which is also how Linux's and
Windows' "Open with" start the program), dropped on the window, or sent by macOS (a
``QFileOpenEvent``) is loaded on Choose file as if the user had picked it there; once it is read,
the wizard goes on to Match columns by itself. On Connect it waits until the user is connected
(the page says which file is waiting). A file that cannot be read stays on Choose file, whose
status line says why.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QWizard

from gui.pages.base import SkipState
from gui.pages.connect_page import ConnectPage
from gui.pages.file_page import FilePage

log = logging.getLogger(__name__)


class FileOpener(QObject):
    """Loads ``path`` on the Choose file page (id ``file_id``) once the wizard shows it, then
    presses Next."""

    finished = Signal(bool)
    """True when the file was read and the next page (Match columns) reached."""

    def __init__(self, wizard: QWizard, file_id: int, path: Path) -> None:
        super().__init__(wizard)
        self.path = path
        self._wizard = wizard
        self._file_id = file_id
        pages = [wizard.page(i) for i in wizard.pageIds()]
        connect_page = next(page for page in pages if isinstance(page, ConnectPage))
        file_page = wizard.page(file_id)
        assert isinstance(file_page, FilePage)
        self._connect_page, self._file_page = connect_page, file_page
        self._loading = False
        self._ended = False
        # Signals only schedule a step: a page may emit them from inside next().
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.step)
        wizard.currentIdChanged.connect(self._timer.start)
        file_page.completeChanged.connect(self._timer.start)
        connect_page.show_waiting_file(path)
        self._timer.start()

    @Slot()
    def step(self) -> None:
        """Wait on Connect, load the file on Choose file, go on once it is read."""
        current = self._wizard.currentId()
        if current == -1 or current > self._file_id or (current < self._file_id and self._loading):
            self.end(False)  # closed, moved on, or back to Connect after the file was loaded
        elif current == self._file_id and not self._loading:
            self._loading = True
            self._connect_page.show_waiting_file(None)
            log.info("Opening a %s file given from outside the wizard", self.path.suffix)
            self._file_page.load_file(self.path)
        elif current == self._file_id:
            state = self._file_page.skip_state()
            if state is SkipState.GO and self._file_page.session.path == self.path:
                self.end(True)
                self._wizard.next()
            elif state is SkipState.STOP:
                self.end(False)

    def end(self, reached: bool) -> None:
        """Stop following the wizard (also when another file replaces this one)."""
        if self._ended:
            return
        self._ended = True
        self._timer.stop()
        self._wizard.currentIdChanged.disconnect(self._timer.start)
        self._file_page.completeChanged.disconnect(self._timer.start)
        self._connect_page.show_waiting_file(None)
        self.finished.emit(reached)
        self.deleteLater()


class FileOpenEvents(QObject):
    """Hands the operating system's "open this file" requests (macOS sends them to the
    application as ``QFileOpenEvent``) to ``open_file``; install it on the QApplication."""

    def __init__(self, open_file: Callable[[Path], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._open_file = open_file

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Take file-open events; let every other event through."""
        if isinstance(event, QFileOpenEvent) and event.file():
            self._open_file(Path(event.file()))
            return True
        return super().eventFilter(watched, event)
