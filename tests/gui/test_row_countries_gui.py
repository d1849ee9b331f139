"""The wizard with each row's country: Match columns recognises the Country column, Check
data says where numbers are read and which countries it found, Confirm says where numbers go,
and what reaches the sandbox is what the owners gave — also with the unverified box ticked on
a French or an Indian file checked as United States (nothing goes out as +1)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from gui.models.mapping_model import ROLE
from gui.pages.check_page import CheckPage
from gui.pages.confirm_page import ConfirmPage
from gui.pages.connect_page import ConnectPage
from gui.pages.done_page import DonePage
from gui.pages.file_page import FilePage
from gui.pages.list_page import ListPage
from gui.pages.mapping_page import MappingPage
from gui.wizard import ImportWizard
from importer.mapping.model import Role
from importer.sandbox.server import SandboxServer
from tests.helpers.intl_files import (
    FRENCH_MOBILES,
    INDIAN_MOBILES,
    expected_numbers,
    international_list,
)
from tests.helpers.make_files import write_xlsx
from tests.helpers.sandbox import TEST_API_KEY
from tests.helpers.wizard_steps import go_to, ready

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _to_check_page(
    qtbot: QtBot, wizard: ImportWizard, sandbox: SandboxServer, source: Path
) -> MappingPage:
    connect = go_to(qtbot, wizard, ConnectPage)
    connect.key_edit.setText(TEST_API_KEY)
    connect.url_edit.setText(sandbox.url)
    connect.url_edit.textEdited.emit(sandbox.url)
    wizard.next()
    file_page = go_to(qtbot, wizard, FilePage)
    file_page.load_file(source)
    ready(qtbot, file_page)
    wizard.next()
    mapping_page = go_to(qtbot, wizard, MappingPage)
    ready(qtbot, mapping_page)
    return mapping_page


def _upload(qtbot: QtBot, wizard: ImportWizard) -> ConfirmPage:
    wizard.next()
    list_page = go_to(qtbot, wizard, ListPage)
    ready(qtbot, list_page)
    wizard.next()
    confirm = go_to(qtbot, wizard, ConfirmPage)
    confirm.consent.setChecked(True)
    qtbot.waitUntil(
        lambda: confirm.isComplete() and wizard.session.plan is not None, timeout=15_000
    )
    return confirm


def test_an_international_list_goes_out_as_its_owners_gave_it(
    qtbot: QtBot, wizard: ImportWizard, sandbox: SandboxServer, tmp_path: Path
) -> None:
    mapping_page = _to_check_page(
        qtbot, wizard, sandbox, international_list(tmp_path / "customers.xlsx")
    )
    model = mapping_page.model
    assert model.index(3, ROLE).data() == "Country of the row"
    assert "<b>Country of each row:</b> Country (D)" in mapping_page.chosen.text()
    wizard.next()

    check = go_to(qtbot, wizard, CheckPage)
    ready(qtbot, check)
    assert check.country_line.text() == (
        "Numbers without a country code are read in each row's country (column Country (D)); "
        "rows without one: <b>United States</b> (+1)."
    )
    assert check.countries_line.text().startswith("Countries found: Germany 4 · ")
    assert "Brazil 2" in check.countries_line.text()
    assert not check.advice.country_button.isVisibleTo(check)  # eight countries: no one hint

    confirm = _upload(qtbot, wizard)
    assert "The numbers go to: 3 × Germany +49, 3 × United Kingdom +44, " in confirm.plan.text()
    assert "2 × Brazil +55" in confirm.plan.text()
    wizard.next()
    go_to(qtbot, wizard, DonePage)
    contacts = sandbox.store.contacts()
    assert {contact["name"]: phone for phone, contact in contacts.items()} == expected_numbers()


FILES_CHECKED_AS_US = {
    # country: (national numbers, numbers with the country code, what the box says)
    "France": (
        FRENCH_MOBILES[:36],
        [f"+33 7 40 40 26 {n:02d}" for n in range(4)],
        "Send the numbers that cannot be &verified (0 rows)",  # +1 065 … is not possible
    ),
    "India": (
        INDIAN_MOBILES[:36],
        [f"+91 98{n:03d} 4{n:04d}" for n in range(4)],
        "Send the numbers that cannot be &verified: none to send — the 36 rows are valid "
        "India numbers",
    ),
}


@pytest.mark.parametrize("country", sorted(FILES_CHECKED_AS_US))
def test_the_box_ticked_on_a_foreign_file_sends_nothing_as_a_us_number(
    qtbot: QtBot, wizard: ImportWizard, sandbox: SandboxServer, tmp_path: Path, country: str
) -> None:
    national, international, box_text = FILES_CHECKED_AS_US[country]
    phones = national + international
    rows = [["Name", "Phone"], *([f"Client {n}", p] for n, p in enumerate(phones))]
    _to_check_page(qtbot, wizard, sandbox, write_xlsx(tmp_path / "clients.xlsx", rows))
    wizard.next()
    check = go_to(qtbot, wizard, CheckPage)
    ready(qtbot, check)
    assert check.advice.country_button.text() == f"&Use {country}"
    assert check.advice.country_button.isVisibleTo(check)
    assert check.advice.main_button() is check.advice.country_button, "the fix is the big button"
    assert not check.advice.back_button.isVisibleTo(check)
    assert not check.unverified_box.isEnabled()
    assert check.unverified_box.full_text() == box_text
    check.unverified_box.setChecked(True)  # ticked all the same
    result = wizard.session.result
    assert result is not None
    qtbot.waitUntil(lambda: not check.is_busy() and result.send_unverified, timeout=15_000)
    assert result.counts().to_send == 4

    confirm = _upload(qtbot, wizard)
    code = {"France": "+33", "India": "+91"}[country]
    assert f"The numbers go to: 4 × {country} {code}." in confirm.plan.text()
    assert "cannot be verified are sent" not in confirm.plan.text()
    wizard.next()
    go_to(qtbot, wizard, DonePage)
    sent = set(sandbox.store.contacts())
    assert sent == {"+" + "".join(c for c in p if c.isdigit()) for p in international}
    assert not [phone for phone in sent if phone.startswith("+1")]


@pytest.mark.parametrize(("national", "international"), [(36, 4), (4, 1)])
def test_with_the_country_role_unset_the_box_sends_no_indian_mobile_as_a_us_number(
    qtbot: QtBot,
    wizard: ImportWizard,
    sandbox: SandboxServer,
    tmp_path: Path,
    national: int,
    international: int,
) -> None:
    """The rows say India, but the Country column is set to "Don't import": every number is
    read as a United States one. The file's numbers still point to India (the hint for 40
    rows, the numbers themselves for 5), so the box offers nothing and sends nothing as +1."""
    phones = INDIAN_MOBILES[:national] + [f"+91 98{n:03d} 4{n:04d}" for n in range(international)]
    rows = [["Name", "Phone", "Country"], *([f"P{n}", p, "India"] for n, p in enumerate(phones))]
    mapping_page = _to_check_page(qtbot, wizard, sandbox, write_xlsx(tmp_path / "in.xlsx", rows))
    assert mapping_page.model.index(2, ROLE).data() == "Country of the row"
    mapping_page.model.setData(mapping_page.model.index(2, ROLE), Role.IGNORE.value)
    wizard.next()
    check = go_to(qtbot, wizard, CheckPage)
    ready(qtbot, check)
    assert check.country_line.text() == (
        "Numbers without a country code are read as <b>United States</b> (+1) numbers."
    )
    assert not check.unverified_box.isEnabled()
    assert check.unverified_box.full_text() == (
        f"Send the numbers that cannot be &verified: none to send — the {national} rows are "
        "valid India numbers"
    )
    check.unverified_box.setChecked(True)  # ticked all the same
    result = wizard.session.result
    assert result is not None
    qtbot.waitUntil(lambda: not check.is_busy() and result.send_unverified, timeout=15_000)
    assert result.counts().to_send == international

    confirm = _upload(qtbot, wizard)
    assert f"The numbers go to: {international} × India +91." in confirm.plan.text()
    wizard.next()
    go_to(qtbot, wizard, DonePage)
    assert set(sandbox.store.contacts()) == {f"+9198{n:03d}4{n:04d}" for n in range(international)}
