"""`contact-importer upload … --dry-run [--json]`: the comparison's plan, nothing sent.

The plan report (one line per row, with what the import would do to each contact) goes to
``--report`` or, by default, beside the spreadsheet (in Documents when its folder cannot be
written).
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
from importer.history.recording import plan_counts
from importer.i18n import _
from importer.report.location import report_file, short_path
from importer.report.write import save_report


def finish_dry_run(
    args: argparse.Namespace,
    result: CheckResult,
    target: Target,
    plan: ComparePlan,
    snapshot: AccountSnapshot,
) -> int:
    """Write the plan report, print the plan (one JSON object with ``--json``); exit status 0,
    or 1 when some rows are invalid or duplicates."""
    report = args.report or report_file(result.path, datetime.now(), ".csv", plan=True)
    save_report(report, result, plan=plan)
    counts = result.summary()
    if args.json:
        print(json.dumps(_plan_json(result, target, plan, snapshot, report), ensure_ascii=False))
    else:
        print(
            _("Dry run: nothing was sent. The plan report is in {report}.").format(
                report=short_path(report)
            )
        )
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
    return {
        "file": str(result.path),
        "list_id": target.list_id,
        "list_name": target.name,
        "existing": plan.existing.value,
        **plan_counts(result, plan),
        "losing_fields": counts["losing_fields"],
        "joining_list": counts["joining_list"],
        "read_method": snapshot.method.value,
        "requests": snapshot.requests,
        "report": str(report),
    }
