"""Page 6, Confirm: how existing contacts are treated, and what the upload will do to Sociocs.

On entry the page compares the file with the contacts already in Sociocs (a
:class:`~gui.pages.compare_box.CompareBox`: progress, Stop, the upload's prompts) and shows
the engine's plan: new, updated, unchanged and skipped contacts, and a table of the updated
ones with their old and new values. Changing how existing contacts are treated classifies the
rows again in the background (nothing is read again). A stopped comparison leaves Upload
possible: the upload compares before it sends. An unfinished earlier run of the same import is
offered for continuation, with the plan it follows.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QButtonGroup,
    QFrame,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from gui.errors import user_text
from gui.language import QT_TRANSLATE_NOOP
from gui.models.changes_model import FIELDS, LIST, LOST, NAME, PHONE, ChangesModel
from gui.pages.base import WizardPage, journal_folder
from gui.pages.compare_box import CompareBox
from gui.pages.lists_box import ListsBox
from gui.pages.words import CountedWords
from gui.session import ImportSession
from gui.settings import AppSettings
from gui.theme import Tone, box_style, on_theme_change, text_style
from gui.widgets.table_height import rows_height
from gui.widgets.wrapping_radio import WrappingCheckBox, WrappingRadioButton
from gui.workers.base import start_worker
from gui.workers.compare_worker import Classified, ClassifyWorker
from gui.workers.upload_worker import AsCheckedWorker, ResumeLookup, ResumeLookupWorker
from importer.check.issues import RowStatus
from importer.check.result import CheckResult
from importer.check.row_countries import destinations
from importer.choices import ExistingPolicy, ImportChoices
from importer.compare.engine import CompareRun
from importer.compare.plan import ComparePlan, RowKind
from importer.compare.snapshot import AccountSnapshot
from importer.phones.countries import country_name
from importer.phones.normalize import dial_code
from importer.phones.problems import UNVERIFIED_CODE
from importer.pipeline.earlier import AsChecked
from importer.upload.journal import ResumeInfo

COLUMN_WIDTHS = {PHONE: 130, NAME: 220, LOST: 130, LIST: 110}
"""Starting widths of the table's columns; "Fields changed" takes the rest, so the list column
is never pushed out of sight. Fixed widths: measuring 100,000 rows would freeze the page."""
DETAIL_HINT = QT_TRANSLATE_NOOP(
    "ConfirmPage", "Select a row to read its whole change here: every old and new value."
)
CHANGES_ROWS = 5
"""The table of changes shows at least this many rows (when it has them); the page scrolls."""
QWIDGETSIZE_MAX = (1 << 24) - 1
"""Qt's largest widget size (no maximum)."""


def _upload_done(info: ResumeInfo) -> dict[str, str]:
    """The file (escaped), and how many of its rows an unfinished upload sent, of how many."""
    return {
        "file": escape(info.file_name),
        "done": QLocale().toString(info.rows_done),
        "total": QLocale().toString(info.rows_total),
    }


def resume_text(info: ResumeInfo) -> str:
    """The offer to continue an interrupted run of the same import."""
    return QCoreApplication.translate(
        "ConfirmPage",
        "<b>Continue the import of {file}</b> ({done} of {total} done): an earlier upload of "
        "this file to this list stopped before the end. It follows the comparison made then; "
        "the rows already sent are skipped.",
    ).format(**_upload_done(info))


def changed_text(info: ResumeInfo) -> str:
    """The question when the file changed after an unfinished upload of it was checked."""
    return QCoreApplication.translate(
        "ConfirmPage",
        "<b>{file} changed after an upload of it to this list stopped</b> ({done} of {total} "
        "done). That upload can go on with the rows as they were checked then, or the file can "
        "be imported as it is now. Choose one:",
    ).format(**_upload_done(info))


