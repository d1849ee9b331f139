"""Page 4, Check data: every row validated in the background, problems shown and fixable.

The check runs in a :class:`CheckWorker` when the page is entered; changing the default
country re-checks the phone numbers in a :class:`RevalidateWorker`, and choosing whether numbers
that cannot be verified are sent in an :class:`UnverifiedWorker`. While one runs, the table is
detached from the result (the engine changes it in place) and editing is off.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from gui.dialogs.file_dialog import RowsFileDialog
from gui.dialogs.message_boxes import ConfirmDialog, show_error
from gui.errors import user_text
from gui.language import QT_TRANSLATE_NOOP
from gui.models.issues_model import IssuesModel
from gui.pages.base import SkipState, WizardPage, journal_folder
from gui.pages.words import CountedWords
from gui.session import ImportSession
from gui.settings import AppSettings
from gui.theme import Tone, box_style, on_theme_change
from gui.widgets.advice_panel import AdvicePanel
from gui.widgets.charts import Bar, BarChart
from gui.widgets.country_combo import CountryCombo
from gui.widgets.issues_table import issues_table
from gui.widgets.responsive_row import ResponsiveRow, fit_items
from gui.widgets.status_label import StatusLabel
from gui.widgets.tiles import CheckTiles
from gui.widgets.wrapping_radio import WrappingCheckBox
from gui.workers.base import start_worker
from gui.workers.check_worker import CheckWorker, RevalidateWorker, UnverifiedWorker
from gui.workers.report_worker import AttentionFileWorker, RowsToFix
from importer.check.diagnosis import diagnose, fallback_offer
from importer.check.rechecking import set_duplicates_policy
from importer.check.result import CheckResult
from importer.check.row_groups import GROUP_EMPTY_CODE, GROUP_TOO_LONG_CODE, group_rows
from importer.choices import DuplicatePolicy
from importer.columns import column_letter, titled_column
from importer.lists.targets import MANY_GROUPS
from importer.lists.texts import many_groups_question
from importer.mapping.layouts import recognise_layout
from importer.mapping.model import Mapping
from importer.mapping.overrides import ColumnOverrides, apply_overrides, without_lists
from importer.phones.countries import country_name
from importer.phones.normalize import dial_code
from importer.report.location import output_folder

log = logging.getLogger(__name__)

DUPLICATE_CHOICES = (
    (DuplicatePolicy.LAST, QT_TRANSLATE_NOOP("CheckPage", "Keep the last row (as Sociocs would)")),
    (DuplicatePolicy.FIRST, QT_TRANSLATE_NOOP("CheckPage", "Keep the first row")),
)
"""The choices for a repeated phone number (translated where shown)."""
DETAIL_HINT = QT_TRANSLATE_NOOP(
    "CheckPage",
    "Select a row to read its whole problem here. Double-click a phone or name to fix it.",
)
PROBLEM_LABELS = {
    "empty": QT_TRANSLATE_NOOP("CheckPage", "No phone number"),
    "not_a_number": QT_TRANSLATE_NOOP("CheckPage", "Not a phone number"),
    "too_short": QT_TRANSLATE_NOOP("CheckPage", "Too few digits"),
    "too_long": QT_TRANSLATE_NOOP("CheckPage", "Too many digits"),
    "invalid_length": QT_TRANSLATE_NOOP("CheckPage", "Wrong number of digits"),
    "unknown_country_code": QT_TRANSLATE_NOOP("CheckPage", "Unknown country code"),
    "missing_area_code": QT_TRANSLATE_NOOP("CheckPage", "Area code missing"),
    "unverified_number": QT_TRANSLATE_NOOP("CheckPage", "Number not known to be in use"),
    "impossible_number": QT_TRANSLATE_NOOP("CheckPage", "Not a possible number there"),
    "placeholder": QT_TRANSLATE_NOOP("CheckPage", "Placeholder, not a real number"),
    "excel_scientific": QT_TRANSLATE_NOOP("CheckPage", "Digits lost by Excel (1.6E+10)"),
    "excel_precision": QT_TRANSLATE_NOOP("CheckPage", "Digits lost by Excel (over 15)"),
    "spreadsheet_number": QT_TRANSLATE_NOOP("CheckPage", "Read from a spreadsheet number"),
    "extension_dropped": QT_TRANSLATE_NOOP("CheckPage", "Extension left out"),
    "vanity_letters": QT_TRANSLATE_NOOP("CheckPage", "Letters turned into digits"),
    "leading_zero_restored": QT_TRANSLATE_NOOP("CheckPage", "Leading 0 put back"),
    "country_code_read": QT_TRANSLATE_NOOP("CheckPage", "Read with a country code"),
    "country_code_unconfirmed": QT_TRANSLATE_NOOP("CheckPage", "Valid only with a + added"),
    "plus_reading_unverified": QT_TRANSLATE_NOOP("CheckPage", "Not in use, even with a + added"),
    "country_code_differs": QT_TRANSLATE_NOOP("CheckPage", "Country code not the row's country"),
    "unknown_country": QT_TRANSLATE_NOOP("CheckPage", "Country not known"),
    "several_numbers": QT_TRANSLATE_NOOP("CheckPage", "Several numbers in one cell"),
    "phone_from_fallback": QT_TRANSLATE_NOOP("CheckPage", "Number from another column"),
    "duplicate": QT_TRANSLATE_NOOP("CheckPage", "Phone number repeated"),
    "long_name": QT_TRANSLATE_NOOP("CheckPage", "Very long name"),
    "not_finite": QT_TRANSLATE_NOOP("CheckPage", "Value that cannot be sent"),
    GROUP_TOO_LONG_CODE: QT_TRANSLATE_NOOP("CheckPage", "Group name too long for a list"),
    GROUP_EMPTY_CODE: QT_TRANSLATE_NOOP("CheckPage", "Empty group name"),
}
"""The filter's name for each kind of problem, in plain words (translated where shown)."""
CHART_ROWS = 6
"""The problems chart's rows: six kinds, or five and one counting the others."""


