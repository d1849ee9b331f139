"""`contact-importer upload … --dry-run [--json]`: the comparison's plan, nothing sent.

The plan report (one line per row, with what the import would do to each contact) is written
by the pipeline to ``--report`` or, by default, beside the spreadsheet (in Documents when its
folder cannot be written).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from importer.check.result import CheckResult
from importer.cli import exit_status
from importer.cli.output import tell_error
from importer.cli.upload_target import Target
from importer.compare.plan import ComparePlan
from importer.compare.snapshot import AccountSnapshot
from importer.history.recording import plan_counts
from importer.i18n import _
from importer.pipeline.outcome import ImportEnd
from importer.report.location import short_path


def finish_dry_run(args: argparse.Namespace, end: ImportEnd, target: Target) -> int:
    """Print the plan whose report ``end`` wrote (one JSON object with ``--json``); exit status
    0, or 1 when some rows are invalid or duplicates."""
    result, plan, snapshot, report = end.result, end.plan, end.snapshot, end.report
    assert plan is not None and snapshot is not None and report is not None
    if end.report_note:
        tell_error(end.report_note)
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
        "lists": [count.to_json() for count in plan.list_counts()],
        "memberships": plan.memberships(),
        "read_method": snapshot.method.value,
        "requests": snapshot.requests,
        "report": str(report),
    }
