"""The whole wizard with a Google Contacts export and a phone's vCard file: from Choose file to
Done with Next alone — no column chosen by hand — and the right contacts in the sandbox."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from gui.pages.check_page import CheckPage
from gui.pages.confirm_page import ConfirmPage
from gui.pages.done_page import DonePage
from gui.pages.list_page import ListPage
from gui.wizard import ImportWizard, page_id
from importer.sandbox.server import SandboxServer
from tests.gui.wizard_walk import connect_and_load, on_page
from tests.helpers.contact_exports import EXPORTS, VCARDS

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

GOOGLE_ROWS = [
    {
        "First Name": "Ann",
        "Last Name": "Lee",
        "E-mail 1 - Label": "* Work",
        "E-mail 1 - Value": "ann@example.com",
        "Phone 1 - Label": "Mobile",
        "Phone 1 - Value": "+1 617-253-2000 ::: +1 617-253-2001",
    },
    {
        "First Name": "Bob",
        "Last Name": "Stone",
        "Phone 1 - Label": "Mobile",
        "Phone 1 - Value": "(617) 253-3000",
    },
]


def _on(qtbot: QtBot, wizard: ImportWizard, page_class: type) -> Any:
    return on_page(qtbot, wizard, page_class)


def _walk(qtbot: QtBot, wizard: ImportWizard, sandbox: SandboxServer, source: Path) -> Any:
    mapping_page = connect_and_load(qtbot, wizard, sandbox, source)
    wizard.next()
    check_page = _on(qtbot, wizard, CheckPage)
    wizard.next()
    _on(qtbot, wizard, ListPage)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == page_id(ConfirmPage), timeout=15_000)
    wizard.currentPage().understand.setChecked(True)
    wizard.currentPage().consent.setChecked(True)
    wizard.next()
    _on(qtbot, wizard, DonePage)
    return mapping_page, check_page


def _contacts(sandbox: SandboxServer) -> dict[str, tuple[str, dict[str, Any]]]:
    return {p: (c["name"], c["extra_fields"]) for p, c in sandbox.store.contacts().items()}


def test_google_export_walks_to_done_without_choosing_a_column(
    qtbot: QtBot, wizard: ImportWizard, sandbox: SandboxServer, tmp_path: Path
) -> None:
    source = EXPORTS["google"].write(tmp_path / "contacts.csv", GOOGLE_ROWS)
    mapping_page, check_page = _walk(qtbot, wizard, sandbox, source)
    assert mapping_page.origin.text().startswith("Recognised: Google Contacts export.")
    assert check_page.layout_label.text() == "Recognised: Google Contacts export."
    assert _contacts(sandbox) == {
        "+16172532000": (
            "Ann Lee",
            {"e_mail_1_value": "ann@example.com", "other_phones": "+1 617-253-2001"},
        ),
        "+16172533000": ("Bob Stone", {}),
    }


def test_vcard_file_walks_to_done_without_choosing_a_column(
    qtbot: QtBot, wizard: ImportWizard, sandbox: SandboxServer, tmp_path: Path
) -> None:
    source = tmp_path / "phone.vcf"
    source.write_bytes(VCARDS.encode())
    _mapping_page, check_page = _walk(qtbot, wizard, sandbox, source)
    assert check_page.layout_label.text() == "Recognised: vCard contacts (.vcf)."
    assert set(_contacts(sandbox)) == {"+4915123456789", "+16172532000"}
    assert _contacts(sandbox)["+4915123456789"][0] == "Jürgen Müller"
