"""The outcome of checking a sheet, held column by column (compact for a million rows).

A :class:`CheckResult` holds the rows and answers questions about them; it calls nothing of
the check. What changes it — the check's last steps, checking again after a choice, a row fixed
in place — is :mod:`importer.check.rechecking`.
"""

from __future__ import annotations

import gc
from collections import Counter
from collections.abc import Iterator, Sized
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import compress
from pathlib import Path
from typing import Any

from importer.check.counts import RowCounts, count_rows
from importer.check.issues import Issue, RowStatus, Severity
from importer.check.plus_evidence import PlusEvidence
from importer.check.records import OTHER_NUMBERS_KEY, build_record
from importer.choices import DuplicatePolicy, ImportChoices
from importer.columns import column_letter
from importer.groups.cells import CellReader
from importer.groups.separators import GroupSeparator
from importer.mapping.model import Mapping
from importer.phones.country_values import CountryReader
from importer.phones.normalize import PhoneNormalizer
from importer.phones.problems import UNVERIFIED_CODE
from importer.sources.base import CellValue
from importer.sources.checked_copy import CheckedCopy
from importer.sources.vcard_source import card_number

KEPT_NORMALIZERS = 3
"""Phone readers kept with their caches: the current country's, the suggested country's and
the previous one, so switching between them re-checks from the cache."""
FREEZE_MIN_ROWS = 100_000
"""From this many rows on, a checked result is hidden from the cyclic garbage collector."""

_READY_MASK = bytes(1 if s == RowStatus.READY else 0 for s in range(256))


