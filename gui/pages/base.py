"""What every wizard page has: the shared session and settings, the practice banner, and a
body that scrolls when the window is too small for it (a laptop at 125 % with a taskbar)."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget, QWizardPage

from gui.session import ImportSession
from gui.settings import AppSettings
from gui.widgets.practice_banner import PracticeBanner
from gui.workers.base import running_workers, stop_workers
from importer.history.store import ImportHistory, history_file
from importer.settings_paths import data_dir, journal_dir

PRACTICE_JOURNALS = "practice"
"""Sub-folder for journals of practice uploads: never offered for the real account."""


def journal_folder(practice: bool) -> Path:
    """Where upload journals go; practice runs keep theirs apart from real ones."""
    return journal_dir() / PRACTICE_JOURNALS if practice else journal_dir()


def import_history(practice: bool) -> ImportHistory:
    """The import history: the command line's for real imports; practice imports (to a
    sandbox that forgets them) apart, beside their journals."""
    return ImportHistory(history_file(journal_folder(True) if practice else data_dir()))


def page_scroll_area(content: QWidget, parent: QWidget) -> QScrollArea:
    """A frameless, see-through scroll area holding ``content``, which takes the area's width
    (no sideways scrolling) and its height when it needs no more."""
    scroll = QScrollArea(parent)
    scroll.setObjectName("pageScroll")
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidgetResizable(True)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the controls, which it shows
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.viewport().setAutoFillBackground(False)
    content.setAutoFillBackground(False)
    scroll.setWidget(content)
    return scroll


class SkipState(StrEnum):
    """What a page tells :class:`gui.fast_forward.FastForward` while an import is continued."""

    GO = "go"
    """Its work is done: press Next."""
    WAIT = "wait"
    """Its work is still running: ask again when something changes."""
    STOP = "stop"
    """It needs the user: stay here."""


class WizardPage(QWizardPage):
    """Base page: subclasses add their widgets to :attr:`body` and override the hooks.

    The body lies in :attr:`scroll_area`, a frameless scroll area: when the window is smaller than
    the page's content, the content scrolls inside the page and the wizard's buttons stay in
    sight. It never scrolls sideways: the content takes the page's width.
    """

    def __init__(
        self, session: ImportSession, settings: AppSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = settings
        outer = QVBoxLayout(self)
        outer.setSpacing(12)
        self.banner = PracticeBanner(self)
        self.banner.setVisible(False)
        outer.addWidget(self.banner)
        content = QWidget(self)
        content.setObjectName("pageContent")
        self.scroll_area = page_scroll_area(content, self)
        self.body = QVBoxLayout(content)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(10)
        outer.addWidget(self.scroll_area, 1)

    def refresh_banner(self) -> None:
        """Show the practice banner exactly while the sandbox is in use."""
        self.banner.setVisible(self.session.practice_mode)

    def initializePage(self) -> None:
        """Called by QWizard each time the page is entered going forward."""
        self.refresh_banner()

    def is_busy(self) -> bool:
        """True while one of this page's workers is still running."""
        return bool(running_workers(self))

    def close_warning(self) -> str | None:
        """What the user would lose by closing the window now, or None when nothing."""
        if self.is_busy():
            return self.tr("The program is still working. Closing now stops it.")
        if self.session.path is not None:
            return self.tr('Your choices for "{file}" will be lost.').format(
                file=self.session.path.name
            )
        return None

    def skip_state(self) -> SkipState:
        """While continuing an import: go on with Next, wait for work, or stop here."""
        return SkipState.GO if self.isComplete() else SkipState.STOP

    def shutdown(self) -> None:
        """Stop this page's background work (the window is closing)."""
        stop_workers(self)

    def refresh_all_banners(self) -> None:
        """Show or hide the practice banner on every page of the wizard (or just this one)."""
        wizard = self.wizard()
        pages = [wizard.page(i) for i in wizard.pageIds()] if wizard is not None else [self]
        for page in pages:
            if isinstance(page, WizardPage):
                page.refresh_banner()
