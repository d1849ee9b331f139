"""A better default country for a checked sheet whose national numbers failed under its own.

A German file checked with the default country US marks "0171 1234567" invalid; re-reading a
sample of the invalid numbers under the countries the file's international numbers come from
(and a few common ones) shows which default country would make clearly more rows valid.
"""

from __future__ import annotations

from collections import Counter

import phonenumbers

from importer.check.issues import RowStatus
from importer.check.result import CheckResult
from importer.phones.countries import COUNTRY_NAMES
from importer.phones.normalize import PhoneNormalizer, PhoneResult, dial_code
from importer.sources.base import CellValue

SAMPLE_SIZE = 2_000
"""At most this many invalid (and as many valid) raw numbers are read again per country."""
MIN_INVALID_SHARE = 0.1
"""Below this share of rows with an unreadable phone number no other country is suggested."""
MIN_INVALID_ROWS = 3
MIN_FIXED_SHARE = 0.5
"""The suggested country must make at least this share of the sampled invalid numbers valid."""
COMMON_REGIONS = ("US", "GB", "DE", "FR", "IN", "BR", "MX", "ES", "NL", "AU", "PH")
"""Tried even when no number of the file names them (not Italy: its numbering plan takes
almost any run of digits, so it would "fix" numbers of every country)."""
FROM_FILE_REGIONS = 3
"""How many of the file's most frequent international country codes are tried."""


def suggest_country(result: CheckResult) -> str | None:
    """The region (e.g. "DE") under which clearly more rows of ``result`` would be valid.

    None unless many rows have an unreadable phone number and one country both makes valid
    most of a sample (at most :data:`SAMPLE_SIZE`) of them and loses clearly fewer of the
    valid numbers than it gains.
    """
    if result.count(RowStatus.INVALID) < max(MIN_INVALID_ROWS, MIN_INVALID_SHARE * len(result)):
        return None
    invalid, valid = _Sample(), _Sample()
    for raw, phone in zip(result.raw_phones, result.phones, strict=True):
        if raw is not None and raw != "":
            (invalid if phone is None else valid).add(raw)
    if invalid.total < max(MIN_INVALID_ROWS, MIN_INVALID_SHARE * len(result)):
        return None
    best: tuple[float, str] | None = None
    for region in _candidates(result):
        normalizer = PhoneNormalizer(region)
        fixed = invalid.valid_share(normalizer)
        gain = fixed * invalid.total
        loss = (1 - valid.valid_share(normalizer)) * valid.total if valid.total else 0.0
        if fixed >= MIN_FIXED_SHARE and gain > 2 * loss and (best is None or gain - loss > best[0]):
            best = (gain - loss, region)
    return None if best is None else best[1]


def country_hint_text(region: str) -> str:
    """'Most numbers look like Germany (+49) numbers: try --country DE.'"""
    name = COUNTRY_NAMES.get(region, region)
    return f"Most numbers look like {name} (+{dial_code(region)}) numbers: try --country {region}."


class _Sample:
    """Up to :data:`SAMPLE_SIZE` raw phone values, and how many were offered."""

    def __init__(self) -> None:
        self.values: list[CellValue] = []
        self.total = 0

    def add(self, value: CellValue) -> None:
        self.total += 1
        if len(self.values) < SAMPLE_SIZE:
            self.values.append(value)

    def valid_share(self, normalizer: PhoneNormalizer) -> float:
        valid = sum(_clearly_valid(normalizer.normalize(v)) for v in self.values)
        return valid / len(self.values) if self.values else 0.0


def _clearly_valid(found: PhoneResult) -> bool:
    """Valid and known to be in use (not merely of the right length)."""
    return found.e164 is not None and all(w.code != "possibly_invalid" for w in found.warnings)


def _candidates(result: CheckResult) -> list[str]:
    """The file's most frequent foreign country codes (as regions), then common countries."""
    own = dial_code(result.country)
    codes: Counter[str] = Counter()
    for phone in result.phones:
        if phone is not None:
            codes[_country_code(phone)] += 1
            if sum(codes.values()) >= SAMPLE_SIZE:
                break
    regions = [
        phonenumbers.region_code_for_country_code(int(code))
        for code, _ in codes.most_common()
        if code and code != own
    ][:FROM_FILE_REGIONS]
    ordered = [r for r in regions if r in phonenumbers.SUPPORTED_REGIONS]
    ordered += [r for r in COMMON_REGIONS if r not in ordered]
    return [r for r in ordered if r != result.country]


def _country_code(e164: str) -> str:
    try:
        return str(phonenumbers.parse(e164).country_code)
    except phonenumbers.NumberParseException:
        return ""
