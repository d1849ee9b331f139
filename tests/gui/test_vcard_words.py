"""A vCard's rows are its cards in every count the wizard says: Check data ("All 3 cards
checked."), Confirm ("1 card cannot be sent …"), Done (its headline, sentences, chart and the
rows that did not go) — in English and in German."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from gui.language import apply_language
from gui.pages.check_page import CheckPage
from gui.pages.confirm_page import ConfirmPage
from gui.pages.done_page import DonePage
from gui.pages.list_page import ListPage
from gui.wizard import ImportWizard
from importer.i18n import SOURCE_LANGUAGE
from importer.sandbox.server import SandboxServer
from tests.gui.wizard_walk import connect_and_load, on_page
from tests.helpers.contact_exports import VCARDS
from tests.helpers.wizard_steps import go_to, ready

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

WORDS = {
    "en": {
        "checked": "All 3 cards checked.",
        "confirm": "1 card cannot be sent because of problems (it is listed in the report).",
        "headline": "Done — 1 card could not be sent",
        "summary": "1 card was not sent because of problems in the file.",
        "chart": "What happened to each card",
        "unsent": "<b>1 card did not go</b>",
    },
    "de": {
        "checked": "Alle 3 Karten geprüft.",
        "confirm": "1 Karte kann wegen Problemen nicht gesendet werden (sie steht im Bericht).",
        "headline": "Fertig — 1 Karte konnte nicht gesendet werden",
        "summary": "1 Karte wurde wegen Problemen in der Datei nicht gesendet.",
        "chart": "Was mit jeder Karte geschah",
        "unsent": "<b>1 Karte wurde nicht gesendet</b>",
    },
}


@pytest.mark.parametrize("language", sorted(WORDS))
def test_a_vcard_is_counted_in_cards_from_check_to_done(
    qtbot: QtBot,
    session: Any,
    settings: Any,
    sandbox: SandboxServer,
    tmp_path: Path,
    language: str,
) -> None:
    words = WORDS[language]
    path = tmp_path / "phone.vcf"
    path.write_text(VCARDS, encoding="utf-8", newline="")
    assert apply_language(language) == language
    try:
        wizard = ImportWizard(session, settings)
        qtbot.addWidget(wizard, before_close_func=lambda w: w.shutdown())
        wizard.show()
        connect_and_load(qtbot, wizard, sandbox, path)
        wizard.next()
        check = on_page(qtbot, wizard, CheckPage)
        assert check.status.text().endswith(words["checked"])
        wizard.next()
        on_page(qtbot, wizard, ListPage)
        wizard.next()
        confirm = go_to(qtbot, wizard, ConfirmPage)
        qtbot.waitUntil(lambda: confirm.session.plan is not None and not confirm.is_busy())
        assert words["confirm"] in confirm.plan.text().split("<br>")
        confirm.consent.setChecked(True)
        ready(qtbot, confirm)
        wizard.next()
        done = go_to(qtbot, wizard, DonePage)
        assert done.subTitle() == words["headline"]
        assert words["summary"] in done.summary.text().split("<br>")
        assert done.chart.title == words["chart"]
        assert done.unsent.title.text() == words["unsent"]
    finally:
        apply_language(SOURCE_LANGUAGE)
