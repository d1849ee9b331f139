"""Choosing how to read the account: pages of 1,000 contacts, or one search per number.

Reading every page costs one request per 1,000 contacts; searching costs about one request
per number. Sociocs does not say how many contacts an account holds, so when the first page is
full the reader probes single offsets (``limit=1``), doubling, until it knows which way needs
fewer requests (at most about 2·log2 of the numbers to look up, in small requests).
"""

from __future__ import annotations

from collections.abc import Callable

from importer.api.client import MAX_PAGE


def search_is_cheaper(to_find: int, exists: Callable[[int], bool]) -> bool:
    """True when searching ``to_find`` numbers needs fewer requests than reading the pages
    after the first (full) one. ``exists(offset)`` asks whether a contact is at ``offset``."""
    known = MAX_PAGE - 1
    past: int | None = None
    while True:
        least = _pages_after_first(known + 1)
        if least > to_find:
            return True
        if past is not None:
            most = _pages_after_first(past)
            if most <= to_find:
                return False
            if most - least <= max(1, to_find // 10):
                return (least + most) / 2 > to_find
        probe = 2 * known + 1 if past is None else (known + past) // 2
        if exists(probe):
            known = probe
        else:
            past = probe


def _pages_after_first(contacts: int) -> int:
    """Requests for the pages after the first when the account holds ``contacts``."""
    return max(0, -(-contacts // MAX_PAGE) - 1)
