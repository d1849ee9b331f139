"""Page 4, Check data: the background check, counts, filter, edits, country and duplicates."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot

from gui.models.issues_model import COLUMN, PHONE, ROW
from gui.pages.check_page import CheckPage
from gui.session import ImportSession
from gui.settings import AppSettings
from gui.theme import Tone
from gui.widgets.country_combo import default_country
from gui.widgets.tiles import CheckTiles
from importer.check.counts import RowCounts
from importer.check.issues import RowStatus, Severity
from importer.check.result import CheckResult
from importer.choices import DuplicatePolicy, ImportChoices
from importer.mapping.model import ColumnChoice, Mapping, Role
from importer.sources.vcard_card import COLUMNS
from tests.helpers.contact_exports import VCARDS
from tests.helpers.intl_files import BREVO_SMS, INDIAN_MOBILES
from tests.helpers.make_files import write_csv

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

MAPPING = Mapping((ColumnChoice(0, "Phone", Role.PHONE), ColumnChoice(1, "Name", Role.NAME)))
ROWS = [
    ["Phone", "Name"],
    ["(617) 555-1212", "Ann"],
    ["12", "Bob"],
    ["617 555 1212", "Ann again"],
    ["020 7946 0018", "Londoner"],
    ["617-555-1313", "Di"],
]


def _page(qtbot: QtBot, tmp_path: Path, rows: list[list[object]] = ROWS) -> CheckPage:
    path = write_csv(tmp_path / "contacts.csv", rows)
    session = ImportSession(choices=ImportChoices(path, header_row=1, mapping=MAPPING))
    page = CheckPage(session, AppSettings(tmp_path / "settings.ini"))
    qtbot.addWidget(page, before_close_func=lambda _: page.shutdown())
    return page


def _checked(qtbot: QtBot, page: CheckPage, timeout: int = 10_000) -> None:
    def done() -> None:
        assert page.session.result is not None
        assert page.isComplete()
        assert not page.is_busy()

    page.initializePage()
    qtbot.waitUntil(done, timeout=timeout)


def test_checks_in_the_background_and_shows_counts(qtbot: QtBot, tmp_path: Path) -> None:
    page = _page(qtbot, tmp_path)
    _checked(qtbot, page)
    result = page.session.result
    assert result is not None
    assert result.count(RowStatus.READY) == 2
    assert page.tiles.summary() == (
        "2 ready to send · 0 ready with a note · 2 cannot be sent · 1 duplicate"
    )
    assert page.tiles.ready.number.text() == "2"
    assert page.model.rowCount() == 3
    assert page.filter_combo.count() == 1 + len(result.issue_codes())
    chart = {bar.label: (bar.value, bar.tone) for bar in page.chart.bars}
    assert chart["Phone number repeated"] == (1, Tone.NOTE)
    assert sum(value for value, _tone in chart.values()) == 3
    assert {tone for _value, tone in chart.values()} == {Tone.ERROR, Tone.NOTE}
    assert page.model.index(0, COLUMN).data() == "Phone (A)"


def test_filter_shows_only_one_problem(qtbot: QtBot, tmp_path: Path) -> None:
    page = _page(qtbot, tmp_path)
    _checked(qtbot, page)
    page.filter_combo.setCurrentIndex(page.filter_combo.findData("duplicate"))
    assert page.model.rowCount() == 1
    assert page.model.index(0, ROW).data() == "2"


def test_fixing_a_phone_in_place_updates_the_counts(qtbot: QtBot, tmp_path: Path) -> None:
    page = _page(qtbot, tmp_path)
    _checked(qtbot, page)
    rows = [page.model.index(r, ROW).data() for r in range(page.model.rowCount())]
    bob = rows.index("3")
    assert page.model.setData(page.model.index(bob, PHONE), "617 555 1414")
    assert page.tiles.ready.accessibleName() == "3 ready to send"


def test_country_change_revalidates_in_the_background(qtbot: QtBot, tmp_path: Path) -> None:
    page = _page(qtbot, tmp_path)
    _checked(qtbot, page)
    result = page.session.result
    assert result is not None
    londoner = 3
    assert result.status[londoner] == RowStatus.INVALID

    def revalidated() -> None:
        assert not page.is_busy()
        assert result.country == "GB"
        assert result.phones[londoner] == "+442079460018"
        assert page.isComplete()

    page.country_combo.setCurrentIndex(page.country_combo.findData("GB"))
    qtbot.waitUntil(revalidated, timeout=10_000)
    page.validatePage()
    assert page.session.choices is not None
    assert page.session.choices.country == "GB"
    assert page.settings.country == "GB"


def test_duplicates_policy_first(qtbot: QtBot, tmp_path: Path) -> None:
    page = _page(qtbot, tmp_path)
    _checked(qtbot, page)
    page.duplicates_combo.setCurrentIndex(page.duplicates_combo.findData("first"))
    result = page.session.result
    assert result is not None
    assert result.duplicates_policy is DuplicatePolicy.FIRST
    assert page.session.choices is not None
    assert page.session.choices.duplicates is DuplicatePolicy.FIRST
    assert result.status[2] == RowStatus.DUPLICATE
    assert result.status[0] == RowStatus.READY


def test_unreadable_file_shows_a_plain_message(qtbot: QtBot, tmp_path: Path) -> None:
    page = _page(qtbot, tmp_path)
    assert page.session.path is not None
    page.session.path.write_bytes(b"")
    page.initializePage()
    qtbot.waitUntil(lambda: page.status.state == "error", timeout=10_000)
    assert "contacts.csv" in page.status.text()
    assert not page.isComplete()


def test_default_country_prefers_the_saved_one() -> None:
    assert default_country("BR") == "BR"
    assert default_country("??") in {"US", default_country("")}


def test_event_loop_stays_responsive_while_100k_rows_are_checked(
    qtbot: QtBot, tmp_path: Path
) -> None:
    rows: list[list[object]] = [["Phone", "Name"]]
    rows += [[f"617{2_000_000 + i:07d}", f"Person {i}"] for i in range(100_000)]
    page = _page(qtbot, tmp_path, rows)
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    _checked(qtbot, page, timeout=120_000)
    timer.stop()
    result = page.session.result
    assert result is not None and len(result) == 100_000
    assert len(ticks) >= 5, "the timer could not fire while the rows were checked"


def test_export_rows_that_need_attention(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(qtbot, tmp_path)
    _checked(qtbot, page)
    target = tmp_path / "to fix.xlsx"
    monkeypatch.setattr(page, "ask_export_path", lambda _result, chosen: chosen(target))
    page.export_button.click()
    qtbot.waitUntil(lambda: page.status.state == "ok" and "Saved 2 rows" in page.status.text())
    from openpyxl import load_workbook

    sheet = load_workbook(target, read_only=True).active
    values = list(sheet.iter_rows(values_only=True))
    assert values[0][:2] == ("Phone", "Name")
    assert [row[1] for row in values[1:]] == ["Bob", "Londoner"]


def test_rows_to_fix_saved_after_the_file_changed_are_the_rows_checked(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(qtbot, tmp_path)
    _checked(qtbot, page)
    write_csv(tmp_path / "contacts.csv", [ROWS[0], ["12", "Zed CHANGED"], ["617 555 1212", "Bob"]])
    target = tmp_path / "to fix.xlsx"
    monkeypatch.setattr(page, "ask_export_path", lambda _result, chosen: chosen(target))
    page.export_button.click()
    qtbot.waitUntil(lambda: page.status.state == "ok" and "Saved 2 rows" in page.status.text())
    assert page.status.text().endswith(
        "contacts.csv changed after it was checked: the rows to fix are saved as they were checked."
    )
    from openpyxl import load_workbook

    sheet = load_workbook(target, read_only=True).active
    values = list(sheet.iter_rows(min_row=2, values_only=True))
    assert [row[:2] for row in values] == [("12", "Bob"), ("020 7946 0018", "Londoner")]


def test_counts_use_singular_and_plural_words(qtbot: QtBot) -> None:
    tiles = CheckTiles()
    qtbot.addWidget(tiles)
    tiles.show_counts(RowCounts(5, 0, 0, 1))
    assert tiles.summary().endswith("· 1 duplicate")
    tiles.show_counts(RowCounts(5, 1_200, 0, 2))
    assert tiles.summary() == (
        "5 ready to send · 1,200 ready with a note · 0 cannot be sent · 2 duplicates"
    )


def test_selected_row_shows_its_whole_problem_under_the_table(qtbot: QtBot, tmp_path: Path) -> None:
    page = _page(qtbot, tmp_path)
    _checked(qtbot, page)
    page.show()
    assert page.table.isVisible()
    page.table.selectRow(0)
    first = page.model.data_row(0)
    result = page.session.result
    assert result is not None
    whole = " ".join(issue.message for issue in result.issues[first])
    assert page.detail.text() == f"Row {result.row_numbers[first]}: {whole}"


def test_a_file_without_problems_says_so_instead_of_an_empty_table(
    qtbot: QtBot, tmp_path: Path
) -> None:
    page = _page(qtbot, tmp_path, [["Phone", "Name"], ["(617) 555-1212", "Ann"]])
    _checked(qtbot, page)
    page.show()
    assert page.empty.isVisible()
    assert not page.table.isVisible()
    assert page.empty.text().startswith("No rows need attention")


@pytest.mark.qt_log_ignore(
    "This plugin does not support (propagateSizeHints|grabbing the keyboard|raise)"
)
def test_typing_a_country_name_picks_it_and_enter_stays_on_the_page(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWizard, QWizardPage

    path = write_csv(tmp_path / "contacts.csv", ROWS)
    session = ImportSession(choices=ImportChoices(path, header_row=1, mapping=MAPPING))
    page = CheckPage(session, AppSettings(tmp_path / "settings.ini"))
    wizard = QWizard()
    qtbot.addWidget(wizard, before_close_func=lambda _: page.shutdown())
    wizard.addPage(page)
    wizard.addPage(QWizardPage())
    wizard.show()
    qtbot.waitUntil(lambda: page.session.result is not None and not page.is_busy())
    combo = page.country_combo
    combo.setFocus()
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), "united kingdom")
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    assert page.country() == "GB"
    assert wizard.currentId() == 0
    qtbot.waitUntil(lambda: not page.is_busy() and page.session.result.country == "GB")
    assert wizard.currentId() == 0


def test_country_box_reverts_text_that_names_no_country(qtbot: QtBot, tmp_path: Path) -> None:
    page = _page(qtbot, tmp_path)
    _checked(qtbot, page)
    combo = page.country_combo
    before = combo.currentText()
    combo.setEditText("Atlantis")
    combo.commit_text()
    assert combo.currentText() == before
    assert page.country() == "US"
    combo.setEditText("germany")
    combo.commit_text()
    assert page.country() == "DE"
    assert combo.currentText() == "Germany (+49)"
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=10_000)


def test_alt_shortcuts_do_not_change_the_country(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import Qt

    page = _page(qtbot, tmp_path)
    monkeypatch.setattr(page, "ask_export_path", lambda _result, _chosen: None)
    page.show()
    _checked(qtbot, page)
    for key in (Qt.Key.Key_N, Qt.Key.Key_S, Qt.Key.Key_E):
        page.country_combo.setFocus()
        qtbot.keyClick(page.country_combo, key, Qt.KeyboardModifier.AltModifier)
        assert page.country() == "US"
        assert page.country_combo.currentText() == "United States (+1)"


def test_export_button_names_the_rows_that_cannot_be_sent(qtbot: QtBot, tmp_path: Path) -> None:
    page = _page(
        qtbot, tmp_path, [["Phone", "Name"], ["(617) 555-1212", "Ann"], ["617 555 1212", "Bo"]]
    )
    _checked(qtbot, page)
    assert "cannot be sent" in page.export_button.text()
    assert not page.export_button.isEnabled()  # only a duplicate: nothing to fix in Excel


GERMAN_ROWS = [
    ["Phone", "Name"],
    *[[f"0171 12345{n:02d}", f"Kunde {n}"] for n in range(12)],
    ["+49 30 1234567", "Berlin"],
]


def test_hint_offers_the_country_most_numbers_belong_to(qtbot: QtBot, tmp_path: Path) -> None:
    page = _page(qtbot, tmp_path, GERMAN_ROWS)
    _checked(qtbot, page)
    qtbot.waitUntil(lambda: page.advice.country_button.isVisibleTo(page), timeout=10_000)
    assert "Germany" in page.advice.message.text()
    assert page.advice.country_button.text() == "&Use Germany"
    page.advice.country_button.click()
    assert page.country() == "DE"
    assert page.advice.isHidden()
    result = page.session.result
    qtbot.waitUntil(lambda: not page.is_busy() and result.country == "DE", timeout=10_000)
    assert result.count(RowStatus.INVALID) == 0
    assert not page.advice.country_button.isVisibleTo(page)


def test_no_hint_when_the_numbers_fit_the_country(qtbot: QtBot, tmp_path: Path) -> None:
    page = _page(qtbot, tmp_path)
    _checked(qtbot, page)
    assert not page.advice.country_button.isVisibleTo(page)


FRENCH_ROWS = [
    ["Phone", "Name"],
    *[[f"06 57 64 03 {n:02d}", f"Client {n}"] for n in range(16)],
    *[[f"+33 7 40 40 26 {n:02d}", f"Cliente {n}"] for n in range(32)],
]


def test_the_default_country_is_stated_and_follows_the_choice(qtbot: QtBot, tmp_path: Path) -> None:
    page = _page(qtbot, tmp_path)
    _checked(qtbot, page)
    sentence = "Numbers without a country code are read as <b>{}</b> ({}) numbers."
    assert page.country_line.text() == sentence.format("United States", "+1")
    page.country_combo.setCurrentIndex(page.country_combo.findData("GB"))
    assert page.country_line.text() == sentence.format("United Kingdom", "+44")
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=10_000)


def _french_file_checked(qtbot: QtBot, tmp_path: Path) -> tuple[CheckPage, CheckResult]:
    page = _page(qtbot, tmp_path, FRENCH_ROWS)
    _checked(qtbot, page)
    result = page.session.result
    assert result is not None
    return page, result


def test_french_numbers_under_a_us_default_cannot_be_sent_and_france_is_offered(
    qtbot: QtBot, tmp_path: Path
) -> None:
    page, result = _french_file_checked(qtbot, tmp_path)
    assert page.tiles.invalid.accessibleName() == "16 cannot be sent"
    assert page.advice.country_button.isVisibleTo(page)
    assert "France" in page.advice.message.text()
    page.table.selectRow(0)
    assert "choose France as the default country" in page.detail.text()
    # +1 065 … is not even a possible number: the box has nothing to send
    assert not page.unverified_box.isEnabled()
    assert page.unverified_box.full_text() == "Send the numbers that cannot be &verified (0 rows)"
    page.advice.country_button.click()
    qtbot.waitUntil(lambda: not page.is_busy() and result.country == "FR", timeout=10_000)
    assert result.counts().to_send == 48
    assert not page.advice.country_button.isVisibleTo(page)
    assert not page.unverified_box.isEnabled()


UNVERIFIED_ROWS = [
    ["Phone", "Name"],
    *[[f"(617) 253-{1000 + n}", f"Client {n}"] for n in range(20)],
    ["+1 999 234 5678", "New range"],
    ["+1 999 234 5679", "New range too"],
]


def test_the_unverified_box_sends_them_with_a_note_and_is_kept_in_the_choices(
    qtbot: QtBot, tmp_path: Path
) -> None:
    page = _page(qtbot, tmp_path, UNVERIFIED_ROWS)
    _checked(qtbot, page)
    result = page.session.result
    assert result is not None
    assert page.unverified_box.isEnabled()
    assert "2 rows" in page.unverified_box.full_text()
    page.unverified_box.setChecked(True)
    qtbot.waitUntil(lambda: not page.is_busy() and result.send_unverified, timeout=10_000)
    assert page.tiles.noted.accessibleName() == "2 ready with a note"
    assert page.tiles.invalid.accessibleName() == "0 cannot be sent"
    assert page.session.choices is not None and page.session.choices.send_unverified
    assert {i.severity for i in result.issues[20]} == {Severity.WARNING}
    page.unverified_box.setChecked(False)
    qtbot.waitUntil(lambda: not page.is_busy() and not result.send_unverified, timeout=10_000)
    assert page.tiles.invalid.accessibleName() == "2 cannot be sent"


def test_the_box_never_sends_the_french_numbers_as_us_ones(qtbot: QtBot, tmp_path: Path) -> None:
    page, result = _french_file_checked(qtbot, tmp_path)
    page.unverified_box.setChecked(True)  # ticked all the same (a choice kept from before)
    # the engine sets send_unverified in the worker, before the page shows the new result
    qtbot.waitUntil(lambda: page.isComplete() or page.status.state == "error", timeout=10_000)
    qtbot.waitUntil(lambda: result.send_unverified and not page.is_busy(), timeout=10_000)
    qtbot.waitUntil(lambda: page.advice.country_button.isVisibleTo(page), timeout=10_000)
    assert page.tiles.invalid.accessibleName() == "16 cannot be sent"
    assert not any(phone and phone.startswith("+1") for phone in result.phones)


def test_placeholders_and_excel_number_text_in_the_wizard(qtbot: QtBot, tmp_path: Path) -> None:
    rows = [
        ["Phone", "Name"],
        ["000-000-0000", "Nobody"],
        ["(212) 555-0123", "Film"],
        ["14159479653.0", "Excel"],
        ["16,172,532,000", "Grouped"],
        ["(617) 253-1000", "Real"],
    ]
    page = _page(qtbot, tmp_path, rows)
    _checked(qtbot, page)
    result = page.session.result
    assert result is not None
    assert [result.phones[i] for i in range(5)] == [
        None,
        None,
        "+14159479653",
        "+16172532000",
        "+16172531000",
    ]
    assert page.tiles.summary().startswith(
        "1 ready to send · 2 ready with a note · 2 cannot be sent"
    )
    page.filter_combo.setCurrentIndex(page.filter_combo.findData("placeholder"))
    assert page.model.rowCount() == 2
    assert not page.unverified_box.isEnabled()  # no number to verify: nothing to choose
    assert "0 rows" in page.unverified_box.text()


def test_a_mixed_file_offers_the_country_its_plus_numbers_name_and_placeholders_stay_out(
    qtbot: QtBot, tmp_path: Path
) -> None:
    french = ["06 57 64 03 84", "07 40 40 26 32", "06 12 34 56 79", "01 42 68 53 00"]
    french += ["06 98 76 54 32", "07 81 23 45 67", "06 11 22 33 44", "07 55 66 77 88"]
    phones = ["(617) 253-1000", "(617) 253-1001", "+33 6 12 34 56 78", "212-555-0123"]
    phones += ["(212) 555-0199", "415-555-0142", "(555) 555-5555", *french]
    page = _page(
        qtbot, tmp_path, [["Phone", "Name"], *([p, f"P{n}"] for n, p in enumerate(phones))]
    )
    _checked(qtbot, page)
    assert "France" in page.advice.message.text()
    page.filter_combo.setCurrentIndex(page.filter_combo.findData("placeholder"))
    assert page.model.rowCount() == 4
    for row in range(4):
        page.table.selectRow(row)
        assert "never sent" in page.detail.text()
        assert "Germany" not in page.detail.text() and "France" not in page.detail.text()


def test_the_problems_of_a_vcard_name_its_cards(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "phone.vcf"
    path.write_text(VCARDS, encoding="utf-8", newline="")
    mapping = Mapping((ColumnChoice(COLUMNS.index("Phone"), "Phone", Role.PHONE),))
    session = ImportSession(choices=ImportChoices(path, header_row=1, mapping=mapping))
    page = CheckPage(session, AppSettings(tmp_path / "settings.ini"))
    qtbot.addWidget(page, before_close_func=lambda _: page.shutdown())
    _checked(qtbot, page)
    assert page.model.headerData(ROW, Qt.Orientation.Horizontal) == "Card"
    cards = [page.model.index(row, ROW).data() for row in range(page.model.rowCount())]
    page.table.selectRow(cards.index("3"))
    assert page.detail.text().startswith("Card 3: ")  # sheet row 4 holds the third card
    assert "Row" not in page.detail.text() and "row" not in page.detail.text()


def test_a_number_not_in_use_even_with_its_plus_shows_both_readings_and_is_not_sent(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """A Brevo-like SMS column (country codes without +): 33691328449 is too long for the
    United States, and +33 6 91 32 84 49 is a French mobile of a range not in use."""
    phones = [*BREVO_SMS, "33691328449"]
    page = _page(
        qtbot, tmp_path, [["Phone", "Name"], *([p, f"P{n}"] for n, p in enumerate(phones))]
    )
    _checked(qtbot, page)
    result = page.session.result
    assert result is not None and result.country == "US"
    assert result.counts().to_send == len(BREVO_SMS)
    assert result.phones[-1] is None
    at = page.filter_combo.findData("plus_reading_unverified")
    assert page.filter_combo.itemText(at).startswith("Not in use, even with a + added")
    page.filter_combo.setCurrentIndex(at)
    assert page.model.rowCount() == 1
    page.table.selectRow(0)
    assert "with a + in front it would be a France number, +33 6 91 32 84 49" in (
        page.detail.text()
    )
    assert "not known to be in use" in page.detail.text()
    assert "Too many digits" not in page.detail.text()


def test_a_few_numbers_valid_in_another_country_are_not_offered_to_the_box(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """Four Indian mobiles among twenty US numbers are too few for the country hint; they are
    valid Indian numbers all the same, so the box names India, stays off and, ticked anyway,
    sends none of them."""
    phones = [*(f"(617) 253-{1000 + n}" for n in range(20)), *INDIAN_MOBILES[:4]]
    page = _page(
        qtbot, tmp_path, [["Phone", "Name"], *([p, f"P{n}"] for n, p in enumerate(phones))]
    )
    _checked(qtbot, page)
    result = page.session.result
    assert result is not None and result.suggested_country is None
    assert not page.unverified_box.isEnabled()
    assert page.unverified_box.full_text() == (
        "Send the numbers that cannot be &verified: none to send — the 4 rows are valid India "
        "numbers"
    )
    assert not page.advice.country_button.isVisibleTo(page)  # most numbers are US ones
    page.table.selectRow(0)
    assert "It is a valid India number" in page.detail.text()
    page.unverified_box.setChecked(True)
    qtbot.waitUntil(lambda: not page.is_busy() and result.send_unverified, timeout=15_000)
    assert result.counts().to_send == 20
    assert page.unverified_box.full_text().endswith("the 4 rows are valid India numbers")
