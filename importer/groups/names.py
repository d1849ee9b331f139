"""A group's name as a Sociocs list name, and the key that makes two spellings one list.

Names are matched to the account's lists trimmed, case- and accent-insensitively: "VIP",
"vip " and "Vip" are one list, so are "Équipe" and "equipe". The name kept is the account's
when the list exists, else the file's first spelling.
"""

from __future__ import annotations

import re
import unicodedata

MAX_LIST_NAME = 100
"""The longest list name sent, in characters. The Sociocs documentation gives no limit for
``POST /lists``; 100 is a safe length (list names are shown in menus and dropdowns of the web
app) that the names of real groups stay well below. A longer group is reported on its row and
not sent."""

_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]")
"""Soft hyphens, zero-width and direction marks: nothing to see, so nothing to keep."""


def clean_name(text: str) -> str:
    """``text`` as a list name: composed (NFC), invisible characters dropped, every run of
    white space one space, trimmed."""
    composed = unicodedata.normalize("NFC", text)
    visible = _INVISIBLE.sub("", composed)
    return " ".join(visible.split())


def list_key(name: str) -> str:
    """What makes two names the same list: cleaned, accents dropped, case folded."""
    decomposed = unicodedata.normalize("NFKD", clean_name(name))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return bare.casefold()
