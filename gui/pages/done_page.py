"""Page 8, Done: an honest headline ("Done — 10 rows were refused"), the outcomes as tiles
(uploaded · skipped · could not be sent) and a chart, what happened in sentences, the report,
"Import another file", "Undo this import" and the import history."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from gui.dialogs.history_dialog import HistoryDialog
from gui.dialogs.report_location_dialog import ReportLocationBox
from gui.dialogs.undo_panel import UndoPanel
from gui.pages.base import WizardPage, import_history
from gui.pages.unsent_box import UnsentBox
from gui.pages.words import CountedWords
from gui.session import ImportSession
from gui.settings import AppSettings
from gui.theme import Tone, text_style
from gui.widgets.charts import Bar, BarChart
from gui.widgets.responsive_row import ResponsiveRow
from gui.widgets.tiles import DoneTiles
from importer.report.location import short_path
from importer.undo.engine import UndoSummary
from importer.upload.summary import UploadSummary


class DonePageWords(CountedWords):
    """The outcome sentences (Qt's plural forms need a class's ``tr``)."""

    def where(self, list_name: str, practice: bool) -> str:
        if practice:
            return self.tr(
                "the practice sandbox's list <b>{list}</b> (nothing was sent to Sociocs)"
            ).format(list=escape(list_name))
        return f"<b>{escape(list_name)}</b>"

    def where_lists(self, practice: bool) -> str:
        if practice:
            return self.tr(
                "their lists in the practice sandbox (nothing was sent to Sociocs; the lists "
                "are below)"
            )
        return self.tr("their lists in Sociocs (below)")

    def uploaded(self, count: int, where: str) -> str:
        if not count:
            return self.tr("No contacts were sent to {where}.").format(where=where)
        return self.tr("<b>%Ln</b> contacts are now in {where}.", "", count).format(where=where)

    def noted(self, count: int) -> str:
        return self.tr(
            "%Ln of them went with a note (a leading 0 put back, an extension left out …): the "
            "report says what.",
            "",
            count,
        )

    def unverified(self, count: int) -> str:
        return self.tr(
            "%Ln of them had a number that cannot be verified, sent as you chose on Check data.",
            "",
            count,
        )

    def unchanged(self, count: int) -> str:
        return self.tr(
            "%Ln contacts were already in Sociocs as the file has them (not sent again).",
            "",
            count,
        )

    def skipped(self, count: int) -> str:
        return self.tr("%Ln existing contacts were skipped (left as they are).", "", count)

    def invalid(self, count: int) -> str:
        if self.cards:
            return self.tr("%Ln cards were not sent because of problems in the file.", "", count)
        return self.tr("%Ln rows were not sent because of problems in the file.", "", count)

    def duplicate(self, count: int) -> str:
        if self.cards:
            return self.tr("%Ln cards were not sent: the phone number repeats.", "", count)
        return self.tr("%Ln rows were not sent: the phone number repeats.", "", count)

    def rejected(self, count: int) -> str:
        if self.cards:
            return self.tr("%Ln cards were refused by Sociocs (below: which, and why).", "", count)
        return self.tr("%Ln rows were refused by Sociocs (below: which, and why).", "", count)

    def headline(self, summary: UploadSummary) -> str:
        """One honest line: stopped, what could not be sent, or that all went."""
        failed = summary.invalid + summary.rejected
        if summary.stopped:
            return self.tr(
                "Stopped — %Ln contacts were not sent yet; you can continue later",
                "",
                summary.not_sent,
            )
        if summary.rejected and not summary.invalid:
            if self.cards:
                return self.tr("Done — %Ln cards were refused", "", summary.rejected)
            return self.tr("Done — %Ln rows were refused", "", summary.rejected)
        if failed:
            if self.cards:
                return self.tr("Done — %Ln cards could not be sent", "", failed)
            return self.tr("Done — %Ln rows could not be sent", "", failed)
        if not summary.uploaded:
            return self.tr("Done — no contact needed to be sent")
        return self.tr("Done — %Ln contacts were sent", "", summary.uploaded)

    def chart_title(self) -> str:
        if self.cards:
            return self.tr("What happened to each card")
        return self.tr("What happened to each row")

    def outcome_bars(self, summary: UploadSummary) -> list[Bar]:
        """The outcomes as bars, the ones that happened only, in the order of the sentences."""
        bars = [
            Bar(self.tr("sent"), summary.uploaded - summary.noted, Tone.OK),
            Bar(self.tr("sent with a note"), summary.noted, Tone.NOTE),
            Bar(self.tr("already in Sociocs as in the file"), summary.unchanged, Tone.INFO),
            Bar(self.tr("existing contacts left alone"), summary.skipped, Tone.INFO),
            Bar(self.tr("phone number repeats"), summary.duplicate, Tone.INFO),
            Bar(self.tr("problems in the file"), summary.invalid, Tone.ERROR),
            Bar(self.tr("refused by Sociocs"), summary.rejected, Tone.ERROR),
            Bar(self.tr("not sent yet"), summary.not_sent, Tone.NOTE),
        ]
        return [bar for bar in bars if bar.value > 0]

    def not_sent(self, count: int, reason: str) -> str:
        if self.cards:
            text = self.tr(
                "%Ln cards were not sent yet. {reason} Import the same file to the same list "
                "again to continue where it stopped.",
                "",
                count,
            )
        else:
            text = self.tr(
                "%Ln rows were not sent yet. {reason} Import the same file to the same list again "
                "to continue where it stopped.",
                "",
                count,
            )
        return text.format(reason=reason)


def summary_lines(
    summary: UploadSummary,
    list_name: str,
    practice: bool = False,
    cards: bool = False,
    *,
    with_lists: bool = False,
) -> list[str]:
    """The outcome counts in plain sentences (practice mode names the sandbox's list; the rows
    of a vCard are its ``cards``; when groups made lists, the contacts are in their lists, said
    below the sentences)."""
    words = DonePageWords(cards)
    where = words.where_lists(practice) if with_lists else words.where(list_name, practice)
    lines = [words.uploaded(summary.uploaded, where)]
    if summary.uploaded and summary.noted:
        lines.append(words.noted(summary.noted))
    if summary.uploaded and summary.unverified:
        lines.append(words.unverified(summary.unverified))
    if summary.unchanged:
        lines.append(words.unchanged(summary.unchanged))
    if summary.skipped:
        lines.append(words.skipped(summary.skipped))
    if summary.invalid:
        lines.append(words.invalid(summary.invalid))
    if summary.duplicate:
        lines.append(words.duplicate(summary.duplicate))
    if summary.rejected:
        lines.append(words.rejected(summary.rejected))
    if summary.not_sent:
        lines.append(words.not_sent(summary.not_sent, summary.stop_message))
    return lines


class DonePage(WizardPage):
    """The summary, "Open report" and "Import another file"."""

    import_another = Signal()
    """"Import another file" was clicked: the wizard goes back to Choose file."""

    def __init__(
        self, session: ImportSession, settings: AppSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, settings, parent)
        self.setTitle(self.tr("Done"))
        self.setFinalPage(True)
        self.tiles = DoneTiles(self)
        self.chart = BarChart(DonePageWords().chart_title(), max_bars=8, parent=self)
        self.summary = QLabel(self)
        self.summary.setObjectName("doneSummary")
        self.summary.setWordWrap(True)
        self.lists = QLabel(self)
        self.lists.setObjectName("doneLists")
        self.lists.setWordWrap(True)
        self.report_label = QLabel(self)
        self.report_label.setWordWrap(True)
        self.report_label.setObjectName("reportPath")
        self.report_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.report_note = QLabel(self)
        self.report_note.setWordWrap(True)
        self.report_note.setObjectName("reportNote")
        self.report_note.setTextFormat(Qt.TextFormat.PlainText)
        self.report_note.setVisible(False)
        self.report_box: ReportLocationBox | None = None
        self.open_report_button = QPushButton(self.tr("&Open report"), self)
        self.open_report_button.setToolTip(
            self.tr("Every row with what happened to it (Excel file).")
        )
        self.open_report_button.clicked.connect(self._open_report)
        self.open_folder_button = QPushButton(self.tr("Open fol&der"), self)
        self.open_folder_button.setToolTip(self.tr("The folder that holds the report."))
        self.open_folder_button.clicked.connect(self._open_folder)
        self.again_button = QPushButton(self.tr("&Import another file"), self)
        self.again_button.setAccessibleDescription(
            self.tr("Goes back to Choose file; the connection to Sociocs is kept.")
        )
        self.again_button.clicked.connect(self._import_another)
        self.history_button = QPushButton(self.tr("Import &history…"), self)
        self.history_button.setAccessibleDescription(
            self.tr("The imports of the last weeks: their reports, Undo and Forget.")
        )
        self.history_button.clicked.connect(self._show_history)
        self.undo = UndoPanel(self, self._new_key)
        self.undo.finished.connect(self._undone)
        report_buttons = QHBoxLayout()
        report_buttons.addWidget(self.open_report_button)
        report_buttons.addWidget(self.open_folder_button)
        other_buttons = QHBoxLayout()
        other_buttons.addWidget(self.again_button)
        other_buttons.addWidget(self.history_button)
        other_buttons.addStretch(1)
        buttons = ResponsiveRow(self, spacing=6)
        buttons.add(report_buttons)
        buttons.add(other_buttons, 1)
        outcome = ResponsiveRow(self, spacing=16)  # the chart beside the sentences when room
        outcome.add(self.summary, 3)
        outcome.add(self.chart, 2)
        self.body.addWidget(self.tiles)
        self.body.addSpacing(6)
        self.body.addWidget(outcome)
        self.body.addWidget(self.lists)
        self.unsent = UnsentBox(self)
        self.body.addWidget(self.unsent)
        self.body.addWidget(self.report_note)
        self.body.addWidget(self.report_label)
        self.body.addWidget(buttons)
        self.body.addWidget(self.undo)
        self.body.addStretch(1)
        self.history_dialog: HistoryDialog | None = None

    def initializePage(self) -> None:
        """Show how the upload went."""
        super().initializePage()
        summary = self.session.upload_summary
        shown = isinstance(summary, UploadSummary)
        self.tiles.setVisible(shown)
        self.chart.setVisible(shown)
        self.summary.setVisible(True)
        if isinstance(summary, UploadSummary):
            cards = self.session.result is not None and self.session.result.cards
            words = DonePageWords(cards)
            self.setSubTitle(words.headline(summary))
            self.tiles.show_summary(summary)
            self.chart.set_title(words.chart_title())
            self.chart.set_bars(words.outcome_bars(summary))
            lines = summary_lines(
                summary,
                self._list_name() or self.tr("the list"),
                self.session.practice_mode,
                cards,
                with_lists=bool(self.session.uploaded_lists),
            )
            self.summary.setText("<br>".join(lines))
        self.lists.setText(self.lists_text())
        self.lists.setVisible(bool(self.session.uploaded_lists))
        self.unsent.set_unsent(self.session.unsent)
        report = self.session.report_path
        self.open_report_button.setEnabled(report is not None)
        self.open_folder_button.setEnabled(report is not None)
        self.report_label.setText(
            self.tr("The report is saved as: {path}").format(path=short_path(report))
            if report is not None
            else self.tr("No report could be written.")
        )
        notes = [self.session.source_note, self.session.report_note]
        self.report_note.setText("\n".join(note for note in notes if note))
        self.report_note.setStyleSheet(text_style(Tone.NOTE))  # the theme of the moment
        self.report_note.setVisible(any(notes))
        self.report_label.setToolTip(str(report) if report is not None else "")
        self.open_report_button.setFocus()
        self._offer_undo()

    def lists_text(self) -> str:
        """What the upload did to the lists groups make ("" without groups)."""
        lines = self.session.uploaded_lists
        if not lines:
            return ""
        title = self.tr("<b>Lists</b>")
        return "<br>".join([title, *(escape(line) for line in lines)])

    def _offer_undo(self) -> None:
        """Undo is offered once something was sent and backed up."""
        session = self.session
        summary = session.upload_summary
        history = import_history(session.practice_mode)
        entry = history.find(session.import_id) if session.import_id else None
        sent = isinstance(summary, UploadSummary) and summary.uploaded > 0
        self.undo.setVisible(sent and entry is not None)
        self.undo.set_import(session.client, entry if sent else None, history)

    @Slot(object)
    def _undone(self, summary: UndoSummary) -> None:
        if summary.complete:
            self.setSubTitle(self.tr("The import was undone."))
            for outcome in (self.tiles, self.chart, self.summary, self.lists, self.unsent):
                outcome.setVisible(False)  # what the upload did is no longer so

    @Slot()
    def _show_history(self) -> None:
        history = import_history(self.session.practice_mode)
        self.history_dialog = HistoryDialog(history, self.session.client, self)
        self.history_dialog.open()

    def _new_key(self, key: str) -> None:
        self.session.api_key = key

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

    @Slot()
    def _open_folder(self) -> None:
        report = self.session.report_path
        if report is None or self.open_url(QUrl.fromLocalFile(str(report.parent))):
            return
        self.report_box = ReportLocationBox(report, self.open_url, self)
        self.report_box.folder_not_opened()
        self.report_box.open()

    def open_url(self, url: QUrl) -> bool:
        """Open ``url`` with the system's program for it (tests replace this)."""
        return QDesktopServices.openUrl(url)

    @Slot()
    def _import_another(self) -> None:
        """Forget the file and ask the wizard to go back to Choose file (the connection stays)."""
        self.session.forget_file()
        self.import_another.emit()
