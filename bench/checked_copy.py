"""What the private copy a check takes costs: ``python bench/checked_copy.py [--rows 200000]
[--repeat 5]``.

Writes a CSV of ``--rows`` contacts (four columns, one of them a long note), then times, in the
same process and alternating: the copy alone (``take_copy``: copy and sha256 in one read), a
plain read of the same bytes (the baseline: what any check must read anyway) and the whole
check including its copy (``run_check``). Prints medians, the copy's share of the check, and the
copy's peak Python memory (it works in 1 MiB pieces, whatever the file's size).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from importer.check.run import run_check  # noqa: E402
from importer.choices import ImportChoices  # noqa: E402
from importer.mapping.model import ColumnChoice, Mapping, Role  # noqa: E402
from importer.sources.checked_copy import take_copy  # noqa: E402

MAPPING = Mapping(
    (
        ColumnChoice(0, "Phone", Role.PHONE),
        ColumnChoice(1, "Name", Role.NAME),
        ColumnChoice(2, "City", Role.EXTRA, "city"),
    )
)


def write_contacts(path: Path, rows: int) -> Path:
    """A CSV of ``rows`` valid Boston numbers with a name, a city and a long note."""
    with path.open("w", encoding="utf-8") as handle:
        handle.write("Phone,Name,City,Notes\n")
        for i in range(rows):
            number = f"+1 617 {200 + i // 10000:03d} {i % 10000:04d}"
            handle.write(f"{number},Person {i},City {i % 50},{'note ' * 20}\n")
    return path


def timed(work: Callable[[], object]) -> float:
    """Seconds ``work()`` took."""
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def read_all(path: Path) -> None:
    """Read the file once, in the copy's piece size (the baseline)."""
    with path.open("rb") as handle:
        while handle.read(1 << 20):
            pass


def main() -> None:
    """Time the copy, the plain read and the check; print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["SOCIOCS_IMPORTER_HOME"] = str(Path(tmp) / "home")
        source = write_contacts(Path(tmp) / "contacts.csv", args.rows)
        folder = Path(tmp) / "journals"
        choices = ImportChoices(source, mapping=MAPPING, country="US")
        copies, reads, checks = [], [], []
        for _ in range(args.repeat):
            copies.append(timed(lambda: take_copy(source, folder).release()))
            reads.append(timed(lambda: read_all(source)))
            checks.append(timed(lambda: run_check(choices, folder=folder)))
        tracemalloc.start()
        take_copy(source, folder).release()
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        size = source.stat().st_size
    copy, read, check = (statistics.median(values) for values in (copies, reads, checks))
    print(f"{size / 1e6:.1f} MB CSV, {args.rows:,} rows, medians of {args.repeat} runs")
    print("| step | median | ratio |")
    print("|---|---|---|")
    print(f"| plain read (baseline) | {read * 1000:.0f} ms | 1.0 |")
    print(f"| copy + sha256 | {copy * 1000:.0f} ms | {copy / read:.1f} |")
    print(f"| whole check, copy included | {check:.2f} s | {check / read:.0f} |")
    print(f"copy's share of the check: {copy / check:.1%}; copy's peak memory {peak / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
