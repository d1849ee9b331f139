from __future__ import annotations

from importer.check.issues import Issue, RowStatus, Severity
from importer.check.run import check_rows
from importer.check.validation import (
    NAME_LIMIT,
    extra_value_issue,
    join_name,
    name_issues,
    phone_issues,
    validate_phones,
)
from importer.mapping.model import ColumnChoice, Mapping, Role
from importer.phones.normalize import PhoneNormalizer, PhoneProblem, PhoneResult

MAPPING = Mapping(
    (
        ColumnChoice(0, "First", Role.FIRST_NAME),
        ColumnChoice(1, "Last", Role.LAST_NAME),
        ColumnChoice(2, "Phone", Role.PHONE),
        ColumnChoice(3, "Score", Role.EXTRA, "score"),
    )
)


def test_join_name_uses_one_space_and_skips_empty_parts() -> None:
    assert join_name(["Ann", "Lee"]) == "Ann Lee"
    assert join_name([" Ann ", None]) == "Ann"
    assert join_name([None, "Lee"]) == "Lee"
    assert join_name([None, "  "]) is None
    assert join_name([]) is None
    assert join_name([7, True]) == "7 TRUE"


def test_long_names_get_a_warning() -> None:
    assert name_issues("Ann Lee", 5, "A") == []
    assert name_issues(None, 5, "A") == []
    [issue] = name_issues("x" * (NAME_LIMIT + 1), 5, "A")
    assert (issue.row, issue.column, issue.severity, issue.code) == (
        5,
        "A",
        Severity.WARNING,
        "long_name",
    )


def test_phone_issues_put_the_error_first() -> None:
    result = PhoneResult(
        None, PhoneProblem("too_short", "Too short."), (PhoneProblem("w", "A warning."),)
    )
    assert phone_issues(result, 9, "C") == [
        Issue(9, "C", Severity.ERROR, "too_short", "Too short."),
        Issue(9, "C", Severity.WARNING, "w", "A warning."),
    ]
    assert phone_issues(PhoneResult("+16175551212", None, ()), 9, "C") == []


def test_non_finite_extra_values_become_empty_with_a_warning() -> None:
    assert extra_value_issue(1.5, 3, "D") is None
    assert extra_value_issue("nan", 3, "D") is None
    issue = extra_value_issue(float("inf"), 3, "D")
    assert issue is not None
    assert issue.code == "not_finite"
    result = check_rows([(2, ["Ann", "Lee", "6175551212", float("nan")])], MAPPING)
    assert result.extras["score"] == [None]
    assert [i.code for i in result.issues[0]] == ["not_finite"]
    assert result.status[0] == RowStatus.READY


def test_rows_with_a_phone_error_are_invalid_with_excel_row_and_column() -> None:
    rows = [(4, ["Ann", "Lee", "617-555-1212", 3]), (7, ["Bob", None, "nope"])]
    result = check_rows(rows, MAPPING)
    assert list(result.status) == [RowStatus.READY, RowStatus.INVALID]
    assert result.names == ["Ann Lee", "Bob"]
    assert result.issues == {
        1: [Issue(7, "C", Severity.ERROR, "not_a_number", "This is not a phone number.")]
    }


def test_validate_phones_replaces_earlier_phone_issues_only() -> None:
    result = check_rows([(2, ["x" * 200, None, "nope"])], MAPPING)
    assert sorted(i.code for i in result.issues[0]) == ["long_name", "not_a_number"]
    result.raw_phones[0] = "6175551212"
    validate_phones(result, PhoneNormalizer("US"), 0, 1)
    assert [i.code for i in result.issues[0]] == ["long_name"]
    assert result.phones == ["+16175551212"]
    assert result.status[0] == RowStatus.READY
