"""What `contact-importer upload` says the import will do once it compared the file with
Sociocs."""

from __future__ import annotations

from importer.choices import ExistingPolicy
from importer.compare.plan import ComparePlan
from importer.wording import plural

EXISTING_TEXT = {
    ExistingPolicy.KEEP: "Existing contacts: the file's values replace theirs; what the file "
    "leaves empty or does not have keeps its Sociocs value (--existing keep).",
    ExistingPolicy.REPLACE: "Existing contacts: their name and every extra field become the "
    "file's, fields the file does not have are erased (--existing replace).",
    ExistingPolicy.SKIP: "Existing contacts are left as they are (--existing skip).",
}


def plan_sentences(plan: ComparePlan) -> list[str]:
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
