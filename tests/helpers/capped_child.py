"""Read spreadsheets in a child process whose address space is capped.

A runaway allocation (calamine aborts the whole process when one fails) then fails a test
instead of exhausting the machine or killing pytest. The child reports, per file, what a
user's first step gets: rows or a typed error, plus its peak memory and the time taken.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

MEMORY_CAP = 2 * 1024**3
ROOT = Path(__file__).resolve().parents[2]


def survey(path: Path) -> dict[str, Any]:
    """Open, list sheets, preview each, stream the default sheet: what a user's first step does."""
    from importer.errors import SourceError
    from importer.sources import open_source
    from importer.sources.table import read_preview

    started = time.perf_counter()
    try:
        with open_source(path) as source:
            previews = {}
            for info in source.sheets():
                preview = read_preview(source, info.name)
                previews[info.name] = [preview.header_row, preview.headers[:6]]
            default = read_preview(source)
            count = sum(1 for _ in source.iter_rows(default.sheet))
            result = {
                "outcome": "read",
                "kind": source.kind,
                "sheets": [[s.name, s.hidden] for s in source.sheets()],
                "previews": previews,
                "default": [default.sheet, default.header_row, default.headers[:6]],
                "width": len(default.headers),
                "rows": count,
                "encoding": getattr(source, "encoding", None),
                "delimiter": getattr(source, "delimiter", None),
            }
    except SourceError as exc:
        result = {"outcome": type(exc).__name__, "message": str(exc)}
    except Exception as exc:  # the survey reports it; the test fails on it
        result = {"outcome": "crash", "message": f"{type(exc).__name__}: {exc}"}
    result["seconds"] = round(time.perf_counter() - started, 3)
    return result


def survey_in_child(
    paths: list[Path], *, cap: int = MEMORY_CAP, timeout: float = 240
) -> dict[str, dict[str, Any]]:
    """:func:`survey` of each path (keyed by file name), run in one capped child process.

    Each result also holds ``peak_mib``: the child's peak resident memory after that file.
    Raises AssertionError with the child's stderr when it dies (e.g. an aborted allocation).
    """
    code = "from tests.helpers.capped_child import _survey_all; _survey_all()"
    done = subprocess.run(
        [sys.executable, "-c", code, *map(str, paths)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=timeout,
        preexec_fn=lambda: _cap_memory(cap),
        check=False,
    )
    assert done.returncode == 0, f"the child died ({done.returncode}): {done.stderr[-3000:]}"
    parsed: dict[str, dict[str, Any]] = json.loads(done.stdout)
    return parsed


def _survey_all() -> None:
    results = {}
    for name in sys.argv[1:]:
        path = Path(name)
        results[path.name] = survey(path)
        results[path.name]["peak_mib"] = _peak_mib()
    print(json.dumps(results))


def _peak_mib() -> int:
    """This process's peak resident memory. Linux's VmHWM starts afresh at exec, whereas
    ru_maxrss keeps the parent's (pytest's) peak from before the fork."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) // 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024


def _cap_memory(cap: int) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
