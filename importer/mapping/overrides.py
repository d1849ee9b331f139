"""Column choices given explicitly (on the command line) applied over a suggested mapping."""

from __future__ import annotations

from dataclasses import dataclass

from importer.columns import column_letter
from importer.errors import MappingError
from importer.i18n import _
from importer.mapping.column_spec import resolve_column
from importer.mapping.keys import derive_key, validate_key
from importer.mapping.model import ColumnChoice, Mapping, Role

NAME_ROLES = frozenset({Role.NAME, Role.FIRST_NAME, Role.LAST_NAME})


@dataclass(frozen=True)
class ColumnOverrides:
    """Columns named by header text or letter; ``extras`` entries are ``COL`` or ``COL=KEY``."""

    phone: str | None = None
    names: tuple[str, ...] = ()
    extras: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    no_extra: bool = False
    fallbacks: tuple[str, ...] = ()
    """Phone fallback columns, tried in this order (``--phone-fallback``)."""
    country: str | None = None
    """The column holding each row's country (``--country-column``)."""
    no_country: bool = False
    """Read every number in the default country, whatever column names countries
    (``--no-country-column``)."""
    lists: str | None = None
    """The column naming each row's groups, made lists (``--list-column``)."""
    no_lists: bool = False
    """Make no list of any column: a column of groups stays an extra field
    (``--no-list-column``)."""


def without_lists(mapping: Mapping) -> Mapping:
    """``mapping`` with its lists column an extra field again (as ``--no-list-column``)."""
    headers = [choice.header for choice in mapping.columns]
    return apply_overrides(mapping, headers, ColumnOverrides(no_lists=True))


def split_extra(spec: str, headers: list[str]) -> tuple[int, str | None]:
    """The column and optional key of an ``COL[=KEY]`` spec (a header may itself hold "=")."""
    if "=" in spec:
        try:
            return resolve_column(spec, headers), None
        except MappingError:
            column, _equals, key = spec.rpartition("=")
            return resolve_column(column, headers), key.strip()
    return resolve_column(spec, headers), None


def apply_overrides(mapping: Mapping, headers: list[str], overrides: ColumnOverrides) -> Mapping:
    """``mapping`` with the explicit choices of ``overrides``; MappingError if they clash."""
    if len(overrides.names) > 2:
        raise MappingError(_("Give at most two name columns: the first name, then the last name."))
    choices = _Choices(mapping, headers)
    if overrides.phone is not None:
        _demote(choices.roles, frozenset({Role.PHONE}))
        choices.assign(overrides.phone, Role.PHONE, "--phone")
    if overrides.country is not None or overrides.no_country:
        _keep_countries_as_fields(choices.roles)
    if overrides.country is not None:
        choices.assign_country(overrides.country)
    if overrides.lists is not None or overrides.no_lists:
        _lists_as_fields(choices.roles)
    if overrides.lists is not None:
        choices.assign_lists(overrides.lists)
    if overrides.names:
        _demote(choices.roles, NAME_ROLES)
        name_roles = [Role.NAME] if len(overrides.names) == 1 else [Role.FIRST_NAME, Role.LAST_NAME]
        for spec, role in zip(overrides.names, name_roles, strict=True):
            choices.assign(spec, role, "--name")
    for spec in overrides.extras:
        choices.assign_extra(spec)
    for spec in overrides.ignore:
        choices.assign(spec, Role.IGNORE, "--ignore")
    if overrides.no_extra:
        choices.ignore_unchosen_extras()
    result = _with_keys(headers, choices.roles, choices.explicit_keys)
    if overrides.fallbacks:
        return result.with_fallbacks(
            tuple(resolve_column(spec, headers) for spec in overrides.fallbacks)
        )
    return result.with_fallbacks(mapping.phone_fallbacks)


