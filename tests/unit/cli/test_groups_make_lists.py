"""Groups made lists on the command line: `check` names the column, its separator and the
groups; `upload` creates the missing lists and puts every contact of a Google, Outlook, vCard,
Mailchimp and hand-typed export in its lists; the dry run lists them; `--no-list-column` and
`--list-separator` change what is read; many groups are asked about; `history` shows them."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest

from importer.cli.main import main
from importer.sandbox.server import SandboxServer
from tests.helpers.group_exports import GROUP_FILES, MEMBERSHIPS, memberships
from tests.helpers.sandbox import TEST_API_KEY

OWN_LIST = 10001


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SOCIOCS_API_KEY", TEST_API_KEY)
    monkeypatch.setenv("SOCIOCS_IMPORTER_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


class Terminal(io.StringIO):
    """Typed answers, read as from a terminal."""

    def isatty(self) -> bool:
        return True


def check(capsys: pytest.CaptureFixture[str], path: Path, *options: str) -> dict[str, Any]:
    main(["check", str(path), "--json", *options])
    data: dict[str, Any] = json.loads(capsys.readouterr().out)
    return data


def upload(sandbox: SandboxServer, path: Path, *options: str) -> int:
    command = ["upload", str(path), "--api-url", sandbox.url, "--list-id", str(OWN_LIST)]
    return main([*command, *options])


def names(sandbox: SandboxServer) -> dict[int, str]:
    return {i["id"]: "" if i["id"] == OWN_LIST else i["name"] for i in sandbox.store.lists()}


@pytest.mark.parametrize("kind", sorted(GROUP_FILES))
def test_each_export_checks_and_uploads_into_its_lists(
    kind: str,
    sandbox: SandboxServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    group_file = GROUP_FILES[kind]
    path = group_file.write(tmp_path)
    data = check(capsys, path)
    assert data["list_column"]["title"] == group_file.title
    assert data["list_separator"] == group_file.separator
    assert data["groups"] == [{"name": "VIP", "rows": 2}, {"name": "Team", "rows": 2}]
    assert upload(sandbox, path, "--yes") == 0
    out = capsys.readouterr().out
    assert "2 new lists will be created: VIP, Team." in out
    assert "Created 2 lists: VIP, Team." in out
    assert "Added to lists: Newsletter 1, VIP 2, Team 2." in out
    assert memberships(sandbox.store.contacts(), names(sandbox)) == MEMBERSHIPS


def test_the_dry_run_lists_the_lists_and_creates_nothing(
    sandbox: SandboxServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = GROUP_FILES["google"].write(tmp_path)
    assert upload(sandbox, path, "--dry-run", "--json") == 0
    plan = json.loads(capsys.readouterr().out)
    assert plan["lists"] == [
        {"name": "Newsletter", "id": OWN_LIST, "created": False, "contacts": 1, "joining": 1},
        {"name": "VIP", "id": None, "created": True, "contacts": 2, "joining": 2},
        {"name": "Team", "id": None, "created": True, "contacts": 2, "joining": 2},
    ]
    assert plan["memberships"] == 5 and plan["new"] == 4
    assert len(sandbox.store.lists()) == 3 and sandbox.store.contacts() == {}


def test_no_list_column_sends_the_groups_as_an_extra_field(
    sandbox: SandboxServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = GROUP_FILES["sheet"].write(tmp_path)
    data = check(capsys, path, "--no-list-column")
    assert data["list_column"] is None and data["groups"] == []
    assert data["mapping"]["extra_fields"] == {"group": {"letter": "C", "title": "Group"}}
    assert upload(sandbox, path, "--no-list-column", "--yes") == 0
    assert len(sandbox.store.lists()) == 3
    ann = sandbox.store.contacts()["+16175551201"]
    assert ann["extra_fields"] == {"group": "VIP, Team"} and ann["lists"] == {OWN_LIST}


def test_the_separator_can_be_chosen(
    sandbox: SandboxServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = GROUP_FILES["sheet"].write(tmp_path)
    data = check(capsys, path, "--list-separator", "none", "--list-column", "Group")
    assert data["list_separator"] == "none"
    assert {group["name"]: group["rows"] for group in data["groups"]} == {
        "VIP, Team": 1,
        "Team": 1,
        "VIP": 1,
    }


def many_groups(path: Path, count: int) -> Path:
    lines = ["Name,Phone,Group", *(f"P{i},+1617200{i:04d},Group {i}" for i in range(count))]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_many_groups_are_asked_about_or_need_an_option(
    sandbox: SandboxServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = many_groups(tmp_path / "groups.csv", 212)
    assert upload(sandbox, path, "--yes") == 2
    err = capsys.readouterr().err
    assert "This file names 212 groups — are they lists?" in err
    assert "Pass --list-column COL to make them lists, or --no-list-column" in err
    assert sandbox.store.contacts() == {}

    monkeypatch.setattr(sys, "stdin", Terminal("no\nyes\n"))
    assert upload(sandbox, path) == 0
    assert len(sandbox.store.lists()) == 3, "no list made"
    assert sandbox.store.contacts()["+16172000007"]["extra_fields"] == {"group": "Group 7"}

    assert upload(sandbox, path, "--yes", "--list-column", "C", "--restart") == 0
    assert len(sandbox.store.lists()) == 3 + 212
    made = {item["name"]: item["id"] for item in sandbox.store.lists()}
    contact = sandbox.store.contacts()["+16172000007"]
    assert contact["lists"] == {OWN_LIST, made["Group 7"]}, "unchanged: only added to lists"


def test_history_shows_the_lists_of_each_import(
    sandbox: SandboxServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = GROUP_FILES["outlook"].write(tmp_path)
    assert upload(sandbox, path, "--yes") == 0
    capsys.readouterr()
    assert main(["history"]) == 0
    assert "lists: Newsletter 1, VIP (created) 2, Team (created) 2" in capsys.readouterr().out
    assert main(["history", "--json"]) == 0
    (entry,) = json.loads(capsys.readouterr().out)
    assert [item["name"] for item in entry["lists"]] == ["Newsletter", "VIP", "Team"]
    assert [item["created"] for item in entry["lists"]] == [False, True, True]


def test_the_report_names_each_rows_lists(
    sandbox: SandboxServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = GROUP_FILES["sheet"].write(tmp_path)
    report = tmp_path / "report.csv"
    assert upload(sandbox, path, "--yes", "--report", str(report)) == 0
    with report.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    titles = rows[0]
    assert titles[:6] == ["Row", "Status", "Phone number", "Name", "Lists", "Details"]
    lists = {row[3]: row[4] for row in rows[1:]}
    assert lists == {"Ann": "VIP, Team", "Bob": "Team", "Cy": "Newsletter", "Dee": "VIP"}
