"""One benchmark stage per call, run in a fresh process so its peak memory is its own.

``python bench/stages.py STAGE FILE`` prints one JSON line: seconds, rows, peak_mb.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def _baseline(engine: str) -> Callable[[Path], int]:
    def stage(path: Path) -> int:
        from baseline import run

        return run(path, engine)

    return stage


def _check(path: Path) -> int:
    """Read + map (suggested) + validate + duplicates, as ``contact-importer check`` does."""
    from importer.check import run_check
    from importer.table import read_preview

    from importer.mapping_suggest import suggest_mapping
    from importer.sources import open_source

    with open_source(path) as source:
        preview = read_preview(source)
    mapping = suggest_mapping(preview.headers, preview.rows)
    result = run_check(path, mapping, sheet=preview.sheet, header_row=preview.header_row)
    return len(result)


def _preview(path: Path) -> int:
    """Time to the first rows the wizard shows."""
    from importer.table import read_preview

    from importer.sources import open_source

    with open_source(path) as source:
        return len(read_preview(source).rows)


STAGES: dict[str, Callable[[Path], int]] = {
    "baseline-openpyxl": _baseline("openpyxl"),
    "baseline-calamine": _baseline("calamine"),
    "check": _check,
    "preview": _preview,
}


def main(stage: str, path: Path) -> None:
    """Run ``stage`` on ``path`` and print its figures as JSON."""
    started = time.perf_counter()
    rows = STAGES[stage](path)
    seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "rows": rows, "peak_mb": peak_mb}))


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]))