class _Choices:
    """The role of each column while overrides are applied, and which option set each one."""

    def __init__(self, mapping: Mapping, headers: list[str]) -> None:
        self.headers = headers
        self.roles = {c.index: (c.role, c.key) for c in mapping.columns}
        self.explicit_keys: dict[int, str] = {}
        self._options: dict[int, str] = {}

    def assign(self, spec: str, role: Role, option: str) -> None:
        """Give the column ``spec`` names ``role`` (MappingError if an option already did)."""
        self._set(resolve_column(spec, self.headers), role, "", option)

    def assign_country(self, spec: str) -> None:
        """Make the column ``spec`` names the row's country; an extra field stays saved."""
        index = resolve_column(spec, self.headers)
        role, key = self.roles.get(index, (Role.IGNORE, ""))
        self._set(index, Role.COUNTRY, key if role is Role.EXTRA else "", "--country-column")

    def assign_lists(self, spec: str) -> None:
        """Make the column ``spec`` names the row's lists (they make lists: it is no longer
        sent as an extra field)."""
        self._set(resolve_column(spec, self.headers), Role.LISTS, "", "--list-column")

    def assign_extra(self, spec: str) -> None:
        """Make the column of a ``COL[=KEY]`` spec an extra field, under KEY when given."""
        index, key = split_extra(spec, self.headers)
        if key is not None:
            error = validate_key(key)
            if error:
                raise MappingError(_('--extra "{spec}": {error}').format(spec=spec, error=error))
            self.explicit_keys[index] = key
        self._set(index, Role.EXTRA, key or "", "--extra")

    def ignore_unchosen_extras(self) -> None:
        """Leave out every extra field no option asked for (``--no-extra``)."""
        for index, (role, _key) in self.roles.items():
            if role is Role.EXTRA and index not in self._options:
                self.roles[index] = (Role.IGNORE, "")

    def _set(self, index: int, role: Role, key: str, option: str) -> None:
        if index in self._options:
            raise MappingError(
                _("Column {letter} is given to both {options} and {option}.").format(
                    letter=column_letter(index), options=self._options[index], option=option
                ),
                hint=_("Give each column one role."),
            )
        self._options[index] = option
        self.roles[index] = (role, key)


def _demote(roles: dict[int, tuple[Role, str]], demoted: frozenset[Role]) -> None:
    """Columns holding one of ``demoted`` become extra fields (their keys are derived later)."""
    for index, (role, _key) in list(roles.items()):
        if role in demoted:
            roles[index] = (Role.EXTRA, "")


def _keep_countries_as_fields(roles: dict[int, tuple[Role, str]]) -> None:
    """The country column becomes an extra field again when it was saved as one, else it is
    left out."""
    for index, (role, key) in list(roles.items()):
        if role is Role.COUNTRY:
            roles[index] = (Role.EXTRA, key) if key else (Role.IGNORE, "")


def _lists_as_fields(roles: dict[int, tuple[Role, str]]) -> None:
    """The lists column becomes an extra field again (under its own key, else one derived
    from its title), as the groups were sent before they made lists."""
    for index, (role, key) in list(roles.items()):
        if role is Role.LISTS:
            roles[index] = (Role.EXTRA, key)


def _with_keys(
    headers: list[str], roles: dict[int, tuple[Role, str]], explicit_keys: dict[int, str]
) -> Mapping:
    """The mapping, extra fields keyed: explicit keys first, then kept or derived ones."""
    taken = set(explicit_keys.values())
    choices: list[ColumnChoice] = []
    for index, header in enumerate(headers):
        role, key = roles.get(index, (Role.IGNORE, ""))
        keyed = role is Role.EXTRA or (role in (Role.COUNTRY, Role.LISTS) and key)
        if keyed and index not in explicit_keys:
            if not key or key in taken or validate_key(key):
                key = derive_key(header, taken, fallback=f"field_{column_letter(index).lower()}")
            taken.add(key)
        choices.append(ColumnChoice(index, header, role, explicit_keys.get(index, key)))
    return Mapping(tuple(choices))
