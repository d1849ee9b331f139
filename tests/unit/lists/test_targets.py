"""Groups matched to the account's lists: by name whatever the case, spaces and accents, the
import's own list for rows without a group, the first of two lists with one name, the rest
to be created — and kept whole in the backup for a resumed upload and the undo."""

from __future__ import annotations

from pathlib import Path

from importer.api.models import ContactList
from importer.check.run import run_check
from importer.choices import ImportChoices
from importer.lists.targets import ListTarget, group_lists
from importer.mapping.model import ColumnChoice, Mapping, Role
from tests.helpers.make_files import write_csv

ACCOUNT = [
    ContactList(0, "All Contacts"),
    ContactList(10001, "Newsletter"),
    ContactList(10002, "vip "),
    ContactList(10003, "VIP"),
    ContactList(10004, "équipe"),
]
MAPPING = Mapping((ColumnChoice(0, "Phone", Role.PHONE), ColumnChoice(1, "Group", Role.LISTS)))


def result_of(tmp_path: Path, groups: list[str | None]):  # type: ignore[no-untyped-def]
    rows = [["Phone", "Group"], *([f"+1617555{i:04d}", g] for i, g in enumerate(groups))]
    return run_check(ImportChoices(write_csv(tmp_path / "g.csv", rows), mapping=MAPPING))


def test_groups_are_matched_by_name_and_the_rest_created(tmp_path: Path) -> None:
    result = result_of(tmp_path, ["VIP;Equipe", "Team", None, "newsletter;Vip"])
    lists = group_lists(result, ACCOUNT, 10001, "Newsletter")
    assert lists.targets == [
        ListTarget("Newsletter", 10001),
        ListTarget("vip ", 10002),
        ListTarget("équipe", 10004),
        ListTarget("Team", None, created=True),
    ]
    assert [lists.lists_of(i) for i in range(4)] == [(1, 2), (3,), (0,), (0, 1)]
    assert lists.to_create() == [3] and lists.created_names() == ["Team"]
    assert lists.rows_per_target(range(4)) == [2, 2, 1, 1]


def test_a_new_own_list_is_created_with_the_groups(tmp_path: Path) -> None:
    result = result_of(tmp_path, ["Spring fair", None])
    lists = group_lists(result, ACCOUNT, None, "Spring fair")
    assert lists.targets == [ListTarget("Spring fair", None, created=True)]
    assert [lists.lists_of(i) for i in range(2)] == [(0,), (0,)]


def test_all_contacts_takes_the_rows_without_a_group(tmp_path: Path) -> None:
    result = result_of(tmp_path, [None, "VIP"])
    lists = group_lists(result, ACCOUNT, 0, "All Contacts")
    assert lists.targets[0] == ListTarget("All Contacts", 0)
    assert lists.targets[1].list_id == 10002 and lists.lists_of(0) == (0,)
