"""Lists from groups through the command line, killed and resumed, then undone: SIGKILL while
the lists are created and while contacts are added to them, then ``--resume``: every contact
ends in exactly its lists, no list is made twice; ``undo`` takes every membership the import
added out again, deletes the contacts it created, names the lists it created (left, empty)
and changes nothing else — also when killed half-way."""

from __future__ import annotations

import copy
import csv
from pathlib import Path
from typing import Any

import pytest

from importer.cli.main import main
from importer.sandbox.server import SandboxServer
from tests.helpers.killing import Killer, child, killed, wait_until_idle
from tests.helpers.sandbox import TEST_API_KEY

OWN_LIST = 10001
GROUPS = ("VIP", "Team", "Berlin", "Newsletter")
ROWS = 24


def phone(index: int) -> str:
    return f"+1617400{index:04d}"


def groups_of(index: int) -> list[str]:
    """Row i is in one to three groups (Newsletter, the import's own list, for some)."""
    return [GROUPS[(index + k) % len(GROUPS)] for k in range(1 + index % 3)]


def write_file(path: Path) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Phone", "Name", "Group"])
        for i in range(ROWS):
            writer.writerow([phone(i), f"Person {i}", "; ".join(groups_of(i))])
    return path


def seed(sandbox: SandboxServer) -> dict[str, Any]:
    """Rows 0-3 exist: 0-1 as the file has them (0 already in the import's list), 2-3 with
    another name; one contact is not in the file; a list "berlin" exists."""
    store = sandbox.store
    berlin = store.create_list("berlin")
    store.upsert(OWN_LIST, [{"phone_number": phone(0), "name": "Person 0"}])
    store.upsert(0, [{"phone_number": phone(1), "name": "Person 1"}])
    store.upsert(berlin, [{"phone_number": phone(i), "name": "Old"} for i in (2, 3)])
    store.upsert(OWN_LIST, [{"phone_number": "+12025550100", "name": "Bystander"}])
    return copy.deepcopy(store.contacts())


def expected(sandbox: SandboxServer) -> dict[str, set[str]]:
    """Number → the names of its lists once imported ("Newsletter" is the import's own)."""
    names = {item["id"]: item["name"].casefold() for item in sandbox.store.lists()}
    return {p: {names[i] for i in c["lists"]} for p, c in sandbox.store.contacts().items()}


def wanted() -> dict[str, set[str]]:
    """Each number's groups, and the lists it was in before (an import takes no contact out
    of a list)."""
    found = {phone(i): {g.casefold() for g in groups_of(i)} for i in range(ROWS)}
    found[phone(0)].add("newsletter")
    found[phone(2)].add("berlin")
    found[phone(3)].add("berlin")
    found["+12025550100"] = {"newsletter"}
    return found


def upload_command(sandbox: SandboxServer, source: Path) -> list[str]:
    return ["upload", str(source), "--api-url", sandbox.url, "--list-id", str(OWN_LIST), "--yes"]


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SOCIOCS_API_KEY", TEST_API_KEY)
    monkeypatch.setenv("SOCIOCS_IMPORTER_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


KILL_POINTS = [
    pytest.param("/lists", "POST", 1, "committed", id="creating-1-committed"),
    pytest.param("/lists", "POST", 2, "arrived", id="creating-2-arrived"),
    pytest.param("/contacts/add-to-list", "POST", 1, "arrived", id="adding-1-arrived"),
    pytest.param("/contacts/add-to-list", "POST", 2, "committed", id="adding-2-committed"),
    pytest.param("/contacts/add-to-list", "POST", 3, "arrived", id="adding-3-arrived"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("path", "method", "count", "when"), KILL_POINTS)
def test_killed_while_making_lists_then_resumed_ends_exact(
    sandbox: SandboxServer,
    home: Path,
    tmp_path: Path,
    path: str,
    method: str,
    count: int,
    when: str,
) -> None:
    seed(sandbox)
    source = write_file(tmp_path / "contacts.csv")
    killer = Killer(sandbox, lambda m, p: m == method and p == path, count, when)
    killed(child(upload_command(sandbox, source), home), killer)
    wait_until_idle(sandbox)
    killer.disarm()
    assert main([*upload_command(sandbox, source), "--resume"]) == 0
    assert expected(sandbox) == wanted()
    names = [item["name"].casefold() for item in sandbox.store.lists()]
    assert sorted(names) == sorted(
        ["all contacts", "newsletter", "vip customers", "berlin", "vip", "team"]
    )
    contacts = sandbox.store.contacts()
    assert contacts[phone(2)]["name"] == "Person 2" and contacts[phone(5)]["name"] == "Person 5"


def test_undo_takes_out_what_the_import_added_and_names_the_lists_it_made(
    sandbox: SandboxServer, home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = seed(sandbox)
    source = write_file(tmp_path / "contacts.csv")
    assert main(upload_command(sandbox, source)) == 0
    assert expected(sandbox) == wanted()
    out = capsys.readouterr().out
    assert "Created 2 lists: VIP, Team." in out
    assert main(["undo", "--yes"]) == 0
    out = capsys.readouterr().out
    assert sandbox.store.contacts() == before
    assert "The import created the lists VIP, Team. They are not deleted" in out
    assert "Empty now: VIP, Team." in out
    names = {item["name"] for item in sandbox.store.lists()}
    assert {"VIP", "Team", "berlin"} <= names


@pytest.mark.slow
@pytest.mark.parametrize("when", ["arrived", "committed"])
def test_an_undo_killed_while_taking_contacts_out_of_lists_ends_exact(
    sandbox: SandboxServer, home: Path, tmp_path: Path, when: str
) -> None:
    before = seed(sandbox)
    source = write_file(tmp_path / "contacts.csv")
    assert main(upload_command(sandbox, source)) == 0
    killer = Killer(sandbox, lambda m, _p: m == "DELETE", 2, when)
    killed(child(["undo", "--yes"], home), killer)
    wait_until_idle(sandbox)
    killer.disarm()
    assert main(["undo", "--yes"]) == 0
    assert sandbox.store.contacts() == before