class ConfirmPageWords(CountedWords):
    """The plan's counted sentences (Qt's plural forms need a class's ``tr``)."""

    def ready(self, count: int, name: str) -> str:
        if self.cards:
            text = self.tr(
                "<b>%Ln cards</b> are ready to send to the list <b>{list}</b>.", "", count
            )
        else:
            text = self.tr(
                "<b>%Ln rows</b> are ready to send to the list <b>{list}</b>.", "", count
            )
        return text.format(list=name)

    def to_send(self, count: int, name: str, new: int, updated: int) -> str:
        return self.tr(
            "<b>%Ln contacts</b> will be sent to the list <b>{list}</b>: {new} new, "
            "{updated} updated.",
            "",
            count,
        ).format(list=name, new=QLocale().toString(new), updated=QLocale().toString(updated))

    def to_send_to_lists(self, count: int, new: int, updated: int) -> str:
        return self.tr(
            "<b>%Ln contacts</b> will be sent, each once: {new} new, {updated} updated. The "
            "lists they join are below.",
            "",
            count,
        ).format(new=QLocale().toString(new), updated=QLocale().toString(updated))

    def unchanged(self, count: int) -> str:
        return self.tr(
            "%Ln contacts are already in Sociocs as the file has them: they are not sent again.",
            "",
            count,
        )

    def skipped(self, count: int) -> str:
        return self.tr(
            "%Ln existing contacts are skipped (left as they are in Sociocs).", "", count
        )

    def invalid(self, count: int) -> str:
        if self.cards:
            return self.tr(
                "%Ln cards cannot be sent because of problems (they are listed in the report).",
                "",
                count,
            )
        return self.tr(
            "%Ln rows cannot be sent because of problems (they are listed in the report).",
            "",
            count,
        )

    def duplicates(self, count: int) -> str:
        if self.cards:
            return self.tr(
                "%Ln cards repeat a phone number found on another card and are not sent.",
                "",
                count,
            )
        return self.tr(
            "%Ln rows repeat a phone number found in another row and are not sent.", "", count
        )

    def noted(self, noted: int) -> str:
        return self.tr(
            "%Ln of them go with a note (a leading 0 put back, an extension left out …); the "
            "report says what.",
            "",
            noted,
        )

    def country(self, region: str) -> str:
        return self.tr(
            "Numbers without a country code were read as <b>{country}</b> (+{code}) numbers."
        ).format(country=escape(country_name(region)), code=dial_code(region))

    def row_countries(self, region: str) -> str:
        return self.tr(
            "Numbers without a country code were read in each row's country; rows without "
            "one: <b>{country}</b> (+{code})."
        ).format(country=escape(country_name(region)), code=dial_code(region))

    def destinations(self, countries: str) -> str:
        return self.tr("The numbers go to: {countries}.").format(countries=countries)

    def unverified(self, sent: int) -> str:
        return self.tr(
            "<b>%Ln numbers that cannot be verified are sent</b>, as you chose on Check data.",
            "",
            sent,
        )

    def losing(self, count: int) -> str:
        return self.tr(
            "<b>Please read:</b> %Ln existing contacts will lose extra fields the file does not "
            "have (see “Fields lost” below). Undo on the last page can bring them back.",
            "",
            count,
        )


def check_lines(result: CheckResult, plan: ComparePlan | None = None) -> list[str]:
    """What the check decided that Confirm repeats: how many of the rows sent go with a note,
    the default country (or each row's), the countries the numbers go to ("38 × France +33,
    2 × United States +1"), and how many numbers that cannot be verified are sent.

    With a ``plan`` the rows sent are the plan's (a new contact, or one that changes); without,
    every ready row."""

    def sent(index: int) -> bool:
        if plan is None:
            return result.status[index] == RowStatus.READY
        return plan.kinds[index] == RowKind.NEW or index in plan.changes

    words = ConfirmPageWords()
    noted = sum(1 for index in result.issues if sent(index))
    lines = [words.noted(noted)] if noted else []
    if result.mapping.country_index is None:
        lines.append(words.country(result.country))
    else:
        lines.append(words.row_countries(result.country))
    indices = result.ready_indices() if plan is None else plan.send
    going = destinations(result, indices)
    if going:
        listed = ", ".join(
            f"{QLocale().toString(rows)} × {escape(country_name(region))} +{code}"
            for region, code, rows in going
        )
        lines.append(words.destinations(listed))
    if result.send_unverified:
        unverified = sum(1 for index in result.issue_indices(code=UNVERIFIED_CODE) if sent(index))
        if unverified:
            lines.append(words.unverified(unverified))
    return lines


