"""Which columns can stand in for an empty phone cell (Match columns' "If empty, use …")."""

from __future__ import annotations

from collections.abc import Sequence

from importer.mapping.model import Mapping
from importer.mapping.suggest import column_values
from importer.mapping.vocabulary import NOT_A_NUMBER_WORDS, header_words, phone_header_score
from importer.phones.guess import phone_share
from importer.sources.base import Row

MIN_PHONE_SHARE = 0.5
"""A column without a phone title qualifies when this share of its sample values look like
phone numbers."""


def fallback_candidates(
    headers: Sequence[str], sample_rows: Sequence[Row], mapping: Mapping
) -> list[int]:
    """Columns other than the phone titled as phone numbers or holding them, best first (fax,
    pager and other columns whose title says they hold no phone number are left out)."""
    columns = column_values(len(headers), sample_rows)
    ranked = []
    for index, header in enumerate(headers):
        if index == mapping.phone_index or NOT_A_NUMBER_WORDS.intersection(header_words(header)):
            continue
        score = phone_header_score(header)
        share, filled = phone_share(columns[index])
        if score > 1 or (filled and share >= MIN_PHONE_SHARE):
            ranked.append((-score, -share, index))
    return [index for *_, index in sorted(ranked)]