def problem_label(code: str) -> str:
    """An issue code as words ("too_short" → "Too few digits"); an unknown code made readable."""
    label = PROBLEM_LABELS.get(code)
    if label is None:
        return code.replace("_", " ").capitalize()
    return QCoreApplication.translate("CheckPage", label)


class CheckPageWords(CountedWords):
    """The Check page's counted phrases (Qt's plural forms need a class's ``tr``)."""

    def all_checked(self, rows: int) -> str:
        if self.cards:
            return self.tr("All %Ln cards checked.", "", rows)
        return self.tr("All %Ln rows checked.", "", rows)

    def none_sendable(self, rows: int) -> str:
        if self.cards:
            return self.tr("None of the %Ln cards can be sent.", "", rows)
        return self.tr("None of the %Ln rows can be sent.", "", rows)

    def country(self, region: str) -> str:
        return self.tr(
            "Numbers without a country code are read as <b>{country}</b> (+{code}) numbers."
        ).format(country=escape(country_name(region)), code=dial_code(region))

    def row_countries(self, region: str, column: str) -> str:
        return self.tr(
            "Numbers without a country code are read in each row's country (column "
            "{column}); rows without one: <b>{country}</b> (+{code})."
        ).format(
            column=escape(column), country=escape(country_name(region)), code=dial_code(region)
        )

    def found(self, countries: str) -> str:
        return self.tr("Countries found: {countries}").format(countries=countries)

    def unverified(self, rows: int) -> str:
        return self.tr("Send the numbers that cannot be &verified (%Ln rows)", "", rows)

    def more_kinds(self, kinds: int) -> str:
        """The problems chart's last row, when ``kinds`` more kinds than it draws were found."""
        return self.tr("+%Ln more kinds (see Show below)", "", kinds)

    def explained(self, rows: int, regions: list[str]) -> str:
        return self.tr(
            "Send the numbers that cannot be &verified: none to send — the %Ln rows are valid "
            "{country} numbers",
            "",
            rows,
        ).format(country=" / ".join(country_name(region) for region in regions))


def country_text(region: str, mapping: Mapping | None = None) -> str:
    """'Numbers without a country code are read as <b>United States</b> (+1) numbers.', or in
    each row's country when ``mapping`` has a country column."""
    column = None if mapping is None else mapping.country_index
    if column is None:
        return CheckPageWords().country(region)
    title = titled_column(mapping.columns[column].header, column) if mapping else ""
    return CheckPageWords().row_countries(region, title)


def countries_found_text(result: CheckResult) -> str:
    """'Countries found: Brazil 7 · India 6 · …' ("" without a country column)."""
    named = result.named_countries()
    if not named:
        return ""
    listed = " · ".join(
        f"{escape(country_name(region))} {QLocale().toString(rows)}"
        for region, rows in named.most_common()
    )
    return CheckPageWords().found(listed)