def plan_lines(plan: ComparePlan, result: CheckResult, list_name: str) -> list[str]:
    """The plan in plain sentences (one per line), from the engine's counts and the check's."""
    counts, words = plan.counts(), ConfirmPageWords()
    name = escape(list_name)
    if plan.lists is None:
        lines = [words.to_send(len(plan.send), name, counts["new"], counts["updated"])]
    else:
        lines = [words.to_send_to_lists(len(plan.send), counts["new"], counts["updated"])]
    lines += check_lines(result, plan)
    if counts["unchanged"]:
        lines.append(words.unchanged(counts["unchanged"]))
    if counts["skipped"]:
        lines.append(words.skipped(counts["skipped"]))
    return lines + not_sent_lines(result)


def unplanned_lines(result: CheckResult, list_name: str) -> list[str]:
    """The check's counts while (or when) there is no comparison to plan from: the rows ready
    to send, the notes, the country, the unverified numbers sent, the rows not sent."""
    ready = ConfirmPageWords(result.cards).ready(result.counts().to_send, escape(list_name))
    return [ready, *check_lines(result), *not_sent_lines(result)]


def not_sent_lines(result: CheckResult) -> list[str]:
    """The rows that cannot be sent and the duplicates, when there are any."""
    words, checked = ConfirmPageWords(result.cards), result.counts()
    lines = [words.invalid(checked.invalid)] if checked.invalid else []
    if checked.duplicates:
        lines.append(words.duplicates(checked.duplicates))
    return lines


def existing_contacts(plan: ComparePlan) -> int:
    """How many of the file's contacts the comparison found in Sociocs (updated, unchanged or
    skipped, whatever is chosen for them)."""
    counts = plan.counts()
    return counts["updated"] + counts["unchanged"] + counts["skipped"]


def loss_warning(plan: ComparePlan) -> str:
    """The warning when existing contacts lose fields ("" when none does)."""
    losing = plan.counts()["losing_fields"]
    return ConfirmPageWords().losing(losing) if losing else ""


@dataclass(frozen=True)
class NowRows:
    """The file as it is now, kept while the rows an unfinished upload was checked with are
    shown: its choices, rows and identity, and the comparison made for them."""

    choices: ImportChoices
    result: CheckResult
    identity: str | None
    snapshot: AccountSnapshot | None
    plan: ComparePlan | None


