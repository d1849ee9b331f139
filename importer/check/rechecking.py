"""What changes a checked result: the last steps of a check, and checking again after a choice
or a fix — for another default country, with numbers that cannot be verified sent or not,
another duplicates policy, one row's phone or name fixed in place.

These are functions over a :class:`~importer.check.result.CheckResult` (which holds the rows
and answers questions about them, and calls nothing here): they run the validation
(:mod:`.validation`, :mod:`.plus_readings`, :mod:`.country_hint`, :mod:`.duplicates`) and keep
the result's choices (:class:`~importer.choices.ImportChoices`) in step with what its rows were
checked with.
"""

from __future__ import annotations

from enum import Enum

from importer.check.country_hint import open_unverified_rows, point_country, suggest_country
from importer.check.duplicates import check_policy, mark_duplicates, mark_duplicates_of
from importer.check.plus_readings import plus_evidence, settle_plus_readings
from importer.check.result import CheckResult, collector_paused
from importer.check.validation import (
    note_foreign_numbers,
    note_pointed_numbers,
    validate_names,
    validate_phones,
)
from importer.choices import DuplicatePolicy
from importer.phones.normalize import check_region
from importer.sources.base import CellValue


class Keep(Enum):
    """Marks an argument of :func:`edit` left unchanged."""

    KEEP = "keep"


def settle(result: CheckResult) -> None:
    """Once every row is read: decide the readings with a + (:mod:`.plus_readings`), then look
    for a better default country."""
    result.plus_evidence = plus_evidence(result)
    settle_plus_readings(result, sorted(result.plus_readings))
    look_for_country(result)


def look_for_country(result: CheckResult) -> None:
    """Set the result's ``suggested_country``, and say in the error of each number valid there
    that it is; then set its ``pointed_country`` for the numbers that cannot be verified left
    unexplained, however few, and say it in theirs. An unverified number valid in either is
    not sent, whatever was chosen."""
    named = result.named_countries()
    result.suggested_country = suggest_country(result, named)
    result.explained_unverified = {}
    hint = result.hint_normalizer()
    if hint is not None and result.suggested_country is not None:
        note_foreign_numbers(result, hint, result.suggested_country, sorted(result.issues))
    rows = open_unverified_rows(result)
    result.pointed_country = point_country(result, rows, named)
    if result.pointed_country is not None:
        note_pointed_numbers(result, rows)


def revalidate(result: CheckResult, country: str) -> None:
    """Check every phone number again for a new default country."""
    result.choices = result.choices.with_changes(country=check_region(country))
    result.suggested_country = None
    _check_phones_again(result)


def set_send_unverified(result: CheckResult, send: bool) -> None:
    """Send (or not) numbers libphonenumber cannot confirm, and check the phones again."""
    result.choices = result.choices.with_changes(send_unverified=send)
    _check_phones_again(result)


def set_duplicates_policy(result: CheckResult, policy: DuplicatePolicy | str) -> None:
    """Keep the ``last`` or the ``first`` row of each repeated phone number."""
    result.choices = result.choices.with_changes(duplicates=check_policy(policy))
    with collector_paused(result):
        mark_duplicates(result)


def edit(
    result: CheckResult,
    index: int,
    *,
    phone: CellValue | Keep = Keep.KEEP,
    name: str | Keep | None = Keep.KEEP,
) -> None:
    """Fix row ``index`` in place: new raw phone and/or name, then check it again.

    The file's phone value is kept in the result's ``edited_phones`` while the phone differs
    from it. Duplicates are recomputed among the rows sharing the old or the new number only.
    """
    before = result.phones[index]
    if not isinstance(phone, Keep):
        original = result.edited_phones.pop(index, result.raw_phones[index])
        if phone != original:
            result.edited_phones[index] = original
        result.raw_phones[index] = phone
        validate_phones(result, result.normalizer(), index, index + 1)
    if not isinstance(name, Keep):
        result.names[index] = name.strip() or None if name is not None else None
        validate_names(result, index, index + 1)
    mark_duplicates_of(result, {before, result.phones[index]})


def _check_phones_again(result: CheckResult) -> None:
    result.plus_evidence = None
    with collector_paused(result):
        validate_phones(result, result.normalizer(), 0, len(result))
        settle(result)
        mark_duplicates(result)
