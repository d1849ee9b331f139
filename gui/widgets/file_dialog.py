"""The native "open file" dialog behind a classmethod that tests replace."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget


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


class OpenFileDialog:
    """Asks for a spreadsheet to open."""

    @classmethod
    def ask(cls, parent: QWidget | None, folder: Path | None) -> Path | None:
        """The file the user picked, or None when they cancelled."""
        name, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("OpenFileDialog", "Choose a spreadsheet"),
            str(folder or Path.home()),
            open_filter(),
        )
        return Path(name) if name else None


class TemplateFileDialog:
    """Asks where to load or save a mapping template."""

    @classmethod
    def ask_open(cls, parent: QWidget | None, folder: Path | None) -> Path | None:
        """The template to load, or None when the user cancelled."""
        name, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("TemplateFileDialog", "Load a mapping template"),
            str(folder or Path.home()),
            template_filter(),
        )
        return Path(name) if name else None

    @classmethod
    def ask_save(cls, parent: QWidget | None, suggested: Path) -> Path | None:
        """Where to save the template, or None when the user cancelled."""
        name, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("TemplateFileDialog", "Save the mapping template"),
            str(suggested),
            template_filter(),
        )
        return Path(name) if name else None


class RowsFileDialog:
    """Asks where to save rows to fix (an Excel workbook)."""

    @classmethod
    def ask_save(cls, parent: QWidget | None, title: str, suggested: Path) -> Path | None:
        """Where to save the rows, or None when the user cancelled."""
        name, _ = QFileDialog.getSaveFileName(
            parent,
            title,
            str(suggested),
            QCoreApplication.translate("RowsFileDialog", "Excel workbook (*.xlsx)"),
        )
        return Path(name) if name else None
