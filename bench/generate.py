"""Deterministic contact sheets for benchmarks: N rows × 7 columns, as .xlsx and .csv.

Columns: Name, Phone, Email, ID, Date, City, Notes. Profiles of the phone column:

- ``clean``: US numbers, a mix of numbers stored as numbers and formatted text (every 50th
  malformed);
- ``messy``: what real exports hold — a third formatted text, a fifth unassigned or from
  another country (area codes and exchanges not in use, French mobiles written nationally),
  placeholders (000-000-0000, 555-01xx …), extensions, 5 % repeating an earlier row's number;
- ``messy-intl``: an international customer list — a Country column after City (8 columns)
  naming eight countries the ways people write them (Germany, Deutschland, DE, " de " …),
  each row's number written the national way of its country; 3 % with an empty Country (US
  numbers), 2 % naming no country, 5 % written with their own +CC, placeholders, extensions,
  5 % repeating an earlier row's number;
- ``messy-intl-nocountry``: the same rows without the Country column (the yardstick the
  country column's cost is measured against).

The same N and profile always give the same bytes of data, so runs are comparable.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
from collections.abc import Callable, Iterator
from pathlib import Path

import xlsxwriter

HEADERS = ["Name", "Phone", "Email", "Customer ID", "Signed up", "City", "Notes"]
FIRST = ["Ana", "Ben", "Chloé", "Dmitri", "Eva", "Farid", "Grace", "Hiro", "Inés", "Jonas"]
LAST = ["Smith", "García", "Müller", "Rossi", "Dubois", "Kowalski", "Tanaka", "Silva", "Brown"]
CITIES = ["Boston", "Chicago", "Denver", "Austin", "Seattle", "Miami", "Portland", "Phoenix"]
AREA_CODES = [201, 212, 305, 312, 415, 503, 617, 702, 718, 917]
UNASSIGNED_AREA_CODES = [222, 333, 422, 444, 555, 733, 955, 999]
PLACEHOLDERS = ["000-000-0000", "123-456-7890", "(555) 555-5555", "999-999-9999", "1111111111"]
PROFILES = ("clean", "messy", "messy-intl", "messy-intl-nocountry")
INTL_HEADERS = [*HEADERS[:6], "Country", HEADERS[6]]


def _digits(rng: random.Random, count: int) -> str:
    return f"{rng.randint(0, 10**count - 1):0{count}d}"


INTL: tuple[tuple[str, str, tuple[str, ...], Callable[[random.Random], str]], ...] = (
    ("US", "1", ("United States", "USA", "US", "United States of America"),
     lambda r: f"({r.choice(AREA_CODES)}) {r.randint(200, 999)}-{_digits(r, 4)}"),
    ("GB", "44", ("United Kingdom", "UK", "GB", "England"),
     lambda r: f"07{r.randint(400, 999)} {_digits(r, 6)}"),
    ("DE", "49", ("Germany", "Deutschland", "DE", " de "),
     lambda r: f"0{r.choice(['151', '160', '170', '171', '176'])} {r.randint(1000000, 9999999)}"),
    ("FR", "33", ("France", "FR", "Frankreich"),
     lambda r: f"0{r.choice('67')} " + " ".join(_digits(r, 2) for _ in range(4))),
    ("ES", "34", ("Spain", "España", "ES"),
     lambda r: f"6{_digits(r, 2)} " + " ".join(_digits(r, 2) for _ in range(3))),
    ("BR", "55", ("Brazil", "Brasil", "BR"),
     lambda r: f"({r.choice(['11', '21', '31', '41'])}) 9{r.randint(6000, 9999)}-{_digits(r, 4)}"),
    ("IN", "91", ("India", "IN", "IND"),
     lambda r: f"9{r.randint(1000, 9999)} {_digits(r, 5)}"),
    ("MX", "52", ("Mexico", "México", "MX"),
     lambda r: f"55 {r.randint(1000, 9999)} {_digits(r, 4)}"),
)  # fmt: skip
"""Region, dial code, how the Country column names it, a national number of it."""


def _phone(rng: random.Random, i: int) -> int | str:
    """A US number in one of the shapes real sheets hold (every 50th row malformed)."""
    number = f"{rng.choice(AREA_CODES)}{rng.randint(200, 999)}{rng.randint(0, 9999):04d}"
    shape = i % 5
    if i % 50 == 49:
        return number[:6]
    if shape == 0:
        return int("1" + number)
    if shape == 1:
        return f"({number[:3]}) {number[3:6]}-{number[6:]}"
    if shape == 2:
        return f"+1 {number[:3]} {number[3:6]} {number[6:]}"
    if shape == 3:
        return f"{number[:3]}.{number[3:6]}.{number[6:]}"
    return int(number)


def _shape(number: str, shape: int) -> str:
    """A 10-digit US number written the way people write it."""
    return (
        f"({number[:3]}) {number[3:6]}-{number[6:]}",
        f"+1 {number[:3]} {number[3:6]} {number[6:]}",
        f"{number[:3]}.{number[3:6]}.{number[6:]}",
        f"{number[:3]}-{number[3:6]}-{number[6:]}",
        f"1 ({number[:3]}) {number[3:6]}-{number[6:]}",
    )[shape % 5]


def _messy_phone(rng: random.Random, i: int, earlier: list[int | str]) -> int | str:
    """One cell of the messy profile (see the module docstring for the shares)."""
    bucket = i % 100
    if bucket >= 95 and earlier:
        return rng.choice(earlier)
    area = rng.choice(AREA_CODES)
    number = f"{area}{rng.randint(200, 999)}{rng.randint(0, 9999):04d}"
    if bucket < 10:
        unassigned = f"{rng.choice(UNASSIGNED_AREA_CODES)}{number[3:]}"
        return _shape(unassigned, i) if i % 2 else int(unassigned)
    if bucket < 15:
        return f"{area} {rng.randint(0, 199):03d} {number[6:]}"
    if bucket < 20:
        french = f"0{rng.choice('67')}{rng.randint(0, 99_999_999):08d}"
        return " ".join(french[k : k + 2] for k in range(0, 10, 2))
    if bucket < 22:
        if i % 2:
            return rng.choice(PLACEHOLDERS)
        return f"({area}) 555-01{rng.randint(0, 99):02d}"
    if bucket < 25:
        return f"{_shape(number, i)} x{rng.randint(1, 999)}"
    if bucket < 58:
        return _shape(number, i)
    return int("1" + number) if i % 2 else int(number)


def _intl_phone(rng: random.Random, i: int, earlier: list[int | str]) -> tuple[int | str, str]:
    """One row of the messy-intl profile: its phone and its Country cell."""
    _region, code, names, national = INTL[i % len(INTL)]
    country = rng.choice(names)
    bucket = i % 100
    if bucket >= 95 and earlier:
        return rng.choice(earlier), country
    number = national(rng)
    if bucket < 3:
        return INTL[0][3](rng), ""
    if bucket < 5:
        return number, rng.choice(["Atlantis", "Earth", "n/a"])
    if bucket < 10:
        return f"+{code} {number.lstrip('0').replace('(', '').replace(')', '')}", country
    if bucket < 11:
        return rng.choice(PLACEHOLDERS), country
    if bucket < 13:
        return f"{number} x{rng.randint(1, 999)}", country
    return number, country


def rows(count: int, seed: int = 20261126, profile: str = "clean") -> Iterator[list[object]]:
    """``count`` data rows, deterministic for a given seed and profile."""
    rng = random.Random(seed)
    start = dt.date(2015, 1, 1)
    earlier: list[int | str] = []
    intl = profile.startswith("messy-intl")
    for i in range(count):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        country: list[object] = []
        if intl:
            phone, named = _intl_phone(rng, i, earlier)
            if i % 7 == 0:
                earlier = [*earlier[-999:], phone]
            country = [] if profile.endswith("nocountry") else [named]
        elif profile == "messy":
            phone = _messy_phone(rng, i, earlier)
            if i % 7 == 0:
                earlier = [*earlier[-999:], phone]
        else:
            phone = _phone(rng, i)
        yield [
            f"{first} {last}",
            phone,
            f"{first.lower()}.{last.lower()}{i}@example.com",
            100000 + i,
            start + dt.timedelta(days=i % 3650),
            rng.choice(CITIES),
            *country,
            "" if i % 3 else f"Met at the {rng.choice(CITIES)} fair; prefers text messages.",
        ]


def headers(profile: str) -> list[str]:
    """The column titles of ``profile`` (the Country column only in messy-intl)."""
    return INTL_HEADERS if profile == "messy-intl" else HEADERS


def write_xlsx(path: Path, count: int, profile: str = "clean") -> Path:
    """Write the sheet as .xlsx (streaming, constant memory)."""
    workbook = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = workbook.add_worksheet("Contacts")
    date_format = workbook.add_format({"num_format": "yyyy-mm-dd"})
    sheet.write_row(0, 0, headers(profile))
    for r, values in enumerate(rows(count, profile=profile), start=1):
        for c, value in enumerate(values):
            if isinstance(value, dt.date):
                sheet.write_datetime(r, c, dt.datetime.combine(value, dt.time()), date_format)
            else:
                sheet.write(r, c, value)
    workbook.close()
    return path


def write_csv(path: Path, count: int, profile: str = "clean") -> Path:
    """Write the sheet as UTF-8 CSV."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(headers(profile))
        for values in rows(count, profile=profile):
            writer.writerow(v.isoformat() if isinstance(v, dt.date) else v for v in values)
    return path


def ensure_inputs(folder: Path, count: int, profile: str = "clean") -> dict[str, Path]:
    """The .xlsx and .csv for ``count`` rows of ``profile`` in ``folder``, generated once."""
    folder.mkdir(parents=True, exist_ok=True)
    stem = f"contacts-{count}" if profile == "clean" else f"contacts-{profile}-{count}"
    paths = {}
    for kind, writer in (("xlsx", write_xlsx), ("csv", write_csv)):
        path = folder / f"{stem}.{kind}"
        if not path.exists():
            partial = path.with_suffix(f".partial.{kind}")
            writer(partial, count, profile)
            partial.replace(path)
        paths[kind] = path
    return paths