@dataclass
class CheckResult:
    """Mapped values and verdicts for every data row of one sheet.

    Index ``i`` in every list refers to the same data row; ``row_numbers[i]`` is the row number
    the user sees in Excel. Only the mapped columns are kept.
    """

    choices: ImportChoices
    """What the rows were checked with: the file, the sheet and header row (found, never
    ``None``), the columns, the default country, the duplicates policy and whether numbers that
    cannot be verified are sent. :mod:`importer.check.rechecking` changes it with the rows."""
    headers: list[str]
    row_numbers: list[int] = field(default_factory=list)
    raw_phones: list[CellValue] = field(default_factory=list)
    phones: list[str | None] = field(default_factory=list)
    names: list[str | None] = field(default_factory=list)
    extras: dict[str, list[CellValue]] = field(default_factory=dict)
    status: bytearray = field(default_factory=bytearray)
    issues: dict[int, list[Issue]] = field(default_factory=dict)
    """Data-row index → its issues (errors and warnings); rows without issues are absent."""
    edited_phones: dict[int, CellValue] = field(default_factory=dict)
    """Data-row index → the phone value the file held, for rows fixed in place
    (:func:`importer.check.rechecking.edit`)."""
    phone_sources: dict[int, int] = field(default_factory=dict)
    """Data-row index → the fallback column its number came from (its phone cell is empty)."""
    other_numbers: dict[int, str] = field(default_factory=dict)
    """Data-row index → the other numbers of a phone cell that listed several."""
    spare_columns: tuple[int, ...] = ()
    """Unchosen columns titled as phone numbers (see :mod:`importer.check.phone_sources`)."""
    spare_phones: dict[int, dict[int, CellValue]] = field(default_factory=dict)
    """Spare column → data-row index → its value, for rows left without a number."""
    suggested_country: str | None = None
    """The region under which clearly more numbers would be valid
    (:func:`importer.check.rechecking.look_for_country`)."""
    raw_countries: list[CellValue] = field(default_factory=list)
    """The Country column's value of each row (empty while no column names the countries)."""
    plus_readings: dict[int, str] = field(default_factory=dict)
    """Data-row index → the number its digits give only with a + in front (sent only when
    :attr:`plus_evidence` confirms it; see :mod:`importer.check.plus_readings`)."""
    plus_evidence: PlusEvidence | None = None
    """What confirms a reading with a +, once every row is read."""
    pointed_country: str | None = None
    """The country where the numbers that cannot be verified and that :attr:`suggested_country`
    does not explain are valid, however few they are
    (:func:`importer.check.country_hint.point_country`)."""
    explained_unverified: dict[int, str] = field(default_factory=dict)
    """Row → the country its number is valid in, for rows whose number cannot be verified but
    is valid in :attr:`suggested_country` or :attr:`pointed_country`: never sent, even when
    unverified numbers are."""
    cards: bool = False
    """The rows are the cards of a vCard file: a row is named as its card ("card 6", sheet row
    7), see :meth:`record_number`."""
    raw_lists: list[CellValue] = field(default_factory=list)
    """The lists column's value of each row (empty while no column names the rows' groups)."""
    list_separator: GroupSeparator | None = None
    """What separates several groups in one cell of the lists column: the one chosen
    (``choices.list_separator``), else the one the cells hold (None: no such column); see
    :mod:`importer.check.row_groups`."""
    checked: CheckedCopy | None = field(default=None, repr=False, compare=False)
    """The private copy of the bytes the check read, and what the file was then (None for
    rows checked from elsewhere than a file)."""
    _normalizers: dict[str, PhoneNormalizer] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    _row_normalizers: dict[str, PhoneNormalizer] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    _countries: CountryReader | None = field(default=None, init=False, repr=False, compare=False)
    _groups: CellReader | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        choices = self.choices
        if choices.sheet is None or choices.header_row is None or choices.mapping is None:
            raise ValueError("a check result's choices name its sheet, header row and columns")

    def record_number(self, row_number: int) -> int:
        """What the user calls sheet row ``row_number``: its number, or its card's in a vCard
        file."""
        return card_number(row_number) if self.cards else row_number

    def __len__(self) -> int:
        return len(self.row_numbers)

    @property
    def path(self) -> Path:
        """The checked file."""
        return self.choices.path

    @property
    def sheet(self) -> str:
        """The checked sheet."""
        assert self.choices.sheet is not None
        return self.choices.sheet

    @property
    def header_row(self) -> int:
        """The row holding the column titles."""
        assert self.choices.header_row is not None
        return self.choices.header_row

    @property
    def mapping(self) -> Mapping:
        """Which column is what."""
        assert self.choices.mapping is not None
        return self.choices.mapping

    @property
    def country(self) -> str:
        """The default country: numbers without a country code (and rows without their own
        country) are read as its numbers."""
        return self.choices.country

    @property
    def duplicates_policy(self) -> DuplicatePolicy:
        """Which row of a repeated phone number is kept."""
        return self.choices.duplicates

    @property
    def send_unverified(self) -> bool:
        """Send numbers of the right length that libphonenumber does not know as in use."""
        return self.choices.send_unverified

    def count(self, status: RowStatus) -> int:
        """How many rows have ``status``."""
        return self.status.count(status)

    def has_sendable(self) -> bool:
        """True when at least one row is ready to be sent."""
        return RowStatus.READY in self.status

    def rows_path(self) -> Path:
        """Where the checked rows are read again, for their other columns (the report, the
        rows to fix): the copy of the bytes the check read, never the file itself, which may
        have changed since; the file only for rows checked without a copy."""
        return self.checked.path if self.checked is not None else self.path

    def phone_column_letter(self) -> str:
        """The Excel letter of the phone column ("" when none is mapped)."""
        index = self.mapping.phone_index
        return "" if index is None else column_letter(index)

    def name_column_letter(self) -> str:
        """The Excel letter of the (first) name column ("" when none is mapped)."""
        indices = self.mapping.name_indices
        return column_letter(indices[0]) if indices else ""

    def extra_column_letters(self) -> dict[str, str]:
        """Extra-field key → Excel letter of its column."""
        return {key: column_letter(index) for key, index in self.mapping.extra_fields.items()}

    def normalizer(self, region: str | None = None) -> PhoneNormalizer:
        """The phone reader for ``region`` (default :attr:`country`); the last few used are
        kept, so switching back and forth re-checks from their caches."""
        region = region or self.country
        found = self._normalizers.pop(region, None) or PhoneNormalizer(region)
        recent = list(self._normalizers.items())[-(KEPT_NORMALIZERS - 1) :]
        self._normalizers = {**dict(recent), region: found}
        return found

    def normalizer_for(self, region: str) -> PhoneNormalizer:
        """The phone reader of a row's country (kept for the whole check, with its cache)."""
        if region == self.country:
            return self.normalizer()
        found = self._row_normalizers.get(region)
        if found is None:
            found = self._row_normalizers[region] = PhoneNormalizer(region)
        return found

    def country_reader(self) -> CountryReader:
        """The reader of the Country cells, for the current default country."""
        if self._countries is None or self._countries.default != self.country:
            self._countries = CountryReader(self.country)
        return self._countries

    def group_reader(self) -> CellReader:
        """The reader of the lists cells, for the current separator."""
        separator = self.list_separator or GroupSeparator.NONE
        if self._groups is None or self._groups.separator is not separator:
            self._groups = CellReader(separator)
        return self._groups

    def row_groups(self, index: int) -> tuple[str, ...]:
        """The groups row ``index`` names, in order (none without a lists column)."""
        if self.mapping.lists_index is None:
            return ()
        return self.group_reader().names(self.raw_lists[index])

    def row_regions(self, start: int, stop: int) -> list[str] | None:
        """The country each of rows ``start``–``stop`` is read in; None when no column names
        the rows' countries (all are read in :attr:`country`)."""
        if self.mapping.country_index is None:
            return None
        return self.country_reader().regions(self.raw_countries[start:stop])

    def row_region(self, index: int) -> str:
        """The country row ``index`` is read in."""
        if self.mapping.country_index is None:
            return self.country
        return self.country_reader().region(self.raw_countries[index])

    def named_country(self, index: int) -> str | None:
        """The country row ``index``'s Country cell names (None: none, or no such column)."""
        if self.mapping.country_index is None:
            return None
        return self.country_reader().named(self.raw_countries[index]) or None

    def row_normalizer(self, index: int) -> PhoneNormalizer:
        """The phone reader of row ``index``'s country."""
        return self.normalizer_for(self.row_region(index))

    def named_countries(self) -> Counter[str]:
        """Region → how many rows name it in their Country cell (empty without such a column)."""
        if self.mapping.country_index is None:
            return Counter()
        named = Counter(map(self.country_reader().named, self.raw_countries))
        return Counter({region: rows for region, rows in named.items() if region})

    def rows_per_country(self) -> Counter[str]:
        """Region → how many rows were read in it (their own country, else the default)."""
        regions = self.row_regions(0, len(self))
        return Counter({self.country: len(self)}) if regions is None else Counter(regions)

    def unverified_rows(self) -> tuple[int, int]:
        """(rows whose number cannot be verified that "send them" would really send, rows
        whose number is valid in another country the file points to and so is never sent)."""
        rows = self.issue_codes().get(UNVERIFIED_CODE, 0)
        explained = len(self.explained_unverified)
        return rows - explained, explained

    def explaining_countries(self) -> Counter[str]:
        """Region → how many rows whose number cannot be verified are valid there instead."""
        return Counter(self.explained_unverified.values())

    def hint_normalizer(self) -> PhoneNormalizer | None:
        """The phone reader of :attr:`suggested_country`, if there is one."""
        region = self.suggested_country
        if region is None:
            return None
        found = self._normalizers.get(region)
        return found if found is not None else self.normalizer(region)

    def issue_indices(self, code: str | None = None, severity: Severity | None = None) -> list[int]:
        """Indices of rows with an issue matching ``code`` and ``severity`` (any when None)."""
        return sorted(
            index
            for index, issues in self.issues.items()
            if any(
                (code is None or i.code == code) and (severity is None or i.severity == severity)
                for i in issues
            )
        )

    def ready_indices(self) -> list[int]:
        """Indices of the rows that will be sent, in sheet order."""
        return list(compress(range(len(self.status)), self.status.translate(_READY_MASK)))

    def record(self, index: int) -> dict[str, Any]:
        """The API record of row ``index`` (which must have a valid phone number)."""
        phone = self.phones[index]
        if phone is None:
            raise ValueError(f"row {self.row_numbers[index]} has no valid phone number")
        extras = {key: values[index] for key, values in self.extras.items()}
        others = self.other_numbers.get(index)
        if others:
            kept = extras.get(OTHER_NUMBERS_KEY)
            extras[OTHER_NUMBERS_KEY] = f"{kept}; {others}" if kept else others
        return build_record(phone, self.names[index], extras)

    def counts(self) -> RowCounts:
        """Ready, ready with a note, cannot be sent, duplicates: each row counted once."""
        return count_rows(self.status, self.issues)

    def summary(self) -> dict[str, int]:
        """:meth:`counts` as JSON-ready numbers (with the total and the rows to send)."""
        return self.counts().as_json()

    def error_codes(self) -> set[str]:
        """The issue codes that keep a row from being sent (the others are notes)."""
        return {
            issue.code
            for issues in self.issues.values()
            for issue in issues
            if issue.severity is Severity.ERROR
        }

    def issue_codes(self) -> dict[str, int]:
        """Issue code → number of rows having it, most frequent first."""
        counts = Counter(
            code for issues in self.issues.values() for code in {i.code for i in issues}
        )
        return dict(counts.most_common())


