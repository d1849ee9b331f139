"""The rows an upload did not send, each with why in words: refused by Sociocs (the server's
own words), cannot be sent (the check's problem) or not sent yet (the upload stopped first).

The wizard's Done page lists them and saves them to a file (:func:`importer.report.write.
save_unsent_file`), so a user without a spreadsheet program still learns which rows did not go.
Duplicates, unchanged and skipped rows are not listed: the import chose not to send them.
"""

from __future__ import annotations

from collections.abc import Mapping as Lookup
from collections.abc import Sequence
from dataclasses import dataclass, field

from importer.cell_text import as_in_file
from importer.check.issues import Outcome
from importer.check.result import CheckResult
from importer.i18n import _
from importer.report.lines import row_message
from importer.upload.refusals import refusal_text

UNSENT = frozenset({Outcome.REJECTED, Outcome.INVALID, Outcome.NOT_SENT})
"""The outcomes of rows that did not go although the import meant to send them."""


@dataclass(frozen=True)
class UnsentRows:
    """The rows of ``result`` whose ``outcomes`` are refused, invalid or not sent, in sheet
    order (:attr:`indices`); each row's words are made when asked (:meth:`reason`), so a
    hundred thousand rows cost one pass over the outcomes."""

    result: CheckResult
    outcomes: Sequence[Outcome]
    messages: Lookup[int, str] = field(default_factory=dict)
    """Data-row index → the upload's message: for a refused row Sociocs's words after the row
    ("Sociocs refused row 12: …"), for a row not sent why the upload stopped."""
    indices: list[int] = field(init=False)

    def __post_init__(self) -> None:
        unsent = [index for index, outcome in enumerate(self.outcomes) if outcome in UNSENT]
        object.__setattr__(self, "indices", unsent)

    def __len__(self) -> int:
        return len(self.indices)

    def outcome(self, index: int) -> Outcome:
        """What happened to data row ``index``."""
        return self.outcomes[index]

    def record_number(self, index: int) -> int:
        """The row (or a vCard's card) the user knows data row ``index`` by."""
        return self.result.record_number(self.result.row_numbers[index])

    def phone_as_typed(self, index: int) -> str:
        """The phone cell of data row ``index`` as the file shows it."""
        return as_in_file(self.result.raw_phones[index])

    def name(self, index: int) -> str:
        """The name of data row ``index`` ("" when it has none)."""
        return self.result.names[index] or ""

    def reason(self, index: int) -> str:
        """Why data row ``index`` did not go, in words: the upload's own message for a refused
        row (Sociocs's words) or one it did not reach, else the check's problem."""
        outcome = self.outcomes[index]
        said = self.messages.get(index)
        if outcome is Outcome.INVALID:
            return _("Cannot be sent: {problem}").format(problem=row_message(self.result, index))
        if said:
            return said
        if outcome is Outcome.REJECTED:
            return refusal_text(self.record_number(index), "", cards=self.result.cards)
        return _("Not sent yet: the upload stopped before this row.")

    def told(self, index: int) -> str:
        """Data row ``index`` and why it did not go, in one sentence ("Row 12: Cannot be sent:
        …"; a refusal already names its row)."""
        reason = self.reason(index)
        if self.outcomes[index] is Outcome.REJECTED:
            return reason
        number = self.record_number(index)
        if self.result.cards:
            return _("Card {card}: {reason}").format(card=number, reason=reason)
        return _("Row {row}: {reason}").format(row=number, reason=reason)

    def reasons(self) -> dict[int, str]:
        """Data-row index → :meth:`reason`, for every row listed."""
        return {index: self.reason(index) for index in self.indices}
