"""A small checked sheet shared by the tests of the check result and of checking it again."""

from __future__ import annotations

from importer.check.result import CheckResult
from importer.check.run import check_rows
from importer.mapping.model import ColumnChoice, Mapping, Role

PHONES = ["617 555 1212", "+1 617-555-1212", "617 555 1213", "bad", None, "16175551214"]
"""Phone cells of each kind (plain, formatted, repeated, bad, empty) for generated sheets."""

MAPPING = Mapping(
    (
        ColumnChoice(0, "Phone", Role.PHONE),
        ColumnChoice(1, "Name", Role.NAME),
        ColumnChoice(2, "Id", Role.EXTRA, "id"),
    )
)


def sample(bob: str = "617 555 1212") -> CheckResult:
    """Five rows of a British sheet: two valid numbers, a bad one, a word, and Bob's: a US
    number (impossible in the UK: no British number starts with 6) unless ``bob`` says
    otherwise."""
    rows = [
        (2, ["07911 123456", "Ann", 1]),
        (3, [bob, "Bob", 2]),
        (4, ["bad", "Cy", 3]),
        (5, [7911123456, None, 4]),
        (6, ["1-800-FLOWERS", "Dee", None]),
    ]
    return check_rows(rows, MAPPING, country="GB")