@contextmanager
def collector_paused(result: CheckResult) -> Iterator[None]:
    """Pause Python's cyclic garbage collector while ``result`` is built or checked again, then
    hide it from the collector (:func:`hide_from_collector`) before switching it back on.

    Reading creates millions of short-lived rows while the columns kept grow to millions of
    values; each full collection walks all of them, which made checking a million rows about
    40 % slower, and a re-check set off collections of 70–230 ms one after another. The check
    creates no reference cycles, so nothing is left uncollected: reference counting frees the
    rows. The result is frozen before the collector runs again, or its first collection would
    walk every object made meanwhile (320 ms for a million rows).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
        hide_from_collector(result)
    finally:
        if was_enabled:
            gc.enable()


def hide_from_collector(result: Sized) -> None:
    """Freeze (``gc.freeze``) every object alive now when ``result`` (a check result, or the
    per-row state of an upload) is big.

    A full collection visits every value of every list and dict it tracks: with a million-row
    result (and its phone normalizer's cache) each one held the GIL for 50–200 ms, and
    re-checking or uploading (which create many objects) triggered one after another, freezing
    the GUI. Frozen objects are still freed by reference counting when the result is dropped;
    only reference cycles alive at that moment (checking creates none) are kept until the
    program ends.
    """
    if len(result) >= FREEZE_MIN_ROWS:
        gc.freeze()
