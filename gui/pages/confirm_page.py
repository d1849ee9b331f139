"""Page 6, Confirm: what the upload will do, in numbers, and the overwrite warning."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Slot
from PySide6.QtWidgets import QCheckBox, QLabel, QWidget, QWizard

from gui.pages.base import WizardPage, journal_folder
from gui.session import ImportSession
from gui.settings import AppSettings
from gui.theme import Tone, box_style, on_theme_change
from gui.workers.base import start_worker
from gui.workers.upload_worker import ResumeLookup, ResumeLookupWorker
from importer.check.issues import RowStatus
from importer.check.result import CheckResult
from importer.phones.countries import country_name
from importer.phones.normalize import dial_code
from importer.phones.problems import UNVERIFIED_CODE
from importer.upload.journal import ResumeInfo


def resume_text(info: ResumeInfo) -> str:
    """The offer to continue an interrupted run of the same import."""
    return QCoreApplication.translate(
        "ConfirmPage",
        "<b>Continue the import of {file}</b> ({done} of {total} done): an earlier upload of "
        "this file to this list stopped before the end. The rows already sent are skipped.",
    ).format(
        file=escape(info.file_name),
        done=QLocale().toString(info.rows_done),
        total=QLocale().toString(info.rows_total),
    )


class ConfirmPageWords(QObject):
    """The plan's counted sentences (Qt's plural forms need a class's ``tr``)."""

    def to_send(self, ready: int, name: str) -> str:
        return self.tr(
            "<b>%Ln contacts</b> will be added or updated in the list <b>{list}</b>.", "", ready
        ).format(list=name)

    def left(self, left: int, name: str, done: int, total: int) -> str:
        return self.tr(
            "<b>%Ln contacts are</b> left to add or update in the list <b>{list}</b> "
            "({done} of {total} were sent before).",
            "",
            left,
        ).format(list=name, done=QLocale().toString(done), total=QLocale().toString(total))

    def invalid(self, invalid: int) -> str:
        return self.tr(
            "%Ln rows are skipped because of problems (they are listed in the report).",
            "",
            invalid,
        )

    def duplicates(self, duplicates: int) -> str:
        return self.tr(
            "%Ln rows repeat a phone number found in another row and are skipped.", "", duplicates
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

    def unverified(self, sent: int) -> str:
        return self.tr(
            "<b>%Ln numbers that cannot be verified are sent</b>, as you chose on Check data.",
            "",
            sent,
        )

    def extras(self, keys: list[str]) -> str:
        if not keys:
            return self.tr("No extra fields are sent: existing contacts lose theirs.")
        return self.tr("Extra fields sent: {fields}.").format(fields=escape(", ".join(keys)))


def plan_lines(
    ready: int,
    invalid: int,
    duplicates: int,
    list_name: str,
    extra_keys: list[str],
    resume: ResumeInfo | None = None,
) -> list[str]:
    """The plan in plain sentences (one per line), from the engine's counts.

    With ``resume`` (continuing an earlier run) the first line counts only the rows left.
    """
    name, words = escape(list_name), ConfirmPageWords()
    lines = [words.to_send(ready, name)]
    if resume is not None:
        left = max(0, resume.rows_total - resume.rows_done)
        lines = [words.left(left, name, resume.rows_done, resume.rows_total)]
    if invalid:
        lines.append(words.invalid(invalid))
    if duplicates:
        lines.append(words.duplicates(duplicates))
    lines.append(words.extras(extra_keys))
    return lines


def check_lines(result: CheckResult) -> list[str]:
    """What the check decided that the plan repeats: the notes among the rows sent, the
    default country, and the numbers sent although they cannot be verified."""
    words, counts = ConfirmPageWords(), result.counts()
    lines = [words.noted(counts.noted)] if counts.noted else []
    lines.append(words.country(result.country))
    unverified = result.issue_indices(code=UNVERIFIED_CODE)
    sent = sum(result.status[index] == RowStatus.READY for index in unverified)
    if result.send_unverified and sent:
        lines.append(words.unverified(sent))
    return lines


class ConfirmPage(WizardPage):
    """Shows the plan; Upload stays disabled until "I understand" is ticked."""

    def __init__(
        self, session: ImportSession, settings: AppSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, settings, parent)
        self.setTitle(self.tr("Confirm"))
        self.setSubTitle(self.tr("Nothing has been sent yet. This is what will happen."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Upload"))
        self.plan = QLabel(self)
        self.plan.setObjectName("plan")
        self.plan.setWordWrap(True)
        self.warning = QLabel(
            self.tr(
                "<b>Please read:</b> when a phone number in this file already belongs to a "
                "contact in Sociocs, that contact's <b>name and ALL its extra fields are "
                "replaced</b> by what this file holds. Fields this file leaves empty are emptied "
                "in Sociocs too. This cannot be undone."
            ),
            self,
        )
        self.warning.setObjectName("overwriteWarning")
        self.warning.setWordWrap(True)
        self._restyle()
        on_theme_change(self._restyle)
        self.understand = QCheckBox(
            self.tr("&I understand that existing contacts with the same phone number are replaced"),
            self,
        )
        self.understand.setAccessibleName(
            self.tr("I understand that existing contacts are replaced")
        )
        self.understand.setAccessibleDescription(
            self.tr("Upload can be clicked once this is ticked.")
        )
        self.understand.toggled.connect(self._understood)
        self.resume = QLabel(self)
        self.resume.setObjectName("resumeOffer")
        self.resume.setWordWrap(True)
        self.resume.setVisible(False)
        self.restart = QCheckBox(self.tr("&Start over: send every row again"), self)
        self.restart.setAccessibleName(self.tr("Start over instead of continuing"))
        self.restart.setVisible(False)
        self.restart.toggled.connect(self._show_plan)
        self._resume_info: ResumeInfo | None = None
        self._lookups = 0
        """How many resume lookups were started; only the latest one's answer is used."""
        self.body.addWidget(self.resume)
        self.body.addWidget(self.restart)
        self.body.addWidget(self.plan)
        self.body.addWidget(self.warning)
        self.body.addWidget(self.understand)
        self.body.addStretch(1)

    @Slot()
    def _restyle(self) -> None:
        self.warning.setStyleSheet(
            box_style("#overwriteWarning", Tone.ERROR) + " #overwriteWarning { padding: 10px; }"
        )

    def initializePage(self) -> None:
        """Fill in the numbers and ask again for the acknowledgement."""
        super().initializePage()
        self.understand.setChecked(False)
        self._resume_info = None
        self.understand.setFocus()
        self.resume.setVisible(False)
        self.restart.setVisible(False)
        self.restart.setChecked(False)
        self._show_plan()
        self.session.import_identity = None
        self._lookups += 1
        result, choices = self.session.result, self.session.choices
        if result is not None and choices is not None and choices.list_id is not None:
            folder = journal_folder(self.session.practice_mode)
            worker = ResumeLookupWorker(result, choices, folder, self._lookups)
            worker.result.connect(self._resume_found)
            start_worker(worker, self)

    @Slot(object)
    def _resume_found(self, lookup: ResumeLookup) -> None:
        if lookup.generation != self._lookups:
            return  # the page was left and entered again since: that lookup is stale
        self.session.import_identity = lookup.identity
        info = lookup.info
        if info is None:
            return
        self._resume_info = info
        self.resume.setText(resume_text(info))
        self.resume.setVisible(True)
        self.restart.setVisible(True)
        self._show_plan()

    @Slot()
    def _show_plan(self) -> None:
        """The plan, counting only the rows left when an earlier run is continued."""
        self.plan.setText("<br><br>".join(self._lines()))

    def validatePage(self) -> bool:
        """Pass on whether to continue an earlier run or start over."""
        self.session.restart_upload = not self.restart.isHidden() and self.restart.isChecked()
        return True

    def _lines(self) -> list[str]:
        result, choices = self.session.result, self.session.choices
        if result is None or choices is None:
            return [self.tr("No checked file yet.")]
        mapping = result.mapping
        lines = plan_lines(
            result.count(RowStatus.READY),
            result.count(RowStatus.INVALID),
            result.count(RowStatus.DUPLICATE),
            choices.list_name or f"#{choices.list_id}",
            list(mapping.extra_fields),
            None if self.restart.isChecked() else self._resume_info,
        )
        lines[1:1] = check_lines(result)
        return lines

    def isComplete(self) -> bool:
        """Upload is possible once the warning is acknowledged and something is ready."""
        result = self.session.result
        ready = result is not None and result.has_sendable()
        return self.understand.isChecked() and ready

    @Slot(bool)
    def _understood(self, _checked: bool) -> None:
        self.completeChanged.emit()
