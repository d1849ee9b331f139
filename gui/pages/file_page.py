"""Page 2, Choose file: drop or browse, pick the sheet and header row, see the first rows."""

from __future__ import annotations

import logging
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableView,
    QWidget,
)

from gui.dialogs.file_dialog import OpenFileDialog
from gui.errors import user_text
from gui.language import QT_TRANSLATE_NOOP
from gui.models.preview_model import PreviewModel
from gui.pages.base import SkipState, WizardPage
from gui.session import ImportSession
from gui.settings import AppSettings
from gui.widgets.country_combo import default_country
from gui.widgets.drop_zone import DropZone
from gui.widgets.responsive_row import ResponsiveRow
from gui.widgets.resume_banner import ResumeBanner
from gui.widgets.status_label import StatusLabel
from gui.widgets.table_height import keep_rows_visible
from gui.workers.base import start_worker
from gui.workers.load_worker import (
    PREVIEW_ROWS,
    LoadedFile,
    LoadWorker,
    RowCount,
    RowCountWorker,
)
from gui.workers.resumable_worker import Resumable, ResumableWorker
from importer.choices import ChoicesError, ImportChoices
from importer.resources import resource_path
from importer.settings_paths import journal_dir
from importer.sources import SheetInfo
from importer.sources.base import Format
from importer.sources.table import NO_TITLES
from importer.upload.journal import ResumeInfo
from importer.upload.journal_details import saved_mapping

log = logging.getLogger(__name__)

SAMPLE_FILE = "samples/contacts-sample.xlsx"
MAX_HEADER_ROW = 1_048_576
NO_FILE = QT_TRANSLATE_NOOP("FilePage", "No file chosen yet.")
LOAD_STAGES = (
    QT_TRANSLATE_NOOP("FilePage", "Step 1 of 3: opening the file…"),
    QT_TRANSLATE_NOOP("FilePage", "Step 2 of 3: looking at its sheets…"),
    QT_TRANSLATE_NOOP(
        "FilePage", "Step 3 of 3: reading the first rows (a big file can take a moment)…"
    ),
)
"""What the progress bar's three steps mean (see ``load_worker.STEPS``); translated where shown."""


def sheet_label(sheet: SheetInfo) -> str:
    """How a sheet is listed: its name, marked when Excel hides it."""
    if not sheet.hidden:
        return sheet.name
    return QCoreApplication.translate("FilePage", "{sheet} (hidden)").format(sheet=sheet.name)


