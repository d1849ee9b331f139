"""Checking a result again: another default country, unverified numbers sent or not, a row
fixed in place — and the result's choices kept in step with what its rows were checked with."""

from __future__ import annotations

import gc

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from importer.check.issues import RowStatus, Severity
from importer.check.rechecking import edit, revalidate, set_duplicates_policy, set_send_unverified
from importer.check.run import check_rows
from importer.choices import DuplicatePolicy
from importer.errors import ImporterError
from importer.mapping.model import ColumnChoice, Mapping, Role
from tests.helpers.check_sample import MAPPING, PHONES, sample


def test_revalidate_for_another_country() -> None:
    result = sample()
    assert result.phones[:2] == ["+447911123456", None]
    assert list(result.status) == [2, 1, 1, 0, 1]
    revalidate(result, "US")
    assert result.country == "US"
    assert result.phones[1] == "+16175551212"
    assert result.phones[4] == "+18003569377"
    assert list(result.status) == [1, 0, 1, 1, 0]
    assert [i.code for i in result.issues[4]] == ["vanity_letters"]
    revalidate(result, "gb")
    assert result.country == "GB"
    assert list(result.status) == [2, 1, 1, 0, 1]
    with pytest.raises(ImporterError):
        revalidate(result, "QQ")


def test_revalidating_a_big_result_hides_the_new_normalizer_from_the_collector(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    result = sample()
    revalidate(result, "US")
    assert any(o is result.normalizer() for o in gc.get_objects())
    monkeypatch.setattr("importer.check.result.FREEZE_MIN_ROWS", len(result))
    try:
        revalidate(result, "CA")
        assert not any(o is result.normalizer() for o in gc.get_objects())
    finally:
        gc.unfreeze()


def test_edit_fixes_a_row_and_recomputes_duplicates() -> None:
    result = sample()
    edit(result, 2, phone="020 7946 0958")
    assert result.phones[2] == "+442079460958"
    assert result.status[2] == RowStatus.READY
    assert 2 not in result.issues
    edit(result, 3, phone="07400 123456", name="  Eve ")
    assert result.names[3] == "Eve"
    assert list(result.status) == [0, 1, 0, 0, 1]
    assert 0 not in result.issues
    edit(result, 0, name="")
    assert result.names[0] is None
    edit(result, 1, phone=None)
    assert result.issues[1][0].code == "empty"
    assert result.status[1] == RowStatus.INVALID


def test_edit_remembers_the_phone_the_file_held() -> None:
    result = sample()
    edit(result, 2, phone="020 7946 0958")
    edit(result, 2, phone="020 7946 0959")
    edit(result, 1, name="Bo")
    assert result.edited_phones == {2: "bad"}
    edit(result, 2, phone="bad")
    assert result.edited_phones == {}


def test_edit_name_warns_about_long_names() -> None:
    result = sample()
    edit(result, 3, name="n" * 300)
    assert [i.code for i in result.issues[3]] == ["long_name"]
    edit(result, 3, name="Bob")
    assert 3 not in result.issues


def test_sending_unverified_numbers_makes_them_ready_with_a_note() -> None:
    result = sample(bob="05000 123456")  # the right length, in no range in use
    set_send_unverified(result, True)
    assert result.phones[1] == "+445000123456"
    assert list(result.status) == [2, 0, 1, 0, 1]
    (issue,) = result.issues[1]
    assert (issue.severity, issue.code) == (Severity.WARNING, "unverified_number")
    assert issue.message.endswith("as you chose to send numbers that cannot be verified.")
    assert result.summary() == {
        "rows": 5,
        "ready": 1,
        "ready_with_note": 1,
        "invalid": 2,
        "duplicates": 1,
        "to_send": 2,
    }
    set_send_unverified(result, False)
    assert list(result.status) == [2, 1, 1, 0, 1]
    assert result.phones[1] is None


def test_sending_unverified_numbers_never_sends_an_impossible_one() -> None:
    """A US number read as British starts with 6, which no British number does."""
    result = sample()
    set_send_unverified(result, True)
    assert result.phones[1] is None
    assert list(result.status) == [2, 1, 1, 0, 1]
    (issue,) = result.issues[1]
    assert (issue.severity, issue.code) == (Severity.ERROR, "impossible_number")


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from(PHONES), min_size=1, max_size=12),
    st.lists(st.tuples(st.integers(0, 11), st.sampled_from(PHONES)), max_size=6),
    st.sampled_from(["last", "first"]),
)
def test_edits_keep_duplicates_as_a_full_recheck_would(
    start: list[str | None], edits: list[tuple[int, str | None]], policy: str
) -> None:
    mapping = Mapping((ColumnChoice(0, "Phone", Role.PHONE),))
    result = check_rows([(n + 2, [p]) for n, p in enumerate(start)], mapping, duplicates=policy)
    for index, phone in edits:
        edit(result, index % len(result), phone=phone)
    fresh = check_rows(
        [(n + 2, [p]) for n, p in enumerate(result.raw_phones)], mapping, duplicates=policy
    )
    assert result.status == fresh.status
    assert {i: sorted(map(repr, v)) for i, v in result.issues.items()} == {
        i: sorted(map(repr, v)) for i, v in fresh.issues.items()
    }


def test_the_choices_follow_what_the_rows_are_checked_with() -> None:
    result = sample()
    assert (result.country, result.duplicates_policy, result.send_unverified) == (
        "GB",
        DuplicatePolicy.LAST,
        False,
    )
    revalidate(result, "fr")
    set_send_unverified(result, True)
    set_duplicates_policy(result, "first")
    assert result.choices.country == "FR" and result.country == "FR"
    assert result.choices.send_unverified and result.send_unverified
    assert result.choices.duplicates is DuplicatePolicy.FIRST
    assert result.choices.mapping == MAPPING, "what is not re-checked stays"
