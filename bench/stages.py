"""One benchmark stage per call, run in a fresh process so its peak memory is its own.

``python bench/stages.py STAGE FILE`` prints one JSON line: seconds, rows, peak_mb, notes.
"""

from __future__ import annotations

import ctypes
import gc
import json
import os
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

Figures = dict[str, Any]
"""What a stage reports: ``rows`` always; ``seconds`` when it times only part of its work;
``notes`` with any further figures."""


def rss_mb() -> float:
    """The current resident memory of this process in MB."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def _baseline(engine: str) -> Callable[[Path], Figures]:
    def stage(path: Path) -> Figures:
        from baseline import run

        return {"rows": run(path, engine)}

    return stage


def check_file(path: Path, country: str = "US") -> Any:
    """Read + map (suggested) + validate + duplicates, as ``contact-importer check`` does."""
    from importer.check.run import run_check
    from importer.choices import ImportChoices
    from importer.mapping.suggest import suggest_mapping
    from importer.sources import open_source
    from importer.sources.table import read_preview

    with open_source(path) as source:
        preview = read_preview(source)
    mapping = suggest_mapping(preview.headers, preview.rows)
    choices = ImportChoices(path, preview.sheet, preview.header_row, mapping, country)
    return run_check(choices)


def _trimmed_rss_mb() -> float:
    """RSS after asking glibc to return its free memory to the system (``malloc_trim``)."""
    ctypes.CDLL("libc.so.6").malloc_trim(0)
    return rss_mb()


def _check(path: Path) -> Figures:
    """The check, then how much memory the result holds and what is left after dropping it
    (as the allocator keeps it, then once it has given its free memory back)."""
    started = time.perf_counter()
    result = check_file(path)
    seconds = time.perf_counter() - started
    rows = len(result)
    gc.collect()
    holding = rss_mb()
    del result
    gc.collect()
    return {
        "rows": rows,
        "seconds": seconds,
        "notes": f"RSS holding the result {holding:,.0f} MB, after dropping it {rss_mb():,.0f} MB "
        f"({_trimmed_rss_mb():,.0f} MB after malloc_trim)",
    }


def _preview(path: Path) -> Figures:
    """Time to the first rows the wizard shows."""
    from importer.sources import open_source
    from importer.sources.table import read_preview

    with open_source(path) as source:
        return {"rows": len(read_preview(source).rows)}


def _upload(path: Path) -> Figures:
    """Check ``path`` (not timed), then upload every ready row to a separate-process sandbox."""
    from sandbox import KEY, LIST_ID, separate_sandbox

    from importer.api.client import MAX_BATCH_RECORDS, SociocsClient, encode_json
    from importer.jobs.decisions import AutoDecider
    from importer.upload.engine import UploadEngine
    from importer.upload.journal import Journal

    result = check_file(path)
    ready = result.ready_indices()
    with tempfile.TemporaryDirectory() as folder, separate_sandbox() as sandbox:
        journal = Journal.open(Path(folder), "bench", file_name=path.name, rows_total=len(ready))
        with SociocsClient(KEY, sandbox.url) as client:
            engine = UploadEngine(
                client,
                result,
                list_id=LIST_ID,
                phone_number_cc="1",
                decider=AutoDecider(),
                journal=journal,
            )
            cpu_before = sandbox.cpu_seconds()
            started = time.perf_counter()
            summary = engine.run()
            seconds = time.perf_counter() - started
            server_cpu = sandbox.cpu_seconds() - cpu_before
        journal.close()
    assert summary.uploaded == len(ready), summary
    building = encoding = 0.0
    for start in range(0, len(ready), MAX_BATCH_RECORDS):
        started = time.perf_counter()
        records = [result.record(i) for i in ready[start : start + MAX_BATCH_RECORDS]]
        built = time.perf_counter()
        encode_json({"list_id": LIST_ID, "records": records})
        building += built - started
        encoding += time.perf_counter() - built
    return {
        "rows": len(ready),
        "seconds": seconds,
        "notes": f"client (made while the previous request is in flight): records "
        f"{building:.1f} s, JSON {encoding:.1f} s; server CPU {server_cpu:.1f} s (HTTP, parse, "
        "SQLite commit)",
    }


def _compare(path: Path) -> Figures:
    from compare_stage import compare

    return compare(path, check_file)


def _gui(path: Path) -> Figures:
    from gui_stalls import run

    return run(path)


STAGES: dict[str, Callable[[Path], Figures]] = {
    "baseline-openpyxl": _baseline("openpyxl"),
    "baseline-calamine": _baseline("calamine"),
    "check": _check,
    "preview": _preview,
    "upload": _upload,
    "compare": _compare,
    "gui": _gui,
}


def main(stage: str, path: Path) -> None:
    """Run ``stage`` on ``path`` and print its figures as JSON."""
    started = time.perf_counter()
    figures = STAGES[stage](path)
    figures.setdefault("seconds", time.perf_counter() - started)
    figures.setdefault("notes", "")
    figures["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(figures))


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]))
