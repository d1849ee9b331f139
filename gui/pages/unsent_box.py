"""Done's list of the rows that did not go: refused by Sociocs (in the server's words), cannot
be sent, not sent yet — each with its row, the phone as typed and why — and *Export these rows*,
which saves them with every column of the file to fix and import again. No spreadsheet program
is needed to learn which rows did not go, or why."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.dialogs.file_dialog import RowsFileDialog
from gui.dialogs.message_boxes import show_error
from gui.errors import user_text
from gui.models.unsent_model import NAME, PHONE, REASON, ROW, UnsentModel
from gui.pages.words import CountedWords
from gui.widgets.status_label import StatusLabel
from gui.widgets.table_height import rows_height
from gui.workers.base import start_worker
from gui.workers.report_worker import UnsentFileWorker
from importer.report.location import output_folder
from importer.report.unsent import UnsentRows

COLUMN_CHARS = ((ROW, 6), (PHONE, 18), (NAME, 18))
"""Starting width of each column, in digits of the table's font; the reason takes the rest."""
SHOWN_ROWS = 5
"""The table is as tall as this many rows (fewer when it has fewer) and scrolls inside."""


class UnsentWords(CountedWords):
    """The box's counted phrases (Qt's plural forms need a class's ``tr``)."""

    def title(self, count: int) -> str:
        if self.cards:
            return self.tr("<b>%Ln cards did not go</b>", "", count)
        return self.tr("<b>%Ln rows did not go</b>", "", count)

    def saved(self, count: int, file: str) -> str:
        return self.tr('Saved %Ln rows to "{file}".', "", count).format(file=file)


class UnsentBox(QWidget):
    """Hidden until :meth:`set_unsent` gets rows that did not go."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unsentBox")
        self.model = UnsentModel(self)
        self.title = QLabel(self)
        self.title.setObjectName("unsentTitle")
        self.table = self._build_table()
        self.detail = QLabel(self)
        self.detail.setObjectName("unsentDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_button = QPushButton(self.tr("&Export these rows…"), self)
        self.export_button.setObjectName("exportUnsentButton")
        self.export_button.setToolTip(
            self.tr(
                "Saves these rows, with every column of your file and why each did not go, to an "
                "Excel file: fix them there, then import that file."
            )
        )
        self.export_button.clicked.connect(self.export)
        self.status = StatusLabel(self)
        self.status.setObjectName("unsentStatus")
        row = QHBoxLayout()
        row.addWidget(self.title, 1)
        row.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.table)
        layout.addWidget(self.detail)
        layout.addWidget(self.status)
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)
        self.model.modelReset.connect(self._show_detail)
        self._unsent: UnsentRows | None = None
        self._saving_to = Path()
        self.setVisible(False)

    def _build_table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("unsentTable")
        table.setModel(self.model)
        table.setAccessibleName(self.tr("Rows that did not go"))
        table.setAccessibleDescription(
            self.tr("Each row that was not sent: its row, the phone as typed and why.")
        )
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(REASON, QHeaderView.ResizeMode.Stretch)
        char = table.fontMetrics().horizontalAdvance("0")
        for column, chars in COLUMN_CHARS:  # at least as wide as the title in any language
            table.setColumnWidth(column, max(chars * char + 16, header.sectionSizeHint(column)))
        return table

    def set_unsent(self, unsent: UnsentRows | None) -> None:
        """List the rows of ``unsent`` (hidden when none did not go)."""
        self._unsent = unsent
        self.model.set_unsent(unsent)
        count = self.model.rowCount()
        cards = unsent is not None and unsent.result.cards
        self.title.setText(UnsentWords(cards).title(count))
        self.table.setFixedHeight(rows_height(self.table, min(count, SHOWN_ROWS)))
        self.status.clear_status()
        self.export_button.setEnabled(count > 0)
        self.setVisible(count > 0)

    @Slot()
    def _show_detail(self) -> None:
        """The whole reason of the selected row under the table (the cell may cut it)."""
        current = self.table.currentIndex()
        if not current.isValid():
            self.detail.setText(self.tr("Select a row to read here why it did not go, in full."))
            return
        self.detail.setText(self.model.row_summary(current.row()))

    @Slot()
    def export(self) -> None:
        """Ask where, then save the rows in the background."""
        unsent = self._unsent
        if unsent is None or not len(unsent):
            return
        source = unsent.result.path
        name = self.tr("{file} - rows not sent").format(file=source.stem)
        RowsFileDialog.ask_save(
            self,
            self.tr("Export the rows that did not go"),
            output_folder(source) / f"{name}.xlsx",
            self._save_to,
        )

    def _save_to(self, path: Path) -> None:
        unsent = self._unsent
        if unsent is None:
            return
        self._saving_to = path
        worker = UnsentFileWorker(unsent, path)
        worker.result.connect(self._saved)
        worker.failed.connect(self._failed)
        self.export_button.setEnabled(False)
        self.status.show_busy(self.tr('Saving "{file}"…').format(file=path.name))
        start_worker(worker, self)

    @Slot(object)
    def _saved(self, count: int) -> None:
        self.export_button.setEnabled(True)
        self.status.show_ok(UnsentWords().saved(count, self._saving_to.name))

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        self.export_button.setEnabled(True)
        self.status.show_error(user_text(exc))
        show_error(self, exc, self.tr("The rows could not be exported"))
