"""All left-out columns imported as extra fields at once, and back."""

from __future__ import annotations

from importer.mapping.extras import import_as_extras, leave_out, left_out
from importer.mapping.fallbacks import fallback_candidates
from importer.mapping.model import ColumnChoice, Mapping, Role

MAPPING = Mapping(
    (
        ColumnChoice(0, "Phone", Role.PHONE),
        ColumnChoice(1, "Unit Price", Role.IGNORE),
        ColumnChoice(2, "Email", Role.EXTRA, "email"),
        ColumnChoice(3, "E-mail", Role.IGNORE),
        ColumnChoice(4, "Empty", Role.IGNORE),
    )
)
ROWS = [(2, ["617-253-1000", 9.5, "a@example.com", "b@example.com"])]


def test_left_out_columns_are_those_with_values() -> None:
    assert left_out(MAPPING, ROWS) == [1, 3]


def test_importing_them_derives_keys_that_do_not_clash() -> None:
    changed = import_as_extras(MAPPING, left_out(MAPPING, ROWS))
    assert changed.extra_fields == {"unit_price": 1, "email": 2, "e_mail": 3}
    assert leave_out(changed, [1, 3]) == MAPPING


def test_fallback_candidates_are_phone_titles_or_phone_values() -> None:
    headers = ["Mobile", "Business Phone", "Fax", "Backup", "City"]
    mapping = Mapping(tuple(ColumnChoice(i, h, Role.IGNORE) for i, h in enumerate(headers)))
    mapping = mapping.with_choice(0, Role.PHONE)
    rows = [(2, [None, None, "617-253-0000", "617-253-1000", "Boston"])]
    assert fallback_candidates(headers, rows, mapping) == [1, 3]
