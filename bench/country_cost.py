"""What a Country column costs the check: ``python bench/country_cost.py [--rows N] [--repeat 3]``.

Checks the ``messy-intl`` sheet (a Country column, eight countries, national formats) and the
same rows without the column (``messy-intl-nocountry``) in turns, each run in a fresh process
(``bench/stages.py check``, as ``contact-importer check`` reads, maps and validates), and
prints the median seconds and highest peak memory of each and their ratio. Alternating the
two files spreads the load of a shared machine over both.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import ensure_inputs  # noqa: E402

PROFILES = ("messy-intl", "messy-intl-nocountry")


def check_once(path: Path) -> dict[str, float]:
    """One check of ``path`` in a fresh process: its seconds and peak MB."""
    output = subprocess.run(
        [sys.executable, str(HERE / "stages.py"), "check", str(path)],
        check=True,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(HERE.parent)},
    ).stdout
    return json.loads(output.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> None:
    """Generate the two sheets as needed, check them in turns, print the medians."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--kind", choices=("xlsx", "csv"), default="xlsx")
    args = parser.parse_args()
    paths = {p: ensure_inputs(HERE / "out", args.rows, p)[args.kind] for p in PROFILES}
    runs: dict[str, list[dict[str, float]]] = {p: [] for p in PROFILES}
    load = os.getloadavg()[0]
    for _ in range(args.repeat):
        for profile in PROFILES:
            runs[profile].append(check_once(paths[profile]))
            print(f"{profile}: {runs[profile][-1]['seconds']:.2f} s", file=sys.stderr)
    medians = {p: statistics.median(r["seconds"] for r in runs[p]) for p in PROFILES}
    print("| file | rows | runs (s) | median s | peak MB |\n|---|---:|---|---:|---:|")
    for profile in PROFILES:
        seconds = ", ".join(f"{r['seconds']:.2f}" for r in runs[profile])
        peak = max(r["peak_mb"] for r in runs[profile])
        print(
            f"| {paths[profile].name} | {args.rows:,} | {seconds} | {medians[profile]:.2f} "
            f"| {peak:,.0f} |"
        )
    ratio = medians[PROFILES[0]] / medians[PROFILES[1]]
    print(f"\nWith the Country column / without: {ratio:.3f} ({(ratio - 1) * 100:+.1f} %)")
    print(f"Load average (1 min) before / after: {load:.1f} / {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
