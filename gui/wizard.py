"""The import wizard window: the pages in order, About, a file dropped on it or opened from
outside (:mod:`gui.file_opener`), and a careful close."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Slot
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget, QWizard

from gui.accessibility import announce
from gui.dialogs.about_dialog import open_about
from gui.dialogs.message_boxes import ConfirmDialog, ErrorDialog
from gui.fast_forward import FastForward
from gui.file_opener import FileOpener
from gui.language import Restarter, active_language, wizard_language
from gui.pages.base import WizardPage
from gui.pages.check_page import CheckPage
from gui.pages.confirm_page import ConfirmPage
from gui.pages.connect_page import ConnectPage
from gui.pages.done_page import DonePage
from gui.pages.file_page import FilePage
from gui.pages.list_page import ListPage
from gui.pages.mapping_page import MappingPage
from gui.pages.upload_page import UploadPage
from gui.session import ImportSession
from gui.settings import AppSettings
from gui.theme import on_theme_change, wizard_style_sheet
from gui.widgets.drop_zone import dropped_file
from gui.widgets.side_bar import SideBar
from importer.i18n import LANGUAGES

log = logging.getLogger(__name__)

WINDOW_TITLE = "Sociocs Contact Importer"
"""The product's name, the same in every language."""
DEFAULT_SIZE = QSize(1040, 680)
"""The first window size: the Check data table shows its columns without cutting them."""
MINIMUM_SIZE = QSize(720, 440)
"""The smallest window: an 800×600 screen with a taskbar, or a 1366×768 laptop at 125 % with
one (a work area of 1093×540), leaves more than this inside the window's frame; each page's
content scrolls inside the page when it needs more height."""
FRAME = QMargins(8, 32, 8, 8)
"""Room kept for the window's frame (title bar and borders, as on Windows at 100 %) before the
window is shown: the frame must fit in the screen's free area too."""

PAGES: tuple[type[WizardPage], ...] = (
    ConnectPage,
    FilePage,
    MappingPage,
    CheckPage,
    ListPage,
    ConfirmPage,
    UploadPage,
    DonePage,
)
"""The pages in the order the user sees them; a page's id is its index here."""


def page_id(page_class: type[WizardPage]) -> int:
    """The wizard id of ``page_class`` (its position in :data:`PAGES`)."""
    return PAGES.index(page_class)


def work_area() -> QRect | None:
    """The primary screen's free area (without the taskbar), if there is a screen."""
    screen = QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else None


def default_size(minimum: QSize) -> QSize:
    """:data:`DEFAULT_SIZE`, made smaller so that the window with its frame fits the screen's
    free area (not below ``minimum``)."""
    area = work_area()
    size = QSize(DEFAULT_SIZE)
    if area is not None:
        size = size.boundedTo(area.marginsRemoved(FRAME).size())
    return size.expandedTo(minimum)


