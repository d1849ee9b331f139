"""Suggest a column mapping from the headers and a sample of data rows.

A known export layout (:mod:`.layouts`) is mapped as that layout says. Otherwise the phone
column is found by its header (varied numbers over a repeated one, mobile preferred), or by
content when no header names it; the name is a full-name column or first + last name columns,
preferably with the phone column's prefix; a column naming each row's country is found by its
title and values (:mod:`.country_column`) and keeps the extra field it would have been; a
column naming each row's groups (a known layout's, else found by its title and values,
:mod:`.list_column`) makes lists and is not saved as an extra field. Every
other column becomes an extra field, except columns that are empty throughout the sample, in a
wide file columns that do not describe the contact (:mod:`.describing`), and columns without a
title: their meaning is unknown, and the name they are shown by ("Column TEL") is no title.
They are never the phone column either.
"""

from __future__ import annotations

from collections.abc import Sequence

from importer.columns import column_letter, is_untitled
from importer.mapping.country_column import pick_country
from importer.mapping.describing import WIDE_COLUMNS, describes_contact
from importer.mapping.keys import derive_key
from importer.mapping.layouts import recognise_layout
from importer.mapping.list_column import pick_lists
from importer.mapping.model import ColumnChoice, Mapping, Role
from importer.mapping.vocabulary import (
    NameKind,
    header_words,
    is_attention_column,
    name_kind,
    phone_header_score,
)
from importer.phones.country_values import read_country
from importer.phones.guess import phone_share, valid_numbers, valid_share
from importer.phones.normalize import PhoneNormalizer
from importer.sources.base import CellValue, Row

CONTENT_SHARE = 0.6
"""Share of sample values that must look like phone numbers to pick a column by content."""
WEAK_HEADER_SHARE = 0.5
"""The same for a column whose header only says "Number" or "Contact"."""
REPEATED_MIN = 3
"""A phone column holding one number in this many sample rows or more repeats it on every row."""
UNLIKELY_SHARE = 0.2
"""Below this share a phone-titled column holds something else (yes/no, labels…)."""
NOT_PHONE_CONTENT_WORDS = frozenset(
    {"id", "ids", "zip", "postal", "postcode", "plz", "cep", "cap", "cp", "code", "codigo",
     "date", "fecha", "datum", "time", "timestamp", "zeit", "uhrzeit", "heure", "hora",
     "created", "modified", "updated", "amount", "betrag", "montant", "importe", "total",
     "summe", "sum", "price", "preis", "prix", "precio", "cost", "count", "anzahl", "qty",
     "quantity", "account", "order", "invoice", "year", "jahr", "annee", "ano", "sku", "ean",
     "isbn", "iban"}
)  # fmt: skip
"""Header words of columns never taken as the phone column by content (IDs, dates, money…)."""
CONTENT_COUNTRY = "US"
"""The default country judging content when none is known yet (the wizard's first default)."""


def column_values(width: int, sample_rows: Sequence[Row]) -> list[list[CellValue]]:
    """The sample's values column by column (rows shorter than ``width`` padded with None)."""
    columns: list[list[CellValue]] = [[] for _ in range(width)]
    for _, values in sample_rows:
        for index in range(width):
            columns[index].append(values[index] if index < len(values) else None)
    return columns


def is_empty(values: Sequence[CellValue]) -> bool:
    """Whether every value is blank."""
    return all(v is None or v == "" for v in values)


