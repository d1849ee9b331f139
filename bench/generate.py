"""Deterministic contact sheets for benchmarks: N rows × 7 columns, as .xlsx and .csv.

Columns: Name, Phone (a mix of numbers stored as numbers and formatted text), Email, ID, Date,
City, Notes. The same N always gives the same bytes of data, so runs are comparable.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
from collections.abc import Iterator
from pathlib import Path

import xlsxwriter

HEADERS = ["Name", "Phone", "Email", "Customer ID", "Signed up", "City", "Notes"]
FIRST = ["Ana", "Ben", "Chloé", "Dmitri", "Eva", "Farid", "Grace", "Hiro", "Inés", "Jonas"]
LAST = ["Smith", "García", "Müller", "Rossi", "Dubois", "Kowalski", "Tanaka", "Silva", "Brown"]
CITIES = ["Boston", "Chicago", "Denver", "Austin", "Seattle", "Miami", "Portland", "Phoenix"]
AREA_CODES = [201, 212, 305, 312, 415, 503, 617, 702, 718, 917]


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


def rows(count: int, seed: int = 20261126) -> Iterator[list[object]]:
    """``count`` data rows, deterministic for a given seed."""
    rng = random.Random(seed)
    start = dt.date(2015, 1, 1)
    for i in range(count):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        yield [
            f"{first} {last}",
            _phone(rng, i),
            f"{first.lower()}.{last.lower()}{i}@example.com",
            100000 + i,
            start + dt.timedelta(days=i % 3650),
            rng.choice(CITIES),
            "" if i % 3 else f"Met at the {rng.choice(CITIES)} fair; prefers text messages.",
        ]


def write_xlsx(path: Path, count: int) -> Path:
    """Write the sheet as .xlsx (streaming, constant memory)."""
    workbook = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = workbook.add_worksheet("Contacts")
    date_format = workbook.add_format({"num_format": "yyyy-mm-dd"})
    sheet.write_row(0, 0, HEADERS)
    for r, values in enumerate(rows(count), start=1):
        for c, value in enumerate(values):
            if isinstance(value, dt.date):
                sheet.write_datetime(r, c, dt.datetime.combine(value, dt.time()), date_format)
            else:
                sheet.write(r, c, value)
    workbook.close()
    return path


def write_csv(path: Path, count: int) -> Path:
    """Write the sheet as UTF-8 CSV."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS)
        for values in rows(count):
            writer.writerow(v.isoformat() if isinstance(v, dt.date) else v for v in values)
    return path


def ensure_inputs(folder: Path, count: int) -> dict[str, Path]:
    """The .xlsx and .csv for ``count`` rows in ``folder``, generated once and reused."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for kind, writer in (("xlsx", write_xlsx), ("csv", write_csv)):
        path = folder / f"contacts-{count}.{kind}"
        if not path.exists():
            partial = path.with_suffix(f".partial.{kind}")
            writer(partial, count)
            partial.replace(path)
        paths[kind] = path
    return paths
