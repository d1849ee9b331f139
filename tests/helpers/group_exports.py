"""Files whose contacts come with groups, as the programs that had groups write them: a Google
Contacts export with labels, an Outlook CSV with categories, a vCard file with CATEGORIES, a
Mailchimp audience with TAGS and a sheet typed by hand with a "Group" column.

Each :class:`GroupFile` knows the lists every number must end in (by name, "" being the
import's own list) — the same people in every file: Ann in two groups, Bob in one, Cy in
none (he goes to the import's list), Dee in a group spelt differently ("vip " = "VIP").
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

import pytest

from importer.sandbox.store import SandboxStore
from tests.helpers.contact_exports import EXPORTS, GOOGLE
from tests.helpers.make_files import write_csv, write_xlsx

PHONES = {
    "Ann": "+16175551201",
    "Bob": "+16175551202",
    "Cy": "+16175551203",
    "Dee": "+16175551204",
}
MEMBERSHIPS = {
    "+16175551201": {"VIP", "Team"},
    "+16175551202": {"Team"},
    "+16175551203": {""},
    "+16175551204": {"VIP"},
}
"""The lists each number ends in: by name, "" for the import's own list."""
MAILCHIMP = ["Email Address", "First Name", "Last Name", "Phone Number", "TAGS", "MEMBER_RATING"]


@dataclass(frozen=True)
class GroupFile:
    """One kind of file with groups: how to write it and what ``check`` calls it."""

    name: str
    write: Callable[[Path], Path]
    separator: str
    title: str


def _google(folder: Path) -> Path:
    labels = {
        "Ann": "* myContacts ::: VIP ::: Team",
        "Bob": "* myContacts ::: * starred ::: Team",
        "Cy": "* myContacts",
        "Dee": "vip ",
    }
    rows = [
        {"First Name": name, "Phone 1 - Label": "Mobile", "Phone 1 - Value": phone,
         "Labels": labels[name]}
        for name, phone in PHONES.items()
    ]  # fmt: skip
    assert "Labels" in GOOGLE
    return EXPORTS["google"].write(folder / "google.csv", rows)


def _outlook(folder: Path) -> Path:
    categories = {"Ann": "VIP;Team", "Bob": "Team", "Cy": "", "Dee": "Vip"}
    rows = [
        {"First Name": name, "Mobile Phone": phone, "Categories": categories[name]}
        for name, phone in PHONES.items()
    ]
    return EXPORTS["outlook"].write(folder / "outlook.csv", rows)


def _vcard(folder: Path) -> Path:
    categories = {"Ann": "VIP,Team", "Bob": "Team", "Cy": "", "Dee": "vip"}
    cards = []
    for name, phone in PHONES.items():
        lines = ["BEGIN:VCARD", "VERSION:3.0", f"FN:{name}", f"TEL;TYPE=CELL:{phone}"]
        if categories[name]:
            lines.append(f"CATEGORIES:{categories[name]}")
        cards.append("\r\n".join([*lines, "END:VCARD"]))
    path = folder / "contacts.vcf"
    path.write_text("\r\n".join(cards) + "\r\n", encoding="utf-8")
    return path


def _mailchimp(folder: Path) -> Path:
    tags = {"Ann": '"VIP","Team"', "Bob": '"Team"', "Cy": "", "Dee": '"VIP"'}
    rows = [
        [f"{name.lower()}@example.com", name, "", phone, tags[name], 2]
        for name, phone in PHONES.items()
    ]
    return write_csv(folder / "mailchimp.csv", [MAILCHIMP, *rows])


def _sheet(folder: Path) -> Path:
    groups = {"Ann": "VIP, Team", "Bob": "Team", "Cy": None, "Dee": "VIP"}
    rows = [[name, phone, groups[name]] for name, phone in PHONES.items()]
    return write_xlsx(folder / "members.xlsx", [["Name", "Mobile", "Group"], *rows])


GROUP_FILES: Mapping[str, GroupFile] = {
    "google": GroupFile("google", _google, ":::", "Labels"),
    "outlook": GroupFile("outlook", _outlook, ";", "Categories"),
    "vcard": GroupFile("vcard", _vcard, ",", "Categories"),
    "mailchimp": GroupFile("mailchimp", _mailchimp, ",", "TAGS"),
    "sheet": GroupFile("sheet", _sheet, ",", "Group"),
}


def memberships(
    contacts: Mapping[str, Mapping[str, object]], names: Mapping[int, str]
) -> dict[str, set[str]]:
    """Number → the names of the lists a sandbox's contacts are in (``names``: list id →
    name; the import's own list given as "")."""
    return {
        phone: {names[list_id] for list_id in contact["lists"]}  # type: ignore[attr-defined]
        for phone, contact in contacts.items()
    }


def list_names(store: SandboxStore, own_list: int) -> dict[int, str]:
    """List id → name of a sandbox's lists, the import's own list ``own_list`` as ""."""
    return {item["id"]: "" if item["id"] == own_list else item["name"] for item in store.lists()}


def count_sent(store: SandboxStore, monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """From now on, how many times each number is sent to ``store`` in a bulk upload."""
    sent: Counter[str] = Counter()
    upsert = store.upsert_body

    def counting(list_id: int, body: str, phone_cc: str | None = None) -> None:
        sent.update(record["phone_number"] for record in json.loads(body)["records"])
        upsert(list_id, body, phone_cc)

    monkeypatch.setattr(store, "upsert_body", counting)
    return sent
