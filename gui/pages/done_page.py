"""Page 8, Done: what happened to every row, the report, and "Import another file"."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from gui.dialogs.report_location_dialog import ReportLocationBox
from gui.pages.base import WizardPage
from gui.session import ImportSession
from gui.settings import AppSettings
from importer.upload.summary import UploadSummary
from importer.wording import plural


def summary_lines(summary: UploadSummary, list_name: str, practice: bool = False) -> list[str]:
    """The outcome counts in plain sentences (practice mode names the sandbox's list)."""
    where = f"<b>{escape(list_name)}</b>"
    if practice:
        where = f"the practice sandbox's list {where} (nothing was sent to Sociocs)"
    lines = [
        plural(
            summary.uploaded,
            "<b>{n}</b> contact is now in {where}.",
            "<b>{n}</b> contacts are now in {where}.",
            where=where,
        )
    ]
    if not summary.uploaded:
        lines = [f"No contacts were sent to {where}."]
    if summary.invalid:
        lines.append(
            plural(
                summary.invalid,
                "{n} row was not sent because of problems in the file.",
                "{n} rows were not sent because of problems in the file.",
            )
        )
    if summary.duplicate:
        lines.append(
            plural(
                summary.duplicate,
                "{n} row was not sent: the phone number repeats.",
                "{n} rows were not sent: the phone number repeats.",
            )
        )
    if summary.rejected:
        lines.append(
            plural(
                summary.rejected,
                "{n} row was refused by Sociocs (the report says why).",
                "{n} rows were refused by Sociocs (the report says why).",
            )
        )
    if summary.not_sent:
        lines.append(
            plural(
                summary.not_sent,
                "{n} row was not sent yet. {reason} Import the same file to the same list "
                "again to continue where it stopped.",
                "{n} rows were not sent yet. {reason} Import the same file to the same list "
                "again to continue where it stopped.",
                reason=summary.stop_message,
            )
        )
    return lines


class DonePage(WizardPage):
    """The summary, "Open report" and "Import another file"."""

    import_another = Signal()
    """"Import another file" was clicked: the wizard goes back to Choose file."""

    def __init__(
        self, session: ImportSession, settings: AppSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, settings, parent)
        self.setTitle("Done")
        self.setFinalPage(True)
        self.summary = QLabel(self)
        self.summary.setObjectName("doneSummary")
        self.summary.setWordWrap(True)
        self.report_label = QLabel(self)
        self.report_label.setWordWrap(True)
        self.report_label.setObjectName("reportPath")
        self.report_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.report_box: ReportLocationBox | None = None
        self.open_report_button = QPushButton("&Open report", self)
        self.open_report_button.setToolTip("Every row with what happened to it (Excel file).")
        self.open_report_button.clicked.connect(self._open_report)
        self.again_button = QPushButton("&Import another file", self)
        self.again_button.clicked.connect(self._import_another)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_report_button)
        buttons.addWidget(self.again_button)
        buttons.addStretch(1)
        self.body.addWidget(self.summary)
        self.body.addWidget(self.report_label)
        self.body.addLayout(buttons)
        self.body.addStretch(1)

    def initializePage(self) -> None:
        """Show how the upload went."""
        super().initializePage()
        summary = self.session.upload_summary
        if isinstance(summary, UploadSummary):
            self.setSubTitle(
                "The upload stopped before the end." if summary.stopped else "All done."
            )
            lines = summary_lines(
                summary, self._list_name() or "the list", self.session.practice_mode
            )
            self.summary.setText("<br><br>".join(lines))
        report = self.session.report_path
        self.open_report_button.setEnabled(report is not None)
        self.report_label.setText(
            f"The report is saved as: {report}"
            if report is not None
            else "No report could be written."
        )
        self.open_report_button.setFocus()

    def _list_name(self) -> str:
        choices = self.session.choices
        return "" if choices is None else choices.list_name

    @Slot()
    def _open_report(self) -> None:
        report = self.session.report_path
        if report is None or self.open_url(QUrl.fromLocalFile(str(report))):
            return
        self.report_box = ReportLocationBox(report, self.open_url, self)
        self.report_box.open()

    def open_url(self, url: QUrl) -> bool:
        """Open ``url`` with the system's program for it (tests replace this)."""
        return QDesktopServices.openUrl(url)

    @Slot()
    def _import_another(self) -> None:
        """Forget the file and ask the wizard to go back to Choose file (the connection stays)."""
        self.session.forget_file()
        self.import_another.emit()