def suggest_mapping(
    headers: list[str], sample_rows: Sequence[Row], *, country: str | None = None
) -> Mapping:
    """The most likely mapping for a sheet with ``headers``, judged on ``sample_rows``.

    ``country`` (the default country, when known) sharpens finding the phone column by
    content: numbers that are valid there win over mere runs of digits such as IDs.
    """
    columns = column_values(len(headers), sample_rows)
    has_sample = bool(sample_rows)
    titles = ["" if is_untitled(header, i) else header for i, header in enumerate(headers)]
    layout = recognise_layout(headers)
    country_column = pick_country(titles, columns, ())
    if layout is not None:
        roles = layout.roles(headers, columns)
        lists_column = layout.lists_column(headers, columns)
    else:
        readers = sample_readers(columns, country_column, country or CONTENT_COUNTRY)
        roles = guess_roles(titles, columns, country, readers)
        lists_column = pick_lists(titles, columns, roles)
    wide = len(headers) >= WIDE_COLUMNS
    if country_column in roles:
        country_column = None
    if lists_column is not None and lists_column not in roles and lists_column != country_column:
        roles[lists_column] = Role.LISTS
    choices: list[ColumnChoice] = []
    taken: set[str] = set()
    for index, header in enumerate(headers):
        role = roles.get(index)
        unused = (
            not titles[index]
            or is_attention_column(header)
            or (has_sample and is_empty(columns[index]))
        )
        if role is None and (unused or (wide and not describes_contact(header))):
            role = Role.IGNORE
        if role is not None:
            choices.append(ColumnChoice(index, header, role))
            continue
        key = derive_key(header, taken, fallback=f"field_{column_letter(index).lower()}")
        taken.add(key)
        choices.append(ColumnChoice(index, header, Role.EXTRA, key))
    if country_column is not None:
        choice = choices[country_column]
        key = choice.key if choice.role is Role.EXTRA else ""
        choices[country_column] = ColumnChoice(country_column, choice.header, Role.COUNTRY, key)
    return Mapping(tuple(choices))


def sample_readers(
    columns: list[list[CellValue]], country_column: int | None, default: str
) -> list[PhoneNormalizer]:
    """The phone reader of each sample row: its own country's (``country_column``), else
    ``default``'s."""
    rows = len(columns[0]) if columns else 0
    readers = {default: PhoneNormalizer(default)}
    if country_column is None:
        return [readers[default]] * rows
    regions = [read_country(value) or default for value in columns[country_column]]
    for region in set(regions) - set(readers):
        readers[region] = PhoneNormalizer(region)
    return [readers[region] for region in regions]


def guess_roles(
    headers: list[str],
    columns: list[list[CellValue]],
    country: str | None,
    readers: list[PhoneNormalizer],
) -> dict[int, Role]:
    """The phone and name columns of a sheet in no known layout (``readers``: the phone
    reader of each sample row, none without a sample)."""
    roles: dict[int, Role] = {}
    has_sample = bool(readers)
    phone = pick_phone(headers, columns, country, readers)
    if phone is not None:
        roles[phone] = Role.PHONE
        prefixed = prefixed_names(headers, phone)
        if any(prefixed):
            roles.update(pick_names(prefixed, columns, has_sample, exclude=phone))
    if len(roles) < 2:
        roles.update(pick_names(headers, columns, has_sample, exclude=phone))
    return roles


def pick_phone(
    headers: list[str],
    columns: list[list[CellValue]],
    country: str | None,
    readers: list[PhoneNormalizer],
) -> int | None:
    """The phone column: the best phone header backed by its content, else by content alone.

    Among phone headers, the column giving the most valid distinct numbers (each read in its
    row's country, by ``readers``) wins: the fuller column, and never one repeating the same
    number on every row (the seller's own phone in a sales export); then mobile beats office,
    then a column with a name column of the same prefix ("Buyer Phone" and "Buyer Name").
    """
    ranked: list[tuple[bool, int, bool, bool, float, bool, float, int]] = []
    has_sample = bool(readers)
    for index, header in enumerate(headers):
        score = phone_header_score(header)
        if not score:
            continue
        share, filled = phone_share(columns[index])
        if score < 2 and has_sample and share < WEAK_HEADER_SHARE:
            continue
        if has_sample and filled == 0:
            score /= 10  # still chosen when it is the only phone column
        plausible = filled < 5 or share >= UNLIKELY_SHARE
        repeated = filled >= REPEATED_MIN and len(set(columns[index]) - {None, ""}) == 1
        paired = any(name_kind(h) for h in prefixed_names(headers, index))
        valid = valid_numbers(columns[index], readers) if has_sample else 0
        ranked.append((plausible, valid, filled > 0, not repeated, score, paired, share, -index))
    if ranked:
        return -max(ranked)[-1]
    return phone_by_content(headers, columns, country)


