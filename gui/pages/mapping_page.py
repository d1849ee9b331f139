"""Page 3, Match columns: what each column of the file becomes in Sociocs."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QWidget,
)

from gui.dialogs.file_dialog import TemplateFileDialog
from gui.dialogs.message_boxes import show_error
from gui.models.mapping_model import COLUMN, EXAMPLES, KEY, ROLE, MappingModel
from gui.pages.base import SkipState, WizardPage
from gui.session import ImportSession
from gui.settings import AppSettings
from gui.widgets.groups_line import GroupsLine
from gui.widgets.mapping_overview import FallbackChooser, LeftOutLine, chosen_text
from gui.widgets.role_delegate import RoleDelegate
from gui.widgets.status_label import StatusLabel
from gui.widgets.table_height import keep_rows_visible
from importer.errors import MappingError
from importer.groups.separators import GroupSeparator
from importer.mapping.extras import import_as_extras, leave_out, left_out
from importer.mapping.fallbacks import fallback_candidates
from importer.mapping.layouts import recognise_layout
from importer.mapping.memory import MappingMemory
from importer.mapping.model import Mapping
from importer.mapping.rules import check_mapping
from importer.mapping.suggest import suggest_mapping
from importer.mapping.template import load_template, save_template
from importer.settings_paths import mappings_dir

log = logging.getLogger(__name__)


class MappingPage(WizardPage):
    """Shows one row per column with an "Import as" choice and checks the choices live."""

    def __init__(
        self, session: ImportSession, settings: AppSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, settings, parent)
        self.setTitle(self.tr("Match columns"))
        self.setSubTitle(self.tr("Choose what each column of your file becomes in Sociocs."))
        self.memory = MappingMemory(mappings_dir())
        self._problems: list[str] = []
        self._kept_choices = False
        self._added: list[int] = []
        """Columns the user just made extra fields all at once (undone together)."""
        self._separator: GroupSeparator | None = None
        """What separates groups in the lists column's cells, as chosen (None: found)."""
        self._build()

    def _build(self) -> None:
        explanation = QLabel(
            self.tr(
                "Tell the program what each column of your file holds. Only the <b>phone "
                "number</b> is required. Columns set to <i>Extra field</i> are saved in Sociocs "
                "under the field name shown (you can change it); <i>Don't import</i> leaves a "
                "column out."
            ),
            self,
        )
        explanation.setWordWrap(True)
        self.body.addWidget(explanation)
        self.origin = QLabel("", self)
        self.origin.setObjectName("mappingOrigin")
        self.origin.setWordWrap(True)
        self.body.addWidget(self.origin)
        self.chosen = QLabel("", self)
        self.chosen.setObjectName("chosenColumns")
        self.chosen.setWordWrap(True)
        self.body.addWidget(self.chosen)
        self.fallback = FallbackChooser(self)
        self.fallback.chosen.connect(self._fallback_chosen)
        self.body.addWidget(self.fallback)
        self.groups = GroupsLine(self)
        self.groups.setVisible(False)
        self.groups.chosen.connect(self._separator_chosen)
        self.body.addWidget(self.groups)
        self.model = MappingModel(self)
        self.model.mapping_changed.connect(self._on_mapping_changed)
        self.table = QTableView(self)
        self.table.setObjectName("mappingTable")
        self.table.setAccessibleName(self.tr("Column choices"))
        self.table.setAccessibleDescription(
            self.tr(
                "One row for each column of the file: its title, examples of its values and "
                "what it becomes in Sociocs."
            )
        )
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(ROLE, RoleDelegate(self.table))
        self.table.setEditTriggers(  # not CurrentChanged: Tab would open every name in turn
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setTabKeyNavigation(False)  # Tab goes on to each "Import as" choice
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(EXAMPLES, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ROLE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(KEY, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(
            KEY,
            max(  # room for a key, and for the title in every language
                22 * self.table.fontMetrics().horizontalAdvance("n"), header.sectionSizeHint(KEY)
            ),
        )
        keep_rows_visible(self.table)
        self.body.addWidget(self.table, 1)
        self.left_out = LeftOutLine(self)
        self.left_out.import_all.connect(self._import_left_out)
        self.left_out.undo_import.connect(self._undo_import)
        self.body.addWidget(self.left_out)
        self.problems = StatusLabel(self)
        self.problems.setObjectName("mappingProblems")
        self.body.addWidget(self.problems)
        self.body.addLayout(self._build_template_row())

    def _build_template_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.load_button = QPushButton(self.tr("&Load template…"), self)
        self.load_button.setObjectName("loadTemplateButton")
        self.load_button.setAccessibleDescription(
            self.tr("Uses column choices saved earlier in a template file.")
        )
        self.load_button.clicked.connect(self.load_template)
        self.save_button = QPushButton(self.tr("Sa&ve as template…"), self)
        self.save_button.setObjectName("saveTemplateButton")
        self.save_button.setAccessibleDescription(
            self.tr("Saves these column choices in a file, for other files with the same columns.")
        )
        self.save_button.clicked.connect(self.save_template)
        row.addWidget(self.load_button)
        row.addWidget(self.save_button)
        row.addStretch(1)
        return row

    # ----- QWizardPage --------------------------------------------------------------------
    def initializePage(self) -> None:
        """Keep the choices already made for this sheet, else recall or suggest them."""
        super().initializePage()
        preview = self.session.preview
        if preview is None:
            return
        choices = self.session.choices
        mapping = None if choices is None else choices.mapping
        self._separator = None if choices is None else choices.list_separator
        self._kept_choices = mapping is not None
        if mapping is None or [c.header for c in mapping.columns] != preview.headers:
            self._kept_choices = False
            recalled = self.memory.recall(preview.headers, preview.rows)
            self.origin.setText(
                self.tr(
                    "These choices are the ones you made last time for a file with the same "
                    "columns."
                )
                if recalled is not None
                else self._suggested_text()
            )
            mapping = recalled or suggest_mapping(preview.headers, preview.rows)
        self._added = []
        self.show_mapping(mapping)

    def _suggested_text(self) -> str:
        preview = self.session.preview
        layout = recognise_layout(preview.headers) if preview is not None else None
        return (
            self.tr(
                "The program guessed these choices from the column titles and values. Check them."
            )
            if layout is None
            else self.tr(
                "Recognised: {layout}. The columns are matched for you; check them if you like."
            ).format(layout=layout.name)
        )

    def isComplete(self) -> bool:
        """Next once the choices have no problem (a phone column is chosen, keys are valid)."""
        return bool(self.model.mapping().columns) and not self._problems

    def skip_state(self) -> SkipState:
        """Go on only with the choices already made (a continued import); else let the user look."""
        return SkipState.GO if self._kept_choices and self.isComplete() else SkipState.STOP

    def validatePage(self) -> bool:
        """Keep the choices for the next pages and remember them for files like this one."""
        mapping = self.model.mapping()
        self.session.choose_columns(mapping)
        self.session.choose_list_separator(
            self._separator if mapping.lists_index is not None else None
        )
        try:
            self.memory.remember([c.header for c in mapping.columns], mapping)
        except MappingError as exc:
            log.warning("Could not remember the mapping: %s", exc)
        return True

    # ----- choices --------------------------------------------------------------------------
    def show_mapping(self, mapping: Mapping) -> None:
        """Show ``mapping`` in the table with an "Import as" drop-down on every row."""
        preview = self.session.preview
        self.model.set_mapping(mapping, preview.rows if preview is not None else [])
        previous: QWidget = self.table
        widest = self.table.horizontalHeader().sectionSizeHint(ROLE)
        for row in range(self.model.rowCount()):
            index = self.model.index(row, ROLE)
            self.table.openPersistentEditor(index)
            editor = self.table.indexWidget(index)
            if editor is not None:  # Tab visits the choices top to bottom
                widest = max(widest, editor.sizeHint().width())
                self.setTabOrder(previous, editor)
                previous = editor
        self.table.setColumnWidth(ROLE, widest)  # the longest choice is never cut
        self.setTabOrder(previous, self.left_out.button)
        self.setTabOrder(self.left_out.button, self.load_button)

    @Slot()
    def _on_mapping_changed(self) -> None:
        mapping = self.model.mapping()
        self._show_overview(mapping)
        self._problems = check_mapping(mapping)
        if self._problems:
            self.problems.show_error("\n".join(self._problems))
        elif self.model.mapping().columns:
            self.problems.show_ok(self.tr("Every column has a valid choice."))
        else:
            self.problems.clear_status()
        self.completeChanged.emit()

    def _show_overview(self, mapping: Mapping) -> None:
        """The chosen columns, the fallback choice and the left-out columns for ``mapping``."""
        preview = self.session.preview
        rows = preview.rows if preview is not None else []
        headers = [c.header for c in mapping.columns]
        self.chosen.setText(chosen_text(mapping) if mapping.columns else "")
        self.fallback.show_choices(mapping, fallback_candidates(headers, rows, mapping))
        self._added = [i for i in self._added if i in mapping.extra_fields.values()]
        self.left_out.show_counts(len(left_out(mapping, rows)), len(self._added))
        self._show_groups(mapping)

    def _show_groups(self, mapping: Mapping) -> None:
        """The separator and the groups of the first rows, while a column names the groups."""
        column = mapping.lists_index
        self.groups.setVisible(column is not None)
        if column is None:
            return
        preview = self.session.preview
        rows = preview.rows if preview is not None else []
        values = [cells[column] if column < len(cells) else None for _number, cells in rows]
        self.groups.show_column(values, self._separator)

    @Slot()
    def _separator_chosen(self) -> None:
        self._separator = self.groups.separator()

    @Slot(int)
    def _fallback_chosen(self, column: int) -> None:
        self.show_mapping(self.model.mapping().with_fallbacks((column,) if column >= 0 else ()))

    @Slot()
    def _import_left_out(self) -> None:
        preview = self.session.preview
        mapping = self.model.mapping()
        columns = left_out(mapping, preview.rows if preview is not None else [])
        self._added = columns
        self.show_mapping(import_as_extras(mapping, columns))

    @Slot()
    def _undo_import(self) -> None:
        columns, self._added = self._added, []
        self.show_mapping(leave_out(self.model.mapping(), columns))

    @Slot()
    def load_template(self) -> None:
        """Ask for a saved template, then apply it to this sheet's columns."""
        TemplateFileDialog.ask_open(self, mappings_dir(), self._load_template)

    def _load_template(self, path: Path) -> None:
        preview = self.session.preview
        if preview is None:
            return
        try:
            mapping = load_template(path, preview.headers, preview.rows)
        except MappingError as exc:
            show_error(self, exc, self.tr("Template not loaded"))
            return
        self.origin.setText(
            self.tr('These choices come from the template "{file}".').format(file=path.name)
        )
        self.show_mapping(mapping)

    @Slot()
    def save_template(self) -> None:
        """Ask where, then save the current choices as a template file for other files and
        the CLI."""
        name = self.session.path.stem if self.session.path is not None else "contacts"
        TemplateFileDialog.ask_save(
            self, mappings_dir() / f"{name}-mapping.json", self._save_template
        )

    def _save_template(self, path: Path) -> None:
        try:
            save_template(self.model.mapping(), path)
        except MappingError as exc:
            show_error(self, exc, self.tr("Template not saved"))
            return
        self.origin.setText(self.tr('Saved these choices as "{file}".').format(file=path.name))
