from __future__ import annotations

import pytest

from importer.check.issues import RowStatus, Severity
from importer.check.run import check_rows
from tests.helpers.check_sample import MAPPING, sample


def test_issue_indices_and_codes() -> None:
    result = sample()
    assert result.issue_indices() == [0, 1, 2, 4]
    assert result.issue_indices(code="impossible_number") == [1]
    assert result.issue_indices(severity=Severity.ERROR) == [1, 2, 4]
    assert result.issue_indices(code="duplicate") == [0]
    assert result.issue_indices(code="duplicate", severity=Severity.ERROR) == []
    assert result.issue_codes() == {
        "impossible_number": 1,
        "not_a_number": 1,
        "too_long": 1,
        "duplicate": 1,
    }


def test_ready_indices_summary_and_records() -> None:
    result = sample()
    assert result.ready_indices() == [3]
    assert result.summary() == {
        "rows": 5,
        "ready": 1,
        "ready_with_note": 0,
        "invalid": 3,
        "duplicates": 1,
        "to_send": 1,
    }
    assert result.record(3) == {"phone_number": "+447911123456", "extra_fields": {"id": 4}}
    with pytest.raises(ValueError, match="row 4"):
        result.record(2)


def test_has_sendable_only_while_a_row_is_ready() -> None:
    result = sample()
    assert result.has_sendable()
    for index in result.ready_indices():
        result.status[index] = RowStatus.INVALID
    assert not result.has_sendable()
    assert not check_rows([], MAPPING, country="GB").has_sendable()
