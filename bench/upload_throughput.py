"""End-to-end upload throughput of the UploadEngine against the sandbox, and where time goes.

``python bench/upload_throughput.py [--rows 100000] [--batch 10000] [--separate-process]``

Prints, for the same rows: building the API records from the checked result, JSON-encoding
every batch (client side), one journal append + fsync, then the whole engine run (records,
encoding, HTTP, server commit, journal) in rows per second. With ``--separate-process`` the
sandbox runs in its own process, so client and server do not share one GIL.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from importer.api.client import SociocsClient, encode_json  # noqa: E402
from importer.check_result import CheckResult  # noqa: E402
from importer.mapping import ColumnChoice, Mapping, Role  # noqa: E402
from importer.sandbox.server import SandboxServer  # noqa: E402
from importer.upload.decisions import AutoDecider  # noqa: E402
from importer.upload.engine import UploadEngine  # noqa: E402
from importer.upload.journal import Journal  # noqa: E402

KEY = "bench:key"


def make_result(count: int) -> CheckResult:
    """A checked sheet of ``count`` ready rows: phone, name and three extra fields."""
    mapping = Mapping(
        (
            ColumnChoice(0, "Phone", Role.PHONE),
            ColumnChoice(1, "Name", Role.NAME),
            ColumnChoice(2, "Email", Role.EXTRA, "email"),
            ColumnChoice(3, "City", Role.EXTRA, "city"),
            ColumnChoice(4, "Customer", Role.EXTRA, "customer_id"),
        )
    )
    phones: list[str | None] = [f"+1617{i:07d}" for i in range(count)]
    return CheckResult(
        path=Path("bench.xlsx"),
        sheet="Sheet1",
        header_row=1,
        headers=["Phone", "Name", "Email", "City", "Customer"],
        mapping=mapping,
        country="US",
        duplicates_policy="last",
        row_numbers=list(range(2, count + 2)),
        raw_phones=list(phones),
        phones=phones,
        names=[f"Contact Nümber {i}" for i in range(count)],
        extras={
            "email": [f"c{i}@example.com" for i in range(count)],
            "city": ["Boston"] * count,
            "customer_id": list(range(count)),
        },
        status=bytearray(count),
    )


def timed(label: str, seconds: float, rows: int) -> None:
    """One line of figures."""
    print(f"{label:<44} {seconds:7.3f} s  ({rows / seconds:>10,.0f} rows/s)")


def stages(result: CheckResult, batch: int, folder: Path) -> None:
    """Time the client-side stages separately."""
    rows = len(result)
    started = time.perf_counter()
    records = [result.record(i) for i in range(rows)]
    timed("build API records (CheckResult.record)", time.perf_counter() - started, rows)
    started = time.perf_counter()
    size = 0
    for start in range(0, rows, batch):
        size += len(encode_json({"list_id": 10001, "records": records[start : start + batch]}))
    timed(f"JSON-encode all batches ({size / 1e6:.0f} MB)", time.perf_counter() - started, rows)
    with Journal.open(folder, "stage", file_name="bench.xlsx", rows_total=rows) as journal:
        started = time.perf_counter()
        for start in range(0, rows, batch):
            journal.record_batch(range(start, min(rows, start + batch)))
        timed("journal appends + fsync (one per batch)", time.perf_counter() - started, rows)


def run_engine(url: str, result: CheckResult, batch: int, folder: Path) -> float:
    """Seconds for a full engine run to ``url``."""
    journal = Journal.open(
        folder, f"run-{url[-5:]}", file_name="bench.xlsx", rows_total=len(result)
    )
    with SociocsClient(KEY, url) as client:
        engine = UploadEngine(
            client,
            result,
            list_id=10001,
            phone_number_cc="1",
            decider=AutoDecider(),
            batch_size=batch,
            journal=journal,
        )
        started = time.perf_counter()
        summary = engine.run()
        seconds = time.perf_counter() - started
    assert summary.uploaded == len(result), summary
    return seconds


def separate_sandbox() -> tuple[subprocess.Popen[str], str]:
    """A sandbox in its own process, and its URL."""
    process = subprocess.Popen(
        [sys.executable, "-m", "importer.cli", "sandbox", "--port", "0", "--api-key", KEY],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    match = re.search(r"http://127\.0\.0\.1:\d+", process.stdout.readline())
    assert match, "the sandbox did not start"
    return process, match.group(0)


def main() -> None:
    """Print the figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--batch", type=int, default=10_000)
    parser.add_argument("--separate-process", action="store_true")
    args = parser.parse_args()
    result = make_result(args.rows)
    with tempfile.TemporaryDirectory() as folder:
        stages(result, args.batch, Path(folder))
        with SandboxServer(KEY) as server:
            seconds = run_engine(server.url, result, args.batch, Path(folder))
        timed("UploadEngine.run, in-process sandbox", seconds, args.rows)
        if args.separate_process:
            process, url = separate_sandbox()
            try:
                seconds = run_engine(url, result, args.batch, Path(folder))
            finally:
                process.terminate()
                process.wait(timeout=20)
            timed("UploadEngine.run, separate-process sandbox", seconds, args.rows)


if __name__ == "__main__":
    main()
