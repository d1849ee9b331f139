from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from importer.check.duplicates import find_duplicates
from importer.check.issues import RowStatus
from importer.check.rechecking import set_duplicates_policy
from importer.check.run import check_rows
from importer.errors import ImporterError
from importer.mapping.model import ColumnChoice, Mapping, Role

MAPPING = Mapping((ColumnChoice(0, "Phone", Role.PHONE),))
ROWS = [
    (2, ["617 555 1212"]),
    (3, ["617 555 1213"]),
    (4, ["(617) 555-1212"]),
    (5, ["bad"]),
    (6, ["+16175551212"]),
]


def test_last_policy_keeps_the_last_row_like_the_server() -> None:
    result = check_rows(ROWS, MAPPING)
    assert list(result.status) == [2, 0, 2, 1, 0]
    [issue] = result.issues[0]
    assert issue.code == "duplicate"
    assert issue.message == "Same phone number as row 6; row 6 is imported instead."
    assert (issue.row, issue.column) == (2, "A")


def test_first_policy_keeps_the_first_row() -> None:
    result = check_rows(ROWS, MAPPING, duplicates="first")
    assert list(result.status) == [0, 0, 2, 1, 2]
    assert result.issues[4][0].message == "Same phone number as row 2; row 2 is imported instead."


def test_switching_policy_moves_the_marks() -> None:
    result = check_rows(ROWS, MAPPING)
    set_duplicates_policy(result, "first")
    assert list(result.status) == [0, 0, 2, 1, 2]
    assert 0 not in result.issues
    set_duplicates_policy(result, "last")
    assert list(result.status) == [2, 0, 2, 1, 0]
    assert 4 not in result.issues


def test_unknown_policy_is_refused() -> None:
    with pytest.raises(ImporterError, match="middle"):
        check_rows(ROWS, MAPPING, duplicates="middle")
    with pytest.raises(ImporterError):
        find_duplicates([], "middle")


@given(st.lists(st.one_of(st.none(), st.sampled_from("abcd")), max_size=30), st.booleans())
def test_exactly_one_row_of_each_number_is_kept(phones: list[str | None], last: bool) -> None:
    pairs = find_duplicates(phones, "last" if last else "first")
    losers = {index for index, _ in pairs}
    kept = [i for i, p in enumerate(phones) if p is not None and i not in losers]
    assert sorted(phones[i] for i in kept) == sorted({p for p in phones if p is not None})
    for index, winner in pairs:
        assert phones[index] == phones[winner]
        assert winner not in losers
        assert (winner > index) if last else (winner < index)


def test_invalid_rows_never_count_as_duplicates() -> None:
    result = check_rows([(2, ["bad"]), (3, ["bad"])], MAPPING)
    assert list(result.status) == [RowStatus.INVALID, RowStatus.INVALID]
