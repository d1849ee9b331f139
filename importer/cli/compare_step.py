"""The comparison with Sociocs in `contact-importer upload`: run it in the terminal, then say
what the import will do."""

from __future__ import annotations

import argparse

from importer.api.client import SociocsClient
from importer.check.result import CheckResult
from importer.choices import ExistingPolicy, ImportChoices
from importer.cli.console_job import ConsoleJob
from importer.compare.classify import classify
from importer.compare.engine import CompareEngine, CompareRun
from importer.compare.plan import ComparePlan
from importer.compare.texts import compare_progress_text
from importer.wording import plural

STOPPING = (
    "Stopping once Sociocs answers the request in flight (press Ctrl+C again to quit at once). "
    "Nothing was sent."
)
EXISTING_TEXT = {
    ExistingPolicy.KEEP: "Existing contacts: the file's values replace theirs; what the file "
    "leaves empty or does not have keeps its Sociocs value (--existing keep).",
    ExistingPolicy.REPLACE: "Existing contacts: their name and every extra field become the "
    "file's, fields the file does not have are erased (--existing replace).",
    ExistingPolicy.SKIP: "Existing contacts are left as they are (--existing skip).",
}


def compare_in_console(
    args: argparse.Namespace, client: SociocsClient, result: CheckResult, list_id: int | None
) -> CompareRun:
    """Read which of the ready rows' numbers exist in Sociocs (progress on stderr)."""
    job = ConsoleJob(compare_progress_text, STOPPING)
    phones = [result.phones[i] or "" for i in result.ready_indices()]
    engine = CompareEngine(
        client,
        phones,
        list_id=list_id,
        decider=job.decider,
        progress=job.printer,
        reconnect=lambda key: SociocsClient(key, args.api_url),
    )
    return job.run(engine.run, engine.cancel)


def plan_of(
    choices: ImportChoices, result: CheckResult, run: CompareRun, list_id: int | None
) -> ComparePlan:
    """The plan from a finished comparison, for the import's choices."""
    assert run.snapshot is not None
    return classify(
        result,
        run.snapshot,
        list_id,
        choices.existing,
        add_skipped_to_list=choices.add_skipped_to_list,
    )


def plan_lines(plan: ComparePlan) -> list[str]:
    """What the import will do, in sentences."""
    counts = plan.counts()
    lines = [
        f"Compared with Sociocs: {counts['new']:,} new, {counts['updated']:,} updated, "
        f"{counts['unchanged']:,} unchanged (not sent again), {counts['skipped']:,} skipped.",
        EXISTING_TEXT[plan.existing],
    ]
    if counts["losing_fields"]:
        lines.append(
            plural(
                counts["losing_fields"],
                "Warning: {n} existing contact will lose fields the file does not have.",
                "Warning: {n} existing contacts will lose fields the file does not have.",
            )
        )
    if counts["joining_list"]:
        lines.append(
            plural(
                counts["joining_list"],
                "{n} existing contact will join the list.",
                "{n} existing contacts will join the list.",
            )
        )
    return lines
