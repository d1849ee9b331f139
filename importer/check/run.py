"""Check a sheet: read its rows, keep the mapped columns, validate them, mark duplicates.

:func:`run_check` copies the file and reads the copy; :func:`check_rows` is the pure part
working on any stream of rows. Rows are taken in chunks and stored column by column (no
per-row objects besides the cell values themselves); phone numbers are validated chunk by
chunk, so progress and cancellation work during the whole run.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import islice
from operator import itemgetter
from pathlib import Path

from importer.check.duplicates import check_policy, mark_duplicates
from importer.check.phone_sources import fill_from_fallbacks, spare_columns
from importer.check.rechecking import settle
from importer.check.result import CheckResult, collector_paused
from importer.check.row_groups import settle_groups
from importer.check.validation import clean_extras, join_name, validate_names, validate_phones
from importer.choices import DEFAULT_COUNTRY, DuplicatePolicy, ImportChoices
from importer.errors import CancelledError, MappingError
from importer.groups.separators import GroupSeparator
from importer.i18n import _
from importer.mapping.model import Mapping
from importer.phones.normalize import check_region
from importer.settings_paths import journal_dir
from importer.sources import open_source
from importer.sources.base import CellValue, Format, Row
from importer.sources.checked_copy import CheckedCopy, take_copy
from importer.sources.table import iter_data_rows, read_preview

_NUMBER = itemgetter(0)
_VALUES = itemgetter(1)

CHUNK_ROWS = 10_000
"""Rows read between two progress reports (and cancellation checks)."""
MAX_SHARED_SHARE = 0.2
"""An extra-field column keeps sharing equal values while at most this share is distinct …"""
MIN_SHARED_VALUES = 20_000
"""… or while it has at most this many distinct values: a date column repeating a few thousand
dates looks unique in its first chunk, yet sharing them saves 56 MB over a million rows."""

_LISTS = "\x00lists"
"""The key the lists column's values are shared under (no extra-field key holds a NUL)."""

Progress = Callable[[int, int | None], None]
"""Called with (rows read so far, total rows or None when unknown)."""


def run_check(
    choices: ImportChoices,
    *,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
    folder: Path | None = None,
    copy: CheckedCopy | None = None,
) -> CheckResult:
    """Check the data rows of the file, sheet and header row ``choices`` name, with its
    columns, country, duplicates policy, whether unverified numbers are sent (then ready with
    a warning instead of invalid) and how groups are separated in the lists column.

    The file is first copied into the journal ``folder`` (default: the usual one), hashed on
    the way (:func:`~importer.sources.checked_copy.take_copy`), and the check reads the copy:
    the result holds it (:attr:`CheckResult.checked`), so the report and the rows to fix show
    the rows as they were checked whatever becomes of the file. ``copy`` is a copy made
    before (the rows an unfinished upload was checked with): it is read instead, and kept.

    Raises a :class:`importer.errors.SourceError` when the file cannot be read, a
    :class:`MappingError` when no phone column is chosen, :class:`CancelledError` when
    ``cancel()`` turns true.
    """
    checked = copy or take_copy(choices.path, folder or journal_dir())
    try:
        with open_source(checked.path) as source:
            preview = read_preview(source, choices.sheet, choices.header_row)
            rows = iter_data_rows(source, preview.sheet, preview.header_row)
            found = choices.with_changes(
                sheet=preview.sheet,
                header_row=preview.header_row,
                mapping=choices.mapping if choices.mapping is not None else Mapping(),
            )
            result = check_chosen_rows(
                rows,
                found,
                preview.headers,
                progress=progress,
                cancel=cancel,
                rows_read=source.close,
                cards=source.kind is Format.VCARD,
            )
    except BaseException:
        if copy is None:
            checked.release()
        raise
    result.checked = checked
    return result


def check_rows(
    rows: Iterable[Row],
    mapping: Mapping,
    *,
    country: str = DEFAULT_COUNTRY,
    duplicates: DuplicatePolicy | str = DuplicatePolicy.LAST,
    send_unverified: bool = False,
    list_separator: GroupSeparator | None = None,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
    rows_read: Callable[[], None] | None = None,
    path: str | Path = "",
    sheet: str = "",
    header_row: int = 1,
    headers: Sequence[str] = (),
    cards: bool = False,
) -> CheckResult:
    """Check ``rows`` (Excel row number, cell values) under ``mapping``; see :func:`run_check`
    (the file, sheet and header row only name where they came from)."""
    choices = ImportChoices(
        Path(path),
        sheet=sheet,
        header_row=header_row,
        mapping=mapping,
        country=country,
        duplicates=check_policy(duplicates),
        send_unverified=send_unverified,
        list_separator=list_separator,
    )
    return check_chosen_rows(
        rows, choices, headers, progress=progress, cancel=cancel, rows_read=rows_read, cards=cards
    )


