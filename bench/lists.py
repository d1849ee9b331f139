"""Lists from groups at scale: ``python bench/lists.py [--rows 100000] [--groups 20]
[--repeat 3]``.

Writes one CSV of ``--rows`` contacts whose "Group" column names one of ``--groups`` groups (every
tenth row two, comma-separated), and the same file without that column (the baseline). Each
file is uploaded ``--repeat`` times with ``contact-importer upload … --yes`` in a fresh process
against a fresh separate-process sandbox (the whole command: check, comparison, list creation,
bulk upload, additions, journal, history, report), alternating the two files. The table gives
the median wall time, the highest peak RSS, the requests by endpoint (counted in the client,
every try included) and the ratio to the baseline; no request is ever made per contact.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

GROUP_NAMES = (
    "Customers", "Newsletter", "VIP", "Team", "Partners", "Suppliers", "Press", "Investors",
    "Volunteers", "Alumni", "Leads", "Trial", "Events 2026", "Webinar", "Wholesale", "Retail",
    "North", "South", "East", "West",
)  # fmt: skip
SECOND_GROUP_EVERY = 10
"""Every tenth row names a second group."""


def write_files(folder: Path, rows: int, groups: int) -> tuple[Path, Path]:
    """The file with a Group column and the same file without it."""
    from generate import headers
    from generate import rows as data_rows

    names = [GROUP_NAMES[i] if i < len(GROUP_NAMES) else f"Group {i + 1}" for i in range(groups)]
    with_lists, without = folder / "groups.csv", folder / "no-groups.csv"
    with (
        with_lists.open("w", newline="", encoding="utf-8") as a,
        without.open("w", newline="", encoding="utf-8") as b,
    ):
        writer_a, writer_b = csv.writer(a), csv.writer(b)
        writer_a.writerow([*headers("clean"), "Group"])
        writer_b.writerow(headers("clean"))
        for i, values in enumerate(data_rows(rows)):
            cells = [v.isoformat() if hasattr(v, "isoformat") else v for v in values]
            group = names[i % groups]
            if i % SECOND_GROUP_EVERY == 0:
                group += ", " + names[(i + 7) % groups]
            writer_a.writerow([*cells, group])
            writer_b.writerow(cells)
    return with_lists, without


def one_upload(path: Path) -> dict[str, Any]:
    """Upload ``path`` with the command line in this process; its figures."""
    import requests
    from sandbox import KEY, LIST_ID, separate_sandbox

    from importer.cli.main import main

    counted: Counter[str] = Counter()
    send = requests.Session.request

    def counting(self: requests.Session, method: str, url: str, *args: Any, **kw: Any) -> Any:
        path_part = url.split("://", 1)[-1].split("/", 1)[-1].split("?")[0]
        endpoint = "/" + "/".join(p if not p[:1].isdigit() and "+" not in p else "…"
                                  for p in path_part.split("/"))  # fmt: skip
        counted[f"{method.upper()} {endpoint}"] += 1
        return send(self, method, url, *args, **kw)

    requests.Session.request = counting  # type: ignore[method-assign]
    with tempfile.TemporaryDirectory() as folder, separate_sandbox() as sandbox:
        os.environ["SOCIOCS_IMPORTER_HOME"] = folder
        os.environ["SOCIOCS_API_KEY"] = KEY
        argv = ["upload", str(path), "--api-url", sandbox.url, "--list-id", str(LIST_ID)]
        argv += ["--yes", "--report", str(Path(folder) / "report.csv")]
        started = time.perf_counter()
        code = main(argv)
        seconds = time.perf_counter() - started
    assert code in (0, 1), f"upload ended with {code}"  # 1: the file's invalid rows not sent
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"seconds": seconds, "peak_mb": peak, "requests": dict(counted)}


def run(rows: int, groups: int, repeat: int) -> None:
    """Write the files, upload each ``repeat`` times in fresh processes, print the table."""
    with tempfile.TemporaryDirectory() as folder:
        files = dict(
            zip(("lists", "baseline"), write_files(Path(folder), rows, groups), strict=True)
        )
        runs: dict[str, list[dict[str, Any]]] = {name: [] for name in files}
        for _ in range(repeat):
            for name, path in files.items():
                child = [sys.executable, str(Path(__file__)), "--one", str(path)]
                done = subprocess.run(child, cwd=ROOT, check=True, capture_output=True, text=True)
                runs[name].append(json.loads(done.stdout.strip().splitlines()[-1]))
    base = statistics.median(r["seconds"] for r in runs["baseline"])
    print(f"{rows:,} rows, {groups} groups, every {SECOND_GROUP_EVERY}th row in two; "
          f"median of {repeat} runs of `contact-importer upload … --yes` (fresh process and "
          "separate-process sandbox each)")  # fmt: skip
    print(f"{'file':<10} {'median s':>9} {'range s':>11} {'rows/s':>8} {'peak MB':>8} "
          f"{'× baseline':>11}  requests (each run the same)")  # fmt: skip
    for name, results in runs.items():
        times = [r["seconds"] for r in results]
        seconds = statistics.median(times)
        peak = max(r["peak_mb"] for r in results)
        counts = {json.dumps(r["requests"], sort_keys=True) for r in results}
        assert len(counts) == 1, f"the requests differ between runs: {counts}"
        requests = ", ".join(f"{k} {v}" for k, v in sorted(results[0]["requests"].items()))
        spread = f"{min(times):.1f}–{max(times):.1f}"
        print(f"{name:<10} {seconds:>9.1f} {spread:>11} {rows / seconds:>8,.0f} {peak:>8,.0f} "
              f"{seconds / base:>11.2f}  {requests}")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--groups", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--one", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one is not None:
        print(json.dumps(one_upload(args.one)))
        return
    run(args.rows, args.groups, args.repeat)


if __name__ == "__main__":
    main()
