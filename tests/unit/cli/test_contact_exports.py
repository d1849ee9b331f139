"""Real export layouts end to end: recognised, mapped without options, checked, uploaded.

Each file is built with the program's full column list (tests/helpers/contact_exports.py) and
its quirks (cp1252 Outlook, UTF-16 Google, Google's ``:::`` lists, vCard variants); the test
checks what ``check --json`` says and what the sandbox holds after ``upload``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from importer.cli.main import main
from importer.sandbox.server import SandboxServer
from tests.helpers.contact_exports import EXPORTS, VCARDS
from tests.helpers.sandbox import TEST_API_KEY


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SOCIOCS_API_KEY", TEST_API_KEY)
    monkeypatch.setenv("SOCIOCS_IMPORTER_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


def check(capsys: pytest.CaptureFixture[str], path: Path, *options: str) -> dict[str, Any]:
    main(["check", str(path), "--json", *options])
    data: dict[str, Any] = json.loads(capsys.readouterr().out)
    return data


def upload(sandbox: SandboxServer, path: Path, *options: str) -> dict[str, dict[str, Any]]:
    main(["upload", str(path), "--api-url", sandbox.url, "--list-id", "0", "--yes", *options])
    return {
        phone: {"name": c["name"], "extra_fields": c["extra_fields"]}
        for phone, c in sandbox.store.contacts().items()
    }


def test_google_contacts_mobile_label_lists_and_fallback(
    sandbox: SandboxServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = EXPORTS["google"].write(
        tmp_path / "contacts.csv",
        [
            {
                "First Name": "Ann",
                "Last Name": "Lee",
                "Labels": "* myContacts ::: Customers",
                "E-mail 1 - Label": "* Work",
                "E-mail 1 - Value": "ann@example.com",
                "Phone 1 - Label": "Work",
                "Phone 1 - Value": "+1 617-253-1000",
                "Phone 2 - Label": "Mobile",
                "Phone 2 - Value": "+1 617-253-2000 ::: +1 617-253-2001",
            },
            {
                "First Name": "Bob",
                "Middle Name": "J.",
                "Last Name": "Stone",
                "Phone 2 - Label": "Mobile",
                "Phone 2 - Value": "(617) 253-3000",
            },
            {"First Name": "Cy", "Phone 1 - Label": "Work", "Phone 1 - Value": "617 253 4000"},
        ],
    )
    data = check(capsys, path)
    assert data["layout"] == "Google Contacts export"
    phone = data["mapping"]["phone_number"]
    assert phone == {"letter": "Y", "title": "Phone 2 - Value"}  # labelled Mobile
    assert [column["letter"] for column in data["mapping"]["name"]] == ["A", "B", "C"]
    assert set(data["mapping"]["extra_fields"]) == {"e_mail_1_value"}
    assert data["list_column"] == {"letter": "Q", "title": "Labels"}
    assert (data["list_separator"], data["groups"]) == (":::", [{"name": "Customers", "rows": 1}])
    assert (data["to_send"], data["invalid"]) == (2, 1)
    assert data["fallback"]["column"] == {"letter": "W", "title": "Phone 1 - Value"}
    assert data["fallback"]["rows"] == 1
    assert upload(sandbox, path, "--phone-fallback", "Phone 1 - Value") == {
        "+16172532000": {
            "name": "Ann Lee",
            "extra_fields": {
                "e_mail_1_value": "ann@example.com",
                "other_phones": "+1 617-253-2001",
            },
        },
        "+16172533000": {"name": "Bob J. Stone", "extra_fields": {}},
        "+16172534000": {"name": "Cy", "extra_fields": {}},
    }


def test_older_google_export_in_utf16(
    sandbox: SandboxServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = EXPORTS["google_old"].write(
        tmp_path / "google.csv",
        [
            {
                "Name": "Zoë Müller",
                "Given Name": "Zoë",
                "Family Name": "Müller",
                "Group Membership": "* My Contacts",
                "Phone 1 - Type": "Work",
                "Phone 1 - Value": "+49 30 2345678",
                "Phone 2 - Type": "Mobile",
                "Phone 2 - Value": "+49 151 23456789",
                "Organization 1 - Name": "Käserei GmbH",
            }
        ],
    )
    data = check(capsys, path, "--country", "DE")
    assert data["layout"] == "Google Contacts export (older format)"
    assert [column["letter"] for column in data["mapping"]["name"]] == ["A"]
    assert upload(sandbox, path, "--country", "DE") == {
        "+4915123456789": {
            "name": "Zoë Müller",
            "extra_fields": {
                "group_membership": "* My Contacts",
                "organization_1_name": "Käserei GmbH",
            },
        }
    }


def test_outlook_export_in_cp1252_prefers_the_mobile(
    sandbox: SandboxServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = EXPORTS["outlook"].write(
        tmp_path / "outlook.csv",
        [
            {
                "First Name": "René",
                "Last Name": "Köhler",
                "Company": "Bäckerei Süß",
                "Business City": "Zürich",
                "Business Phone": "+41 44 668 18 00",
                "Mobile Phone": "+41 79 123 45 67",
                "E-mail Address": "rene@example.com",
                "E-mail Display Name": "René Köhler (rene@example.com)",
                "Notes": "Met at the fair",
                "Sensitivity": "Normal",
                "Priority": "Normal",
            }
        ],
    )
    data = check(capsys, path, "--country", "CH")
    assert data["layout"] == "Outlook contacts export"
    assert set(data["mapping"]["extra_fields"]) == {
        "company",
        "business_city",
        "e_mail_address",
        "notes",
    }
    assert upload(sandbox, path, "--country", "CH") == {
        "+41791234567": {
            "name": "René Köhler",
            "extra_fields": {
                "company": "Bäckerei Süß",
                "business_city": "Zürich",
                "e_mail_address": "rene@example.com",
                "notes": "Met at the fair",
            },
        }
    }


@pytest.mark.parametrize(
    ("export", "row", "layout", "phone"),
    [
        (
            "hubspot",
            {
                "Record ID": "51",
                "First Name": "Ann",
                "Last Name": "Lee",
                "Email": "ann@example.com",
                "Phone Number": "+1 617 253 1000",
                "Mobile Phone Number": "+1 617 253 2000",
                "Lead Status": "Open",
                "Create Date": "2024-03-01 10:00",
                "Company Name": "Acme",
                "Lifecycle Stage": "Customer",
            },
            "HubSpot contacts export",
            "+16172532000",
        ),
        (
            "salesforce_report",
            {
                "Contact Owner": "Jo Admin",
                "First Name": "Ann",
                "Last Name": "Lee",
                "Phone": "(617) 253-1000",
                "Mobile": "(617) 253-2000",
                "Email": "ann@example.com",
                "Account Name": "Acme",
                "Contact ID": "0035g00000abcde",
            },
            "Salesforce contacts report",
            "+16172532000",
        ),
        (
            "salesforce_data_loader",
            {
                "Id": "0035g00000abcde",
                "IsDeleted": "false",
                "FirstName": "Ann",
                "LastName": "Lee",
                "Name": "Ann Lee",
                "Phone": "(617) 253-1000",
                "MobilePhone": "(617) 253-2000",
                "Email": "ann@example.com",
                "CreatedDate": "2024-03-01T10:00:00.000Z",
            },
            "Salesforce contacts export (Data Loader)",
            "+16172532000",
        ),
        (
            "thunderbird",
            {
                "First Name": "Ann",
                "Last Name": "Lee",
                "Display Name": "Ann Lee",
                "Primary Email": "ann@example.com",
                "Work Phone": "617-253-1000",
                "Mobile Number": "617-253-2000",
            },
            "Thunderbird address book",
            "+16172532000",
        ),
    ],
)
def test_crm_and_address_book_exports(
    sandbox: SandboxServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    export: str,
    row: dict[str, str],
    layout: str,
    phone: str,
) -> None:
    path = EXPORTS[export].write(tmp_path / f"{export}.csv", [row])
    data = check(capsys, path)
    assert (data["layout"], data["to_send"]) == (layout, 1)
    contacts = upload(sandbox, path)
    assert list(contacts) == [phone]
    assert contacts[phone]["name"] == "Ann Lee"
    assert "ann@example.com" in contacts[phone]["extra_fields"].values()


def test_vcard_file_checks_and_uploads_like_any_other_format(
    sandbox: SandboxServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "contacts.vcf"
    path.write_bytes(VCARDS.encode())
    data = check(capsys, path)
    assert data["layout"] == "vCard contacts (.vcf)"
    assert (data["rows"], data["to_send"], data["invalid"]) == (3, 2, 1)
    assert data["issues"][0]["row"] == 4
    assert upload(sandbox, path) == {
        "+4915123456789": {
            "name": "Jürgen Müller",
            "extra_fields": {
                "other_phones": "work: +49 30 2345678",
                "email": "juergen@example.com",
            },
        },
        "+16172532000": {
            "name": "Ann Lee",
            "extra_fields": {
                "other_phones": "work: +1 617-253-1000",
                "organization": "Acme, Sales",
            },
        },
    }


def test_dead_end_names_the_column_its_values_and_the_option_to_try(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [["Name", "Phone type", "Number"]] + [
        [f"Person {i}", "Mobile", f"617-253-{1000 + i}"] for i in range(5)
    ]
    path = tmp_path / "typed.csv"
    path.write_text("\n".join(",".join(r) for r in rows), encoding="utf-8")
    assert main(["check", str(path), "--phone", "Phone type"]) == 1
    out = capsys.readouterr().out
    assert 'The phone column "Phone type" holds words like "Mobile", not phone numbers.' in out
    assert "Try --phone Number." in out