def unverified_text(rows: int) -> str:
    """The label of the "send numbers that cannot be verified" box, with how many rows."""
    return CheckPageWords().unverified(rows)


class CheckPage(WizardPage):
    """Counts, the table of rows with issues, the default country and the duplicates policy."""

    header_row_chosen = Signal(int)
    """The advice's fix: read the sheet again with its column titles in this row."""

    def __init__(
        self, session: ImportSession, settings: AppSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, settings, parent)
        self.setTitle(self.tr("Check data"))
        self.setSubTitle(
            self.tr(
                "Every row is checked before anything is sent. Fix what you can here, "
                "or export the rows that cannot be sent and fix them in Excel."
            )
        )
        self.model = IssuesModel(self)
        self.model.row_edited.connect(self._row_edited)
        self._checked_for: tuple[object, ...] | None = None
        self._groups_asked: tuple[object, ...] | None = None
        """The inputs of the check whose many groups were asked about (asked once)."""
        self._busy = False
        self._pending_country: str | None = None
        self._exported_to = Path()
        self._closing = False
        self._inputs_at_start: tuple[object, ...] = ()
        self._build()

    # ----- layout -----------------------------------------------------------------------
    def _build(self) -> None:
        self.body.setSpacing(8)
        self.country_line = QLabel(self)
        self.country_line.setObjectName("countrySentence")
        self.country_line.setWordWrap(True)
        self.country_combo = CountryCombo(self)
        self.country_combo.setAccessibleName(self.tr("Default country for phone numbers"))
        self.country_combo.setToolTip(
            self.tr(
                "Phone numbers written without a country code are read as numbers of this country."
            )
        )
        self.duplicates_combo = QComboBox(self)
        self.duplicates_combo.setAccessibleName(self.tr("Which row to keep when a number repeats"))
        self.duplicates_combo.setAccessibleDescription(
            self.tr("Of the rows with the same phone number, only one is sent.")
        )
        for policy, text in DUPLICATE_CHOICES:
            text = self.tr(text)
            self.duplicates_combo.addItem(text, policy.value)
        self.country_box = QFrame(self)
        self.country_box.setObjectName("countryBox")
        country_row = QHBoxLayout(self.country_box)
        country_row.setContentsMargins(10, 6, 8, 6)
        country_row.addWidget(self.country_line, 1)
        country_row.addWidget(self._label(self.tr("Default &country:"), self.country_combo))
        country_row.addWidget(self.country_combo)
        self.country_combo.setMaximumWidth(self.fontMetrics().horizontalAdvance("0") * 30)
        self._restyle()
        on_theme_change(self._restyle)
        self.body.addWidget(self.country_box)
        self.countries_line = QLabel(self)
        self.countries_line.setObjectName("countriesFound")
        self.countries_line.setWordWrap(True)
        self.countries_line.setVisible(False)
        self.body.addWidget(self.countries_line)
        self.unverified_box = WrappingCheckBox(unverified_text(0), self)
        self.unverified_box.setObjectName("sendUnverified")
        self.unverified_box.setToolTip(
            self.tr(
                "For numbers in ranges newer than the phone number data: they have the right "
                "number of digits, but the data does not know them as in use. Placeholders such "
                "as 000-000-0000 are never sent."
            )
        )
        self.unverified_box.setAccessibleName(self.tr("Send numbers that cannot be verified"))

        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Checking progress"))
        self.status = StatusLabel(self)
        self.body.addWidget(self.progress)
        self.body.addWidget(self.status)

        self.layout_label = QLabel(self)
        self.layout_label.setObjectName("layoutName")
        self.body.addWidget(self.layout_label)
        self.tiles = CheckTiles(self)
        self.chart = BarChart(
            self.tr("Problems by kind"), CHART_ROWS, self, CheckPageWords().more_kinds
        )
        self.chart.setVisible(False)
        numbers = ResponsiveRow(self)
        numbers.add(self.tiles, 3)
        numbers.add(self.chart, 2)
        self.body.addWidget(numbers)
        options = QHBoxLayout()
        options.addWidget(
            self._label(self.tr("When a phone number &repeats:"), self.duplicates_combo)
        )
        options.addWidget(self.duplicates_combo)
        options.addStretch(1)
        self.body.addLayout(options)
        self.body.addWidget(self.unverified_box)
        self.advice = AdvicePanel(self)
        self.advice.use_region.connect(self._use_hinted_country)
        self.advice.use_header_row.connect(self._use_header_row)
        self.advice.use_column.connect(self._use_phone_column)
        self.advice.use_fallback.connect(self._use_fallback)
        self.advice.back_to_columns.connect(self._back_to_columns)
        self.body.addWidget(self.advice)

        self.filter_combo = QComboBox(self)
        self.filter_combo.setAccessibleName(self.tr("Show rows with this problem"))
        self.filter_combo.setAccessibleDescription(
            self.tr("The table below shows only the rows with the chosen kind of problem.")
        )
        self.export_button = QPushButton(self.tr("&Export rows that cannot be sent…"), self)
        self.export_button.setToolTip(
            self.tr(
                "Saves the rows with problems (not the repeated numbers) to an Excel file: "
                "fix them there, then import that file."
            )
        )
        self.export_button.clicked.connect(self._export)
        show = QHBoxLayout()
        show.addWidget(self._label(self.tr("&Show:"), self.filter_combo))
        show.addWidget(self.filter_combo, 1)
        row = ResponsiveRow(self)
        row.add(show, 1)
        row.add(self.export_button)
        self.body.addWidget(row)

        self.table = issues_table(self.model, self)
        self.empty = QLabel(self.tr("No rows need attention: every row is ready to send."), self)
        self.empty.setObjectName("nothingToFix")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.table_stack = QStackedWidget(self)
        self.table_stack.addWidget(self.table)
        self.table_stack.addWidget(self.empty)
        self.body.addWidget(self.table_stack, 1)
        self.detail = QLabel(self.tr(DETAIL_HINT), self)
        self.detail.setObjectName("problemDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.addWidget(self.detail)
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)
        self.model.modelReset.connect(self._show_detail)
        self.model.dataChanged.connect(self._show_detail)

        self.country_combo.currentIndexChanged.connect(self._country_changed)
        self.duplicates_combo.currentIndexChanged.connect(self._duplicates_changed)
        self.unverified_box.toggled.connect(self._unverified_changed)
        self.filter_combo.currentIndexChanged.connect(self._filter_changed)
        self.setTabOrder(self.country_combo, self.duplicates_combo)
        self.setTabOrder(self.duplicates_combo, self.unverified_box)
        self.setTabOrder(self.unverified_box, self.filter_combo)
        self.setTabOrder(self.filter_combo, self.export_button)
        self.setTabOrder(self.export_button, self.table)

    @Slot()
    def _restyle(self) -> None:
        self.country_box.setStyleSheet(box_style("#countryBox", Tone.INFO))

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    # ----- entering the page ------------------------------------------------------------
    def initializePage(self) -> None:
        """Check the file (again) unless the result already matches the file and mapping."""
        super().initializePage()
        choices = self.session.choices
        if choices is not None:
            self._select(self.country_combo, choices.country)
            self._select(self.duplicates_combo, choices.duplicates.value)
            self.unverified_box.blockSignals(True)
            self.unverified_box.setChecked(choices.send_unverified)
            self.unverified_box.blockSignals(False)
        mapping = choices.mapping if choices is not None else None
        self.country_line.setText(country_text(self.country(), mapping))
        if self.session.result is not None and self._checked_for == self._inputs():
            self._show_result()
            return
        self._start_check()

    def _inputs(self) -> tuple[object, ...]:
        """What a new check depends on (the country and policy are applied in place)."""
        c = self.session.choices
        return () if c is None else (c.path, c.sheet, c.header_row, c.mapping, c.list_separator)

    @staticmethod
    def _select(combo: QComboBox, data: str) -> None:
        index = combo.findData(data)
        if index >= 0:
            combo.blockSignals(True)
            combo.setCurrentIndex(index)
            combo.blockSignals(False)

    def country(self) -> str:
        """The default country chosen (ISO region code)."""
        return str(self.country_combo.currentData())

    def duplicates(self) -> DuplicatePolicy:
        """The duplicates policy chosen."""
        return DuplicatePolicy(self.duplicates_combo.currentData())

    # ----- background work --------------------------------------------------------------
    def _start_check(self) -> None:
        session = self.session
        if session.choices is None or session.choices.mapping is None:
            self.status.show_error(self.tr("Choose a file and its columns first (go Back)."))
            return
        session.result = None
        session.choose_country(self.country())
        worker = CheckWorker(
            session.choose_duplicates(self.duplicates()), journal_folder(session.practice_mode)
        )
        self._begin(self.tr("Checking every row…"))
        worker.progress.connect(self._progress)
        worker.result.connect(self._check_done)
        worker.failed.connect(self._failed)
        self._inputs_at_start = self._inputs()
        start_worker(worker, self)

    def _start_unverified(self, send: bool) -> None:
        result = self.session.result
        if result is None:
            return
        worker = UnverifiedWorker(result, send)
        self._begin(
            self.tr("Marking the numbers that cannot be verified as ready to send…")
            if send
            else self.tr("Marking the numbers that cannot be verified as not to be sent…")
        )
        worker.result.connect(self._revalidate_done)
        worker.failed.connect(self._failed)
        start_worker(worker, self)

    def _start_revalidate(self, country: str) -> None:
        result = self.session.result
        if result is None:
            return
        worker = RevalidateWorker(result, country)
        self._begin(self.tr("Reading the phone numbers again for the new country…"))
        worker.result.connect(self._revalidate_done)
        worker.failed.connect(self._failed)
        start_worker(worker, self)

    def _begin(self, text: str) -> None:
        self._busy = True
        self.advice.setVisible(False)
        self.model.set_result(None)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.status.show_busy(text)
        self._set_controls_enabled(False)
        self.completeChanged.emit()

    def _end(self) -> None:
        self._busy = False
        self.progress.setVisible(False)
        self._set_controls_enabled(True)
        self.completeChanged.emit()

    def _set_controls_enabled(self, enabled: bool) -> None:
        widgets = (
            self.duplicates_combo,
            self.unverified_box,
            self.filter_combo,
            self.export_button,
            self.table,
        )
        for widget in widgets:
            widget.setEnabled(enabled)

    @Slot(int, int)
    def _progress(self, done: int, total: int) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        self.status.show_busy(self.tr("Checking every row… %Ln read so far", "", done))

    @Slot(object)
    def _check_done(self, result: CheckResult) -> None:
        self.session.checked(result)
        self._checked_for = self._inputs_at_start
        self._end()
        self._after_background_work()
        self._ask_many_groups(result)

    def _ask_many_groups(self, result: CheckResult) -> None:
        """More than :data:`MANY_GROUPS` groups in the lists column: are they really lists
        (asked once per file and column choice)? No: the column becomes an extra field."""
        if result.mapping.lists_index is None or self._groups_asked == self._inputs():
            return
        groups = len(group_rows(result, result.ready_indices()))
        if groups <= MANY_GROUPS:
            return
        self._groups_asked = self._inputs()
        ConfirmDialog.ask(
            self,
            self.tr("Many groups"),
            many_groups_question(groups),
            self.tr("&Make them lists"),
            self.tr("&No, keep the column as text"),
            self._groups_answered,
        )

    def _groups_answered(self, lists: bool) -> None:
        result = self.session.result
        if lists or result is None or self._busy:
            return
        mapping = without_lists(result.mapping)
        self._change_mapping(mapping)
        self._groups_asked = self._inputs()

    @Slot(object)
    def _revalidate_done(self, _changed: object) -> None:
        if self.session.result is not None:
            self.session.checked(self.session.result)
        self._end()
        self._after_background_work()

    def _after_background_work(self) -> None:
        pending, self._pending_country = self._pending_country, None
        result = self.session.result
        if self._closing:
            return
        if pending is not None and result is not None and pending != result.country:
            self._start_revalidate(pending)
            return
        self._show_result()

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        self._end()
        self._pending_country = None
        self.status.show_error(user_text(exc))
        show_error(self, exc, self.tr("The file could not be checked"))

    # ----- showing the result -----------------------------------------------------------
    def _show_result(self) -> None:
        result = self.session.result
        if result is None:
            return
        words = CheckPageWords(result.cards)
        if result.has_sendable() or not len(result):
            self.status.show_ok(words.all_checked(len(result)))
        else:
            self.status.show_error(words.none_sendable(len(result)))
        self._show_advice(result)
        self.progress.setVisible(False)
        codes = result.issue_codes()
        self._refill_filter(codes)
        self._show_unverified(result)
        self.model.set_result(result, self.filter_combo.currentData())
        self._update_counts()
        self.country_line.setText(country_text(result.country, result.mapping))
        found = countries_found_text(result)
        self.countries_line.setText(found)
        self.countries_line.setVisible(bool(found))

    def _show_unverified(self, result: CheckResult) -> None:
        """The box's count: the rows it would really send. It can be ticked only while some
        numbers cannot be verified; when countries the file points to explain them all (the
        suggested one, or the one the few such numbers point to), it names them and stays off
        (the advice's main button is the fix)."""
        rows, explained = result.unverified_rows()
        if explained and not rows:
            regions = list(result.explaining_countries())
            self.unverified_box.set_full_text(CheckPageWords().explained(explained, regions))
        else:
            self.unverified_box.set_full_text(unverified_text(rows))
        self.unverified_box.blockSignals(True)
        self.unverified_box.setChecked(result.send_unverified)
        self.unverified_box.blockSignals(False)
        self.unverified_box.setEnabled(not self._busy and (rows > 0 or result.send_unverified))

    def _show_advice(self, result: CheckResult) -> None:
        """The recognised layout; why rows cannot be sent and what fixes it (engine's words)."""
        layout = recognise_layout(result.headers)
        self.layout_label.setText(
            "" if layout is None else self.tr("Recognised: {layout}.").format(layout=layout.name)
        )
        self.layout_label.setVisible(layout is not None)
        phone = result.mapping.phone_index
        if phone is None:
            self.advice.setVisible(False)
            return
        preview = self.session.preview
        sample = preview.rows if preview is not None else []
        self.advice.show_advice(
            diagnose(result, sample),
            fallback_offer(result),
            result.headers,
            result.headers[phone],
            result.suggested_country,
        )

    def _change_mapping(self, mapping: Mapping) -> None:
        """Check again with ``mapping`` (chosen from the advice)."""
        self.session.choose_columns(mapping)
        self.advice.setVisible(False)
        self._start_check()

    @Slot(int)
    def _use_header_row(self, row: int) -> None:
        if not self._busy:
            self.header_row_chosen.emit(row)

    @Slot(int)
    def _use_phone_column(self, column: int) -> None:
        result = self.session.result
        if result is None or self._busy:
            return
        choice = ColumnOverrides(phone=column_letter(column))
        self._change_mapping(apply_overrides(result.mapping, result.headers, choice))

    @Slot(int)
    def _use_fallback(self, column: int) -> None:
        result = self.session.result
        if result is None or self._busy:
            return
        mapping = result.mapping
        self._change_mapping(mapping.with_fallbacks((*mapping.phone_fallbacks, column)))

    @Slot()
    def _back_to_columns(self) -> None:
        wizard = self.wizard()
        if wizard is not None and not self._busy:
            wizard.back()

    def _refill_filter(self, codes: dict[str, int]) -> None:
        current = self.filter_combo.currentData()
        self.filter_combo.blockSignals(True)
        self.filter_combo.clear()
        self.filter_combo.addItem(self.tr("All rows that need attention"), None)
        for code, count in codes.items():
            label = self.tr("{problem} ({count})").format(
                problem=problem_label(code), count=QLocale().toString(count)
            )
            self.filter_combo.addItem(label, code)
        index = self.filter_combo.findData(current) if current is not None else 0
        self.filter_combo.setCurrentIndex(max(0, index))
        self.filter_combo.blockSignals(False)
        fit_items(self.filter_combo)

    def _update_counts(self) -> None:
        result = self.session.result
        self.tiles.setVisible(result is not None)
        if result is None:
            self.chart.setVisible(False)
            return
        counts = result.counts()
        self.tiles.show_counts(counts)
        self._show_chart(result)
        self.export_button.setEnabled(counts.invalid > 0 and not self._busy)
        self.completeChanged.emit()

    def _show_chart(self, result: CheckResult) -> None:
        """The problems by kind: those that keep rows from being sent first (in the error
        tone), then the notes; each most frequent first. Kinds beyond the chart's rows are
        named in its last row."""
        errors = result.error_codes()
        codes = sorted(result.issue_codes().items(), key=lambda item: item[0] not in errors)
        self.chart.set_bars(
            [
                Bar(problem_label(code), count, Tone.ERROR if code in errors else Tone.NOTE)
                for code, count in codes
            ]
        )
        self.chart.setVisible(bool(self.chart.bars))

    # ----- user actions -----------------------------------------------------------------
    @Slot(str)
    def _use_hinted_country(self, region: str) -> None:
        """Switch the default country to the suggested one (which re-checks the numbers)."""
        index = self.country_combo.findData(region)
        if index >= 0:
            self.country_combo.setCurrentIndex(index)

    @Slot(int)
    def _country_changed(self, _index: int) -> None:
        self.advice.setVisible(False)
        country = self.country()
        choices = self.session.choices
        self.country_line.setText(country_text(country, choices.mapping if choices else None))
        self.settings.country = country
        if self.session.choices is not None:
            self.session.choose_country(country)
        if self._busy:
            self._pending_country = country
            return
        result = self.session.result
        if result is not None and result.country != country:
            self._start_revalidate(country)

    @Slot(int)
    def _duplicates_changed(self, _index: int) -> None:
        result = self.session.result
        if self.session.choices is not None:
            self.session.choose_duplicates(self.duplicates())
        if result is None or self._busy:
            return
        set_duplicates_policy(result, self.duplicates())
        self._show_result()

    @Slot(bool)
    def _unverified_changed(self, send: bool) -> None:
        if self.session.choices is not None:
            self.session.choose_unverified(send)
        result = self.session.result
        if result is not None and not self._busy and result.send_unverified != send:
            self._start_unverified(send)

    @Slot(int)
    def _filter_changed(self, _index: int) -> None:
        self.model.set_code(self.filter_combo.currentData())

    @Slot()
    def _show_detail(self) -> None:
        """The whole problem text of the selected row under the table (the cells cut it)."""
        empty = self.model.result is not None and self.model.rowCount() == 0
        self.table_stack.setCurrentWidget(self.empty if empty else self.table)
        self.detail.setVisible(not empty)
        current = self.table.currentIndex()
        if not current.isValid() or current.row() >= self.model.rowCount():
            self.detail.setText(self.tr(DETAIL_HINT))
            return
        self.detail.setText(self.model.row_summary(current.row()))

    @Slot(int)
    def _row_edited(self, _index: int) -> None:
        self._update_counts()

    @Slot()
    def _export(self) -> None:
        result = self.session.result
        if result is not None:
            self.ask_export_path(result, self._export_to)

    def _export_to(self, path: Path) -> None:
        result = self.session.result
        if result is None:
            return
        worker = AttentionFileWorker(result, path)
        self._exported_to = path
        worker.result.connect(self._exported)
        worker.failed.connect(self._export_failed)
        self.export_button.setEnabled(False)
        self.status.show_busy(self.tr('Saving "{file}"…').format(file=path.name))
        start_worker(worker, self)

    @Slot(object)
    def _exported(self, saved: RowsToFix) -> None:
        self.export_button.setEnabled(True)
        text = self.tr(
            'Saved %Ln rows to "{file}". Fix them there, then import that file.', "", saved.count
        ).format(file=self._exported_to.name)
        self.status.show_ok(f"{text} {saved.source_note}".rstrip())

    @Slot(object)
    def _export_failed(self, exc: BaseException) -> None:
        self.export_button.setEnabled(True)
        self.status.show_error(user_text(exc))
        show_error(self, exc, self.tr("The rows could not be exported"))

    def ask_export_path(self, result: CheckResult, on_chosen: Callable[[Path], None]) -> None:
        """Ask where to save the rows that cannot be sent (the system's Save dialog, opened
        without blocking; tests replace this)."""
        name = self.tr("{file} - rows to fix").format(file=result.path.stem)
        RowsFileDialog.ask_save(
            self,
            self.tr("Export rows that cannot be sent"),
            output_folder(result.path) / f"{name}.xlsx",
            on_chosen,
        )

    # ----- wizard hooks -----------------------------------------------------------------
    def shutdown(self) -> None:
        """Stop the check (the window is closing); start nothing new afterwards."""
        self._closing = True
        super().shutdown()

    def is_busy(self) -> bool:
        """True from the start of a check or re-check until its result is shown: its worker's
        thread may end before the result reaches the page."""
        return self._busy or super().is_busy()

    def isComplete(self) -> bool:
        """Next once the check is done and at least one row can be sent."""
        result = self.session.result
        return not self._busy and result is not None and result.has_sendable()

    def skip_state(self) -> SkipState:
        """Wait for the check; go on when rows can be sent, else stay to show why not."""
        return SkipState.WAIT if self._busy else super().skip_state()

    def validatePage(self) -> bool:
        """Remember the country and policy for the upload (``phone_number_cc``)."""
        self.session.choose_country(self.country())
        self.session.choose_duplicates(self.duplicates())
        self.settings.country = self.country()
        return True
