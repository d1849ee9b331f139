"""Import history: the imports of the last 60 days, their reports, Undo and Forget.

Reachable from Connect and Done. Under the table, where the selected import's report and
backup are, and whether its contacts' consent was confirmed. Undo needs a connection to the
account the import went to (the practice sandbox's imports are listed apart, while
practising). Forget deletes the import's backup: it can no longer be undone.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.dialogs.message_boxes import ConfirmDialog
from gui.dialogs.undo_panel import UndoPanel
from gui.models.history_model import FILE, LIST, HistoryModel
from importer.api.client import SociocsClient
from importer.history.store import KEEP_DAYS, HistoryEntry, ImportHistory
from importer.lists.texts import history_lists_text
from importer.report.location import short_path

WIDEST_NAME = 32
"""A file or list name wider than this many letters is cut in its column."""


class HistoryDialog(QDialog):
    """The table of past imports with Open report, Undo, Forget and Forget all."""

    def __init__(
        self,
        history: ImportHistory,
        client: SociocsClient | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.setWindowTitle(self.tr("Import history"))
        self.resize(860, 460)
        self._history = history
        self._client = client
        intro = QLabel(
            self.tr(
                "The imports of the last {days} days, newest first. Each can be undone while "
                "it is listed; forgetting one deletes its backup."
            ).format(days=KEEP_DAYS),
            self,
        )
        intro.setWordWrap(True)
        self.model = HistoryModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("historyTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Past imports"))
        self.table.setAccessibleDescription(
            self.tr("Date, file, list, what each import did, and whether it was undone.")
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setWordWrap(False)
        self.files = QLabel(self)
        self.files.setObjectName("historyFiles")
        self.files.setWordWrap(True)
        self.files.setTextFormat(Qt.TextFormat.RichText)
        self.files.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.files.setAccessibleName(self.tr("Report and backup of the selected import"))
        self.files.setAccessibleDescription(
            self.tr("Where the selected import's report and backup are saved.")
        )
        self.undo = UndoPanel(self, self._new_key)
        self.undo.finished.connect(self.refresh)
        self.report_button = QPushButton(self.tr("Open &report"), self)
        self.report_button.setToolTip(self.tr("Opens the report of the selected import."))
        self.report_button.clicked.connect(self._open_report)
        self.forget_button = QPushButton(self.tr("&Forget"), self)
        self.forget_button.setToolTip(
            self.tr("Deletes the selected import's backup: it can no longer be undone.")
        )
        self.forget_button.clicked.connect(self._forget)
        self.forget_all_button = QPushButton(self.tr("Forget &all"), self)
        self.forget_all_button.setToolTip(
            self.tr("Deletes every listed import's backup: none can be undone any more.")
        )
        self.forget_all_button.clicked.connect(self._forget_all)
        close = QPushButton(self.tr("&Close"), self)
        close.setToolTip(self.tr("Closes the import history."))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for button in (self.report_button, self.forget_button, self.forget_all_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.files)
        layout.addWidget(self.undo)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Read the history again (after an undo or a forget)."""
        row = self.table.currentIndex().row()
        self.model.set_entries(self._history.entries())
        self._fit_columns()
        if self.model.rowCount():
            self.table.selectRow(max(0, min(row, self.model.rowCount() - 1)))
        self._selected()

    def _fit_columns(self) -> None:
        """Each column as wide as its title and its widest cell in the language in use (a few
        hundred imports at most: measured, not guessed; a long file or list name is cut at
        :data:`WIDEST_NAME` characters, its tooltip has it whole); the dialog widens to show
        every column, up to the screen's free area."""
        table, header = self.table, self.table.horizontalHeader()
        widest = WIDEST_NAME * table.fontMetrics().horizontalAdvance("n")
        needed = 0
        for column in range(self.model.columnCount()):
            width = max(table.sizeHintForColumn(column), header.sectionSizeHint(column))
            if column in (FILE, LIST):
                width = min(width, widest)
            header.resizeSection(column, width)
            needed += width
        bar = table.verticalScrollBar().sizeHint().width()
        layout = self.layout()
        margins = layout.contentsMargins() if layout is not None else self.contentsMargins()
        wanted = needed + bar + 2 * table.frameWidth() + margins.left() + margins.right()
        screen = self.screen()
        room = screen.availableGeometry().width() - 40 if screen is not None else wanted
        if min(wanted, room) > self.width():
            self.resize(min(wanted, room), self.height())

    def selected(self) -> HistoryEntry | None:
        """The import selected in the table."""
        return self.model.entry(self.table.currentIndex().row())

    @Slot()
    def _selected(self) -> None:
        entry = self.selected()
        same_account = (
            entry is not None
            and self._client is not None
            and (not entry.api_url or entry.api_url == self._client.base_url)
        )
        if not self.undo.running():
            self.undo.set_import(self._client if same_account else None, entry, self._history)
        if self._client is None:
            self.undo.button.setToolTip(self.tr("Connect to Sociocs first to undo an import."))
        self.report_button.setEnabled(entry is not None and bool(entry.report_path))
        self.files.setText("" if entry is None else self._files_text(entry))
        self.forget_button.setEnabled(entry is not None and not self.undo.running())
        self.forget_all_button.setEnabled(bool(self.model.rowCount()))

    def _files_text(self, entry: HistoryEntry) -> str:
        """Where the import's report and backup are (short paths), and the consent."""
        if entry.report_path:
            report = self.tr("Report: {path}").format(
                path=escape(short_path(Path(entry.report_path)))
            )
        else:
            report = self.tr("No report was saved for this import.")
        backup = self.tr("Backup: {path}").format(path=escape(short_path(Path(entry.backup_path))))
        lines = [report, backup, self._consent_text(entry)]
        if entry.lists:
            lists = self.tr("Lists (contacts added to each): {lists}").format(
                lists=escape(history_lists_text(entry.lists))
            )
            lines.insert(0, lists)
        return "<br>".join(lines)

    def _consent_text(self, entry: HistoryEntry) -> str:
        """Whether the user confirmed that the import's contacts agreed to be contacted."""
        if entry.consent_confirmed:
            return self.tr("You confirmed that these contacts agreed to be contacted.")
        return self.tr("Consent was not asked (an import made before the question was added).")

    @Slot()
    def _open_report(self) -> None:
        entry = self.selected()
        if entry is not None and entry.report_path:
            self.open_url(QUrl.fromLocalFile(entry.report_path))

    def open_url(self, url: QUrl) -> bool:
        """Open ``url`` with the system's program for it (tests replace this)."""
        return QDesktopServices.openUrl(url)

    @Slot()
    def _forget(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        question = self.tr("Forget the import of {file}? It can then no longer be undone.").format(
            file=entry.file_name
        )
        self._confirm_forget(question, entry.id)

    @Slot()
    def _forget_all(self) -> None:
        question = self.tr("Forget every import listed? None of them can then be undone.")
        self._confirm_forget(question, None)

    def _confirm_forget(self, question: str, import_id: str | None) -> None:
        """Ask, then forget the import ``import_id`` (every import for None)."""

        def answered(forget: bool) -> None:
            if forget:
                self._history.forget(import_id)
                self.refresh()

        ConfirmDialog.ask(
            self, self.tr("Forget imports"), question, self.tr("Forget"), self.tr("Keep"), answered
        )

    def _new_key(self, _key: str) -> None:
        """A key given during an undo is used for it only."""
