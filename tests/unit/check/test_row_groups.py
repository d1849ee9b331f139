"""Each row's groups after the check: the separator found or chosen, notes for names that
cannot be lists, the rows of each group, and the choices that carry the separator."""

from __future__ import annotations

from pathlib import Path

from importer.check.row_groups import (
    GROUP_EMPTY_CODE,
    GROUP_TOO_LONG_CODE,
    change_list_separator,
    group_rows,
)
from importer.check.run import run_check
from importer.choices import ImportChoices
from importer.groups.separators import GroupSeparator
from importer.mapping.model import ColumnChoice, Mapping, Role
from tests.helpers.make_files import write_csv

MAPPING = Mapping(
    (
        ColumnChoice(0, "Name", Role.NAME),
        ColumnChoice(1, "Phone", Role.PHONE),
        ColumnChoice(2, "Group", Role.LISTS),
    )
)


def checked(tmp_path: Path, groups: list[str | None], **choices: object) -> ImportChoices:
    rows = [["Name", "Phone", "Group"]]
    rows += [[f"P{i}", f"+1617555{i:04d}", group] for i, group in enumerate(groups)]
    return ImportChoices(write_csv(tmp_path / "groups.csv", rows), mapping=MAPPING, **choices)  # type: ignore[arg-type]


def test_each_row_names_its_groups_with_the_separator_most_cells_hold(tmp_path: Path) -> None:
    result = run_check(checked(tmp_path, ["VIP; Team", "vip", None, "Team;Berlin"]))
    assert result.list_separator is GroupSeparator.SEMICOLON
    assert [result.row_groups(i) for i in range(4)] == [
        ("VIP", "Team"),
        ("vip",),
        (),
        ("Team", "Berlin"),
    ]
    assert group_rows(result, result.ready_indices()) == {
        "vip": ("VIP", 2),
        "team": ("Team", 2),
        "berlin": ("Berlin", 1),
    }
    assert result.list_separator is GroupSeparator.SEMICOLON
    assert result.choices.list_separator is None, "found, not chosen: a new file is read afresh"


def test_names_that_cannot_be_lists_are_noted_on_their_rows_and_the_row_is_sent(
    tmp_path: Path,
) -> None:
    long_name = "Customers who bought " + "a lot " * 20
    result = run_check(checked(tmp_path, [f"VIP;{long_name}", "VIP;;Team", "Team"]))
    codes = {index: [i.code for i in issues] for index, issues in result.issues.items()}
    assert codes == {0: [GROUP_TOO_LONG_CODE], 1: [GROUP_EMPTY_CODE]}
    (note,) = result.issues[0]
    assert note.column == "C" and note.row == 2
    assert note.message.startswith('The group "Customers who bought… (140 characters)" is longer')
    assert "longer than the 100 characters a list name may have" in note.message
    assert result.counts().noted == 2 and result.counts().to_send == 3


def test_another_separator_reads_the_cells_again(tmp_path: Path) -> None:
    result = run_check(checked(tmp_path, ["VIP, Team", "Team"]))
    assert result.row_groups(0) == ("VIP", "Team")
    change_list_separator(result, GroupSeparator.NONE)
    assert result.row_groups(0) == ("VIP, Team",)
    assert result.choices.list_separator is GroupSeparator.NONE
    chosen = run_check(checked(tmp_path, ["VIP, Team"], list_separator=GroupSeparator.NONE))
    assert chosen.list_separator is GroupSeparator.NONE and chosen.row_groups(0) == ("VIP, Team",)


def test_the_separator_is_kept_with_the_choices(tmp_path: Path) -> None:
    choices = ImportChoices(tmp_path / "x.csv", list_separator=GroupSeparator.PIPE)
    assert ImportChoices.from_json(choices.to_json()) == choices
    plain = ImportChoices(tmp_path / "x.csv")
    assert "list_separator" not in plain.to_json()
    assert ImportChoices.from_json(plain.to_json()).list_separator is None


def test_without_a_lists_column_no_row_has_groups(tmp_path: Path) -> None:
    choices = checked(tmp_path, ["VIP"])
    assert choices.mapping is not None
    result = run_check(choices.with_changes(mapping=choices.mapping.with_choice(2, Role.IGNORE)))
    assert result.list_separator is None and result.row_groups(0) == ()
    assert group_rows(result, result.ready_indices()) == {}