def centred_position(size: QSize) -> QPoint | None:
    """Where a window of ``size`` (plus its frame) sits centred in the free area, its title
    bar never above the area's top."""
    area = work_area()
    if area is None:
        return None
    inner = area.marginsRemoved(FRAME)
    left = inner.left() + max(0, (inner.width() - size.width()) // 2)
    top = inner.top() + max(0, (inner.height() - size.height()) // 2)
    return QPoint(left, top)


class ImportWizard(QWizard):
    """Guides the user from the API key to the uploaded contacts, one page per step."""

    def __init__(
        self,
        session: ImportSession | None = None,
        settings: AppSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session if session is not None else ImportSession()
        self.settings = settings if settings is not None else AppSettings()
        self.setObjectName("importWizard")
        self.setWindowTitle(WINDOW_TITLE)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("&About"))
        self.button(QWizard.WizardButton.CustomButton1).setObjectName("aboutButton")
        self.customButtonClicked.connect(self._on_custom_button)
        self.currentIdChanged.connect(self._page_changed)
        self.setMinimumSize(MINIMUM_SIZE)
        for index, page_class in enumerate(PAGES):
            self.setPage(index, page_class(self.session, self.settings, self))
        self.side = SideBar(self)
        self.steps = self.side.steps
        self.account = self.side.account
        self.steps.set_steps([page.title() for page in self.pages()])
        self.setSideWidget(self.side)
        connect_page = self.page(page_id(ConnectPage))
        assert isinstance(connect_page, ConnectPage)
        connect_page.connection_changed.connect(self.show_account)
        check_page = self.page(page_id(CheckPage))
        assert isinstance(check_page, CheckPage)
        check_page.header_row_chosen.connect(self.use_header_row)
        file_page = self.page(page_id(FilePage))
        assert isinstance(file_page, FilePage)
        file_page.resume_requested.connect(self.continue_import)
        done_page = self.page(page_id(DonePage))
        assert isinstance(done_page, DonePage)
        done_page.import_another.connect(self.import_another)
        self.fast_forward: FastForward | None = None
        self.file_opener: FileOpener | None = None
        self.setAcceptDrops(True)
        geometry = self.settings.geometry
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(default_size(self.minimumSize()))
            position = centred_position(self.size())
            if position is not None:
                self.move(position)
        self._closed = False
        self._restart_when_closed = False
        """The user chose to restart in another language: start again once the window closed."""
        self.question: QMessageBox | None = None
        """The question on screen (open another file, restart, close), if any."""
        self._restyle()
        on_theme_change(self._restyle)

    @Slot()
    def _restyle(self) -> None:
        """The frames the dark and high-contrast themes give progress bars and check boxes."""
        self.setStyleSheet(wizard_style_sheet())

    def pages(self) -> list[WizardPage]:
        """Every page, in order."""
        return [p for p in (self.page(i) for i in self.pageIds()) if isinstance(p, WizardPage)]

    def current_page(self) -> WizardPage | None:
        """The page on screen."""
        page = self.currentPage()
        return page if isinstance(page, WizardPage) else None

    def refresh_banners(self) -> None:
        """Show or hide the practice banner on every page."""
        for page in self.pages():
            page.refresh_banner()

    def continue_import(self) -> None:
        """Go on by itself to Confirm, where the unfinished upload is offered to continue."""
        self.continue_to(page_id(ConfirmPage))

    def continue_to(self, target: int) -> None:
        """Press Next by itself while the pages allow it, up to the page ``target``."""
        if self.fast_forward is None:
            self.fast_forward = FastForward(self, target)
            self.fast_forward.finished.connect(self._fast_forward_ended)

    def import_another(self) -> None:
        """Back to Choose file for the next import, keeping the connection."""
        target = page_id(FilePage)
        self.restart()
        while -1 < self.currentId() < target:
            before = self.currentId()
            self.next()
            if self.currentId() == before:
                break

    @Slot()
    def show_account(self) -> None:
        """Name on the side what the wizard is connected to: the practice sandbox, the Sociocs
        account of the key, or nothing yet."""
        page = self.page(page_id(ConnectPage))
        session = self.session
        self.account.show_account(
            practice=session.practice_mode,
            api_key=session.api_key,
            api_url=session.api_url,
            connected=isinstance(page, ConnectPage) and page.connected(),
        )

    @Slot(int)
    def use_header_row(self, row: int) -> None:
        """Check data's fix: Choose file again with the column titles in ``row``, then on by
        itself to Match columns, where the columns are guessed anew."""
        file_page = self.page(page_id(FilePage))
        assert isinstance(file_page, FilePage)
        while self.currentId() > page_id(FilePage):
            self.back()
        file_page.choose_header_row(row)
        self.continue_to(page_id(MappingPage))

    def _fast_forward_ended(self, _reached: bool) -> None:
        self.fast_forward = None

    # ----- a file from outside: the command line, a drop, the system's "Open with" ---------
    def open_file(self, path: Path) -> None:
        """Open ``path`` on Choose file and go on to Match columns (on Connect: once
        connected). Past Choose file, the import under way is dropped after asking; while
        contacts are being sent, the file is refused with a word why."""
        if self.currentId() > page_id(FilePage):
            self._leave_import_for(path)
            return
        self._open_now(path)

    def _open_now(self, path: Path) -> None:
        if self.file_opener is not None:
            self.file_opener.end(False)
        self.file_opener = FileOpener(self, page_id(FilePage), path)
        self.file_opener.finished.connect(self._file_opener_ended)
        self.raise_()
        self.activateWindow()

    def _leave_import_for(self, path: Path) -> None:
        """Go back to Choose file and open ``path`` when the user agrees (the import under way
        is dropped); nothing while the page is working."""
        page, current = self.current_page(), self.session.path
        if page is not None and page.is_busy():
            ErrorDialog.show(self, self.tr("Not now"), self._busy_text(path, current), "")
            return
        if current is None or page is None or page.isFinalPage():
            self._leave_and_open(path)
            return
        question = self.tr("Open {file} instead? What you chose for {current} is dropped.").format(
            file=path.name, current=current.name
        )

        def answered(leave: bool) -> None:
            self.question = None
            if leave:
                self._leave_and_open(path)

        self.question = ConfirmDialog.ask(
            self,
            self.tr("Open another file?"),
            question,
            self.tr("&Open"),
            self.tr("&Keep"),
            answered,
        )

    def _leave_and_open(self, path: Path) -> None:
        self.session.forget_file()
        self.import_another()
        self._open_now(path)

    def _busy_text(self, path: Path, current: Path | None) -> str:
        """Why ``path`` is not opened now: the page is still working (on ``current``)."""
        if current is None:
            return self.tr(
                "The program is still working. Open {file} once it has finished, or after you "
                "stopped it."
            ).format(file=path.name)
        return self.tr(
            "The program is still working on {current}. Open {file} once it has finished, or "
            "after you stopped it."
        ).format(current=current.name, file=path.name)

    def _file_opener_ended(self, _reached: bool) -> None:
        self.file_opener = None

    def _wanted_drop(self, event: QDropEvent) -> Path | None:
        """The one local file being dragged, unless the page is busy (sending contacts)."""
        page = self.current_page()
        return None if page is not None and page.is_busy() else dropped_file(event)

    def _take_drag(self, event: QDragMoveEvent) -> None:
        if self._wanted_drop(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept one local file dragged anywhere over the window."""
        self._take_drag(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        """Keep accepting the file while it moves over the window."""
        self._take_drag(event)

    def dropEvent(self, event: QDropEvent) -> None:
        """A file dropped on the window opens as if given on the command line."""
        path = self._wanted_drop(event)
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.open_file(path)

    def _page_changed(self, page_id: int) -> None:
        """Move the step list's marker and say where the user is; no Cancel on the last page
        (there is nothing left to cancel, only Finish)."""
        page = self.page(page_id)
        final = page is not None and page.isFinalPage()
        self.setOption(QWizard.WizardOption.NoCancelButton, final)
        self.steps.set_current(page_id, finished_all=final)
        if page is not None:
            step, what = self.steps.describe(), page.subTitle()
            announce(self, self.tr("{step}. {what}").format(step=step, what=what) if what else step)

    def _on_custom_button(self, which: int) -> None:
        if which == QWizard.WizardButton.CustomButton1.value:
            about = open_about(self, self.settings.language)
            about.language_chosen.connect(self.choose_language)

    def choose_language(self, code: str) -> None:
        """Keep the language chosen in About ("" = the system's); offer to restart in it."""
        self.settings.language = code
        language = wizard_language(code)
        if language == active_language():
            return
        self.question = ConfirmDialog.ask(
            self,
            self.tr("Language"),
            self.tr(
                "The program will speak {language} when it starts again. Restart it now?"
            ).format(language=LANGUAGES[language]),
            self.tr("&Restart now"),
            self.tr("&Later"),
            self._restart_answered,
        )

    def _restart_answered(self, restart: bool) -> None:
        self.question = None
        if restart:
            self._restart_when_closed = True
            self.close()

    def reject(self) -> None:
        """Cancel, Escape or the window's close box: ask first when work would be lost (the
        window closes once the user agrees)."""
        page = self.current_page()
        warning = page.close_warning() if page is not None else None
        if not warning:
            self._close_now()
            return
        self.question = ConfirmDialog.ask(
            self,
            self.tr("Close the importer?"),
            self.tr("{warning}\n\nDo you want to close the importer?").format(warning=warning),
            self.tr("&Close"),
            self.tr("&Keep working"),
            self._close_answered,
        )

    def _close_answered(self, close: bool) -> None:
        self.question = None
        if close:
            self._close_now()
        else:
            self._restart_when_closed = False

    def _close_now(self) -> None:
        self.shutdown()
        super().reject()

    def done(self, result: int) -> None:
        """Finish or close: stop background work and the sandbox, remember the window; start
        again when the user chose to restart in another language."""
        self.shutdown()
        super().done(result)
        if self._restart_when_closed:
            self._restart_when_closed = False
            Restarter.start()

    def shutdown(self) -> None:
        """Stop every page's workers and the practice sandbox; safe to call twice."""
        if self._closed:
            return
        self._closed = True
        for page in self.pages():
            page.shutdown()
        sandbox = self.session.sandbox
        if sandbox is not None:
            sandbox.stop()
            self.session.sandbox = None
        self.settings.geometry = self.saveGeometry()
        log.info("Wizard closed")
