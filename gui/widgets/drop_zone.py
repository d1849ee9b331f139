"""A large box that accepts a spreadsheet dragged from the file manager, with a Browse button."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDropEvent
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget


def dropped_file(event: QDropEvent) -> Path | None:
    """The single local file being dragged, if that is what the drag holds."""
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    return Path(urls[0].toLocalFile())


class DropZone(QFrame):
    """Emits ``file_chosen`` when a file is dropped; ``browse_button`` opens the file dialog."""

    file_chosen = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dropZone")
        self.setAcceptDrops(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Drop a spreadsheet here"))
        self._set_highlight(False)
        title = QLabel(self.tr("<b>Drag your spreadsheet here</b>"), self)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.browse_button = QPushButton(self.tr("B&rowse…"), self)
        self.browse_button.setObjectName("browseButton")
        self.browse_button.setAccessibleDescription(
            self.tr("Choose a spreadsheet on this computer")
        )
        supported = QLabel(
            self.tr(
                "Files you can use: Excel (.xlsx, .xlsm, .xls) · OpenDocument (.ods) · CSV or "
                "text (.csv, .tsv, .txt) · vCard contacts (.vcf)"
            ),
            self,
        )
        supported.setObjectName("supportedTypes")
        supported.setWordWrap(True)
        supported.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addWidget(QLabel(self.tr("or"), self), 0, Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.browse_button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(supported)

    def _set_highlight(self, on: bool) -> None:
        border = "palette(highlight)" if on else "palette(mid)"
        self.setStyleSheet(f"#dropZone {{ border: 2px dashed {border}; border-radius: 8px; }}")

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_file(event) is not None:
            self._set_highlight(True)
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._set_highlight(False)

    def dropEvent(self, event: QDropEvent) -> None:
        self._set_highlight(False)
        path = dropped_file(event)
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.file_chosen.emit(path)
