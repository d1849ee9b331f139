"""Upload throughput through SociocsClient against the sandbox.

``python bench/api_throughput.py [--rows 100000] [--batch 10000] [--separate-process]``
prints the time the store takes to commit one batch, and client+server rows per second for
all rows. With ``--separate-process`` the sandbox runs in its own process (no shared GIL).
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from importer.api.client import SociocsClient, encode_json  # noqa: E402
from importer.sandbox.server import SandboxServer  # noqa: E402
from importer.sandbox.store import SandboxStore  # noqa: E402

KEY = "bench:key"


def make_records(count: int) -> list[dict[str, Any]]:
    """Realistic records: E.164 number, a name and three extra fields."""
    return [
        {
            "phone_number": f"+1617{i:07d}",
            "name": f"Contact Nümber {i}",
            "extra_fields": {"email": f"c{i}@example.com", "city": "Boston", "customer_id": i},
        }
        for i in range(count)
    ]


def upload(url: str, records: list[dict[str, Any]], batch: int) -> float:
    """Seconds to send every record in batches of ``batch``."""
    with SociocsClient(KEY, url) as client:
        started = time.perf_counter()
        for start in range(0, len(records), batch):
            client.bulk_upsert(10001, None, records[start : start + batch])
        return time.perf_counter() - started


def main() -> None:
    """Print the figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--batch", type=int, default=10_000)
    parser.add_argument("--separate-process", action="store_true")
    args = parser.parse_args()
    records = make_records(args.rows)
    batch = records[: args.batch]

    started = time.perf_counter()
    body = encode_json({"list_id": 10001, "records": batch})
    encoding = time.perf_counter() - started
    store = SandboxStore()
    started = time.perf_counter()
    store.upsert_body(10001, body.decode())
    print(f"store commit of one {len(batch)}-record batch: {time.perf_counter() - started:.3f} s")
    print(f"client JSON encoding of that batch: {encoding:.3f} s ({len(body) / 1e6:.1f} MB)")

    with SandboxServer(KEY) as server:
        one = upload(server.url, batch, args.batch)
        print(f"one {len(batch)}-record batch over HTTP (in-process sandbox): {one:.3f} s")

    if args.separate_process:
        seconds = _upload_to_subprocess(records, args.batch)
        where = "separate-process sandbox"
    else:
        with SandboxServer(KEY) as server:
            seconds = upload(server.url, records, args.batch)
        where = "in-process sandbox"
    print(
        f"{args.rows} rows in batches of {args.batch} ({where}): {seconds:.2f} s, "
        f"{args.rows / seconds:,.0f} rows/s"
    )


def _upload_to_subprocess(records: list[dict[str, Any]], batch: int) -> float:
    process = subprocess.Popen(
        [sys.executable, "-m", "importer.cli", "sandbox", "--port", "0", "--api-key", KEY],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        match = re.search(r"http://127\.0\.0\.1:\d+", process.stdout.readline())
        assert match
        return upload(match.group(0), records, batch)
    finally:
        process.terminate()
        process.wait(timeout=20)


if __name__ == "__main__":
    main()
