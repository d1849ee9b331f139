"""Extra-field keys: derived from column headers, and checked when the user renames one.

A key is lowercase snake_case ASCII (``email_address``), never empty and never starting with
a digit, so it reads well in Sociocs and in any tool that exports the contacts again.
"""

from __future__ import annotations

import re
import unicodedata

from importer.i18n import _

MAX_KEY_LENGTH = 64
KEY_PATTERN = re.compile(r"[a-z_][a-z0-9_]*")

_SPECIAL_LETTERS = str.maketrans(
    {
        "ß": "ss",
        "æ": "ae",
        "œ": "oe",
        "ø": "o",
        "ł": "l",
        "đ": "d",
        "ð": "d",
        "þ": "th",
        "ı": "i",
        "#": " number ",
        "%": " percent ",
        "&": " and ",
        "@": " at ",
    }
)
_NOT_KEY_CHARS = re.compile(r"[^a-z0-9]+")


def to_ascii_words(text: str) -> str:
    """``text`` lowercased, accents removed and ligatures spelled out; other non-ASCII dropped."""
    lowered = unicodedata.normalize("NFKC", text).lower().translate(_SPECIAL_LETTERS)
    decomposed = unicodedata.normalize("NFKD", lowered)
    return "".join(c for c in decomposed if c.isascii())


def slugify(text: str) -> str:
    """``text`` as snake_case ASCII ("E-Mail Adresse" → "e_mail_adresse"); may be empty."""
    return _NOT_KEY_CHARS.sub("_", to_ascii_words(text)).strip("_")


def derive_key(header: str, taken: set[str], *, fallback: str = "field") -> str:
    """A valid key for a column titled ``header`` that is not in ``taken``.

    ``fallback`` (itself a valid key, e.g. ``"field_c"`` from the column letter) is used when
    the header has no Latin letters or digits (``姓名``). Clashes get ``_2``, ``_3``… appended.
    ``taken`` is not modified.
    """
    base = slugify(header)[:MAX_KEY_LENGTH].rstrip("_") or slugify(fallback) or "field"
    if base[0].isdigit():
        base = f"field_{base}"[:MAX_KEY_LENGTH].rstrip("_")
    if base not in taken:
        return base
    number = 2
    while True:
        suffix = f"_{number}"
        candidate = base[: MAX_KEY_LENGTH - len(suffix)].rstrip("_") + suffix
        if candidate not in taken:
            return candidate
        number += 1


def validate_key(key: str) -> str | None:
    """Why ``key`` cannot be used as an extra-field key, or None when it is fine."""
    if not key:
        return _("The field name is empty. Type a name such as email_address.")
    if len(key) > MAX_KEY_LENGTH:
        return _("The field name is longer than {limit} characters. Shorten it.").format(
            limit=MAX_KEY_LENGTH
        )
    if key[0].isdigit():
        return _('The field name "{key}" starts with a digit. Start it with a letter.').format(
            key=key
        )
    if not KEY_PATTERN.fullmatch(key):
        suggestion = derive_key(key, set())
        return _(
            'The field name "{key}" may only hold lowercase letters a–z, digits and underscores. '
            'Try "{suggestion}".'
        ).format(key=key, suggestion=suggestion)
    return None
