"""Page 5, Choose list: the account's contact lists, a new list, or a list number typed in."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from gui.dialogs.message_boxes import show_error
from gui.errors import user_text
from gui.pages.base import SkipState, WizardPage
from gui.session import ImportSession
from gui.settings import AppSettings
from gui.symbols import Symbol
from gui.theme import Tone
from gui.widgets.fact_list import FactList
from gui.widgets.status_label import StatusLabel
from gui.widgets.table_height import keep_rows_visible
from gui.workers.base import start_worker
from gui.workers.lists_worker import CreateListWorker, ListsWorker
from importer.api.models import ALL_CONTACTS_ID, ContactList, own_lists
from importer.columns import titled_column

ALL_CONTACTS = ContactList(ALL_CONTACTS_ID, "All Contacts")
"""Sociocs's own name for the list of every contact (kept as Sociocs shows it)."""


def list_label(contact_list: ContactList) -> str:
    """How a list is shown: its name, and its number for telling same-named lists apart."""
    if contact_list.is_all_contacts:
        text = QCoreApplication.translate("ListPage", "{list} — every contact in your account")
    else:
        text = QCoreApplication.translate("ListPage", "{list}   (list number {number})")
    return text.format(list=contact_list.name, number=contact_list.id)


class ListPage(WizardPage):
    """Lists fetched in the background, with Retry; "All Contacts" is always offered."""

    def __init__(
        self, session: ImportSession, settings: AppSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, settings, parent)
        self.setTitle(self.tr("Choose list"))
        self.setSubTitle(
            self.tr("The contacts are added to this list (and always to All Contacts).")
        )
        self._loading = False
        self._creating = False
        self._filling = False
        self._wanted: int | None = None
        self._build()

    def _build(self) -> None:
        self.status = StatusLabel(self)
        self.retry_button = QPushButton(self.tr("&Try again"), self)
        self.retry_button.setVisible(False)
        self.retry_button.clicked.connect(self._load)
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.retry_button)
        self.body.addLayout(top)

        self.groups_note = QLabel(self)
        self.groups_note.setObjectName("groupsNote")
        self.groups_note.setWordWrap(True)
        self.groups_note.setVisible(False)
        self.body.addWidget(self.groups_note)
        self.lists = QListWidget(self)
        self.lists.setObjectName("contactLists")
        self.lists.setAccessibleName(self.tr("Contact lists"))
        self.lists.setAccessibleDescription(self.tr("The contacts are added to the selected list."))
        self.lists.setSpacing(2)
        self.lists.currentItemChanged.connect(self._selection_changed)
        lists_label = QLabel(self.tr("&Lists in your account:"), self)
        lists_label.setBuddy(self.lists)
        self.body.addWidget(lists_label)
        keep_rows_visible(self.lists)
        self.body.addWidget(self.lists, 1)

        self.new_name = QLineEdit(self)
        self.new_name.setAccessibleName(self.tr("Name of the new list"))
        self.new_name.setPlaceholderText(self.tr("e.g. Customers May 2024"))
        self.create_button = QPushButton(self.tr("&Create list"), self)
        self.create_button.setEnabled(False)
        self.create_button.setAccessibleDescription(
            self.tr("Creates a list in your account with the name typed beside it.")
        )
        self.new_name.textChanged.connect(self._new_name_changed)
        self.new_name.returnPressed.connect(self._create)
        self.create_button.clicked.connect(self._create)
        create_row = QHBoxLayout()
        create_row.addWidget(self.new_name, 1)
        create_row.addWidget(self.create_button)

        self.manual_id = QLineEdit(self)
        self.manual_id.setAccessibleName(self.tr("List number typed in"))
        self.manual_id.setValidator(QIntValidator(0, 2_000_000_000, self))
        self.manual_id.setPlaceholderText(self.tr("e.g. 10001"))
        self.manual_id.setToolTip(
            self.tr(
                "If your list is not shown, type its number (you find it in the list's address "
                "in the Sociocs web app)."
            )
        )
        self.manual_id.textChanged.connect(self._manual_changed)

        form = QFormLayout()
        new_label = QLabel(self.tr("Create a ne&w list:"), self)
        new_label.setBuddy(self.new_name)
        manual_label = QLabel(self.tr("Or type a list n&umber:"), self)
        manual_label.setBuddy(self.manual_id)
        form.addRow(new_label, create_row)
        form.addRow(manual_label, self.manual_id)
        self.body.addLayout(form)
        hint = QLabel(
            self.tr(
                "If your list is not shown, type its number (you find it in the list's address "
                "in the Sociocs web app)."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        self.body.addWidget(hint)
        self.body.addSpacing(8)
        self.body.addWidget(self._build_facts())

    def _build_facts(self) -> FactList:
        facts = FactList(self.tr("Good to know"), self)
        facts.add(
            Symbol.CHECK,
            Tone.OK,
            self.tr(
                "Next, the file is compared with the contacts already in Sociocs; nothing is "
                "sent before you confirm."
            ),
        )
        facts.add(
            Symbol.DUPLICATE,
            Tone.INFO,
            self.tr(
                "A phone number is one contact: a contact already in the list is not added twice."
            ),
        )
        facts.add(
            Symbol.NOTE,
            Tone.NOTE,
            self.tr(
                "Create list makes the list in your account at once, even if you stop before "
                "uploading."
            ),
        )
        return facts

    # ----- loading ----------------------------------------------------------------------
    def initializePage(self) -> None:
        """Fetch the lists each time the page is entered."""
        super().initializePage()
        choices = self.session.choices
        chosen = None if choices is None else choices.list_id
        self._show_groups_note()
        self._wanted = chosen if chosen is not None else self.settings.list_id
        self._load()

    def _show_groups_note(self) -> None:
        """With a column of groups: each group is its own list, and this page's list takes the
        rows without a group."""
        result = self.session.result
        column = None if result is None else result.mapping.lists_index
        self.groups_note.setVisible(column is not None)
        if result is None or column is None:
            return
        self.groups_note.setText(
            self.tr(
                "<b>Each group of the column {column} becomes its own list</b> (shown on "
                "Confirm). The rows without a group go to the list you choose here."
            ).format(column=escape(titled_column(result.headers[column], column)))
        )

    @Slot()
    def _load(self) -> None:
        client = self.session.client
        if client is None:
            self.status.show_error(self.tr("Connect to Sociocs first (go back to the first step)."))
            return
        self._loading = True
        self.retry_button.setVisible(False)
        self.status.show_busy(self.tr("Fetching your contact lists from Sociocs…"))
        self._fill([])
        worker = ListsWorker(client)
        worker.result.connect(self._loaded)
        worker.failed.connect(self._load_failed)
        start_worker(worker, self)
        self.completeChanged.emit()

    @Slot(object)
    def _loaded(self, lists: list[ContactList]) -> None:
        self._loading = False
        count = len(own_lists(lists))
        self.session.lists_found = count
        self.status.show_ok(self.found_text(count))
        self._fill(lists)
        self.completeChanged.emit()

    @Slot(object)
    def _load_failed(self, exc: BaseException) -> None:
        self._loading = False
        self.retry_button.setVisible(True)
        self.status.show_error(
            self.tr("{problem} You can still choose All Contacts or type a list number.").format(
                problem=user_text(exc)
            )
        )
        self.completeChanged.emit()

    def _fill(self, lists: list[ContactList]) -> None:
        wanted = self._wanted
        self._filling = True
        self.lists.clear()
        for contact_list in [ALL_CONTACTS, *own_lists(lists)]:
            item = QListWidgetItem(list_label(contact_list), self.lists)
            item.setData(Qt.ItemDataRole.UserRole, contact_list)
            if contact_list.id == wanted:
                self.lists.setCurrentItem(item)
        if self.lists.currentItem() is None:
            self.lists.setCurrentRow(0)
        self._filling = False

    def found_text(self, count: int) -> str:
        """How many lists the account made; All Contacts, always there, is not counted."""
        if not count:
            return self.tr(
                "Your account has no lists of its own yet: use All Contacts or create one."
            )
        return self.tr("%Ln lists in your account, and All Contacts.", "", count)

    # ----- creating a list --------------------------------------------------------------
    @Slot(str)
    def _new_name_changed(self, text: str) -> None:
        self.create_button.setEnabled(bool(text.strip()) and not self._creating)

    @Slot()
    def _create(self) -> None:
        name = self.new_name.text().strip()
        client = self.session.client
        if not name or client is None or self._creating:
            return
        self._creating = True
        self.create_button.setEnabled(False)
        self.status.show_busy(self.tr('Creating the list "{list}"…').format(list=name))
        worker = CreateListWorker(client, name)
        worker.result.connect(self._created)
        worker.failed.connect(self._create_failed)
        start_worker(worker, self)
        self.completeChanged.emit()

    @Slot(object)
    def _created(self, contact_list: ContactList) -> None:
        self._creating = False
        self.new_name.clear()
        item = QListWidgetItem(list_label(contact_list), self.lists)
        item.setData(Qt.ItemDataRole.UserRole, contact_list)
        self.manual_id.clear()
        self.lists.setCurrentItem(item)
        self.status.show_ok(self.tr('List "{list}" created.').format(list=contact_list.name))
        self.completeChanged.emit()

    @Slot(object)
    def _create_failed(self, exc: BaseException) -> None:
        self._creating = False
        self._new_name_changed(self.new_name.text())
        self.status.show_error(user_text(exc))
        show_error(self, exc, self.tr("The list could not be created"))
        self.completeChanged.emit()

    # ----- choice -----------------------------------------------------------------------
    @Slot()
    def _selection_changed(self) -> None:
        item = self.lists.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if not self._filling and isinstance(value, ContactList):
            self._wanted = value.id
        self.completeChanged.emit()

    @Slot(str)
    def _manual_changed(self, _text: str) -> None:
        self.lists.setEnabled(not self.manual_id.text())
        self.completeChanged.emit()

    def chosen(self) -> ContactList | None:
        """The list picked: the typed number when given, else the selected list."""
        text = self.manual_id.text().strip()
        if text.isdigit():
            list_id = int(text)
            return (
                ALL_CONTACTS
                if list_id == 0
                else ContactList(list_id, self.tr("list #{number}").format(number=list_id))
            )
        item: QListWidgetItem | None = self.lists.currentItem()  # None when nothing is selected
        if item is None:
            return None
        value = item.data(Qt.ItemDataRole.UserRole)
        return value if isinstance(value, ContactList) else None

    def isComplete(self) -> bool:
        """Next once a list is chosen and no list is being created."""
        return not self._creating and self.chosen() is not None

    def skip_state(self) -> SkipState:
        """Wait for the lists; go on only when the list asked for is the one selected."""
        if self._loading:
            return SkipState.WAIT
        chosen = self.chosen()
        if chosen is not None and chosen.id == self._wanted and self.isComplete():
            return SkipState.GO
        self.status.show_error(
            self.tr("The list this import went to is no longer in your account. Choose a list.")
        )
        return SkipState.STOP

    def validatePage(self) -> bool:
        """Remember the list in the session and for next time."""
        chosen = self.chosen()
        if chosen is None:
            return False
        self.session.choose_list(chosen.id, chosen.name)
        self.settings.list_id = chosen.id
        return True
