"""What the report says about a contact Sociocs refused: the row and the reason, in words.

The bulk endpoint names a refused record by its position in the request ("records[0]: …"),
which means nothing to the user once the batch was split to isolate it; the position is
dropped and the sheet's row named instead.
"""

from __future__ import annotations

import re

from importer.i18n import _

_POSITION = re.compile(r"^\s*records?\s*\[?\s*\d+\s*\]?\s*[:.\-–]\s*", re.IGNORECASE)
"""The request position the server puts before a record's problem ("records[3]: ")."""


def server_reason(message: str) -> str:
    """``message`` from Sociocs without request positions ("records[0]: name …" → "name …");
    several problems joined by "; " are each cleaned."""
    parts = [_POSITION.sub("", part).strip() for part in message.split("; ")]
    return "; ".join(part for part in parts if part) or _("Sociocs gave no reason.")


def refusal_text(row: int, message: str, *, cards: bool = False) -> str:
    """ "Sociocs refused row 12: phone_number '+1…' is not a valid phone number." (with
    ``cards``, ``row`` is a vCard file's card: "Sociocs refused card 11: …")."""
    if cards:
        text = _("Sociocs refused card {card}: {reason}")
        return text.format(card=row, reason=server_reason(message))
    return _("Sociocs refused row {row}: {reason}").format(row=row, reason=server_reason(message))


def list_refusal_text(row: int, list_name: str, message: str, *, cards: bool = False) -> str:
    """ "Sociocs refused to add row 12 to the list "VIP": …" (with ``cards``, ``row`` is a
    vCard file's card: "… to add card 11 to …")."""
    if cards:
        text = _('Sociocs refused to add card {card} to the list "{list}": {reason}')
        return text.format(card=row, list=list_name, reason=server_reason(message))
    return _('Sociocs refused to add row {row} to the list "{list}": {reason}').format(
        row=row, list=list_name, reason=server_reason(message)
    )