class ConfirmPage(WizardPage):
    """The three ways to treat existing contacts, the comparison, the plan and its table."""

    def __init__(
        self, session: ImportSession, settings: AppSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, settings, parent)
        self.setTitle(self.tr("Confirm"))
        self.setSubTitle(self.tr("Nothing has been sent yet. This is what will happen."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Upload"))
        self._build()
        self._resume_info: ResumeInfo | None = None
        self._changed_info: ResumeInfo | None = None
        """An unfinished upload of the file before it changed (the question shows)."""
        self._now: NowRows | None = None
        """The file as it is now while the rows an unfinished upload was checked with are shown
        instead."""
        self._saved_plan: ComparePlan | None = None
        self._fresh_plan: ComparePlan | None = None
        self._lookups = 0
        """How many resume lookups were started; only the latest one's answer is used."""
        self._looking = False
        """A resume lookup was started and its answer has not arrived yet."""
        self._classifications = 0
        """How many classifications were started; only the latest one's answer is used."""
        self._focus_question = False
        """Entering the page: the question on existing contacts takes the focus when it shows."""

    def _build(self) -> None:
        self.resume = QLabel(self)
        self.resume.setObjectName("resumeOffer")
        self.resume.setWordWrap(True)
        self.resume.setVisible(False)
        self.restart = WrappingCheckBox(
            self.tr("&Start over: compare again and send every row"), self
        )
        self.restart.setAccessibleName(self.tr("Start over instead of continuing"))
        self.restart.setAccessibleDescription(
            self.tr("The rows sent before are compared again and sent if they differ.")
        )
        self.restart.setVisible(False)
        self.restart.toggled.connect(self._restart_toggled)
        self.body.addWidget(self.resume)
        self.body.addWidget(self.restart)
        self._build_changed_file()
        self._build_choices()
        self.compare = CompareBox(self, self._new_key)
        self.compare.started.connect(self._show_plan)
        self.compare.compared.connect(self._compared)
        self.plan = QLabel(self)
        self.plan.setObjectName("plan")
        self.plan.setWordWrap(True)
        self.lists_box = ListsBox(self)
        self.warning = QLabel(self)
        self.warning.setObjectName("lossWarning")
        self.warning.setWordWrap(True)
        self._restyle()
        on_theme_change(self._restyle)
        self.understand = WrappingCheckBox(
            self.tr("&I understand that these fields are removed from Sociocs"), self
        )
        self.understand.setAccessibleDescription(
            self.tr("Upload can be clicked once this is ticked.")
        )
        self.understand.toggled.connect(self._changed)
        self.changes = ChangesModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("changesTable")
        self.table.setModel(self.changes)
        self.table.setAccessibleName(self.tr("Existing contacts that change"))
        self.table.setAccessibleDescription(
            self.tr("Each existing contact the upload changes, with its old and new values.")
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(FIELDS, QHeaderView.ResizeMode.Stretch)
        for column, width in COLUMN_WIDTHS.items():
            header.resizeSection(column, width)
        self.table.setWordWrap(False)
        self.table_title = QLabel(self.tr("<b>Existing contacts that change</b>"), self)
        self.detail = QLabel(self.tr(DETAIL_HINT), self)
        self.detail.setObjectName("changeDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)
        self.changes.modelReset.connect(self._show_detail)
        self._build_consent()
        for widget in (
            self.compare,
            self.plan,
            self.lists_box,
            self.warning,
            self.understand,
            self.consent_note,
            self.consent,
        ):
            self.body.addWidget(widget)
        self.body.addWidget(self.table_title)
        self.body.addWidget(self.table, 10)
        self.body.addWidget(self.detail)
        self.body.addStretch(1)  # takes the room while the table is hidden

    @Slot()
    def _restyle(self) -> None:
        self.changed_box.setStyleSheet(box_style("#changedFile", Tone.NOTE))
        self.warning.setStyleSheet(
            box_style("#lossWarning", Tone.ERROR) + " #lossWarning { padding: 8px; }"
        )

    def _build_consent(self) -> None:
        self.consent_note = QLabel(
            self.tr(
                "<b>Consent.</b> WhatsApp and SMS allow messages only to people who agreed to "
                "receive them."
            ),
            self,
        )
        self.consent_note.setWordWrap(True)
        self.consent = WrappingCheckBox(
            self.tr(
                "I confirm that these contacts agreed to be &contacted by this Sociocs account"
            ),
            self,
        )
        self.consent.setAccessibleDescription(
            self.tr(
                "Upload can be clicked once this is ticked. The answer is kept in the import "
                "history and the report."
            )
        )
        self.consent.toggled.connect(self._consent_toggled)

    def _build_changed_file(self) -> None:
        self.changed_box = QFrame(self)
        self.changed_box.setObjectName("changedFile")
        self.changed_note = QLabel(self.changed_box)
        self.changed_note.setObjectName("changedFileNote")
        self.changed_note.setWordWrap(True)
        self.as_checked = WrappingRadioButton(
            self.tr(
                "Continue &that upload with the rows as they were checked then (the changes to "
                "the file are not sent: import it again afterwards to send them)"
            ),
            self.changed_box,
        )
        self.as_now = WrappingRadioButton(
            self.tr(
                "Import the file as it is &now (compared with Sociocs, so what was sent is not "
                "sent again unless it changed; the upload that stopped is closed and can still "
                "be undone)"
            ),
            self.changed_box,
        )
        self.changed_choice = QButtonGroup(self)
        self.changed_choice.addButton(self.as_checked)
        self.changed_choice.addButton(self.as_now)
        self.changed_choice.buttonToggled.connect(self._changed_file_toggled)
        box = QVBoxLayout(self.changed_box)
        box.setContentsMargins(10, 8, 10, 8)
        for widget in (self.changed_note, self.as_checked, self.as_now):
            box.addWidget(widget)
        self.changed_box.setVisible(False)
        self.body.addWidget(self.changed_box)

    def _build_choices(self) -> None:
        title = QLabel(self.tr("<b>Contacts already in Sociocs</b>"), self)
        self.keep = WrappingRadioButton(
            self.tr(
                "&Keep their fields: the file's values replace theirs, what the file leaves "
                "empty or does not have stays (recommended)"
            ),
            self,
        )
        self.replace = WrappingRadioButton(
            self.tr(
                "&Replace them: their name and every extra field become the file's "
                "(Sociocs's own behaviour)"
            ),
            self,
        )
        self.skip = WrappingRadioButton(
            self.tr("Ski&p them: leave existing contacts as they are"), self
        )
        self.add_skipped = WrappingCheckBox(
            self.tr("Still add the skipped contacts to the &list"), self
        )
        self.add_skipped.setAccessibleDescription(
            self.tr("They join the list; none of their values changes.")
        )
        self.policies = QButtonGroup(self)
        for button in (self.keep, self.replace, self.skip):
            button.setToolTip(button.full_text().replace("&", ""))
            self.policies.addButton(button)
        self.policies.buttonToggled.connect(self._policy_toggled)
        self.add_skipped.toggled.connect(self._policy_toggled)
        self.choices_box = QWidget(self)
        self.choices_box.setObjectName("existingChoices")
        box = QVBoxLayout(self.choices_box)
        box.setContentsMargins(0, 0, 0, 0)
        for widget in (title, self.keep, self.replace, self.skip, self.add_skipped):
            box.addWidget(widget)
        self.none_existing = QLabel(self.tr("None of these contacts is in Sociocs yet."), self)
        self.none_existing.setObjectName("noneExisting")
        self.none_existing.setWordWrap(True)
        self.none_existing.setVisible(False)
        self.body.addWidget(self.choices_box)
        self.body.addWidget(self.none_existing)

    # ----- entering the page ----------------------------------------------------------------
    def initializePage(self) -> None:
        """Show the choices, then compare with Sociocs and look for an unfinished run."""
        super().initializePage()
        session = self.session
        self._resume_info = None
        self._saved_plan = None
        self._fresh_plan = None
        self._now = None
        session.supersedes = None
        self._ask_about_changed_file(None)
        self.resume.setVisible(False)
        self.restart.setVisible(False)
        self.restart.setChecked(False)
        self.understand.setChecked(False)
        choices = session.choices
        self.consent.setChecked(choices is not None and choices.consent_confirmed)
        self._show_policy(choices)
        session.snapshot = None
        session.plan = None
        self.consent.setFocus()
        self._focus_question = True
        self._show_plan()
        self._look_for_resume()
        self._start_compare()

    def _show_policy(self, choices: ImportChoices | None) -> None:
        """Tick how ``choices`` treat existing contacts (nothing is classified again)."""
        existing = choices.existing if choices is not None else ExistingPolicy.KEEP
        blocked = self.policies.blockSignals(True), self.add_skipped.blockSignals(True)
        {ExistingPolicy.KEEP: self.keep, ExistingPolicy.REPLACE: self.replace}.get(
            existing, self.skip
        ).setChecked(True)
        self.add_skipped.setChecked(choices is not None and choices.add_skipped_to_list)
        self.policies.blockSignals(blocked[0])
        self.add_skipped.blockSignals(blocked[1])
        self.add_skipped.setEnabled(existing is ExistingPolicy.SKIP)

    def _start_compare(self) -> None:
        session = self.session
        result, choices = session.result, session.choices
        if session.client is None or result is None or choices is None:
            return
        if result.has_sendable() and not self.compare.running():
            self.compare.start(session.client, result, choices.list_id)
        self._changed()

    def _look_for_resume(self) -> None:
        self.session.import_identity = None
        self._lookups += 1
        result, choices = self.session.result, self.session.choices
        if result is not None and choices is not None and choices.list_id is not None:
            folder = journal_folder(self.session.practice_mode)
            worker = ResumeLookupWorker(result, choices, folder, self._lookups)
            worker.result.connect(self._resume_found)
            worker.failed.connect(self._lookup_failed)
            self._looking = True
            start_worker(worker, self)

    @Slot(object)
    def _resume_found(self, lookup: ResumeLookup) -> None:
        if lookup.generation != self._lookups:
            return  # the page was left and entered again since: that lookup is stale
        self._looking = False
        self.session.import_identity = lookup.identity
        info = lookup.info
        self._resume_info = info
        self._saved_plan = lookup.plan
        self._ask_about_changed_file(lookup.changed if info is None else None)
        self.resume.setVisible(info is not None)
        self.restart.setVisible(info is not None)
        if info is not None:
            self.resume.setText(resume_text(info))
        self._show_plan()

    @Slot(object)
    def _lookup_failed(self, _exc: BaseException) -> None:
        self._looking = False  # no earlier run can be offered (the file cannot be read again)
        self._changed()

    # ----- a file changed since an upload of it stopped -------------------------------------
    def _ask_about_changed_file(self, info: ResumeInfo | None) -> None:
        """Ask whether to continue ``info`` (an unfinished upload of the file before it
        changed) over the rows it was checked with, or to import the file as it is now; nothing
        is chosen until the user chooses (None: no question)."""
        self._changed_info = info
        self.session.supersedes = None
        self.changed_choice.setExclusive(False)
        for button in (self.as_checked, self.as_now):
            button.setChecked(False)
            button.setEnabled(True)
        self.changed_choice.setExclusive(True)
        self.changed_box.setVisible(info is not None)
        if info is not None:
            self.changed_note.setText(changed_text(info))
            self.changed_note.setStyleSheet("")

    @Slot(QAbstractButton, bool)
    def _changed_file_toggled(self, button: QAbstractButton, checked: bool) -> None:
        info, choices = self._changed_info, self.session.choices
        if not checked or info is None or choices is None:
            return
        if button is self.as_now:
            self._back_to_now()
            self.session.supersedes = info
            self._show_plan()
            return
        self.session.supersedes = None
        worker = AsCheckedWorker(info, choices, journal_folder(self.session.practice_mode))
        worker.result.connect(self._as_checked_ready)
        worker.failed.connect(self._as_checked_failed)
        start_worker(worker, self)
        self._changed()

    @Slot(object)
    def _as_checked_ready(self, then: AsChecked) -> None:
        session = self.session
        if not self.as_checked.isChecked() or session.result is None or session.choices is None:
            return  # the other answer was chosen meanwhile
        if self._now is None:
            self._now = NowRows(
                session.choices,
                session.result,
                session.import_identity,
                session.snapshot,
                self._fresh_plan,
            )
        self.compare.stop()  # it reads the numbers of the file as it is now
        self.compare.setVisible(False)
        session.switch_rows(then.choices, then.result)
        self._show_policy(session.choices)  # that upload's: its plan was made with it
        session.import_identity = then.earlier.identity
        session.snapshot = session.plan = self._fresh_plan = None
        self._resume_info = then.earlier.resume
        self._saved_plan = then.earlier.plan
        self._show_plan()

    @Slot(object)
    def _as_checked_failed(self, exc: BaseException) -> None:
        self.changed_choice.setExclusive(False)
        self.as_checked.setChecked(False)
        self.as_checked.setEnabled(False)
        self.changed_choice.setExclusive(True)
        info = self._changed_info
        if info is not None:
            self.changed_note.setText("<br>".join((changed_text(info), escape(user_text(exc)))))
            self.changed_note.setStyleSheet(text_style(Tone.ERROR))
        self._changed()

    def _back_to_now(self) -> None:
        """Show the file as it is now again, after the rows an upload was checked with."""
        if self._now is None:
            return
        now, self._now = self._now, None
        session = self.session
        session.switch_rows(now.choices, now.result)
        self._show_policy(session.choices)
        session.import_identity = now.identity
        session.snapshot, session.plan = now.snapshot, now.plan
        self._fresh_plan = now.plan
        self._resume_info = None
        self._saved_plan = None
        if session.snapshot is None and not self.compare.running():
            self._start_compare()

    # ----- the comparison and the plan ------------------------------------------------------
    @Slot(object)
    def _compared(self, run: CompareRun) -> None:
        if self._now is not None:
            return  # of the file as it is now, while the rows checked then are shown
        self.session.snapshot = run.snapshot
        if run.snapshot is not None:
            self._classify()
        else:
            self._show_plan()

    def _classify(self) -> None:
        session = self.session
        if session.snapshot is None or session.result is None or session.choices is None:
            return
        self._classifications += 1
        session.plan = self._fresh_plan = None
        worker = ClassifyWorker(
            session.result, session.snapshot, session.choices, self._classifications
        )
        worker.result.connect(self._classified)
        start_worker(worker, self)
        self._changed()

    @Slot(object)
    def _classified(self, classified: Classified) -> None:
        if classified.generation != self._classifications:
            return  # the choice changed since: a newer classification is on its way
        self.session.plan = self._fresh_plan = classified.plan
        self.understand.setChecked(False)
        self._show_plan()

    @Slot()
    def _policy_toggled(self) -> None:
        if self.session.choices is None:
            return
        existing = (
            ExistingPolicy.REPLACE
            if self.replace.isChecked()
            else ExistingPolicy.SKIP
            if self.skip.isChecked()
            else ExistingPolicy.KEEP
        )
        self.add_skipped.setEnabled(existing is ExistingPolicy.SKIP)
        add = existing is ExistingPolicy.SKIP and self.add_skipped.isChecked()
        choices = self.session.choices
        if (choices.existing, choices.add_skipped_to_list) == (existing, add):
            return
        self._back_to_now()
        self._show_policy(self.session.choose_existing(existing, add))
        self._look_for_resume()
        self._classify()

    @Slot(bool)
    def _consent_toggled(self, checked: bool) -> None:
        if self.session.choices is not None:
            self.session.confirm_consent(checked)
        self._changed()

    @Slot(bool)
    def _restart_toggled(self, _checked: bool) -> None:
        self._show_plan()

    def shown_plan(self) -> ComparePlan | None:
        """The plan shown: the continued run's own, or the one just computed."""
        if self._saved_plan is not None and not self.restart.isChecked():
            return self._saved_plan
        return self._fresh_plan

    @Slot()
    def _show_plan(self) -> None:
        plan = self.shown_plan()
        result, choices = self.session.result, self.session.choices
        self.changes.set_plan(plan)
        rows = self.changes.rowCount()
        self.table.setMinimumHeight(rows_height(self.table, min(rows, CHANGES_ROWS)))
        few = rows_height(self.table, rows) if rows < CHANGES_ROWS else QWIDGETSIZE_MAX
        self.table.setMaximumHeight(few)  # a short list takes no more room than its rows
        has_plan = plan is not None and result is not None and choices is not None
        for widget in (self.table, self.table_title, self.detail):
            widget.setVisible(has_plan and bool(self.changes.rowCount()))
        self._show_existing_question(plan)
        warning = loss_warning(plan) if plan is not None else ""
        self.warning.setText(warning)
        self.warning.setVisible(bool(warning))
        self.lists_box.show_counts(plan.list_counts() if plan is not None else None)
        self.understand.setVisible(bool(warning))
        name = "" if choices is None else choices.list_name or f"#{choices.list_id}"
        if plan is not None and result is not None:
            self.plan.setText("<br>".join(plan_lines(plan, result, name)))
        elif result is not None and result.has_sendable():
            lines = unplanned_lines(result, name)
            self.plan.setText("<br>".join([*lines, self._no_plan_text()]).removesuffix("<br>"))
        else:
            self.plan.setText(self._no_plan_text())
        self._changed()

    def _show_existing_question(self, plan: ComparePlan | None) -> None:
        """How to treat contacts already in Sociocs is asked only when some are (or, not
        compared, may be): "None of these contacts is in Sociocs yet" when the comparison found
        none; nothing while it runs."""
        comparing = plan is None and (self.compare.running() or self.session.snapshot is not None)
        asked = existing_contacts(plan) > 0 if plan is not None else not comparing
        self.choices_box.setVisible(asked)
        self.none_existing.setVisible(plan is not None and not asked)
        checked = self.policies.checkedButton()
        if asked and self._focus_question and checked is not None and self.consent.hasFocus():
            checked.setFocus()  # the first question of the page, once it is known to apply
        self._focus_question = self._focus_question and not asked

    @Slot()
    def _show_detail(self) -> None:
        """The whole change of the selected row under the table (the cells cut it)."""
        current = self.table.currentIndex()
        if not current.isValid() or current.row() >= self.changes.rowCount():
            self.detail.setText(self.tr(DETAIL_HINT))
            return
        self.detail.setText(self.changes.row_summary(current.row()))

    def _no_plan_text(self) -> str:
        result = self.session.result
        if result is None or not result.has_sendable():
            return self.tr("No row can be sent: go back and check the file.")
        if self.session.snapshot is None and not self.compare.running():
            return self.tr(
                "The file was not compared with Sociocs. The upload compares it before it "
                "sends anything."
            )
        return ""

    # ----- leaving the page -------------------------------------------------------------------
    def cleanupPage(self) -> None:
        """Going back: the earlier pages show the file as it is now."""
        self._back_to_now()
        super().cleanupPage()

    def validatePage(self) -> bool:
        """Pass on the plan and whether to continue an earlier run or start over."""
        self.session.restart_upload = not self.restart.isHidden() and self.restart.isChecked()
        self.session.plan = self.shown_plan()
        return True

    def isComplete(self) -> bool:
        """Upload is possible once nothing is being worked out, something is to be sent, consent
        is confirmed and a loss of fields is acknowledged."""
        result = self.session.result
        working = self.is_busy() or self.compare.running() or self._looking
        if result is None or not result.has_sendable() or working:
            return False
        if self._changed_info is not None and self.changed_choice.checkedButton() is None:
            return False  # the question about the changed file is answered first
        if not self.consent.isChecked():
            return False
        plan = self.shown_plan()
        if plan is None:
            return self.session.snapshot is None  # not compared: the upload compares
        if loss_warning(plan) and not self.understand.isChecked():
            return False
        return bool(plan.send or plan.additions)

    @Slot()
    def _changed(self) -> None:
        self.completeChanged.emit()

    def _new_key(self, key: str) -> None:
        self.session.api_key = key
