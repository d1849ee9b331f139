"""The English singular of every counted phrase of the wizard, written in code.

The wizard counts with Qt's plural path: ``self.tr("All %Ln rows checked.", "", n)``, whose
source text is the English plural. Qt takes the form that fits ``n`` from a catalog; with none,
it would show the source ("All 1 rows checked."). :class:`gui.language.EnglishPlurals` answers
from this table instead, so English is right with no catalog file at all, and a catalog that
lacks a text falls back to correct English. ``tests/unit/test_catalogs.py`` checks that the
table holds exactly the counted phrases the code marks, with the same placeholders.
"""

from __future__ import annotations

SINGULAR: dict[tuple[str, str], str] = {
    ("CheckPageWords", "All %Ln rows checked."): "The row is checked.",
    ("CheckPageWords", "None of the %Ln rows can be sent."): "The only row cannot be sent.",
    ("CheckPageWords", "All %Ln cards checked."): "The card is checked.",
    ("CheckPageWords", "None of the %Ln cards can be sent."): "The only card cannot be sent.",
    (
        "ConfirmPageWords",
        "<b>%Ln cards</b> are ready to send to the list <b>{list}</b>.",
    ): "<b>%Ln card</b> is ready to send to the list <b>{list}</b>.",
    (
        "ConfirmPageWords",
        "%Ln cards cannot be sent because of problems (they are listed in the report).",
    ): "%Ln card cannot be sent because of problems (it is listed in the report).",
    (
        "ConfirmPageWords",
        "%Ln cards repeat a phone number found on another card and are not sent.",
    ): "%Ln card repeats a phone number found on another card and is not sent.",
    (
        "DonePageWords",
        "%Ln cards were not sent because of problems in the file.",
    ): "%Ln card was not sent because of problems in the file.",
    (
        "DonePageWords",
        "%Ln cards were not sent: the phone number repeats.",
    ): "%Ln card was not sent: the phone number repeats.",
    (
        "DonePageWords",
        "%Ln cards were refused by Sociocs (below: which, and why).",
    ): "%Ln card was refused by Sociocs (below: which, and why).",
    ("DonePageWords", "Done — %Ln cards were refused"): "Done — %Ln card was refused",
    ("DonePageWords", "Done — %Ln cards could not be sent"): "Done — %Ln card could not be sent",
    (
        "DonePageWords",
        (
            "%Ln cards were not sent yet. {reason} Import the same file to the same list "
            "again to continue where it stopped."
        ),
    ): (
        "%Ln card was not sent yet. {reason} Import the same file to the same list again to "
        "continue where it stopped."
    ),
    ("UnsentWords", "<b>%Ln cards did not go</b>"): "<b>%Ln card did not go</b>",
    ("BarChart", "+%Ln more"): "+%Ln more",
    ("CheckPageWords", "+%Ln more kinds (see Show below)"): "+%Ln more kind (see Show below)",
    ("CheckPage", "Checking every row… %Ln read so far"): "Checking every row… %Ln read so far",
    (
        "CheckPage",
        'Saved %Ln rows to "{file}". Fix them there, then import that file.',
    ): 'Saved %Ln row to "{file}". Fix it there, then import that file.',
    (
        "CheckPageWords",
        "Send the numbers that cannot be &verified (%Ln rows)",
    ): "Send the number that cannot be &verified (%Ln row)",
    (
        "CheckPageWords",
        (
            "Send the numbers that cannot be &verified: none to send — the %Ln rows are valid "
            "{country} numbers"
        ),
    ): (
        "Send the numbers that cannot be &verified: none to send — the %Ln row is a valid "
        "{country} number"
    ),
    ("CheckTiles", "ready to send"): "ready to send",
    ("CheckTiles", "ready with a note"): "ready with a note",
    ("CheckTiles", "cannot be sent"): "cannot be sent",
    ("CheckTiles", "duplicates"): "duplicate",
    (
        "ConfirmPageWords",
        "<b>%Ln rows</b> are ready to send to the list <b>{list}</b>.",
    ): "<b>%Ln row</b> is ready to send to the list <b>{list}</b>.",
    (
        "ConfirmPageWords",
        (
            "<b>%Ln contacts</b> will be sent, each once: {new} new, {updated} updated. The "
            "lists they join are below."
        ),
    ): (
        "<b>%Ln contact</b> will be sent: {new} new, {updated} updated. The lists it joins are "
        "below."
    ),
    (
        "ConfirmPageWords",
        "<b>%Ln contacts</b> will be sent to the list <b>{list}</b>: {new} new, {updated} updated.",
    ): "<b>%Ln contact</b> will be sent to the list <b>{list}</b>: {new} new, {updated} updated.",
    (
        "ConfirmPageWords",
        "%Ln contacts are already in Sociocs as the file has them: they are not sent again.",
    ): "%Ln contact is already in Sociocs as the file has it: it is not sent again.",
    (
        "ConfirmPageWords",
        "%Ln existing contacts are skipped (left as they are in Sociocs).",
    ): "%Ln existing contact is skipped (left as it is in Sociocs).",
    (
        "ConfirmPageWords",
        "%Ln rows cannot be sent because of problems (they are listed in the report).",
    ): "%Ln row cannot be sent because of problems (it is listed in the report).",
    (
        "ConfirmPageWords",
        "%Ln rows repeat a phone number found in another row and are not sent.",
    ): "%Ln row repeats a phone number found in another row and is not sent.",
    (
        "ConfirmPageWords",
        (
            "%Ln of them go with a note (a leading 0 put back, an extension left out …); the "
            "report says what."
        ),
    ): (
        "%Ln of them goes with a note (a leading 0 put back, an extension left out …); the "
        "report says what."
    ),
    (
        "ConfirmPageWords",
        "<b>%Ln numbers that cannot be verified are sent</b>, as you chose on Check data.",
    ): "<b>%Ln number that cannot be verified is sent</b>, as you chose on Check data.",
    (
        "ConfirmPageWords",
        (
            "<b>Please read:</b> %Ln existing contacts will lose extra fields the file does not "
            "have (see “Fields lost” below). Undo on the last page can bring them back."
        ),
    ): (
        "<b>Please read:</b> %Ln existing contact will lose extra fields the file does not "
        "have (see “Fields lost” below). Undo on the last page can bring them back."
    ),
    (
        "ConnectPage",
        "Connected to the practice sandbox — %Ln contact lists found",
    ): "Connected to the practice sandbox — %Ln contact list found",
    ("ConnectPage", "Connected — %Ln contact lists found"): "Connected — %Ln contact list found",
    (
        "DonePageWords",
        "<b>%Ln</b> contacts are now in {where}.",
    ): "<b>%Ln</b> contact is now in {where}.",
    (
        "DonePageWords",
        (
            "%Ln of them went with a note (a leading 0 put back, an extension left out …): the "
            "report says what."
        ),
    ): (
        "%Ln of them went with a note (a leading 0 put back, an extension left out …): the "
        "report says what."
    ),
    (
        "DonePageWords",
        "%Ln of them had a number that cannot be verified, sent as you chose on Check data.",
    ): "%Ln of them had a number that cannot be verified, sent as you chose on Check data.",
    (
        "DonePageWords",
        "%Ln contacts were already in Sociocs as the file has them (not sent again).",
    ): "%Ln contact was already in Sociocs as the file has it (not sent again).",
    (
        "DonePageWords",
        "%Ln existing contacts were skipped (left as they are).",
    ): "%Ln existing contact was skipped (left as it is).",
    (
        "DonePageWords",
        "%Ln rows were not sent because of problems in the file.",
    ): "%Ln row was not sent because of problems in the file.",
    (
        "DonePageWords",
        "%Ln rows were not sent: the phone number repeats.",
    ): "%Ln row was not sent: the phone number repeats.",
    (
        "DonePageWords",
        "%Ln rows were refused by Sociocs (below: which, and why).",
    ): "%Ln row was refused by Sociocs (below: which, and why).",
    (
        "DonePageWords",
        "Stopped — %Ln contacts were not sent yet; you can continue later",
    ): "Stopped — %Ln contact was not sent yet; you can continue later",
    ("DonePageWords", "Done — %Ln rows were refused"): "Done — %Ln row was refused",
    ("DonePageWords", "Done — %Ln rows could not be sent"): "Done — %Ln row could not be sent",
    ("DonePageWords", "Done — %Ln contacts were sent"): "Done — %Ln contact was sent",
    (
        "DonePageWords",
        (
            "%Ln rows were not sent yet. {reason} Import the same file to the same list again "
            "to continue where it stopped."
        ),
    ): (
        "%Ln row was not sent yet. {reason} Import the same file to the same list again to "
        "continue where it stopped."
    ),
    ("DoneTiles", "uploaded"): "uploaded",
    ("DoneTiles", "skipped"): "skipped",
    ("DoneTiles", "could not be sent"): "could not be sent",
    ("DoneTiles", "not sent yet"): "not sent yet",
    ("FilePage", "%Ln columns"): "%Ln column",
    (
        "FilePage",
        "Found {columns}. Below are the first %Ln rows; counting the others…",
    ): "Found {columns}. Below is the first %Ln row; counting the others…",
    (
        "FilePage",
        "Found {columns} and {rows} of contacts. Below are the first %Ln.",
    ): "Found {columns} and {rows} of contacts. Below is the first %Ln.",
    ("FilePage", "%Ln rows"): "%Ln row",
    (
        "LeftOutLine",
        "%Ln columns were added as extra fields.",
    ): "%Ln column was added as an extra field.",
    (
        "FilePage",
        "Below are the first %Ln contact cards; counting the others…",
    ): "Below is the first contact card; counting the others…",
    ("FilePage", "%Ln contact cards"): "%Ln contact card",
    ("FilePage", "Found {cards}. Below are the first %Ln."): "Found {cards}. Below is the first.",
    (
        "GroupsLine",
        "<b>%Ln groups</b> in the first rows: {names}",
    ): "<b>%Ln group</b> in the first rows: {names}",
    (
        "ListsBoxWords",
        "… and %Ln more lists.",
    ): "… and %Ln more list.",
    ("LeftOutLine", "&Don't import them"): "&Don't import it",
    ("LeftOutLine", "%Ln other columns are not imported."): "%Ln other column is not imported.",
    ("LeftOutLine", "&Import them as extra fields"): "&Import it as an extra field",
    (
        "ListPage",
        "%Ln lists in your account, and All Contacts.",
    ): "%Ln list in your account, and All Contacts.",
    (
        "UndoPanelWords",
        "%Ln contacts were deleted (they were new).",
    ): "%Ln contact was deleted (it was new).",
    (
        "UndoPanelWords",
        "%Ln contacts were restored as they were before the import.",
    ): "%Ln contact was restored as it was before the import.",
    (
        "UndoPanelWords",
        "%Ln contacts were taken out of the list (they were in Sociocs before).",
    ): "%Ln contact was taken out of the list (it was in Sociocs before).",
    (
        "UndoPanelWords",
        "%Ln contacts were already as before the import.",
    ): "%Ln contact was already as before the import.",
    (
        "UndoPanelWords",
        "%Ln contacts changed in Sociocs since the import were left as they are.",
    ): "%Ln contact changed in Sociocs since the import was left as it is.",
    (
        "UndoPanelWords",
        "%Ln contacts are not undone yet: Sociocs did not confirm the change. Undo this "
        "import again to continue.",
    ): "%Ln contact is not undone yet: Sociocs did not confirm the change. Undo this "
    "import again to continue.",
    ("UnsentWords", "<b>%Ln rows did not go</b>"): "<b>%Ln row did not go</b>",
    ("UnsentWords", 'Saved %Ln rows to "{file}".'): 'Saved %Ln row to "{file}".',
    ("UploadPage", "Getting ready to send %Ln contacts…"): "Getting ready to send %Ln contact…",
    (
        "UploadPage",
        "{done} of %Ln contacts sent (batch {batch} of {batches})",
    ): "{done} of %Ln contact sent (batch {batch} of {batches})",
    ("UploadPageWords", "%Ln contacts a second"): "%Ln contact a second",
    (
        "UploadPageWords",
        "Step 3 of 3: adding contacts to their other lists — {added} of %Ln added…",
    ): "Step 3 of 3: adding the contact to its other list — {added} of %Ln added…",
}
"""(context, source text) → the English text for a count of one (the same text where English
does not change)."""
