"""Numbers that are valid only when read with a ``+`` in front: sent only when the file
confirms their country.

``640 84 45 62`` (a Spanish mobile) read as a United States number is not valid; with a +
it is New Zealand's +64 84 4562 — valid, and somebody else's. ``447911123456`` with a + is
the right British mobile. What tells them apart is the file, not the number:

- the row's own country (its Country column) is the one the + reading names;
- the column as a whole is written that way: most of its numbers are valid only with a +
  (a Brevo export's ``SMS`` column: ``33612345678``, ``447870384465``);
- the file's own international numbers (written with +, 00 or the default country's
  international prefix) name that country.

Otherwise the row cannot be sent, and its message gives both readings. A confirmed row is
sent with a note (and another one when its country code is not that of the row's country).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from importer.check.issues import Issue, RowStatus, Severity
from importer.check.plus_evidence import PlusEvidence
from importer.check.row_countries import differs_note
from importer.phones.normalize import country_code_of, dial_code
from importer.phones.problems import (
    COUNTRY_CODE_READ,
    PLUS_AMBIGUOUS_CODE,
    PLUS_CHOSEN,
    plus_guess_problem,
)

if TYPE_CHECKING:
    from importer.check.result import CheckResult

_READY = RowStatus.READY.value
_INVALID = RowStatus.INVALID.value


def plus_evidence(result: CheckResult) -> PlusEvidence:
    """The evidence in ``result``'s rows once all are read (readings with a + still pending,
    so their rows have no number yet)."""
    pending = len(result.plus_readings)
    valid = len(result.phones) - result.phones.count(None)
    filled = len(result.raw_phones) - result.raw_phones.count(None) - result.raw_phones.count("")
    column = pending > valid and 2 * pending > filled
    return PlusEvidence(column, frozenset(_own_codes(result)))


def _own_codes(result: CheckResult) -> set[str]:
    """The country codes of numbers that are not of the country their row was read in: they
    were written with their own country code."""
    phones = result.phones
    regions = result.row_regions(0, len(result))
    if regions is None:
        prefix = "+" + dial_code(result.country)
        foreign = [p for p in phones if p is not None and not p.startswith(prefix)]
    else:
        prefixes = {region: "+" + dial_code(region) for region in set(regions)}
        foreign = [
            p
            for p, region in zip(phones, regions, strict=True)
            if p is not None and not p.startswith(prefixes[region])
        ]
    return {country_code_of(phone) for phone in set(foreign)}


def settle_plus_readings(result: CheckResult, indices: Iterable[int]) -> None:
    """Send the pending readings with a + of rows ``indices`` that :attr:`plus_evidence`
    confirms (with a note), and refuse the others with both readings in their message."""
    evidence = result.plus_evidence
    if evidence is None:
        return
    column = result.phone_column_letter()
    for index in indices:
        with_plus = result.plus_readings[index]
        named = result.named_country(index)
        row = result.row_numbers[index]
        found = result.issues.setdefault(index, [])
        error = result.row_normalizer(index).normalize(result.raw_phones[index]).error
        ambiguous = error if error is not None and error.code == PLUS_AMBIGUOUS_CODE else None
        if evidence.confirms(with_plus, named):
            result.phones[index] = with_plus
            result.status[index] = _READY
            note = COUNTRY_CODE_READ if ambiguous is None else PLUS_CHOSEN
            notes = [Issue(row, column, Severity.WARNING, note.code, note.message)]
            if named and country_code_of(with_plus) != dial_code(named):
                notes.append(differs_note(row, column, with_plus, named))
            found[:0] = notes
        else:
            result.phones[index] = None
            result.status[index] = _INVALID
            problem = ambiguous or plus_guess_problem(result.row_region(index), with_plus)
            found.insert(0, Issue(row, column, Severity.ERROR, problem.code, problem.message))