class FilePage(WizardPage):
    """Lets the user pick the spreadsheet and shows what the program reads from it.

    When the journal folder holds an import that stopped before the end, a banner offers to
    continue it: the file is loaded with its saved sheet, header row, columns, country and
    list, and ``resume_requested`` asks the wizard to go on to Confirm.
    """

    resume_requested = Signal()

    def __init__(
        self, session: ImportSession, settings: AppSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, settings, parent)
        self.setTitle(self.tr("Choose file"))
        self.setSubTitle(
            self.tr("Pick the spreadsheet with your contacts. You will see its first rows below.")
        )
        self._worker: LoadWorker | None = None
        self._pending: LoadWorker | None = None
        self._counter: RowCountWorker | None = None
        self._offered: ResumeInfo | None = None
        self._resuming: ImportChoices | None = None
        """The saved choices of the import being continued, until its file is shown."""
        self._kind: Format | None = None
        """The kind of the file shown (a vCard's rows are its cards)."""
        self._declined: set[Path] = set()
        self._build()

    # ----- layout -----------------------------------------------------------------------
    def _build(self) -> None:
        self.resume_banner = ResumeBanner(self)
        self.resume_banner.continue_clicked.connect(self.continue_offered)
        self.resume_banner.dismissed.connect(self._decline_offer)
        self.body.addWidget(self.resume_banner)
        self.drop_zone = DropZone(self)
        self.drop_zone.file_chosen.connect(self.load_file)
        self.drop_zone.browse_button.clicked.connect(self.browse)
        self.body.addWidget(self.drop_zone)
        self.sample_button = QPushButton(self.tr("Use the &sample file"), self)
        self.sample_button.setObjectName("sampleButton")
        self.sample_button.clicked.connect(self.use_sample)
        self.file_label = QLabel(self.tr(NO_FILE), self)
        self.file_label.setObjectName("fileLabel")
        self.file_label.setWordWrap(True)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.sample_button)
        self.body.addLayout(file_row)
        self.choices_row = self._build_choices()
        self.body.addWidget(self.choices_row)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("loadProgress")
        self.progress.setTextVisible(False)
        self.progress.setVisible(False)
        self.status = StatusLabel(self)
        self.status.setObjectName("fileStatus")
        self.body.addWidget(self.progress)
        self.body.addWidget(self.status)
        self.model = PreviewModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("previewTable")
        self.table.setAccessibleName(self.tr("First rows of the sheet"))
        self.table.setAccessibleDescription(
            self.tr("The column titles and the first rows, as the program reads them.")
        )
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        self.table.horizontalHeader().setStretchLastSection(True)
        keep_rows_visible(self.table)
        self.body.addWidget(self.table, 1)
        self.no_preview = QLabel(self.tr("The first rows of the file will show here."), self)
        self.no_preview.setObjectName("noPreview")
        self.no_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_preview.setStyleSheet("color: palette(placeholder-text);")
        self.body.addWidget(self.no_preview, 1)
        self._show_preview(False)

    def _show_preview(self, loaded: bool) -> None:
        """The table of first rows, or a quiet hint in its place when nothing is read yet."""
        self.table.setVisible(loaded)
        self.no_preview.setVisible(not loaded)

    def _build_choices(self) -> ResponsiveRow:
        row = ResponsiveRow(self, spacing=16)
        self.sheet_combo = QComboBox(self)
        self.sheet_combo.setObjectName("sheetCombo")
        self.sheet_combo.setAccessibleName(self.tr("Sheet"))
        self.sheet_combo.setAccessibleDescription(
            self.tr("The sheet of the workbook that holds the contacts.")
        )
        self.sheet_combo.setMinimumContentsLength(18)
        self.sheet_combo.activated.connect(self._on_sheet_chosen)
        self.sheet_label = QLabel(self.tr("S&heet:"), self)
        self.sheet_label.setBuddy(self.sheet_combo)
        self.header_spin = QSpinBox(self)
        self.header_spin.setObjectName("headerSpin")
        self.header_spin.setAccessibleName(self.tr("Row with the column titles"))
        self.header_spin.setAccessibleDescription(
            self.tr("The rows below this one are the contacts.")
        )
        self.header_spin.setRange(NO_TITLES, MAX_HEADER_ROW)
        self.header_spin.setSpecialValueText(self.tr("none"))
        self.header_spin.setKeyboardTracking(False)
        self.header_spin.valueChanged.connect(self._on_header_row_changed)
        header_label = QLabel(self.tr("Column &titles are in row:"), self)
        header_label.setBuddy(self.header_spin)
        self.header_note = QLabel("", self)
        self.header_note.setObjectName("headerNote")
        self.header_note.setWordWrap(True)
        self.sheet_part = QWidget(self)
        sheet = QHBoxLayout(self.sheet_part)
        sheet.setContentsMargins(0, 0, 0, 0)
        sheet.addWidget(self.sheet_label)
        sheet.addWidget(self.sheet_combo, 1)
        self.header_part = QWidget(self)
        header = QHBoxLayout(self.header_part)
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(header_label)
        header.addWidget(self.header_spin)
        header.addWidget(self.header_note, 1)
        row.add(self.sheet_part)
        row.add(self.header_part, 1)
        row.setVisible(False)  # until a file is read: no boxes with another file's values
        self._set_choices_enabled(False)
        return row

    # ----- QWizardPage --------------------------------------------------------------------
    def initializePage(self) -> None:
        """Start empty when no file is chosen; offer the sample and any unfinished import."""
        super().initializePage()
        self.sample_button.setVisible(
            self.session.practice_mode and resource_path(SAMPLE_FILE).is_file()
        )
        if self.session.path is None and self._worker is None:
            self.reset()
            self.look_for_unfinished()
            self.drop_zone.browse_button.setFocus()

    def reset(self) -> None:
        """Show no file (after "Import another file")."""
        self._kind = None
        self.file_label.setText(self.tr(NO_FILE))
        self.file_label.setToolTip("")
        self.sheet_combo.clear()
        self._show_sheet_picker(True)
        self.header_spin.blockSignals(True)
        self.header_spin.setValue(1)
        self.header_spin.blockSignals(False)
        self.header_note.clear()
        self.choices_row.setVisible(False)
        self.model.set_preview(None)
        self._show_preview(False)
        self.status.clear_status()
        self.progress.setVisible(False)
        self._set_choices_enabled(False)
        self.completeChanged.emit()

    def skip_state(self) -> SkipState:
        """Wait for the file being read, then go on when it could be shown."""
        return SkipState.WAIT if self._worker is not None else super().skip_state()

    # ----- continuing an unfinished import ------------------------------------------------
    def look_for_unfinished(self) -> None:
        """Read the journal folder in the background; the banner offers the newest import."""
        self.resume_banner.setVisible(False)
        if self.session.practice_mode:
            return  # practice uploads went to a sandbox that no longer holds them
        worker = ResumableWorker(journal_dir())
        worker.result.connect(self._unfinished_found)
        start_worker(worker, self)

    @Slot(object)
    def _unfinished_found(self, resumable: Resumable) -> None:
        offers = [i for i in resumable.found if i.journal_path not in self._declined]
        if not offers or self.session.path is not None or self.session.practice_mode:
            return
        self._offered = offers[0]
        self.resume_banner.offer(offers[0])

    @Slot()
    def _decline_offer(self) -> None:
        if self._offered is not None:
            self._declined.add(self._offered.journal_path)
        self._offered = None
        self.resume_banner.setVisible(False)
        self.drop_zone.browse_button.setFocus()

    @Slot()
    def continue_offered(self) -> None:
        """Load the offered import's file and settings, then ask to go on to Confirm."""
        info = self._offered
        if info is None:
            return
        try:
            choices = info.choices()
        except ChoicesError as exc:
            self._decline_offer()
            self.status.show_error(user_text(exc))
            return
        self.resume_banner.setVisible(False)
        self.session.resume(choices)
        self._load(choices.path, choices.sheet, choices.header_row)
        self._resuming = choices
        log.info("Continuing an unfinished import (%d of %d done)", info.rows_done, info.rows_total)
        self.resume_requested.emit()

    def isComplete(self) -> bool:
        """Next once a sheet with columns is shown and nothing is loading."""
        preview = self.session.preview
        return self._worker is None and preview is not None and bool(preview.headers)

    # ----- choosing -----------------------------------------------------------------------
    @Slot()
    def browse(self) -> None:
        """Open the system's file dialog in the last folder used; the file chosen is loaded."""
        OpenFileDialog.ask(self, self.settings.last_folder, self.load_file)

    @Slot()
    def use_sample(self) -> None:
        """Load the bundled sample spreadsheet (for practice)."""
        self.load_file(resource_path(SAMPLE_FILE))

    @Slot(Path)
    def load_file(
        self, path: Path, sheet: str | None = None, header_row: int | None = None
    ) -> None:
        """Start reading ``path``: its sheets, the header row (detected unless given), rows."""
        self.session.choose_file(path, country=default_country(self.settings.country))
        self._load(path, sheet, header_row)

    def _load(self, path: Path, sheet: str | None, header_row: int | None) -> None:
        self.resume_banner.setVisible(False)
        self.settings.last_folder = path.parent
        self.file_label.setText(f"<b>{escape(path.name)}</b> — {escape(str(path.parent))}")
        self.file_label.setToolTip(str(path))
        self.sheet_combo.clear()
        self._start(LoadWorker(path, sheet, header_row=header_row))

    @Slot(int)
    def _on_sheet_chosen(self, position: int) -> None:
        name = self.sheet_combo.itemData(position)
        choices = self.session.choices
        if choices is not None and name != choices.sheet:
            self._start(LoadWorker(choices.path, sheet=name))

    def choose_header_row(self, row: int) -> None:
        """Read the sheet again with its column titles in ``row`` (Check data's fix), as when
        the user sets it here."""
        self.header_spin.setValue(row)

    @Slot(int)
    def _on_header_row_changed(self, row: int) -> None:
        choices = self.session.choices
        if choices is not None and row != choices.header_row:
            self._start(LoadWorker(choices.path, choices.sheet, header_row=row))

    # ----- loading ------------------------------------------------------------------------
    def _start(self, worker: LoadWorker) -> None:
        """Run ``worker`` now, or right after the load in progress (which is cancelled)."""
        self.session.preview = None
        if self.session.choices is not None:
            self.session.choose_columns(None)
        self._resuming = None
        self._stop_counting()
        self.completeChanged.emit()
        if self._worker is not None:
            self._worker.cancel()
            self._pending = worker
            return
        self._launch(worker)

    def _launch(self, worker: LoadWorker) -> None:
        self._worker = worker
        self.status.show_busy(self.tr("Reading the file…"))
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self._set_choices_enabled(False)
        worker.progress.connect(self._on_progress)
        worker.result.connect(self._on_loaded)
        worker.failed.connect(self._on_failed)
        start_worker(worker, self)

    def _load_finished(self) -> bool:
        """Forget the finished load; False when a newer request replaces its outcome."""
        self._worker = None
        pending, self._pending = self._pending, None
        if pending is not None:
            self._launch(pending)
            return False
        return True

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if done > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        if done < len(LOAD_STAGES):
            self.status.show_busy(self.tr(LOAD_STAGES[done]))

    @Slot(object)
    def _on_loaded(self, loaded: LoadedFile) -> None:
        if not self._load_finished():
            return
        preview = loaded.preview
        self.session.sheets = loaded.sheets
        self._kind = loaded.kind
        self.session.choose_sheet(preview.sheet, preview.header_row)
        self.session.preview = preview
        self._show_sheets(loaded.sheets, preview.sheet)
        self._show_sheet_picker(loaded.kind not in (Format.CSV, Format.VCARD))
        self.header_part.setVisible(loaded.kind is not Format.VCARD)  # one card, one contact
        self.choices_row.setVisible(True)
        self.header_spin.blockSignals(True)
        self.header_spin.setValue(preview.header_row)
        self.header_spin.blockSignals(False)
        self.header_note.setText(self._header_note(loaded.header_chosen, preview.header_row))
        self.model.set_preview(preview)
        self._show_preview(True)
        self.table.resizeColumnsToContents()
        self.progress.setVisible(False)
        self._set_choices_enabled(True)
        self.status.show_ok(self.summary(len(preview.headers), len(preview.rows)))
        if len(preview.rows) >= PREVIEW_ROWS:
            self._count_rows(loaded.path, preview.sheet, preview.header_row)
        if self._resuming is not None:
            self.session.choose_columns(saved_mapping(self._resuming, preview.headers))
        log.info("Loaded a %s file with %d sheet(s)", loaded.path.suffix, len(loaded.sheets))
        self.completeChanged.emit()

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        if not self._load_finished():
            return
        self.model.set_preview(None)
        self._show_preview(False)
        self.progress.setVisible(False)
        self._set_choices_enabled(self.sheet_combo.count() > 0)
        self.status.show_error(user_text(exc))
        self.completeChanged.emit()

    # ----- counting the rows of a big file -------------------------------------------------
    def _header_note(self, chosen: bool, header_row: int) -> str:
        """Beside the header row: who chose it, and what "none" means."""
        if chosen:
            return self.tr("(you chose it)")
        if header_row == NO_TITLES:
            return self.tr("(no title row found: every row is a contact)")
        return self.tr("(found automatically)")

    def _count_rows(self, path: Path, sheet: str, header_row: int) -> None:
        """Count every row in the background; the status line says how many when done."""
        worker = RowCountWorker(path, sheet, header_row)
        worker.result.connect(self._on_counted)
        self._counter = worker
        start_worker(worker, self)

    def _stop_counting(self) -> None:
        if self._counter is not None:
            self._counter.cancel()
            self._counter = None

    @Slot(object)
    def _on_counted(self, count: RowCount) -> None:
        preview = self.session.preview
        shown = (self.session.path, preview.sheet, preview.header_row) if preview else None
        if shown != (count.path, count.sheet, count.header_row) or preview is None:
            return  # a count for a file, sheet or header row no longer shown
        self._counter = None
        self.status.show_ok(self.summary(len(preview.headers), len(preview.rows), count.rows))

    def _show_sheets(self, sheets: list[SheetInfo], current: str) -> None:
        self.sheet_combo.clear()
        for sheet in sheets:
            self.sheet_combo.addItem(sheet_label(sheet), sheet.name)
        self.sheet_combo.setCurrentIndex(max(0, self.sheet_combo.findData(current)))

    def _show_sheet_picker(self, shown: bool) -> None:
        """CSV files have one table and no sheets: no Sheet box for them."""
        self.sheet_part.setVisible(shown)

    def _set_choices_enabled(self, enabled: bool) -> None:
        self.sheet_combo.setEnabled(enabled)
        self.header_spin.setEnabled(enabled)

    def summary(self, column_count: int, shown: int, total: int | None = None) -> str:
        """How many columns and rows were found; for a big file, that the first ``shown`` rows
        are below, and how many rows it has once counted (``total``)."""
        if self._kind is Format.VCARD:
            return self._cards_summary(shown, total)
        columns = self.tr("%Ln columns", "", column_count)
        if total is None and shown >= PREVIEW_ROWS:
            return self.tr(
                "Found {columns}. Below are the first %Ln rows; counting the others…", "", shown
            ).format(columns=columns)
        count = shown if total is None else total
        rows = self.tr("%Ln rows", "", count)
        if count > shown:
            return self.tr(
                "Found {columns} and {rows} of contacts. Below are the first %Ln.", "", shown
            ).format(columns=columns, rows=rows)
        return self.tr("Found {columns} and {rows} of contacts.").format(columns=columns, rows=rows)

    def _cards_summary(self, shown: int, total: int | None) -> str:
        """A vCard file's summary: its cards, each one contact (its columns are the program's)."""
        if total is None and shown >= PREVIEW_ROWS:
            return self.tr("Below are the first %Ln contact cards; counting the others…", "", shown)
        count = shown if total is None else total
        cards = self.tr("%Ln contact cards", "", count)
        if count > shown:
            return self.tr("Found {cards}. Below are the first %Ln.", "", shown).format(cards=cards)
        return self.tr("Found {cards}.").format(cards=cards)
