"""How an upload run ended: counts per outcome, and why it stopped early if it did."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from importer.check.issues import Outcome, RowStatus
from importer.jobs.stops import StopKind

_CHECKED = {RowStatus.INVALID: Outcome.INVALID, RowStatus.DUPLICATE: Outcome.DUPLICATE}


def unsent_outcomes(
    status: bytearray, settled: Mapping[int, Outcome] | None = None
) -> list[Outcome]:
    """Every row's outcome before anything is sent: invalid and duplicate rows as the check
    found them (``status``), ``settled`` rows as the comparison decided (unchanged, skipped),
    every other row not sent (yet)."""
    outcomes = [_CHECKED.get(RowStatus(s), Outcome.NOT_SENT) for s in status]
    for index, outcome in (settled or {}).items():
        outcomes[index] = outcome
    return outcomes


@dataclass(frozen=True, slots=True)
class UploadSummary:
    """Counts of every outcome (they add up to the data rows) and the stop reason, if any."""

    uploaded: int
    invalid: int
    duplicate: int
    rejected: int
    not_sent: int
    elapsed_seconds: float
    rows_per_second: float
    stop_kind: StopKind | None = None
    stop_message: str = ""
    unchanged: int = 0
    """Rows Sociocs already held with the same values (not sent)."""
    skipped: int = 0
    """Rows of contacts that exist in Sociocs, left alone by the import's choice."""
    noted: int = 0
    """Of the uploaded rows, those that had a note after the check (a leading 0 put back, an
    unverified number sent as chosen …): the report says what each note is."""
    unverified: int = 0
    """Of the uploaded rows, those whose number cannot be verified (sent as the user chose)."""
    listed: int = 0
    """List memberships Sociocs confirmed (when groups make lists)."""
    list_refused: int = 0
    """List memberships Sociocs refused."""
    list_missing: int = 0
    """List memberships not added: the contact is not in Sociocs (refused, not sent) or the
    upload stopped before."""

    @property
    def stopped(self) -> bool:
        """True when the run stopped early (rows are ``not_sent``); resuming continues it."""
        return self.stop_kind is not None

    @property
    def total(self) -> int:
        """Every data row."""
        sent_or_not = self.uploaded + self.rejected + self.not_sent
        return sent_or_not + self.invalid + self.duplicate + self.unchanged + self.skipped

    @classmethod
    def count(
        cls,
        outcomes: Iterable[Outcome],
        *,
        elapsed_seconds: float,
        rows_per_second: float,
        stop_kind: StopKind | None = None,
        stop_message: str = "",
        noted: int = 0,
        unverified: int = 0,
        memberships: tuple[int, int, int] = (0, 0, 0),
    ) -> UploadSummary:
        """The summary of ``outcomes`` (``noted``: uploaded rows that had a note, of them
        ``unverified`` with a number that cannot be verified; ``memberships``: list
        memberships confirmed, refused and not added)."""
        counts = Counter(outcomes)
        return cls(
            uploaded=counts[Outcome.UPLOADED],
            invalid=counts[Outcome.INVALID],
            duplicate=counts[Outcome.DUPLICATE],
            rejected=counts[Outcome.REJECTED],
            not_sent=counts[Outcome.NOT_SENT],
            elapsed_seconds=elapsed_seconds,
            rows_per_second=rows_per_second,
            stop_kind=stop_kind,
            stop_message=stop_message,
            unchanged=counts[Outcome.UNCHANGED],
            skipped=counts[Outcome.SKIPPED],
            noted=noted,
            unverified=unverified,
            listed=memberships[0],
            list_refused=memberships[1],
            list_missing=memberships[2],
        )
