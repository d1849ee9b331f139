"""Problems that keep a mapping from being used."""

from __future__ import annotations

import pytest

from importer.errors import MappingError
from importer.mapping.model import ColumnChoice, Mapping, Role
from importer.mapping.rules import check_mapping, require_valid


def mapping(*choices: tuple[str, Role, str]) -> Mapping:
    return Mapping(
        tuple(ColumnChoice(i, header, role, key) for i, (header, role, key) in enumerate(choices))
    )


def test_good_mapping_has_no_problems() -> None:
    good = mapping(("Phone", Role.PHONE, ""), ("Name", Role.NAME, ""), ("Mail", Role.EXTRA, "m"))
    assert check_mapping(good) == []
    require_valid(good)


def test_missing_phone() -> None:
    (problem,) = check_mapping(mapping(("Name", Role.NAME, "")))
    assert "No column is chosen for the phone number" in problem


def test_two_phone_columns_are_named() -> None:
    (problem,) = check_mapping(mapping(("Phone", Role.PHONE, ""), ("Mobile", Role.PHONE, "")))
    assert 'column A ("Phone") and column B ("Mobile")' in problem
    assert "Choose only one" in problem


def test_full_name_and_first_name_together() -> None:
    (problem,) = check_mapping(
        mapping(("Phone", Role.PHONE, ""), ("Name", Role.NAME, ""), ("First", Role.FIRST_NAME, ""))
    )
    assert "either the full name or first and last name" in problem


def test_duplicate_and_invalid_keys() -> None:
    problems = check_mapping(
        mapping(
            ("Phone", Role.PHONE, ""),
            ("Mail", Role.EXTRA, "email"),
            ("Mail 2", Role.EXTRA, "email"),
            ("Note", Role.EXTRA, ""),
            ("Bad", Role.EXTRA, "Bad Key"),
        )
    )
    assert len(problems) == 3
    assert any('column D ("Note"): The field name is empty' in p for p in problems)
    assert any('"Bad Key"' in p for p in problems)
    assert any('would all be saved as the extra field "email"' in p for p in problems)


def test_require_valid_raises_with_every_problem() -> None:
    with pytest.raises(MappingError) as caught:
        require_valid(mapping(("Mail", Role.EXTRA, "email"), ("Mail", Role.EXTRA, "email")))
    assert "phone number" in str(caught.value)
    assert "email" in str(caught.value)
