"""Benchmarks: ``python bench/run.py [--rows 100000,1000000] [--repeat 3]`` prints a table.

Each stage runs ``--repeat`` times in a fresh process (see stages.py); the table shows the median
time, rows per second, the highest peak RSS, and the ratio to the baselines measured in the same
invocation (how many times faster than the script a user would write).
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

from generate import ensure_inputs  # noqa: E402

BASELINES = ("baseline-openpyxl", "baseline-calamine")
PLAN = (
    ("baseline-openpyxl", "xlsx"),
    ("baseline-calamine", "xlsx"),
    ("check", "xlsx"),
    ("check", "csv"),
    ("preview", "xlsx"),
    ("preview", "csv"),
)


@dataclass
class Figure:
    """The measured figures of one stage on one input."""

    stage: str
    kind: str
    rows: int
    seconds: float
    peak_mb: float


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
    return Figure(
        stage,
        path.suffix.lstrip("."),
        runs[0]["rows"],
        statistics.median(r["seconds"] for r in runs),
        max(r["peak_mb"] for r in runs),
    )


def print_table(count: int, figures: list[Figure]) -> None:
    """Print one size's figures as a Markdown table."""
    base = {f.stage: f.seconds for f in figures if f.stage in BASELINES}
    print(f"\n### {count:,} rows\n")
    print(
        "| stage | input | rows out | seconds | rows/s | peak MB | × vs openpyxl | × vs calamine |"
    )
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    for f in figures:
        ratios = [
            f"{base[b] / f.seconds:.1f}" if b in base and f.stage != b else "–" for b in BASELINES
        ]
        print(
            f"| {f.stage} | {f.kind} | {f.rows:,} | {f.seconds:.2f} | {count / f.seconds:,.0f} "
            f"| {f.peak_mb:,.0f} | {ratios[0]} | {ratios[1]} |"
        )


def main() -> None:
    """Generate inputs as needed, run every stage, print the tables."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", default="100000,1000000")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--stages", default=",".join(sorted({s for s, _ in PLAN})))
    args = parser.parse_args()
    wanted = set(args.stages.split(","))
    machine = f"{platform.platform()}, {os.cpu_count()} cores"
    print(f"Machine: {machine}, Python {platform.python_version()}")
    for count in (int(n) for n in args.rows.split(",")):
        inputs = ensure_inputs(HERE / "out", count)
        figures = [
            measure(stage, inputs[kind], args.repeat) for stage, kind in PLAN if stage in wanted
        ]
        print_table(count, figures)


if __name__ == "__main__":
    main()
