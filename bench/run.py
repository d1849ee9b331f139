"""Benchmarks: ``python bench/run.py [--rows 100000,1000000] [--repeat 3] [--stages a,b]
[--profiles clean,messy]``.

Each stage runs ``--repeat`` times in a fresh process (see stages.py); the table shows the median
time, rows per second, the highest peak RSS, the ratio to the baselines measured in the same
invocation (how many times faster than the script a user would write), and the further figures
of the median run (memory kept and released, GUI stalls, where upload time goes).

Stages: baseline-openpyxl / baseline-calamine (pandas + phonenumbers + json.dumps), check
(read + map + validate + duplicates), preview (time to the wizard's first rows), upload (the
upload engine to a separate-process sandbox), compare (the comparison with an account of
100,000 contacts in a separate-process sandbox, and the classification), gui (the wizard's
workers under a heartbeat).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import PROFILES, ensure_inputs  # noqa: E402

BASELINES = ("baseline-openpyxl", "baseline-calamine")
PLAN = (
    ("baseline-openpyxl", "xlsx"),
    ("baseline-calamine", "xlsx"),
    ("check", "xlsx"),
    ("check", "csv"),
    ("preview", "xlsx"),
    ("preview", "csv"),
    ("upload", "csv"),
    ("compare", "csv"),
    ("gui", "xlsx"),
)
COMPARED = {"check"}
"""Stages doing the baseline's job (read, validate, get ready to send), hence compared to it."""
PER_ROWS_OUT = {"upload"}
"""Stages whose rows/s counts the rows they produced (rows sent), not the rows of the file."""


@dataclass
class Figure:
    """The measured figures of one stage on one input."""

    stage: str
    kind: str
    rows: int
    seconds: float
    peak_mb: float
    notes: str


def measure(stage: str, path: Path, repeat: int) -> Figure:
    """Run ``stage`` ``repeat`` times in fresh processes; median time, highest peak memory."""
    runs = []
    for _ in range(repeat):
        output = subprocess.run(
            [sys.executable, str(HERE / "stages.py"), stage, str(path)],
            check=True,
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONPATH": str(HERE.parent)},
        ).stdout
        runs.append(json.loads(output.strip().splitlines()[-1]))
    median = statistics.median_low(r["seconds"] for r in runs)
    middle = next(r for r in runs if r["seconds"] == median)
    return Figure(
        stage,
        path.suffix.lstrip("."),
        middle["rows"],
        median,
        max(r["peak_mb"] for r in runs),
        middle["notes"],
    )


def print_table(count: int, profile: str, figures: list[Figure]) -> None:
    """Print one size's figures as a Markdown table."""
    base = {f.stage: f.seconds for f in figures if f.stage in BASELINES}
    print(f"\n### {count:,} rows, {profile} profile\n")
    print(
        "| stage | input | rows out | seconds | rows/s | peak MB | × vs openpyxl | × vs calamine "
        "| notes |"
    )
    print("|---|---|---:|---:|---:|---:|---:|---:|---|")
    for f in figures:
        ratios = [
            f"{base[b] / f.seconds:.1f}" if b in base and f.stage in COMPARED else "–"
            for b in BASELINES
        ]
        rate = "–" if f.stage == "preview" else f"{_rows(f, count) / f.seconds:,.0f}"
        print(
            f"| {f.stage} | {f.kind} | {f.rows:,} | {f.seconds:.2f} | {rate} "
            f"| {f.peak_mb:,.0f} | {ratios[0]} | {ratios[1]} | {f.notes} |"
        )


def _rows(figure: Figure, count: int) -> int:
    return figure.rows if figure.stage in PER_ROWS_OUT else count


def main() -> None:
    """Generate inputs as needed, run every stage, print the tables."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", default="100000,1000000")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--stages", default=",".join(sorted({s for s, _ in PLAN})))
    parser.add_argument(
        "--profiles",
        default="clean,messy",
        help=f"comma-separated, of {', '.join(PROFILES)} (bench/country_cost.py compares the "
        "two messy-intl ones)",
    )
    args = parser.parse_args()
    wanted = set(args.stages.split(","))
    print(f"Machine: {_machine()}, Python {platform.python_version()}")
    for profile in args.profiles.split(","):
        for count in (int(n) for n in args.rows.split(",")):
            inputs = ensure_inputs(HERE / "out", count, profile)
            load = os.getloadavg()[0]
            figures = [
                measure(stage, inputs[kind], args.repeat) for stage, kind in PLAN if stage in wanted
            ]
            print_table(count, profile, figures)
            print(f"\nLoad average (1 min) before / after: {load:.1f} / {os.getloadavg()[0]:.1f}")


def _machine() -> str:
    """CPU model, cores and memory, as far as the system tells."""
    model = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        names = [
            ln.split(":", 1)[1].strip()
            for ln in cpuinfo.read_text().splitlines()
            if ln.startswith("model name")
        ]
        model = names[0] if names else model
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    cores = os.cpu_count()
    return f"{platform.system()} {platform.release()}, {model}, {cores} cores, {memory:.0f} GiB"


if __name__ == "__main__":
    main()
