"""Page 6, Confirm: the plan in numbers, the overwrite warning, "I understand" required."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from gui.pages.confirm_page import ConfirmPage, plan_lines
from gui.session import ImportSession
from gui.settings import AppSettings
from importer.check.run import check_rows
from importer.choices import ImportChoices
from importer.mapping.model import ColumnChoice, Mapping, Role
from importer.settings_paths import journal_dir
from importer.upload.identity import existing_key, identity_of
from importer.upload.journal import Journal
from tests.helpers.upload_rows import make_result


def _page(qtbot: QtBot, settings: AppSettings, ready_rows: int = 5) -> ConfirmPage:
    result = make_result(ready_rows + 3, invalid=[0, 1], duplicate=[2], path=Path("c.xlsx"))
    choices = ImportChoices(result.path, list_id=7, list_name="Customers <May>")
    session = ImportSession(choices=choices, result=result)
    page = ConfirmPage(session, settings)
    qtbot.addWidget(page, before_close_func=lambda _: page.shutdown())
    page.initializePage()
    return page


def test_plan_in_numbers(qtbot: QtBot, settings: AppSettings) -> None:
    page = _page(qtbot, settings)
    text = page.plan.text()
    assert (
        "<b>5 contacts</b> will be added or updated in the list <b>Customers &lt;May&gt;</b>"
        in text
    )
    assert "2 rows are skipped because of problems" in text
    assert "1 row repeats a phone number" in text
    assert "Extra fields sent: city." in text


def test_overwrite_warning_in_plain_words(qtbot: QtBot, settings: AppSettings) -> None:
    page = _page(qtbot, settings)
    assert "name and ALL its extra fields are replaced" in page.warning.text()


def test_upload_needs_i_understand(qtbot: QtBot, settings: AppSettings) -> None:
    page = _page(qtbot, settings)
    assert page.isCommitPage()
    assert not page.isComplete()
    with qtbot.waitSignal(page.completeChanged):
        page.understand.setChecked(True)
    assert page.isComplete()
    page.initializePage()
    assert not page.isComplete(), "coming back asks again"


def test_nothing_ready_nothing_to_upload(qtbot: QtBot, settings: AppSettings) -> None:
    page = _page(qtbot, settings, ready_rows=0)
    page.understand.setChecked(True)
    assert not page.isComplete()


def test_plan_lines_without_extra_fields() -> None:
    lines = plan_lines(1, 0, 0, "All Contacts", [])
    assert lines[0] == "<b>1 contact</b> will be added or updated in the list <b>All Contacts</b>."
    assert lines[-1] == "No extra fields are sent: existing contacts lose theirs."


def test_offers_to_continue_an_interrupted_run(
    qtbot: QtBot, settings: AppSettings, tmp_path: Path
) -> None:
    source = tmp_path / "contacts.xlsx"
    source.write_bytes(b"the file's content")
    result = make_result(10, path=source)
    choices = ImportChoices(result.path, list_id=7, list_name="Customers")
    identity = identity_of(result, 7, existing_key(choices))
    with Journal.open(journal_dir(), identity, file_name="contacts.xlsx", rows_total=10) as journal:
        journal.record_batch(range(4))
    session = ImportSession(choices=choices, result=result)
    page = ConfirmPage(session, settings)
    qtbot.addWidget(page, before_close_func=lambda _: page.shutdown())
    page.initializePage()
    qtbot.waitUntil(lambda: not page.resume.isHidden(), timeout=10_000)
    assert "Continue the import of contacts.xlsx</b> (4 of 10 done)" in page.resume.text()
    assert "<b>6 contacts are</b> left to add or update" in page.plan.text()
    assert "(4 of 10 were sent before)" in page.plan.text()
    page.validatePage()
    assert session.restart_upload is False
    page.restart.setChecked(True)
    assert "<b>10 contacts</b> will be added or updated" in page.plan.text()
    page.validatePage()
    assert session.restart_upload is True


def test_lookup_keeps_the_identity_for_the_upload(
    qtbot: QtBot, settings: AppSettings, tmp_path: Path
) -> None:
    source = tmp_path / "contacts.xlsx"
    source.write_bytes(b"the file's content")
    result = make_result(3, path=source)
    choices = ImportChoices(source, list_id=7, list_name="Customers")
    session = ImportSession(choices=choices, result=result)
    page = ConfirmPage(session, settings)
    qtbot.addWidget(page, before_close_func=lambda _: page.shutdown())
    page.initializePage()
    qtbot.waitUntil(lambda: session.import_identity is not None, timeout=10_000)
    assert session.import_identity == identity_of(result, 7, "keep")
    session.change(list_id=8)
    page.initializePage()
    assert session.import_identity is None, "entering again forgets the old identity"
    eight = identity_of(result, 8, "keep")
    qtbot.waitUntil(lambda: session.import_identity == eight, timeout=10_000)


def test_confirm_repeats_the_country_the_notes_and_the_unverified_numbers_sent(
    qtbot: QtBot, settings: AppSettings, tmp_path: Path
) -> None:
    rows = [(n + 2, [f"06 57 64 03 {n:02d}"]) for n in range(3)]
    rows += [(5, ["14159479653.0"]), (6, ["(617) 253-1000"])]
    mapping = Mapping((ColumnChoice(0, "Phone", Role.PHONE),))
    result = check_rows(rows, mapping, send_unverified=True, path=tmp_path / "c.csv")
    choices = ImportChoices(result.path, list_id=7, list_name="Clients", send_unverified=True)
    page = ConfirmPage(ImportSession(choices=choices, result=result), settings)
    qtbot.addWidget(page, before_close_func=lambda _: page.shutdown())
    page.initializePage()
    text = page.plan.text()
    assert "<b>5 contacts</b> will be added or updated" in text
    assert "4 of them go with a note" in text
    assert "Numbers without a country code were read as <b>United States</b> (+1) numbers." in text
    assert "<b>3 numbers that cannot be verified are sent</b>" in text
