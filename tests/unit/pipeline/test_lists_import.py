"""Groups made lists, through the whole pipeline against a real sandbox: every contact of a
Google, Outlook, vCard, Mailchimp and hand-typed export ends in its lists, a contact in two
groups is uploaded once, an unchanged contact only joins its lists, many groups are asked
about, and a dry run says which lists would be created."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from importer.api.client import SociocsClient
from importer.history.store import ImportHistory
from importer.pipeline.importing import run_import
from importer.pipeline.outcome import Ending, ImportPlace
from importer.sandbox.server import SandboxServer
from tests.helpers.group_exports import (
    GROUP_FILES,
    MEMBERSHIPS,
    PHONES,
    count_sent,
    list_names,
    memberships,
)
from tests.helpers.pipeline import ScriptedFrontEnd, choices_for

OWN_LIST = 10001


@pytest.fixture
def place(tmp_path: Path) -> ImportPlace:
    return ImportPlace(tmp_path / "journals", ImportHistory(tmp_path / "history.json"))


@pytest.fixture
def sent_numbers(sandbox: SandboxServer, monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """How many times each number was sent in a bulk upload."""
    return count_sent(sandbox.store, monkeypatch)


@pytest.mark.parametrize("kind", sorted(GROUP_FILES))
def test_every_contact_ends_in_its_lists_sent_once(
    kind: str,
    sandbox: SandboxServer,
    client: SociocsClient,
    place: ImportPlace,
    sent_numbers: Counter[str],
    tmp_path: Path,
) -> None:
    path = GROUP_FILES[kind].write(tmp_path)
    choices = choices_for(path, OWN_LIST, "Newsletter")
    assert choices.mapping is not None and choices.mapping.lists_index is not None
    end = run_import(client, choices, ScriptedFrontEnd(), place)
    assert end.ending is Ending.SENT and end.sent is not None
    assert memberships(sandbox.store.contacts(), list_names(sandbox.store, OWN_LIST)) == MEMBERSHIPS
    assert sent_numbers == Counter(PHONES.values()), "each contact uploaded once"
    names = [item["name"] for item in sandbox.store.lists()]
    assert names.count("VIP") == names.count("Team") == 1
    assert end.sent.summary.listed == 5 and end.sent.summary.list_missing == 0
    assert place.history is not None
    (entry,) = place.history.entries()
    assert [(item["name"], item["created"], item["contacts"]) for item in entry.lists] == [
        ("Newsletter", False, 1),
        ("VIP", True, 2),
        ("Team", True, 2),
    ]


def test_lists_the_account_has_are_matched_by_name_and_joined_by_addition(
    sandbox: SandboxServer,
    client: SociocsClient,
    place: ImportPlace,
    sent_numbers: Counter[str],
    tmp_path: Path,
) -> None:
    """ "VIP" exists as "vip" (another case), Team is created; Bob already holds the file's
    values: he is not sent, only added to Team; Ann, already in VIP, is uploaded to Team."""
    vip = sandbox.store.create_list("vip")
    sandbox.store.upsert(vip, [{"phone_number": PHONES["Ann"], "name": "Old Ann"}])
    sandbox.store.upsert(0, [{"phone_number": PHONES["Bob"], "name": "Bob"}])
    sent_numbers.clear()
    path = GROUP_FILES["sheet"].write(tmp_path)
    end = run_import(client, choices_for(path, OWN_LIST, "Newsletter"), ScriptedFrontEnd(), place)
    assert end.sent is not None and end.plan is not None
    names = list_names(sandbox.store, OWN_LIST)
    assert names[vip] == "vip" and sorted(names.values()).count("Team") == 1
    expected = {
        phone: {"vip" if n == "VIP" else n for n in lists} for phone, lists in MEMBERSHIPS.items()
    }
    assert memberships(sandbox.store.contacts(), names) == expected
    assert PHONES["Bob"] not in sent_numbers, "an unchanged contact is only added to its list"
    assert sandbox.store.requests_to("POST", "/contacts/add-to-list") == 1
    counts = {count.name: count for count in end.plan.list_counts()}
    assert counts["vip"].list_id == vip and not counts["vip"].created
    assert (counts["vip"].contacts, counts["vip"].joining) == (2, 1)
    assert (counts["Team"].contacts, counts["Team"].joining, counts["Team"].created) == (2, 2, True)
    assert end.sent.summary.unchanged == 1


def test_a_dry_run_creates_nothing_and_counts_each_list(
    sandbox: SandboxServer, client: SociocsClient, place: ImportPlace, tmp_path: Path
) -> None:
    path = GROUP_FILES["outlook"].write(tmp_path)
    before = sandbox.store.lists()
    end = run_import(
        client, choices_for(path, OWN_LIST, "Newsletter"), ScriptedFrontEnd(), place, preview=True
    )
    assert end.ending is Ending.PREVIEWED and end.plan is not None
    assert sandbox.store.lists() == before and sandbox.store.contacts() == {}
    counts = [count.to_json() for count in end.plan.list_counts()]
    assert counts == [
        {"name": "Newsletter", "id": OWN_LIST, "created": False, "contacts": 1, "joining": 1},
        {"name": "VIP", "id": None, "created": True, "contacts": 2, "joining": 2},
        {"name": "Team", "id": None, "created": True, "contacts": 2, "joining": 2},
    ]


def many_groups(path: Path, count: int) -> Path:
    lines = ["Name,Phone,Group"]
    lines += [f"P{i},+1617555{i:04d},Group {i}" for i in range(count)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(("answer", "lists_made"), [(True, 51), (False, 0)])
def test_more_than_fifty_groups_are_asked_about(
    answer: bool,
    lists_made: int,
    sandbox: SandboxServer,
    client: SociocsClient,
    place: ImportPlace,
    tmp_path: Path,
) -> None:
    path = many_groups(tmp_path / "groups.csv", 51)
    front = ScriptedFrontEnd(lists=answer)
    before = len(sandbox.store.lists())
    end = run_import(client, choices_for(path, OWN_LIST, "Newsletter"), front, place)
    assert front.events[0] == "51 groups: lists?"
    assert len(sandbox.store.lists()) - before == lists_made
    contact: dict[str, Any] = sandbox.store.contacts()["+16175550007"]
    if answer:
        assert contact["extra_fields"] == {}
    else:
        assert contact["extra_fields"] == {"group": "Group 7"}, "the column is an extra field"
        assert end.choices.mapping is not None and end.choices.mapping.lists_index is None


def test_fifty_groups_are_not_asked_about(
    sandbox: SandboxServer, client: SociocsClient, place: ImportPlace, tmp_path: Path
) -> None:
    path = many_groups(tmp_path / "groups.csv", 50)
    front = ScriptedFrontEnd(lists=None)
    end = run_import(client, choices_for(path, OWN_LIST, "Newsletter"), front, place)
    assert end.ending is Ending.SENT and not any("lists?" in event for event in front.events)


def test_no_answer_about_many_groups_sends_nothing(
    sandbox: SandboxServer, client: SociocsClient, place: ImportPlace, tmp_path: Path
) -> None:
    path = many_groups(tmp_path / "groups.csv", 60)
    end = run_import(
        client, choices_for(path, OWN_LIST, "Newsletter"), ScriptedFrontEnd(lists=None), place
    )
    assert end.ending is Ending.UNDECIDED
    assert sandbox.store.contacts() == {} and len(sandbox.store.lists()) == 3
