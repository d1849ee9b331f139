"""A better default country for a checked sheet whose national numbers do not fit its own.

A French file checked with the default country US reads "06 57 64 03 84" as +1 065 764 0384:
the right length for North America, but no such area code. Every row whose number is not
clearly valid — it cannot be sent, or is sent only because the user chose to send unverified
numbers — is a candidate, except cells that are no number in any country (empty, text, Excel's
lost digits) and placeholders (212-555-0123 is fiction in North America, whatever Germany would
make of its digits). Re-reading a sample of them under the countries the file's international
numbers come from (and a few common ones) shows which default country would make clearly more
rows valid. Rows whose Country column names a country are read there and never doubtful; when
the rows name several countries, no one country is suggested. What another country costs is
counted too: a valid number it would read differently (a national US number read as a German
one is valid in Germany, but it is another number) is a loss. A country the file's own
international numbers name (+33 …) is preferred: Germany, whose numbering plan takes almost
any run of digits, must do clearly better to be suggested instead.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

import phonenumbers

from importer.i18n import _
from importer.phones.countries import country_name
from importer.phones.normalize import PhoneNormalizer, country_code_of, dial_code
from importer.phones.problems import PLACEHOLDER_CODE, UNVERIFIED_CODE
from importer.sources.base import CellValue

if TYPE_CHECKING:
    from importer.check.result import CheckResult

SAMPLE_SIZE = 1_000
"""At most this many doubtful (and as many valid) raw numbers are read again per country."""
MIN_DOUBTFUL_SHARE = 0.1
"""Below this share of rows with a doubtful phone number no other country is suggested."""
MIN_DOUBTFUL_ROWS = 5
NOT_NUMBERS = frozenset(
    {"empty", "not_a_number", "excel_scientific", "excel_precision", PLACEHOLDER_CODE}
)
"""Errors of cells that are no number to send in any country: never doubtful rows, and never
told to look like another country's."""
MIN_FIXED_SHARE = 0.5
"""The suggested country must make at least this share of the sampled doubtful numbers valid."""
COMMON_REGIONS = ("US", "GB", "DE", "FR", "IN", "BR", "MX", "ES", "NL", "AU", "PH")
"""Tried even when no number of the file names them (not Italy: its numbering plan takes
almost any run of digits, so it would "fix" numbers of every country)."""
FROM_FILE_REGIONS = 3
"""How many of the file's most frequent international country codes are tried."""
FROM_FILE_PREFERENCE = 1.25
"""A country named by the file's international numbers counts its net gain this many times:
another country must do clearly better to be suggested instead."""


def suggest_country(result: CheckResult) -> str | None:
    """The region (e.g. "FR") under which clearly more rows of ``result`` would be valid.

    None unless many rows have a doubtful phone number (not valid, or valid only as
    "unverified") and one country both makes valid most of a sample (at most
    :data:`SAMPLE_SIZE`) of them and loses clearly fewer of the valid numbers than it gains
    (a valid number it reads as another number is lost).
    """
    named = result.named_countries()
    if len(named) > 1:
        return None  # the rows name their countries: no one country explains them
    doubtful_rows = _doubtful_rows(result)
    if named:
        doubtful_rows = [i for i in doubtful_rows if result.named_country(i) is None]
    if len(doubtful_rows) < max(MIN_DOUBTFUL_ROWS, MIN_DOUBTFUL_SHARE * len(result)):
        return None
    doubtful, valid = _Sample(), _Sample()
    for index in doubtful_rows:
        doubtful.add(result.raw_phones[index], None)
    sent_anyway = {index for index in doubtful_rows if result.phones[index] is not None}
    for index, phone in enumerate(result.phones):
        if len(valid.values) >= SAMPLE_SIZE:
            break
        if phone is not None and index not in sent_anyway:
            valid.add(result.raw_phones[index], phone)
    valid.total = len(result.phones) - result.phones.count(None) - len(sent_anyway)
    best: tuple[float, str] | None = None
    from_file, common = _candidates(result, list(named))
    for region in [*from_file, *common]:
        normalizer = PhoneNormalizer(region)
        fixed = doubtful.kept_share(normalizer, at_least=MIN_FIXED_SHARE)
        if fixed < MIN_FIXED_SHARE:
            continue
        gain = fixed * doubtful.total
        loss = (1 - valid.kept_share(normalizer)) * valid.total if valid.total else 0.0
        score = (gain - loss) * (FROM_FILE_PREFERENCE if region in from_file else 1.0)
        if gain > 2 * loss and (best is None or score > best[0]):
            best = (score, region)
    return None if best is None else best[1]


def _doubtful_rows(result: CheckResult) -> list[int]:
    """Rows whose number is not clearly valid but might be in another country, in order."""
    column, phones, issues = result.phone_column_letter(), result.phones, result.issues
    doubtful = []
    for index in sorted(issues):
        codes = [i.code for i in issues[index] if i.column == column]
        if UNVERIFIED_CODE in codes or (phones[index] is None and NOT_NUMBERS.isdisjoint(codes)):
            doubtful.append(index)
    return doubtful


def country_hint_text(region: str) -> str:
    """'Most numbers look like Germany (+49) numbers: try --country DE.'"""
    name = country_name(region)
    return _("Most numbers look like {country} (+{code}) numbers: try --country {iso}.").format(
        country=name, code=dial_code(region), iso=region
    )


class _Sample:
    """Up to :data:`SAMPLE_SIZE` raw phone values with the number each must give (None: any
    valid one), and how many were offered."""

    def __init__(self) -> None:
        self.values: list[CellValue] = []
        self.expected: list[str | None] = []
        self.total = 0

    def add(self, value: CellValue, expected: str | None) -> None:
        self.total += 1
        if len(self.values) < SAMPLE_SIZE:
            self.values.append(value)
            self.expected.append(expected)

    def kept_share(self, normalizer: PhoneNormalizer, at_least: float = 0.0) -> float:
        """The share of the sampled values that ``normalizer`` reads as a valid number — the
        expected one, where one is expected.

        Reading stops once the share cannot reach ``at_least`` any more (most candidate
        countries fix few numbers); the share returned is then below ``at_least``, not exact.
        """
        total = len(self.values)
        needed = at_least * total
        kept = 0
        for read, (value, expected) in enumerate(zip(self.values, self.expected, strict=True)):
            found = normalizer.normalize(value).e164
            kept += found is not None and (expected is None or found == expected)
            if kept + total - read - 1 < needed:
                return (kept + total - read - 1) / total
        return kept / total if total else 0.0


def _candidates(result: CheckResult, named: list[str]) -> tuple[list[str], list[str]]:
    """The regions the file names (its rows' country, ``named``, then its most frequent
    foreign country codes), and the common countries the file does not name (neither holds
    the default country)."""
    own = dial_code(result.country)
    codes: Counter[str] = Counter()
    for phone in result.phones:
        if phone is not None:
            codes[country_code_of(phone)] += 1
            if sum(codes.values()) >= SAMPLE_SIZE:
                break
    regions = [
        phonenumbers.region_code_for_country_code(int(code))
        for code, _ in codes.most_common()
        if code and code != own
    ][:FROM_FILE_REGIONS]
    from_file = list(
        dict.fromkeys(named + [r for r in regions if r in phonenumbers.SUPPORTED_REGIONS])
    )
    common = [r for r in COMMON_REGIONS if r not in from_file and r != result.country]
    return [r for r in from_file if r != result.country], common
