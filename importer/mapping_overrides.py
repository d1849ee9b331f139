"""Column choices given explicitly (on the command line) applied over a suggested mapping."""

from __future__ import annotations

from dataclasses import dataclass

from importer.column_spec import resolve_column
from importer.columns import column_letter
from importer.errors import MappingError
from importer.mapping import ColumnChoice, Mapping, Role
from importer.mapping_keys import derive_key, validate_key

NAME_ROLES = frozenset({Role.NAME, Role.FIRST_NAME, Role.LAST_NAME})


@dataclass(frozen=True)
class ColumnOverrides:
    """Columns named by header text or letter; ``extras`` entries are ``COL`` or ``COL=KEY``."""

    phone: str | None = None
    names: tuple[str, ...] = ()
    extras: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    no_extra: bool = False


def split_extra(spec: str, headers: list[str]) -> tuple[int, str | None]:
    """The column and optional key of an ``COL[=KEY]`` spec (a header may itself hold "=")."""
    if "=" in spec:
        try:
            return resolve_column(spec, headers), None
        except MappingError:
            column, _, key = spec.rpartition("=")
            return resolve_column(column, headers), key.strip()
    return resolve_column(spec, headers), None


def apply_overrides(mapping: Mapping, headers: list[str], overrides: ColumnOverrides) -> Mapping:
    """``mapping`` with the explicit choices of ``overrides``; MappingError if they clash."""
    if len(overrides.names) > 2:
        raise MappingError("Give at most two name columns: the first name, then the last name.")
    roles = {c.index: (c.role, c.key) for c in mapping.columns}
    explicit: dict[int, str] = {}

    def assign(index: int, role: Role, key: str, option: str) -> None:
        if index in explicit:
            raise MappingError(
                f"Column {column_letter(index)} is given to both {explicit[index]} and {option}.",
                hint="Give each column one role.",
            )
        explicit[index] = option
        roles[index] = (role, key)

    if overrides.phone is not None:
        _demote(roles, frozenset({Role.PHONE}))
        assign(resolve_column(overrides.phone, headers), Role.PHONE, "", "--phone")
    if overrides.names:
        _demote(roles, NAME_ROLES)
        name_roles = [Role.NAME] if len(overrides.names) == 1 else [Role.FIRST_NAME, Role.LAST_NAME]
        for spec, role in zip(overrides.names, name_roles, strict=True):
            assign(resolve_column(spec, headers), role, "", "--name")
    explicit_keys: dict[int, str] = {}
    for spec in overrides.extras:
        index, key = split_extra(spec, headers)
        if key is not None:
            error = validate_key(key)
            if error:
                raise MappingError(f'--extra "{spec}": {error}')
            explicit_keys[index] = key
        assign(index, Role.EXTRA, key or "", "--extra")
    for spec in overrides.ignore:
        assign(resolve_column(spec, headers), Role.IGNORE, "", "--ignore")
    if overrides.no_extra:
        for index, (role, _) in roles.items():
            if role is Role.EXTRA and index not in explicit:
                roles[index] = (Role.IGNORE, "")
    return _with_keys(headers, roles, explicit_keys)


def _demote(roles: dict[int, tuple[Role, str]], demoted: frozenset[Role]) -> None:
    """Columns holding one of ``demoted`` become extra fields (their keys are derived later)."""
    for index, (role, _) in list(roles.items()):
        if role in demoted:
            roles[index] = (Role.EXTRA, "")


def _with_keys(
    headers: list[str], roles: dict[int, tuple[Role, str]], explicit_keys: dict[int, str]
) -> Mapping:
    """The mapping, extra fields keyed: explicit keys first, then kept or derived ones."""
    taken = set(explicit_keys.values())
    choices: list[ColumnChoice] = []
    for index, header in enumerate(headers):
        role, key = roles.get(index, (Role.IGNORE, ""))
        if role is Role.EXTRA and index not in explicit_keys:
            if not key or key in taken or validate_key(key):
                key = derive_key(header, taken, fallback=f"field_{column_letter(index).lower()}")
            taken.add(key)
        choices.append(ColumnChoice(index, header, role, explicit_keys.get(index, key)))
    return Mapping(tuple(choices))
