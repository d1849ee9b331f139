"""Match columns' overview (chosen columns, fallback, left-out columns) and the Check page's
way out of a dead end, on real export layouts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from gui.pages.check_page import CheckPage
from gui.pages.mapping_page import MappingPage
from gui.session import ImportSession
from gui.settings import AppSettings
from importer.choices import ImportChoices
from importer.mapping.model import ColumnChoice, Mapping, Role
from importer.sources.table import TablePreview
from tests.helpers.contact_exports import OUTLOOK
from tests.helpers.make_files import write_csv

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _outlook_rows() -> list[tuple[int, list[object]]]:
    rows = []
    for number, (mobile, business) in enumerate(
        [("617-253-1000", None), (None, "617-253-2000"), ("617-253-3000", None)], start=2
    ):
        row: list[object] = [None] * len(OUTLOOK)
        row[OUTLOOK.index("First Name")] = f"Person {number}"
        row[OUTLOOK.index("Mobile Phone")] = mobile
        row[OUTLOOK.index("Business Phone")] = business
        row[OUTLOOK.index("Hobby")] = "Chess"
        row[OUTLOOK.index("Mileage")] = "12"
        rows.append((number, row))
    return rows


@pytest.fixture
def mapping_page(qtbot: QtBot, session: Any, settings: Any) -> MappingPage:
    session.choices = ImportChoices(Path("outlook.csv"))
    session.preview = TablePreview("outlook", 1, list(OUTLOOK), _outlook_rows())
    page = MappingPage(session, settings)
    qtbot.addWidget(page)
    page.initializePage()
    return page


def test_a_known_layout_names_itself_and_the_chosen_columns(mapping_page: MappingPage) -> None:
    assert mapping_page.origin.text().startswith("Recognised: Outlook contacts export.")
    assert mapping_page.chosen.text() == (
        "<b>Phone number:</b> Mobile Phone (AO) &nbsp;·&nbsp; <b>Name:</b> First Name (B)"
    )


def test_the_fallback_chooser_sets_the_mappings_fallback(mapping_page: MappingPage) -> None:
    combo = mapping_page.fallback.combo
    assert mapping_page.fallback.isVisibleTo(mapping_page)
    business = combo.findData(OUTLOOK.index("Business Phone"))
    assert business > 0
    combo.setCurrentIndex(business)
    combo.activated.emit(business)
    assert mapping_page.model.mapping().phone_fallbacks == (OUTLOOK.index("Business Phone"),)
    combo.setCurrentIndex(0)
    combo.activated.emit(0)
    assert mapping_page.model.mapping().phone_fallbacks == ()


def test_left_out_columns_are_imported_at_once_and_back(mapping_page: MappingPage) -> None:
    line = mapping_page.left_out
    before = mapping_page.model.mapping()
    assert line.label.text() == "3 other columns are not imported."
    assert line.button.text() == "&Import them as extra fields"
    line.button.click()
    assert {"hobby", "mileage", "business_phone"} <= set(mapping_page.model.mapping().extra_fields)
    assert line.label.text() == "3 columns were added as extra fields."
    line.button.click()
    assert mapping_page.model.mapping() == before
    assert line.label.text() == "3 other columns are not imported."


CHECK_HEADERS = ["Name", "Phone type", "Mobile", "Office Phone"]


def _mapping(phone: int) -> Mapping:
    return Mapping(
        tuple(
            ColumnChoice(i, h, Role.PHONE if i == phone else Role.NAME if i == 0 else Role.IGNORE)
            for i, h in enumerate(CHECK_HEADERS)
        )
    )


def _check_page(qtbot: QtBot, tmp_path: Path, mapping: Mapping) -> CheckPage:
    rows: list[list[object]] = [CHECK_HEADERS] + [
        [f"P{n}", "Mobile", f"617-253-{1000 + n}" if n else None, "617-253-9000"] for n in range(4)
    ]
    path = write_csv(tmp_path / "typed.csv", rows)
    preview = TablePreview("typed", 1, CHECK_HEADERS, [(n + 2, r) for n, r in enumerate(rows[1:])])
    session = ImportSession(
        choices=ImportChoices(path, header_row=1, mapping=mapping), preview=preview
    )
    page = CheckPage(session, AppSettings(tmp_path / "settings.ini"))
    qtbot.addWidget(page, before_close_func=lambda _: page.shutdown())
    page.initializePage()
    return page


def test_dead_end_says_why_and_its_button_fixes_it(qtbot: QtBot, tmp_path: Path) -> None:
    page = _check_page(qtbot, tmp_path, _mapping(1))
    qtbot.waitUntil(lambda: page.advice.isVisibleTo(page), timeout=10_000)
    assert not page.isComplete()
    assert page.status.text() == "⚠ None of the 4 rows can be sent."
    assert page.advice.message.text() == (
        'The phone column "Phone type" holds words like "Mobile", not phone numbers.'
    )
    assert page.advice.column_button.text() == '&Use "Mobile" as the phone number'
    assert page.advice.main_button() is page.advice.column_button, "the fix is the big button"
    assert not page.advice.back_button.isVisibleTo(page)
    page.advice.column_button.click()
    qtbot.waitUntil(lambda: page.isComplete() and not page.is_busy(), timeout=10_000)
    result = page.session.result
    assert result is not None and result.mapping.phone_index == 2
    assert page.session.choices is not None and page.session.choices.mapping == result.mapping
    assert result.summary()["to_send"] == 3


def test_fallback_offer_counts_rows_and_its_button_uses_the_column(
    qtbot: QtBot, tmp_path: Path
) -> None:
    page = _check_page(qtbot, tmp_path, _mapping(2))
    qtbot.waitUntil(lambda: page.advice.isVisibleTo(page), timeout=10_000)
    assert page.advice.message.text() == (
        '1 row has no number in "Mobile" but has one in "Office Phone".'
    )
    assert not page.advice.back_button.isVisibleTo(page)
    page.advice.fallback_button.click()
    qtbot.waitUntil(
        lambda: page.session.result is not None and page.session.result.summary()["to_send"] == 4,
        timeout=10_000,
    )
    assert not page.advice.isVisibleTo(page)
    assert page.layout_label.isHidden()
