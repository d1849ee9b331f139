"""Micro-benchmark of the phone work of a check: ``python bench/phones.py [--rows 100000]
[--repeat 5] [--country US]``.

The phone column of the benchmark sheets is generated in memory (bench/generate.py, as the
xlsx holds it: numbers stored as numbers stay ints), so only the phone work is measured. The
table shows, per category of the messy profile and for the clean column, the median CPU time
per cell of ``PhoneNormalizer.lookup`` with a fresh (cold) cache, and its ratio to the clean
column's of the same run. Then the whole phone check per 100,000 rows: ``validate_phones``
over chunks of 10,000 as the check calls it, and ``check_rows`` on the phone column alone
(which adds the country hint and the duplicates).
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from generate import rows  # noqa: E402

from importer.check.result import CheckResult  # noqa: E402
from importer.check.run import CHUNK_ROWS, check_rows  # noqa: E402
from importer.check.validation import validate_phones  # noqa: E402
from importer.choices import ImportChoices  # noqa: E402
from importer.mapping.model import ColumnChoice, Mapping, Role  # noqa: E402
from importer.phones.normalize import PhoneNormalizer  # noqa: E402
from importer.sources.base import CellValue  # noqa: E402

PER_ROWS = 100_000


def messy_category(i: int, value: CellValue) -> str:
    """The category of row ``i`` of the messy profile (see generate.py ``_messy_phone``)."""
    bucket = i % 100
    if bucket >= 95 and i > 0:
        return "repeat of an earlier row"
    if bucket < 10:
        return "unassigned area code, " + ("int" if isinstance(value, int) else "text")
    if bucket < 15:
        return "exchange 0xx/1xx (text)"
    if bucket < 20:
        return "French mobile, national (text)"
    if bucket < 22:
        return "placeholder (text)"
    if bucket < 25:
        return "with extension x123 (text)"
    if bucket < 58:
        return "formatted US (text)"
    return "int" + (" with leading 1" if i % 2 else "")


def phone_columns(count: int) -> dict[str, list[CellValue]]:
    """Category → its cells: the messy profile's categories, then the whole columns."""
    messy = [values[1] for values in rows(count, profile="messy")]
    clean = [values[1] for values in rows(count, profile="clean")]
    columns: dict[str, list[CellValue]] = {}
    for i, value in enumerate(messy):
        columns.setdefault(messy_category(i, value), []).append(value)
    return {**dict(sorted(columns.items())), "messy column": messy, "clean column": clean}


def median_seconds(run: Callable[[], object], repeat: int) -> float:
    """The median CPU time of ``repeat`` calls of ``run``, with the cyclic garbage collector
    paused as the check pauses it (CPU time: on a shared machine wall time mostly measures the
    other processes)."""
    times = []
    for _ in range(repeat):
        gc.disable()
        started = time.process_time()
        run()
        times.append(time.process_time() - started)
        gc.enable()
        gc.collect()
    return statistics.median(times)


def lookup_all(values: list[CellValue], country: str) -> Callable[[], object]:
    """A run of ``lookup`` over ``values`` with a fresh normalizer (nothing cached)."""

    def run() -> object:
        return list(map(PhoneNormalizer(country).lookup, values))

    return run


def phone_mapping() -> Mapping:
    """A sheet of one column: the phone."""
    return Mapping((ColumnChoice(0, "Phone", Role.PHONE),))


def validate_all(values: list[CellValue], country: str) -> Callable[[], object]:
    """A run of ``validate_phones`` over ``values`` in chunks, as the check calls it."""

    def run() -> object:
        choices = ImportChoices(Path(), sheet="", header_row=1, mapping=phone_mapping())
        result = CheckResult(choices.with_changes(country=country), ["Phone"])
        result.row_numbers = list(range(2, len(values) + 2))
        result.raw_phones = list(values)
        result.phones = [None] * len(values)
        result.status = bytearray(len(values))
        normalizer = result.normalizer()
        for start in range(0, len(values), CHUNK_ROWS):
            validate_phones(result, normalizer, start, min(len(values), start + CHUNK_ROWS))
        return result

    return run


def check_all(values: list[CellValue], country: str) -> Callable[[], object]:
    """A run of ``check_rows`` on the phone column alone."""

    def run() -> object:
        sheet = [(n, [value]) for n, value in enumerate(values, start=2)]
        return check_rows(sheet, phone_mapping(), country=country, headers=["Phone"])

    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=PER_ROWS)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--country", default="US")
    args = parser.parse_args()
    columns = phone_columns(args.rows)
    for values in columns.values():  # compile the patterns of the country codes met once
        lookup_all(values, args.country)()
    print(f"{args.rows} rows, median of {args.repeat}, load average {os.getloadavg()[0]:.2f}")
    print(f"{'category':34} {'cells':>7} {'µs/cell':>8} {'× clean':>8}")
    per_cell = {
        name: median_seconds(lookup_all(values, args.country), args.repeat) / len(values) * 1e6
        for name, values in columns.items()
    }
    clean = per_cell["clean column"]
    for name, micro in per_cell.items():
        print(f"{name:34} {len(columns[name]):7} {micro:8.2f} {micro / clean:8.2f}")
    print(f"{'whole phone check per 100k rows':34} {'clean s':>9} {'messy s':>9} {'ratio':>6}")
    scale = PER_ROWS / args.rows
    for label, runner in (("validate_phones", validate_all), ("check_rows, phone only", check_all)):
        seconds = [
            median_seconds(runner(columns[name], args.country), args.repeat) * scale
            for name in ("clean column", "messy column")
        ]
        print(f"{label:34} {seconds[0]:9.3f} {seconds[1]:9.3f} {seconds[1] / seconds[0]:6.2f}")


if __name__ == "__main__":
    main()
