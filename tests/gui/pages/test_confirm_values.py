"""Confirm's changes quote the values as the spreadsheet has them, read from a real workbook:
a yes/no cell as TRUE/FALSE, a whole number without ".0", a date as its day (the ISO text that
is sent, never "00:00:00" or Excel's serial number), a decimal in plain digits."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pytestqt.qtbot import QtBot

from gui.settings import AppSettings
from importer.api.client import SociocsClient
from importer.check.run import run_check
from importer.choices import ImportChoices
from importer.mapping.model import ColumnChoice, Mapping, Role
from importer.sandbox.server import SandboxServer
from tests.gui.pages.test_confirm_page import _page, _planned
from tests.helpers.make_files import write_xlsx

HEADERS = ["Phone", "Name", "VIP", "Visits", "Since", "Balance"]
MAPPING = Mapping(
    (
        ColumnChoice(0, "Phone", Role.PHONE),
        ColumnChoice(1, "Name", Role.NAME),
        ColumnChoice(2, "VIP", Role.EXTRA, "vip"),
        ColumnChoice(3, "Visits", Role.EXTRA, "visits"),
        ColumnChoice(4, "Since", Role.EXTRA, "since"),
        ColumnChoice(5, "Balance", Role.EXTRA, "balance"),
    )
)


def test_the_change_quotes_booleans_numbers_and_dates_as_the_sheet_has_them(
    qtbot: QtBot,
    settings: AppSettings,
    sandbox: SandboxServer,
    client: SociocsClient,
    tmp_path: Path,
) -> None:
    row = ["+1 617 253 1000", "Ann Lee", False, 3.0, dt.datetime(2019, 3, 1), 12.5]
    path = write_xlsx(tmp_path / "clients.xlsx", [HEADERS, row])
    old = {"vip": "gold", "visits": "2", "since": "2018", "balance": "0"}
    sandbox.store.upsert(0, [{"phone_number": "+16172531000", "name": "Ann", "extra_fields": old}])
    page = _page(qtbot, settings, client, run_check(ImportChoices(path, mapping=MAPPING)))
    _planned(qtbot, page)
    assert page.changes.rowCount() == 1
    page.table.selectRow(0)
    detail = page.detail.text()
    for change in (
        "Name: “Ann” → “Ann Lee”.",
        "vip: “gold” → “FALSE”.",
        "visits: “2” → “3”.",
        "since: “2018” → “2019-03-01”.",
        "balance: “0” → “12.5”.",
    ):
        assert change in detail, detail
    for python_word in ("False", "3.0", "00:00", "43525"):
        assert python_word not in detail
