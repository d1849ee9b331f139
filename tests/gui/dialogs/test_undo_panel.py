"""The undo's result in the wizard: what was undone, and what was not, in true words.

Contacts not undone are not necessarily refused by Sociocs: a delete answered "not found"
while a read showed the contact still there, or contacts the undo did not reach, are simply not
undone yet — the panel says so, and that undoing again continues (issue 20).
"""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from gui.dialogs.undo_panel import UndoPanel, summary_text
from importer.undo.engine import UndoSummary


def summary(**counts: object) -> UndoSummary:
    values: dict[str, object] = {
        "restored": 0,
        "unlisted": 0,
        "deleted": 0,
        "already": 0,
        "left_alone": {},
        "failed": {},
    }
    return UndoSummary(**{**values, **counts})  # type: ignore[arg-type]


def test_a_complete_undo_says_what_it_did() -> None:
    done = summary(deleted=7, restored=3, unlisted=1)
    assert summary_text(done) == (
        "Undone: 7 contacts were deleted (they were new). 3 contacts were restored as they were "
        "before the import. 1 contact was taken out of the list (it was in Sociocs before)."
    )


def test_contacts_not_confirmed_are_not_undone_yet_not_refused(qtbot: QtBot) -> None:
    still_there = "Sociocs answered “not found” (HTTP 404), yet Sociocs still holds it."
    partly = summary(restored=3, failed=dict.fromkeys(range(3), still_there), left=10)
    text = summary_text(partly)
    assert text == (
        "Partly undone: 3 contacts were restored as they were before the import. 10 contacts "
        "are not undone yet: Sociocs did not confirm the change. Undo this import again to "
        "continue."
    )
    assert "refused" not in text
    panel = UndoPanel(None, lambda _key: None)  # type: ignore[arg-type]
    qtbot.addWidget(panel)
    panel._ended(partly)
    assert panel.status.state == "error" and panel.status.text().endswith("again to continue.")


def test_nothing_undone_yet_and_contacts_left_alone_are_told_apart() -> None:
    untouched = summary(left_alone={4: "changed since"}, failed={5: "refused"}, left=3)
    assert summary_text(untouched) == (
        "Nothing was undone yet. 1 contact changed in Sociocs since the import was left as it "
        "is. 2 contacts are not undone yet: Sociocs did not confirm the change. Undo this "
        "import again to continue."
    )
