"""A list is created only when Sociocs says so in its documented success answer: a
``POST /lists`` answered ``200 {"status": "fail", "data": {"id": …}}`` confirms nothing. The
lists are then read back: a list of that name that now exists is taken (and said once); when
none does, the upload stops in words, with no contact sent to the list whose id the odd answer
named, no "Created" and no created list in the history."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from importer.cli.main import main
from importer.sandbox.server import SandboxServer
from tests.helpers.sandbox import TEST_API_KEY

ODD = b'{"status":"fail","data":{"id":10003}}'
ROWS = "Name,Phone,Group\nAnn,+33 6 12 34 56 78,Partners\nBob,+33 6 98 76 54 32,Partners\n"


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SOCIOCS_API_KEY", TEST_API_KEY)
    monkeypatch.setenv("SOCIOCS_IMPORTER_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


def upload(sandbox: SandboxServer, tmp_path: Path, *, creates: bool) -> int:
    """The Partners file uploaded to All Contacts, its ``POST /lists`` answered oddly."""
    assert sandbox.store.create_list("Old customers") == 10003
    sandbox.faults.odd_list_next = 1
    sandbox.faults.odd_list_body = ODD
    sandbox.faults.odd_list_creates = creates
    path = tmp_path / "partners.csv"
    path.write_text(ROWS, encoding="utf-8")
    return main(["upload", str(path), "--api-url", sandbox.url, "--list-id", "0", "--yes"])


def history_lists(capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    capsys.readouterr()
    assert main(["history", "--json"]) == 0
    entries = json.loads(capsys.readouterr().out)
    return [item for entry in entries for item in entry["lists"]]


def test_an_odd_answer_and_no_list_made_stops_in_words(
    sandbox: SandboxServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = upload(sandbox, tmp_path, creates=False)
    out, err = capsys.readouterr()
    assert code == 3, (out, err)
    assert "Created" not in out + err
    assert (
        'Sociocs did not confirm that it created the list "Partners" (it answered '
        '{"status":"fail","data":{"id":10003}}), and its lists, read back, hold no list of '
        "that name: the list was not created."
    ) in " ".join((out + err).split())
    assert [item["name"] for item in sandbox.store.lists()] == [
        "All Contacts",
        "Newsletter",
        "VIP customers",
        "Old customers",
    ]
    assert sandbox.store.contacts() == {}, "nothing sent, least of all to list 10003"
    assert not [item for item in history_lists(capsys) if item["created"]]


def test_an_odd_answer_for_a_list_really_made_takes_it_once(
    sandbox: SandboxServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert upload(sandbox, tmp_path, creates=True) == 0
    out = capsys.readouterr().out
    assert out.count("Created the list Partners.") == 1, out
    assert "Created" not in out.replace("Created the list Partners.", "")
    made = {item["name"]: item["id"] for item in sandbox.store.lists()}
    assert made["Partners"] == 10004 and len(made) == 5, "taken, not made twice"
    contacts = sandbox.store.contacts()
    assert sorted(contacts) == ["+33612345678", "+33698765432"]
    assert all(10003 not in c["lists"] and 10004 in c["lists"] for c in contacts.values())
    created = [item["name"] for item in history_lists(capsys) if item["created"]]
    assert created == ["Partners"]


@pytest.mark.parametrize("creates", [True, False], ids=["made", "not-made"])
def test_create_list_takes_only_a_list_that_exists(
    sandbox: SandboxServer, tmp_path: Path, capsys: pytest.CaptureFixture[str], creates: bool
) -> None:
    sandbox.faults.odd_list_next = 1
    sandbox.faults.odd_list_body = b"{}"
    sandbox.faults.odd_list_creates = creates
    path = tmp_path / "fair.csv"
    path.write_text("Name,Phone\nAnn,+33 6 12 34 56 78\n", encoding="utf-8")
    command = ["upload", str(path), "--api-url", sandbox.url, "--yes"]
    code = main([*command, "--list", "Spring fair", "--create-list"])
    out, err = capsys.readouterr()
    made = {item["name"]: item["id"] for item in sandbox.store.lists()}
    if creates:
        assert code == 0, err
        assert sandbox.store.contacts()["+33612345678"]["lists"] == {made["Spring fair"]}
    else:
        assert code == 3, (out, err)
        assert "the list was not created" in " ".join(err.split())
        assert "Spring fair" not in made and sandbox.store.contacts() == {}
