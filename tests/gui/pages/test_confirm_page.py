"""Page 6, Confirm: the comparison with Sociocs, the plan in numbers, the table of updated
contacts, the three ways to treat existing contacts, and an unfinished run offered."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from gui.pages.confirm_page import ConfirmPage
from gui.session import ImportSession
from gui.settings import AppSettings
from importer.api.client import SociocsClient
from importer.check.result import CheckResult
from importer.check.run import check_rows
from importer.choices import ExistingPolicy, ImportChoices
from importer.history.recording import begin_import
from importer.history.store import ImportHistory
from importer.mapping.model import ColumnChoice, Mapping, Role
from importer.sandbox.server import SandboxServer
from importer.settings_paths import journal_dir
from importer.upload.identity import existing_key, identity_of
from importer.upload.journal import Journal
from tests.helpers.existing_account import LIST_ID, file_rows, plan_for, seed_account
from tests.helpers.upload_rows import phone_of


def _page(
    qtbot: QtBot, settings: AppSettings, client: SociocsClient, result: CheckResult
) -> ConfirmPage:
    choices = ImportChoices(result.path, list_id=LIST_ID, list_name="Customers <May>")
    session = ImportSession(choices=choices, result=result, client=client)
    page = ConfirmPage(session, settings)
    qtbot.addWidget(page, before_close_func=lambda _: page.shutdown())
    page.initializePage()
    return page


def _planned(qtbot: QtBot, page: ConfirmPage) -> None:
    qtbot.waitUntil(lambda: page.session.plan is not None and not page.is_busy(), timeout=10_000)


def test_compares_then_shows_the_plan_and_the_updated_contacts(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    settings: AppSettings,
    sandbox: SandboxServer,
    client: SociocsClient,
) -> None:
    seed_account(sandbox.store)
    page = _page(qtbot, settings, client, file_rows())
    assert page.keep.isChecked() and not page.add_skipped.isEnabled()
    _planned(qtbot, page)
    text = page.plan.text()
    assert "<b>9 contacts</b> will be sent to the list <b>Customers &lt;May&gt;</b>" in text
    assert "4 new, 5 updated" in text
    assert "2 contacts are already in Sociocs as the file has them" in text
    assert "1 row cannot be sent because of problems" in text
    assert page.compare.isHidden() and page.warning.isHidden()
    qtmodeltester.check(page.changes)
    assert page.changes.rowCount() == 5
    cells = [page.changes.index(0, column).data() for column in range(5)]
    assert cells == [phone_of(2), "“Old name” → “Person 2”", "", "", "already in"]
    assert page.changes.index(2, 2).data() == "city: “Elsewhere” → “City 4”"
    assert page.changes.index(2, 3).data() == "", "keep: the tier the file lacks stays"
    joins = [page.changes.index(row, 4).data() for row in range(5)]
    assert joins == ["already in"] * 4 + ["joins"]
    assert not page.isComplete(), "Upload waits for the consent"
    page.consent.setChecked(True)
    assert page.isComplete()


def test_replace_counts_the_lost_fields_and_asks_to_acknowledge(
    qtbot: QtBot, settings: AppSettings, sandbox: SandboxServer, client: SociocsClient
) -> None:
    seed_account(sandbox.store)
    page = _page(qtbot, settings, client, file_rows())
    _planned(qtbot, page)
    page.replace.setChecked(True)
    assert page.session.choices is not None
    assert page.session.choices.existing is ExistingPolicy.REPLACE
    qtbot.waitUntil(lambda: not page.warning.isHidden(), timeout=10_000)
    assert "2 existing contacts will lose extra fields" in page.warning.text()
    lost = [page.changes.index(row, 3).data() for row in range(page.changes.rowCount())]
    assert lost.count("tier") == 2
    page.consent.setChecked(True)
    assert not page.isComplete()
    page.understand.setChecked(True)
    assert page.isComplete()


def test_skip_leaves_existing_contacts_and_can_still_add_them_to_the_list(
    qtbot: QtBot, settings: AppSettings, sandbox: SandboxServer, client: SociocsClient
) -> None:
    seed_account(sandbox.store)
    page = _page(qtbot, settings, client, file_rows())
    _planned(qtbot, page)
    page.skip.setChecked(True)
    qtbot.waitUntil(lambda: "skipped" in page.plan.text() and not page.is_busy(), timeout=10_000)
    assert "5 existing contacts are skipped" in page.plan.text()
    assert page.changes.rowCount() == 0 and page.table.isHidden()
    assert page.add_skipped.isEnabled()
    page.add_skipped.setChecked(True)
    assert page.session.choices is not None and page.session.choices.add_skipped_to_list
    qtbot.waitUntil(lambda: "5 contacts</b> will be sent" in page.plan.text(), timeout=10_000)


def test_upload_waits_until_the_user_confirms_the_contacts_consent(
    qtbot: QtBot, settings: AppSettings, sandbox: SandboxServer, client: SociocsClient
) -> None:
    page = _page(qtbot, settings, client, file_rows())
    _planned(qtbot, page)
    assert not page.consent.isHidden() and not page.consent.isChecked()
    assert "agreed to be" in page.consent.full_text()
    assert "WhatsApp and SMS" in page.consent_note.text()
    assert not page.isComplete()
    with qtbot.waitSignal(page.completeChanged):
        page.consent.setChecked(True)
    assert page.isComplete()
    choices = page.session.choices
    assert choices is not None and choices.consent_confirmed, "kept in the import's choices"
    page.initializePage()  # Back and Next again: the answer stays for this import
    assert page.consent.isChecked()
    page.consent.setChecked(False)
    assert not page.isComplete()
    assert not page.session.choose_file(Path("other.csv"), country="US").consent_confirmed, (
        "another file is another import: asked again"
    )


def test_stopping_the_comparison_leaves_the_upload_to_compare(
    qtbot: QtBot, settings: AppSettings, sandbox: SandboxServer, client: SociocsClient
) -> None:
    sandbox.faults.delay_seconds = 0.3
    page = _page(qtbot, settings, client, file_rows())
    qtbot.waitUntil(lambda: page.compare.running(), timeout=10_000)
    assert not page.isComplete()
    page.compare.stop_button.click()
    qtbot.waitUntil(lambda: not page.compare.running() and not page.is_busy(), timeout=10_000)
    assert "stopped at your request; nothing was sent" in page.compare.status.text()
    text = page.plan.text()
    assert text.startswith("<b>11 rows</b> are ready to send to the list <b>Customers &lt;May&gt;")
    assert "Numbers without a country code were read as <b>United States</b>" in text
    assert "1 row cannot be sent because of problems" in text
    assert text.endswith("The upload compares it before it sends anything.")
    page.consent.setChecked(True)
    assert page.session.plan is None and page.isComplete()


def test_offers_to_continue_an_interrupted_run_with_its_own_plan(
    qtbot: QtBot,
    settings: AppSettings,
    sandbox: SandboxServer,
    client: SociocsClient,
    tmp_path: Path,
) -> None:
    seed_account(sandbox.store)
    source = tmp_path / "contacts.csv"
    source.write_bytes(b"the file's content")
    result = file_rows()
    result.choices = result.choices.with_changes(path=source)
    saved = plan_for(client, result, ExistingPolicy.KEEP)
    choices = ImportChoices(source, list_id=LIST_ID, list_name="Customers")
    identity = identity_of(result, LIST_ID, existing_key(choices))
    with Journal.open(journal_dir(), identity, file_name="contacts.csv", rows_total=11) as journal:
        history = ImportHistory(journal_dir() / "history.json")
        confirmed = choices.with_changes(consent_confirmed=True)
        begin_import(
            journal, result, saved, confirmed, history, api_url=client.base_url, identity=identity
        )
        journal.note_acknowledged(saved.send[:3])
    sandbox.store.upsert(
        LIST_ID, [saved.records.get(i) or result.record(i) for i in saved.send[:3]]
    )
    session = ImportSession(choices=choices, result=result, client=client)
    page = ConfirmPage(session, settings)
    qtbot.addWidget(page, before_close_func=lambda _: page.shutdown())
    page.initializePage()
    page.consent.setChecked(True)
    qtbot.waitUntil(
        lambda: not page.resume.isHidden() and session.plan is not None and page.isComplete(),
        timeout=10_000,
    )
    assert "Continue the import of contacts.csv</b> (5 of 11 done)" in page.resume.text()
    assert page.shown_plan() is not None and page.shown_plan() is not session.plan
    assert "4 new, 5 updated" in page.plan.text(), "the plan of the run continued"
    page.validatePage()
    assert session.restart_upload is False and session.plan is page.shown_plan()
    page.restart.setChecked(True)
    assert "4 new, 2 updated" in page.plan.text(), "the fresh comparison's plan"
    page.validatePage()
    assert session.restart_upload is True


def test_confirm_repeats_the_country_the_notes_and_the_unverified_numbers_sent(
    qtbot: QtBot, settings: AppSettings, client: SociocsClient, tmp_path: Path
) -> None:
    rows = [(n + 2, [f"+1 999 234 567{n}"]) for n in range(3)]  # area code 999: not in use
    rows += [(5, ["14159479653.0"]), (6, ["(617) 253-1000"])]
    mapping = Mapping((ColumnChoice(0, "Phone", Role.PHONE),))
    result = check_rows(rows, mapping, send_unverified=True, path=tmp_path / "c.csv")
    page = _page(qtbot, settings, client, result)
    _planned(qtbot, page)
    text = page.plan.text()
    assert "<b>5 contacts</b> will be sent" in text
    assert "4 of them go with a note" in text
    assert "Numbers without a country code were read as <b>United States</b> (+1) numbers." in text
    assert "<b>3 numbers that cannot be verified are sent</b>" in text


def test_the_notes_counted_are_those_of_the_contacts_sent(
    qtbot: QtBot,
    settings: AppSettings,
    sandbox: SandboxServer,
    client: SociocsClient,
    tmp_path: Path,
) -> None:
    """A row with a note whose contact Sociocs already holds as the file has it is not sent:
    it is not one of the contacts that "go with a note"."""
    rows = [(2, ["14159479653.0"]), (3, ["617-253-1000 x45"]), (4, ["(617) 253-1001"])]
    mapping = Mapping((ColumnChoice(0, "Phone", Role.PHONE),))
    result = check_rows(rows, mapping, path=tmp_path / "c.csv")
    assert result.counts().noted == 2
    sandbox.store.upsert(LIST_ID, [result.record(0)])
    page = _page(qtbot, settings, client, result)
    _planned(qtbot, page)
    text = page.plan.text()
    assert "<b>2 contacts</b> will be sent" in text
    assert "1 of them goes with a note" in text
    assert "1 contact is already in Sociocs as the file has it" in text


def test_the_question_on_existing_contacts_is_asked_only_when_some_exist(
    qtbot: QtBot, settings: AppSettings, sandbox: SandboxServer, client: SociocsClient
) -> None:
    page = _page(qtbot, settings, client, file_rows())
    _planned(qtbot, page)
    assert page.choices_box.isHidden(), "no contact of the file is in the account"
    assert page.none_existing.isVisibleTo(page)
    assert page.none_existing.text() == "None of these contacts is in Sociocs yet."
    seed_account(sandbox.store)
    again = _page(qtbot, settings, client, file_rows())
    assert again.choices_box.isHidden(), "not asked while the comparison runs"
    _planned(qtbot, again)
    assert again.choices_box.isVisibleTo(again) and again.none_existing.isHidden()
    assert again.keep.isVisibleTo(again) and again.skip.isVisibleTo(again)


def test_the_selected_change_is_told_whole_below_the_table_as_the_file_has_it(
    qtbot: QtBot, settings: AppSettings, sandbox: SandboxServer, client: SociocsClient
) -> None:
    seed_account(sandbox.store)
    result = file_rows()
    long_name = "Dr. Dmitri Dubrovnikov-Castellanos of the Northern Office"
    result.names[2] = long_name
    result.extras["vip"] = [False] * len(result)
    result.extras["visits"] = [3.0] * len(result)
    page = _page(qtbot, settings, client, result)
    _planned(qtbot, page)
    assert page.detail.text().startswith("Select a row")
    phones = [page.changes.index(row, 0).data() for row in range(page.changes.rowCount())]
    renamed = phones.index(phone_of(2))
    page.table.selectRow(renamed)
    detail = page.detail.text()
    assert detail.startswith(f"{phone_of(2)}: Name: “Old name” → “{long_name}”.")
    assert "vip: (empty) → “FALSE”." in detail and "visits: (empty) → “3”." in detail
    assert "False" not in detail and "3.0" not in detail
    cells = page.changes.index(renamed, 2).data()
    assert "“FALSE”" in cells and "“3”" in cells


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_the_table_of_changes_shows_five_rows_and_the_page_scrolls_instead(
    qtbot: QtBot, settings: AppSettings, sandbox: SandboxServer, client: SociocsClient
) -> None:
    seed_account(sandbox.store)
    page = _page(qtbot, settings, client, file_rows())
    page.resize(700, 300)
    page.show()
    _planned(qtbot, page)
    assert page.changes.rowCount() == 5
    qtbot.waitUntil(lambda: page.table.height() >= page.table.minimumHeight())
    row = page.table.verticalHeader().defaultSectionSize()
    header = page.table.horizontalHeader().height()
    assert page.table.height() - header >= 5 * row
    assert page.height() <= 300
    qtbot.waitUntil(lambda: page.scroll_area.verticalScrollBar().maximum() > 0)  # it scrolls
