"""Suggested mappings for the real contact exports in ../shared/corpus (small, known files)."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.mapping.rules import check_mapping
from importer.mapping.suggest import suggest_mapping
from importer.sources import open_source
from importer.sources.table import read_preview

pytestmark = pytest.mark.corpus


@pytest.mark.parametrize(
    ("name", "phone", "names"),
    [
        ("gmail.csv", "Phone 5 - Value", ["Name"]),  # "Phone 5 - Type" is Mobile
        ("OOM_alloc2.xls", "Buyer_Phone", ["Buyer_Name"]),
        ("contacts/contactsio_Google.csv", "Phone 4 - Value", ["Name"]),
        (
            "contacts/contactsio_GoogleCreatedOutlook.csv",
            "Mobile Phone",
            ["First Name", "Middle Name", "Last Name"],
        ),
        (
            "contacts/contactsio_Outlook365.csv",
            "Mobile Phone",
            ["First Name", "Middle Name", "Last Name"],
        ),
        (
            "contacts/contactsio_Outlook365_Web.csv",
            "Mobile Phone",
            ["First Name", "Middle Name", "Last Name"],
        ),
        ("contacts/contactsio_ThunderbirdAnsi.csv", "Mobil-Tel.-Nr.", ["Anzeigename"]),
        ("contacts/contactsio_WindowsLiveMail.csv", "Mobiltelefon", ["Name"]),
        ("contacts/thunderbird_export.csv", "Mobile Number", ["Display Name"]),
        ("contacts/thunderbird_shiftjis_addressbook.csv", "Mobile Number", ["Display Name"]),
        ("contacts/thunderbird_utf16_addressbook.csv", "Mobile Number", ["Display Name"]),
        ("contacts/ezvcard_John_Doe_IPHONE.vcf", "Phone", ["Name"]),
        ("all.csv", "Home Mobile", ["Display Name"]),
        ("tb_plain.csv", "Mobile Number", ["Display Name"]),
        ("issue_174.xlsx", "Contact Number", ["Contact Name"]),
        ("issue.3613.xlsx", "电话号码", ["员工姓名"]),
        ("issue.2463.xls", "telnummerbezorging", []),
    ],
)
def test_contact_exports(corpus_dir: Path, name: str, phone: str, names: list[str]) -> None:
    with open_source(corpus_dir / name) as source:
        preview = read_preview(source)
    mapping = suggest_mapping(preview.headers, preview.rows)
    assert mapping.phone_index is not None
    assert preview.headers[mapping.phone_index] == phone
    assert [preview.headers[i] for i in mapping.name_indices] == names
    assert check_mapping(mapping) == []


def test_wide_sales_export_imports_only_what_describes_the_buyer(corpus_dir: Path) -> None:
    with open_source(corpus_dir / "OOM_alloc2.xls") as source:
        preview = read_preview(source)
    mapping = suggest_mapping(preview.headers, preview.rows)
    assert len(preview.headers) == 74
    assert set(mapping.extra_fields) == {
        "buyer_city",
        "buyer_province_id",
        "buyer_postal_code",
        "prepared_by_company_name",
    }
