"""`contact-importer upload … --dry-run [--json]`: the comparison's plan, nothing sent.

The plan report (one line per row, with what the import would do to each contact) goes to
``--report`` or, by default, to the reports folder.
"""

from __future__ import annotations

import argparse
import json
from datetime import datetime
from pathlib import Path

from importer.check.result import CheckResult
from importer.cli import exit_status
from importer.cli.upload_target import Target
from importer.compare.plan import ComparePlan
from importer.compare.snapshot import AccountSnapshot
from importer.i18n import _
from importer.report.write import save_report
from importer.settings_paths import data_dir


def default_plan_report(result: CheckResult, now: datetime) -> Path:
    """``<reports folder>/<file name>-plan-<date>-<time>.csv``."""
    return data_dir() / "reports" / f"{result.path.stem}-plan-{now:%Y%m%d-%H%M%S}.csv"


def finish_dry_run(
    args: argparse.Namespace,
    result: CheckResult,
    target: Target,
    plan: ComparePlan,
    snapshot: AccountSnapshot,
) -> int:
    """Write the plan report, print the plan (one JSON object with ``--json``); exit status 0,
    or 1 when some rows are invalid or duplicates."""
    report = args.report or default_plan_report(result, datetime.now())
    report.parent.mkdir(parents=True, exist_ok=True)
    save_report(report, result, plan=plan)
    counts = result.summary()
    if args.json:
        print(json.dumps(_plan_json(result, target, plan, snapshot, report), ensure_ascii=False))
    else:
        print(_("Dry run: nothing was sent. The plan report is in {report}.").format(report=report))
    if counts["invalid"] or counts["duplicates"]:
        return exit_status.INCOMPLETE
    return exit_status.OK


def _plan_json(
    result: CheckResult,
    target: Target,
    plan: ComparePlan,
    snapshot: AccountSnapshot,
    report: Path,
) -> dict[str, object]:
    counts = plan.counts()
    summary = result.summary()
    return {
        "file": str(result.path),
        "list_id": target.list_id,
        "list_name": target.name,
        "existing": plan.existing.value,
        "new": counts["new"],
        "updated": counts["updated"],
        "unchanged": counts["unchanged"],
        "skipped": counts["skipped"],
        "invalid": summary["invalid"],
        "duplicates": summary["duplicates"],
        "losing_fields": counts["losing_fields"],
        "joining_list": counts["joining_list"],
        "read_method": snapshot.method.value,
        "requests": snapshot.requests,
        "report": str(report),
    }
