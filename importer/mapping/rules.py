"""Whether a mapping can be used: exactly one phone column, one way of naming, at most one
country column and one lists column, valid keys."""

from __future__ import annotations

from collections import defaultdict

from importer.columns import column_letter
from importer.errors import MappingError
from importer.i18n import _
from importer.mapping.keys import validate_key
from importer.mapping.model import ColumnChoice, Mapping, Role


def describe(choice: ColumnChoice) -> str:
    """How a column is named to the user: 'column C ("Mobile")'."""
    letter = column_letter(choice.index)
    return (
        _('column {letter} ("{header}")').format(letter=letter, header=choice.header)
        if choice.header
        else _("column {letter}").format(letter=letter)
    )


def _join(choices: list[ColumnChoice]) -> str:
    names = [describe(c) for c in choices]
    return ", ".join(names[:-1]) + _(" and ") + names[-1] if len(names) > 1 else names[0]


def check_mapping(mapping: Mapping) -> list[str]:
    """Plain-language problems that keep ``mapping`` from being used (empty when fine)."""
    problems: list[str] = []
    by_role: dict[Role, list[ColumnChoice]] = defaultdict(list)
    for choice in mapping.columns:
        by_role[choice.role].append(choice)
    phones = by_role[Role.PHONE]
    if not phones:
        problems.append(
            _(
                "No column is chosen for the phone number. Choose the column that holds the "
                "phone numbers."
            )
        )
    elif len(phones) > 1:
        problems.append(
            _(
                "{columns} are all chosen as the phone number. Choose only one; keep the others as "
                "extra fields or ignore them."
            ).format(columns=_join(phones))
        )
    split = by_role[Role.FIRST_NAME] + by_role[Role.LAST_NAME]
    if by_role[Role.NAME] and split:
        problems.append(
            _(
                "{full} is chosen as the full name and {parts} as first or last name. Choose "
                "either the full name or first and last name."
            ).format(full=_join(by_role[Role.NAME]), parts=_join(split))
        )
    if len(by_role[Role.COUNTRY]) > 1:
        problems.append(
            _(
                "{columns} are all chosen as the country. Choose only one; keep the others as "
                "extra fields or ignore them."
            ).format(columns=_join(by_role[Role.COUNTRY]))
        )
    if len(by_role[Role.LISTS]) > 1:
        problems.append(
            _(
                "{columns} are all chosen as the lists. Choose only one; keep the others as "
                "extra fields or ignore them."
            ).format(columns=_join(by_role[Role.LISTS]))
        )
    saved = [c for c in by_role[Role.COUNTRY] + by_role[Role.LISTS] if c.key]
    problems.extend(_key_problems(by_role[Role.EXTRA] + saved))
    return problems


def _key_problems(extras: list[ColumnChoice]) -> list[str]:
    problems: list[str] = []
    by_key: dict[str, list[ColumnChoice]] = defaultdict(list)
    for choice in extras:
        error = validate_key(choice.key)
        if error:
            problems.append(
                _("Extra field from {column}: {error}").format(column=describe(choice), error=error)
            )
        else:
            by_key[choice.key].append(choice)
    for key, choices in by_key.items():
        if len(choices) > 1:
            problems.append(
                _(
                    '{columns} would all be saved as the extra field "{key}". Rename all but one '
                    "of them."
                ).format(columns=_join(choices), key=key)
            )
    return problems


def require_valid(mapping: Mapping) -> None:
    """Raise :class:`MappingError` listing every problem of ``mapping``, if it has any."""
    problems = check_mapping(mapping)
    if problems:
        raise MappingError(" ".join(problems))