def prefixed_names(headers: list[str], phone: int) -> list[str]:
    """``headers`` of the columns sharing the phone column's prefix ("Buyer" of "Buyer Phone"),
    with that prefix removed; "" for every other column (and all, when there is no prefix)."""
    words = header_words(headers[phone])
    cut = next((i for i, w in enumerate(words) if phone_header_score(w)), 0)
    prefix = words[:cut]
    if not prefix:
        return [""] * len(headers)
    found = []
    for header in headers:
        other = header_words(header)
        found.append(" ".join(other[cut:]) if other[:cut] == prefix else "")
    return found


def phone_by_content(
    headers: list[str], columns: list[list[CellValue]], country: str | None = None
) -> int | None:
    """The column whose sample values most look like phone numbers, if clearly enough.

    Columns without a title ("") or whose header names something else (time, date, ID, code,
    postal code, price, amount, count, total, year…) are never chosen; see
    :func:`best_by_content` for what the values must be.
    """
    candidates = [
        index
        for index, header in enumerate(headers)
        if header and not NOT_PHONE_CONTENT_WORDS.intersection(header_words(header))
    ]
    return best_by_content(candidates, columns, country)


def untitled_phone_column(
    headers: Sequence[str], sample_rows: Sequence[Row], country: str | None = None
) -> int | None:
    """A column without a title whose sample values are valid phone numbers, if any.

    Such a column is never chosen on its own (whose numbers they are is unknown without a
    title), but when no column is the phone, the user is told it is there to choose.
    """
    untitled = [i for i, header in enumerate(headers) if is_untitled(header, i)]
    if not untitled:
        return None
    return best_by_content(untitled, column_values(len(headers), sample_rows), country)


def best_by_content(
    candidates: Sequence[int], columns: list[list[CellValue]], country: str | None
) -> int | None:
    """Among ``candidates``, the column with the most valid phone numbers, if clearly enough.

    At least :data:`CONTENT_SHARE` of a column's non-empty sample values must look like phone
    numbers and be valid numbers for ``country`` (or :data:`CONTENT_COUNTRY` when None) or carry
    a valid country code; otherwise None.
    """
    normalizer = PhoneNormalizer(country or CONTENT_COUNTRY)
    best: tuple[float, float, int] | None = None
    for index in candidates:
        share, filled = phone_share(columns[index])
        if not filled or share < CONTENT_SHARE:
            continue
        valid = valid_share(columns[index], normalizer)
        if valid < CONTENT_SHARE:
            continue
        rank = (valid, share, -index)
        if best is None or rank > best:
            best = rank
    return None if best is None else -best[2]


def pick_names(
    headers: list[str], columns: list[list[CellValue]], has_sample: bool, exclude: int | None
) -> dict[int, Role]:
    """Name roles: one full-name column, or first and/or last name columns."""
    found: dict[NameKind, list[int]] = {kind: [] for kind in NameKind}
    for index, header in enumerate(headers):
        kind = name_kind(header)
        if kind is None or index == exclude:
            continue
        if has_sample and (is_empty(columns[index]) or phone_share(columns[index])[0] >= 0.5):
            continue
        found[kind].append(index)
    for index in found[NameKind.AMBIGUOUS]:
        word = header_words(headers[index])[0]
        if word == "nom" and found[NameKind.FIRST]:
            found[NameKind.LAST].append(index)
        elif word != "nom" and found[NameKind.LAST]:
            found[NameKind.FIRST].append(index)
        else:
            found[NameKind.FULL].append(index)
    if found[NameKind.FULL]:
        return {min(found[NameKind.FULL]): Role.NAME}
    if (found[NameKind.FIRST] and found[NameKind.LAST]) or not found[NameKind.LOOSE]:
        roles = dict.fromkeys(found[NameKind.FIRST][:1], Role.FIRST_NAME)
        roles.update(dict.fromkeys(found[NameKind.LAST][:1], Role.LAST_NAME))
        return roles
    return {found[NameKind.LOOSE][0]: Role.NAME}
