"""The system's "open file" and "save file" dialogs, opened with ``open()`` (never a nested
event loop); the file chosen goes to a callback, nothing happens when the user cancels. Each
is behind a classmethod that tests replace."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QWidget

Chosen = Callable[[Path], None]
"""Given the file the user chose."""


def open_filter() -> str:
    """The file types offered when choosing a spreadsheet (in the current language)."""
    return QCoreApplication.translate(
        "OpenFileDialog",
        "Spreadsheets and contacts (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt *.vcf);;"
        "Excel (*.xlsx *.xlsm *.xls);;OpenDocument (*.ods);;CSV or text (*.csv *.tsv *.txt);;"
        "vCard contacts (*.vcf);;All files (*)",
    )


def template_filter() -> str:
    """The file types offered for mapping templates."""
    return QCoreApplication.translate(
        "TemplateFileDialog", "Mapping templates (*.json);;All files (*)"
    )


def ask_file(
    parent: QWidget | None,
    title: str,
    start: Path,
    name_filter: str,
    on_chosen: Chosen,
    *,
    save: bool = False,
) -> QFileDialog:
    """Open a window-modal file dialog at ``start`` (a folder, or the file name suggested when
    saving); ``on_chosen`` gets the file once the user picks one."""
    dialog = QFileDialog(parent, title, str(start), name_filter)
    dialog.setObjectName("saveFileDialog" if save else "openFileDialog")
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.fileSelected.connect(lambda name: on_chosen(Path(name)) if name else None)
    dialog.open()
    return dialog


class OpenFileDialog:
    """Asks for a spreadsheet to open."""

    @classmethod
    def ask(cls, parent: QWidget | None, folder: Path | None, on_chosen: Chosen) -> None:
        """Let the user pick a spreadsheet in ``folder`` (the home folder when None)."""
        title = QCoreApplication.translate("OpenFileDialog", "Choose a spreadsheet")
        ask_file(parent, title, folder or Path.home(), open_filter(), on_chosen)


class TemplateFileDialog:
    """Asks where to load or save a mapping template."""

    @classmethod
    def ask_open(cls, parent: QWidget | None, folder: Path | None, on_chosen: Chosen) -> None:
        """Let the user pick the template to load."""
        title = QCoreApplication.translate("TemplateFileDialog", "Load a mapping template")
        ask_file(parent, title, folder or Path.home(), template_filter(), on_chosen)

    @classmethod
    def ask_save(cls, parent: QWidget | None, suggested: Path, on_chosen: Chosen) -> None:
        """Let the user say where to save the template (``suggested`` first)."""
        title = QCoreApplication.translate("TemplateFileDialog", "Save the mapping template")
        ask_file(parent, title, suggested, template_filter(), on_chosen, save=True)


class RowsFileDialog:
    """Asks where to save rows to fix or not sent (an Excel workbook)."""

    @classmethod
    def ask_save(
        cls, parent: QWidget | None, title: str, suggested: Path, on_chosen: Chosen
    ) -> None:
        """Let the user say where to save the rows (``suggested`` first)."""
        excel = QCoreApplication.translate("RowsFileDialog", "Excel workbook (*.xlsx)")
        ask_file(parent, title, suggested, excel, on_chosen, save=True)
