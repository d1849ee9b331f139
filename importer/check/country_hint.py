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
any run of digits, must do clearly better to be suggested instead. Among the countries that
make the numbers valid, the one where they are plausibly the numbers people gave ranks first
(:mod:`importer.phones.plausible`: mobiles, written that country's way), so forty French
mobiles point to France, not to Germany where they are landlines.

However few the doubtful rows, :func:`point_country` says where those that cannot be verified
point: such a number valid there is never sent, whatever the size of the file.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

import phonenumbers

from importer.i18n import _
from importer.phones.countries import country_name
from importer.phones.normalize import PhoneNormalizer, country_code_of, dial_code
from importer.phones.plausible import plan_lengths, plausibility
from importer.phones.problems import PLACEHOLDER_CODE, UNVERIFIED_CODE
from importer.sources.base import CellValue

if TYPE_CHECKING:
    from importer.check.result import CheckResult

SAMPLE_SIZE = 1_000
"""At most this many doubtful (and as many valid) raw numbers are read again per country."""
MIN_DOUBTFUL_SHARE = 0.1
"""Below this share of rows with a doubtful phone number no other country is suggested."""
MIN_DOUBTFUL_ROWS = 5
"""Below this many rows with a doubtful phone number no other country is suggested — unless
they are half the file or more (a file of four Indian mobiles)."""
NOT_NUMBERS = frozenset(
    {"empty", "not_a_number", "excel_scientific", "excel_precision", PLACEHOLDER_CODE}
)
"""Errors of cells that are no number to send in any country: never doubtful rows, and never
told to look like another country's."""
MIN_FIXED_SHARE = 0.5
"""The suggested country must make at least this share of the sampled doubtful numbers valid."""
POINT_SAMPLE_SIZE = 200
"""At most this many of the rows :func:`point_country` looks at are read again per country
(spread over them): it asks where most of them point, which a few hundred tell."""
MIN_POINTED_SHARE = 0.75
"""A country the file does not name is where a few numbers point only when those valid there
are mostly mobiles written that country's way (a mean plausibility of at least this much): most
North American numbers not in use are valid Mexican ones, but nothing says they are."""
COMMON_REGIONS = ("US", "GB", "DE", "FR", "IN", "BR", "MX", "ES", "NL", "AU", "PH")
"""Tried even when no number of the file names them (not Italy: its numbering plan takes
almost any run of digits, so it would "fix" numbers of every country)."""
FROM_FILE_REGIONS = 3
"""How many of the file's most frequent international country codes are tried."""
FROM_FILE_PREFERENCE = 1.25
"""A country named by the file's international numbers counts its net gain this many times:
another country must do clearly better to be suggested instead."""


def suggest_country(result: CheckResult, named: Counter[str] | None = None) -> str | None:
    """The region (e.g. "FR") under which clearly more rows of ``result`` would be valid
    (``named``: :meth:`CheckResult.named_countries`, when the caller has it already).

    None unless many rows have a doubtful phone number (not valid, or valid only as
    "unverified") and one country both makes valid most of a sample (at most
    :data:`SAMPLE_SIZE`) of them and loses clearly fewer of the valid numbers than it gains
    (a valid number it reads as another number is lost).
    """
    named = result.named_countries() if named is None else named
    if len(named) > 1:
        return None  # the rows name their countries: no one country explains them
    doubtful_rows = _doubtful_rows(result)
    if named:
        doubtful_rows = [i for i in doubtful_rows if result.named_country(i) is None]
    least = min(MIN_DOUBTFUL_ROWS, len(result) / 2)
    if len(doubtful_rows) < max(least, MIN_DOUBTFUL_SHARE * len(result)):
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
    scores: dict[str, float] = {}
    from_file, common = _candidates(result, list(named))
    for region in [*from_file, *common]:
        normalizer = PhoneNormalizer(region)
        fixed = doubtful.kept_share(normalizer, at_least=MIN_FIXED_SHARE)
        if fixed < MIN_FIXED_SHARE:
            continue
        gain = fixed * doubtful.total
        loss = (1 - valid.kept_share(normalizer)) * valid.total if valid.total else 0.0
        if gain > 2 * loss:
            plausible = doubtful.plausible_share(normalizer) * doubtful.total
            preference = FROM_FILE_PREFERENCE if region in from_file else 1.0
            scores[region] = (plausible - loss) * preference
    return _best(scores)


def _best(scores: dict[str, float]) -> str | None:
    """The region of the highest score; on a tie, the one of the stricter numbering plan
    (:func:`~importer.phones.plausible.plan_lengths`), then the first tried."""
    order = {region: n for n, region in enumerate(scores)}
    ranked = sorted(scores, key=lambda r: (-round(scores[r], 9), plan_lengths(r), order[r]))
    return ranked[0] if ranked else None


def open_unverified_rows(result: CheckResult) -> list[int]:
    """Rows whose number cannot be verified where it was read (the default country: their row
    names none) and that no country explains yet."""
    column, explained = result.phone_column_letter(), result.explained_unverified
    return [
        index
        for index, issues in sorted(result.issues.items())
        if index not in explained
        and any(i.column == column and i.code == UNVERIFIED_CODE for i in issues)
        and result.named_country(index) is None
    ]


def point_country(
    result: CheckResult, rows: list[int], named: Counter[str] | None = None
) -> str | None:
    """The country where most of ``rows``' numbers are valid, and plausibly so, however few
    they are: the highest :meth:`_Sample.plausible_share` among the countries that make at least
    :data:`MIN_FIXED_SHARE` of them valid with a mean plausibility of at least
    :data:`MIN_FIXED_SHARE` (a country the file names) or :data:`MIN_POINTED_SHARE` (a common
    one).

    Unlike :func:`suggest_country` it needs no share of the file and weighs no loss: it says
    where these numbers point, not which default country fits the whole file. ``named`` is
    :meth:`CheckResult.named_countries` when the caller has it already.
    """
    if not rows:
        return None
    sample = _Sample()
    for index in rows[:: max(1, len(rows) // POINT_SAMPLE_SIZE)][:POINT_SAMPLE_SIZE]:
        sample.add(result.raw_phones[index], None)
    named = result.named_countries() if named is None else named
    scores: dict[str, float] = {}
    from_file, common = _candidates(result, list(named))
    for region in [*from_file, *common]:
        normalizer = result.normalizer_for(region)
        kept = sample.kept_share(normalizer, at_least=MIN_FIXED_SHARE)
        if kept < MIN_FIXED_SHARE:
            continue
        share = sample.plausible_share(normalizer)
        if share / kept >= (MIN_FIXED_SHARE if region in from_file else MIN_POINTED_SHARE):
            scores[region] = share
    return _best(scores)


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

    def plausible_share(self, normalizer: PhoneNormalizer) -> float:
        """The mean :func:`~importer.phones.plausible.plausibility` of the sampled values as
        ``normalizer`` reads them (0 for a value it finds no valid number in, or not the
        expected one): mobiles written that country's way count most."""
        total = 0.0
        for value, expected in zip(self.values, self.expected, strict=True):
            found = normalizer.normalize(value).e164
            if found is not None and (expected is None or found == expected):
                total += plausibility(value, found)
        return total / len(self.values) if self.values else 0.0


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
