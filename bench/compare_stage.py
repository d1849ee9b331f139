"""The ``compare`` stage: a checked file compared with an account that already holds 100,000
contacts, in a separate-process sandbox (pages of 1,000 over real HTTP, then the
classification for ``keep``).

The account (seeded into the sandbox's SQLite file before it starts, not timed): 60 % of the
file's ready numbers (of its first 100,000) — a third as the file has them, a third under
another name, a third with a field the file lacks; half of them in the import's list — and
other numbers up to 100,000 contacts.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import Any

ACCOUNT = 100_000
SEED_BATCH = 10_000


def compare(path: Path, check_file: Any) -> dict[str, Any]:
    """Check ``path`` (not timed), seed the account, then time reading it and classifying."""
    from sandbox import KEY, LIST_ID, separate_sandbox

    from importer.api.client import SociocsClient
    from importer.choices import ExistingPolicy
    from importer.compare.classify import classify
    from importer.compare.engine import CompareEngine
    from importer.jobs.decisions import AutoDecider

    result = check_file(path)
    phones = [result.phones[i] or "" for i in result.ready_indices()]
    with tempfile.TemporaryDirectory() as folder:
        database = Path(folder) / "account.sqlite"
        _seed(database, result, LIST_ID)
        with separate_sandbox(database) as sandbox, SociocsClient(KEY, sandbox.url) as client:
            engine = CompareEngine(client, phones, list_id=LIST_ID, decider=AutoDecider())
            started = time.perf_counter()
            run = engine.run()
            read = time.perf_counter() - started
            assert run.snapshot is not None, run.stop_message
            plan = classify(result, run.snapshot, LIST_ID, ExistingPolicy.KEEP)
            seconds = time.perf_counter() - started
    counts = plan.counts()
    return {
        "rows": len(result),
        "seconds": seconds,
        "notes": f"{run.snapshot.requests} requests ({run.snapshot.method.value}), read "
        f"{read:.1f} s, classify {seconds - read:.1f} s; {counts['new']:,} new, "
        f"{counts['updated']:,} updated, {counts['unchanged']:,} unchanged",
    }


def _seed(database: Path, result: Any, list_id: int) -> None:
    """Write the account: the file's numbers it holds, then other numbers up to 100,000; every
    other chunk of 10,000 in ``list_id``."""
    from importer.sandbox.store import SandboxStore

    ready = result.ready_indices()
    count = min(len(ready), ACCOUNT) * 6 // 10
    records = [_existing(result, ready[index], index) for index in range(count)]
    others = ACCOUNT - len(records)
    records += [{"phone_number": f"+1999{n:07d}", "name": f"Other {n}"} for n in range(others)]
    store = SandboxStore(str(database))
    try:
        for start in range(0, len(records), SEED_BATCH):
            chunk = records[start : start + SEED_BATCH]
            store.upsert(list_id if start % (2 * SEED_BATCH) == 0 else 0, chunk)
    finally:
        store.close()


def _existing(result: Any, row: int, index: int) -> dict[str, Any]:
    """The contact of the file's ``row`` as the account holds it: as the file has it, renamed,
    or with a field the file lacks (a third each, by ``index``)."""
    record = dict(result.record(row))
    if index % 3 == 1:
        record["name"] = "Old name"
    elif index % 3 == 2:
        record["extra_fields"] = {**record.get("extra_fields", {}), "tier": "gold"}
    return record
