"""Every ready row classified against what Sociocs holds, for each way of treating existing
contacts."""

from __future__ import annotations

import pytest

from importer.api.contacts import Contact
from importer.check.issues import Outcome
from importer.choices import ExistingPolicy
from importer.compare.classify import UNREADABLE_NOTE, classify
from importer.compare.plan import PlannedRows, RowKind
from importer.compare.snapshot import AccountSnapshot
from tests.helpers.upload_rows import make_result, phone_of

LIST_ID = 10001


def contact(index: int, name: str, extra: dict[str, object] | None) -> Contact:
    return Contact(phone=phone_of(index), name=name, extra=extra, extra_raw="…")


@pytest.fixture
def snapshot() -> AccountSnapshot:
    """Rows 0-4 of make_result(7) exist: 0 identical and in the list, 1 another name (not in
    the list), 2 a field the file lacks, 3 identical but not in the list, 4 unreadable."""
    contacts = [
        contact(0, "Person 0", {"city": "City 0"}),
        contact(1, "Someone else", {"city": "City 1"}),
        contact(2, "Person 2", {"city": "City 2", "tier": "gold"}),
        contact(3, "Person 3", {"city": "City 3"}),
        contact(4, "Person 4", None),
    ]
    in_list = {phone_of(i) for i in (0, 2, 4)}
    return AccountSnapshot(contacts={c.phone: c for c in contacts}, in_list=in_list)


def kinds(plan_kinds: bytearray) -> list[str]:
    return [RowKind(k).name.lower() for k in plan_kinds]


def test_keep(snapshot: AccountSnapshot) -> None:
    result = make_result(8, invalid={7})
    plan = classify(result, snapshot, LIST_ID, ExistingPolicy.KEEP)
    assert kinds(plan.kinds) == [
        "unchanged", "updated", "unchanged", "updated", "skipped", "new", "new", "not_ready"
    ]  # fmt: skip
    assert plan.send == [1, 3, 5, 6]
    assert plan.changes[1].name == ("Someone else", "Person 1")
    assert plan.changes[3].list_added and not plan.changes[3].values_change
    assert plan.notes == {4: UNREADABLE_NOTE}
    assert plan.settled() == {0: Outcome.UNCHANGED, 2: Outcome.UNCHANGED, 4: Outcome.SKIPPED}
    assert plan.counts() == {
        "new": 2,
        "updated": 2,
        "unchanged": 2,
        "skipped": 1,
        "losing_fields": 0,
        "joining_list": 2,
    }
    rows = PlannedRows(result, plan)
    assert list(rows.ready_indices()) == [1, 3, 5, 6]
    assert rows.record(5) == result.record(5)
    assert rows.record(1) == {
        "phone_number": phone_of(1),
        "name": "Person 1",
        "extra_fields": {"city": "City 1"},
    }


def test_keep_preserves_what_the_file_lacks(snapshot: AccountSnapshot) -> None:
    result = make_result(3)
    result.names[2] = "Renamed"
    plan = classify(result, snapshot, LIST_ID, ExistingPolicy.KEEP)
    assert PlannedRows(result, plan).record(2) == {
        "phone_number": phone_of(2),
        "name": "Renamed",
        "extra_fields": {"city": "City 2", "tier": "gold"},
    }
    assert plan.updated_rows() == [1, 2]


def test_replace_counts_the_fields_that_will_be_lost(snapshot: AccountSnapshot) -> None:
    result = make_result(7)
    plan = classify(result, snapshot, LIST_ID, ExistingPolicy.REPLACE)
    assert kinds(plan.kinds)[:4] == ["unchanged", "updated", "updated", "updated"]
    assert plan.changes[2].removed == ("tier",)
    assert plan.counts()["losing_fields"] == 1
    assert PlannedRows(result, plan).record(2) == result.record(2)
    assert plan.before[2].extra == {"city": "City 2", "tier": "gold"}


@pytest.mark.parametrize("add_to_list", [False, True])
def test_skip_leaves_existing_contacts_alone(snapshot: AccountSnapshot, add_to_list: bool) -> None:
    result = make_result(7)
    plan = classify(result, snapshot, LIST_ID, ExistingPolicy.SKIP, add_skipped_to_list=add_to_list)
    assert kinds(plan.kinds)[:5] == ["unchanged", "skipped", "unchanged", "skipped", "skipped"]
    if not add_to_list:
        assert plan.send == [5, 6]
        return
    assert plan.send == [1, 3, 5, 6]
    assert PlannedRows(result, plan).record(1) == {
        "phone_number": phone_of(1),
        "name": "Someone else",
        "extra_fields": {"city": "City 1"},
    }
    assert plan.changes[1].list_added and not plan.changes[1].values_change


def test_all_contacts_has_everyone_in_it(snapshot: AccountSnapshot) -> None:
    snapshot.in_list = None
    plan = classify(make_result(4), snapshot, 0, ExistingPolicy.KEEP)
    assert kinds(plan.kinds) == ["unchanged", "updated", "unchanged", "unchanged"]
