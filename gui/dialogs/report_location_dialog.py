"""Where the report is, when no program opens it: "Show in folder" and "Copy path"."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def no_program_text(report: Path) -> str:
    """The first message: nothing opens .xlsx files, and the report's full path."""
    return (
        "No program on this computer opens Excel files (.xlsx), so the report could not be "
        f"opened. It is saved here:<br><br><b>{escape(str(report))}</b><br><br>"
        "Open it with a spreadsheet program (Excel, LibreOffice Calc, Google Sheets)."
    )


def no_folder_text(report: Path) -> str:
    """The message once the folder could not be opened either."""
    return (
        "The folder could not be opened either. The report is in this folder:<br><br>"
        f"<b>{escape(str(report.parent))}</b><br><br>named <b>{escape(report.name)}</b>. "
        "Copy the path and paste it into your file manager or spreadsheet program."
    )


class ReportLocationBox(QMessageBox):
    """A non-blocking box naming the report's path, with "Show in folder" and "Copy path"."""

    def __init__(
        self, report: Path, open_url: Callable[[QUrl], bool], parent: QWidget | None = None
    ) -> None:
        super().__init__(QMessageBox.Icon.Information, "Report not opened", "", parent=parent)
        self.setObjectName("reportLocationBox")
        self.report = report
        self._open_url = open_url
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setText(no_program_text(report))
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_button = self.addButton("Show in &folder", QMessageBox.ButtonRole.ActionRole)
        self.copy_button = self.addButton("&Copy path", QMessageBox.ButtonRole.ActionRole)
        for button in (self.folder_button, self.copy_button):
            button.clicked.disconnect()  # the box stays open after these two
        self.folder_button.clicked.connect(self.show_folder)
        self.copy_button.clicked.connect(self.copy_path)
        self.addButton(QMessageBox.StandardButton.Close)
        self.setDefaultButton(self.folder_button)

    @Slot()
    def show_folder(self) -> None:
        """Open the report's folder; when that fails too, say where it is."""
        if self._open_url(QUrl.fromLocalFile(str(self.report.parent))):
            self.accept()
            return
        self.setText(no_folder_text(self.report))
        self.folder_button.setEnabled(False)
        self.setDefaultButton(self.copy_button)

    @Slot()
    def copy_path(self) -> None:
        """Put the report's full path on the clipboard."""
        QGuiApplication.clipboard().setText(str(self.report))
        self.copy_button.setText("Copied")
