"""Where the report is, when no program opens it: "Show in folder" and "Copy path"."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def no_program_text(report: Path) -> str:
    """The first message: nothing opens .xlsx files, and the report's full path."""
    return QCoreApplication.translate(
        "ReportLocationBox",
        "No program on this computer opens Excel files (.xlsx), so the report could not be "
        "opened. It is saved here:<br><br><b>{path}</b><br><br>"
        "Open it with a spreadsheet program (Excel, LibreOffice Calc, Google Sheets).",
    ).format(path=escape(str(report)))


def no_folder_text(report: Path) -> str:
    """The message once the folder could not be opened either."""
    return QCoreApplication.translate(
        "ReportLocationBox",
        "The folder could not be opened either. The report is in this folder:<br><br>"
        "<b>{folder}</b><br><br>named <b>{file}</b>. "
        "Copy the path and paste it into your file manager or spreadsheet program.",
    ).format(folder=escape(str(report.parent)), file=escape(report.name))


class ReportLocationBox(QMessageBox):
    """A non-blocking box naming the report's path, with "Show in folder" and "Copy path"."""

    def __init__(
        self, report: Path, open_url: Callable[[QUrl], bool], parent: QWidget | None = None
    ) -> None:
        super().__init__(QMessageBox.Icon.Information, "", "", parent=parent)
        self.setWindowTitle(self.tr("Report not opened"))
        self.setObjectName("reportLocationBox")
        self.report = report
        self._open_url = open_url
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setText(no_program_text(report))
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_button = self.addButton(
            self.tr("Show in &folder"), QMessageBox.ButtonRole.ActionRole
        )
        self.copy_button = self.addButton(self.tr("&Copy path"), QMessageBox.ButtonRole.ActionRole)
        for button in (self.folder_button, self.copy_button):
            button.clicked.disconnect()  # the box stays open after these two
        self.folder_button.clicked.connect(self.show_folder)
        self.copy_button.clicked.connect(self.copy_path)
        close = self.addButton(QMessageBox.StandardButton.Close)
        self.folder_button.setAccessibleDescription(
            self.tr("Opens the folder that holds the report.")
        )
        self.copy_button.setAccessibleDescription(self.tr("Copies the report's full path."))
        close.setAccessibleDescription(self.tr("Closes this message."))
        self.setDefaultButton(self.folder_button)

    @Slot()
    def show_folder(self) -> None:
        """Open the report's folder; when that fails too, say where it is."""
        if self._open_url(QUrl.fromLocalFile(str(self.report.parent))):
            self.accept()
            return
        self.folder_not_opened()

    def folder_not_opened(self) -> None:
        """Say the folder could not be opened: where the report is, and "Copy path"."""
        self.setText(no_folder_text(self.report))
        self.folder_button.setEnabled(False)
        self.setDefaultButton(self.copy_button)

    @Slot()
    def copy_path(self) -> None:
        """Put the report's full path on the clipboard."""
        QGuiApplication.clipboard().setText(str(self.report))
        self.copy_button.setText(self.tr("Copied"))