def check_chosen_rows(
    rows: Iterable[Row],
    choices: ImportChoices,
    headers: Sequence[str],
    *,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
    rows_read: Callable[[], None] | None = None,
    cards: bool = False,
) -> CheckResult:
    """Check ``rows`` as ``choices`` say (their sheet, header row and columns set): the result
    refers to them.

    ``cards``: the rows are a vCard file's cards (named so in messages). ``rows_read`` is
    called once every row is read, before the country hint and duplicates:
    :func:`run_check` closes the file then, so the loaded sheet is freed first (at a million
    rows the duplicates index would otherwise come on top of it, about 100 MB more at peak).
    """
    mapping = choices.mapping
    if mapping is None or mapping.phone_index is None:
        raise MappingError(
            _("No column is chosen as the phone number."),
            hint=_("Pick the column that holds the phone numbers."),
        )
    checked = choices.with_changes(
        country=check_region(choices.country), duplicates=check_policy(choices.duplicates)
    )
    spare = spare_columns(headers, mapping)
    result = CheckResult(checked, list(headers), spare_columns=spare, cards=cards)
    collector = _ColumnCollector(result)
    normalizer = result.normalizer()
    with collector_paused(result):
        for chunk in _chunks(rows, cancel):
            start = len(result)
            collector.add(chunk)
            stop = len(result)
            validate_phones(result, normalizer, start, stop)
            validate_names(result, start, stop)
            clean_extras(result, start, stop)
            if progress is not None:
                progress(stop, None)
        if rows_read is not None:
            rows_read()
        settle(result)
        settle_groups(result, choices.list_separator)
        mark_duplicates(result)
    return result


def _chunks(rows: Iterable[Row], cancel: Callable[[], bool] | None) -> Iterator[list[Row]]:
    iterator = iter(rows)
    while True:
        if cancel is not None and cancel():
            raise CancelledError()
        chunk = list(islice(iterator, CHUNK_ROWS))
        if not chunk:
            return
        yield chunk


class _ColumnCollector:
    """Appends the mapped cells of each chunk of rows to the columns of a result."""

    def __init__(self, result: CheckResult) -> None:
        mapping = result.mapping
        phone = mapping.phone_index
        assert phone is not None
        self.result = result
        self.names = mapping.name_indices
        self.keys = list(mapping.extra_fields)
        self.sources = len(mapping.phone_fallbacks) + len(result.spare_columns)
        country = mapping.country_index
        self.countries = 0 if country is None else 1
        lists = mapping.lists_index
        self.lists = 0 if lists is None else 1
        self.indices = [
            phone,
            *mapping.phone_fallbacks,
            *result.spare_columns,
            *self.names,
            *([] if country is None else [country]),
            *([] if lists is None else [lists]),
            *mapping.extra_fields.values(),
        ]
        self.width = max(self.indices) + 1
        self.padding: list[CellValue] = [None] * self.width
        getter = itemgetter(*self.indices)
        self.pick: Callable[[list[CellValue]], tuple[CellValue, ...]] = (
            getter if len(self.indices) > 1 else lambda values: (getter(values),)
        )
        self.shared: dict[str | None, dict[CellValue, CellValue] | None] = {None: {}, _LISTS: {}}
        for key in self.keys:
            result.extras[key] = []
            self.shared[key] = {}

    def add(self, chunk: list[Row]) -> None:
        result, width, padding, pick = self.result, self.width, self.padding, self.pick
        result.row_numbers.extend(map(_NUMBER, chunk))
        picked = [
            pick(values) if len(values) >= width else pick(values + padding[len(values) :])
            for values in map(_VALUES, chunk)
        ]
        columns = list(zip(*picked, strict=True))
        phones: Sequence[CellValue] = columns[0]
        if self.sources:
            phones = self._with_fallbacks(list(phones), columns[1 : 1 + self.sources])
        result.raw_phones.extend(phones)
        result.phones.extend([None] * len(chunk))
        result.status.extend(bytes(len(chunk)))
        first_name = 1 + self.sources
        name_count = len(self.names)
        names = _names(columns[first_name : first_name + name_count], len(chunk))
        result.names.extend(self._share(None, names))  # type: ignore[arg-type]
        first_extra = first_name + name_count + self.countries + self.lists
        if self.countries:
            result.raw_countries.extend(columns[first_name + name_count])
        if self.lists:
            result.raw_lists.extend(self._share(_LISTS, columns[first_extra - 1]))
        for key, column in zip(self.keys, columns[first_extra:], strict=True):
            result.extras[key].extend(self._share(key, column))

    def _with_fallbacks(
        self, phones: list[CellValue], sources: list[tuple[CellValue, ...]]
    ) -> list[CellValue]:
        fallbacks = len(self.result.mapping.phone_fallbacks)
        start = len(self.result.raw_phones)
        fill_from_fallbacks(self.result, start, phones, sources[:fallbacks], sources[fallbacks:])
        return phones

    def _share(self, key: str | None, column: Iterable[CellValue]) -> Iterable[CellValue]:
        """``column`` with equal values replaced by one shared object (cities, dates, …).

        ``key`` is the extra-field key, None for the names, :data:`_LISTS` for the lists.

        A column of mostly distinct values (emails, ids) stops being shared once its table
        passes :data:`MIN_SHARED_VALUES` (after two chunks), as the table would then cost more
        memory than it saves.
        """
        shared = self.shared[key]
        if shared is None:
            return column
        values = list(map(shared.setdefault, column, column))
        if len(shared) > max(MIN_SHARED_VALUES, len(self.result) * MAX_SHARED_SHARE):
            self.shared[key] = None
        return values


def _names(columns: list[tuple[CellValue, ...]], count: int) -> list[str | None]:
    """The joined names of ``count`` rows from their name columns (``None`` when unmapped)."""
    if not columns:
        return [None] * count
    if len(columns) == 1:
        return [
            v if v.__class__ is str and v and v.isprintable() else _single_name(v)
            for v in columns[0]
        ]
    return [join_name(parts) for parts in zip(*columns, strict=True)]


def _single_name(value: CellValue) -> str | None:
    return join_name((value,))
