"""Every real export in ../shared/corpus/contacts is read and gives the contacts it holds;
the vCards with real-looking numbers yield a contact that can be sent."""

from __future__ import annotations

from pathlib import Path

import pytest

from importer.check.diagnosis import diagnose
from importer.check.result import CheckResult
from importer.check.run import run_check
from importer.choices import ImportChoices
from importer.columns import column_letter
from importer.mapping.overrides import ColumnOverrides, apply_overrides
from importer.mapping.suggest import suggest_mapping
from importer.sources import open_source
from importer.sources.base import Row
from importer.sources.table import read_preview

pytestmark = pytest.mark.corpus

ROWS = {
    "contactsio_Google.csv": 1,
    "contactsio_GoogleCreatedOutlook.csv": 1,
    "contactsio_Outlook365.csv": 6,
    "contactsio_Outlook365_Web.csv": 1,
    "contactsio_ThunderbirdAnsi.csv": 1,
    "contactsio_WindowsLiveMail.csv": 1,
    "thunderbird_export.csv": 2,
    "thunderbird_shiftjis_addressbook.csv": 1,
    "thunderbird_utf16_addressbook.csv": 1,
    "ezvcard_John_Doe_ANDROID.vcf": 6,
    "ezvcard_John_Doe_EVOLUTION.vcf": 1,
    "ezvcard_John_Doe_IPHONE.vcf": 1,
    "ezvcard_John_Doe_MAC_ADDRESS_BOOK.vcf": 1,
    "ezvcard_John_Doe_MS_OUTLOOK.vcf": 1,
    "ezvcard_fullcontact.vcf": 1,
    "ezvcard_gmail-single2.vcf": 1,
    "ezvcard_outlook-2003.vcf": 1,
    "fkvcards_LabelIssue.vcf": 1,
    "roundcube_thebat.vcf": 1,
    "roundcube_utf-16_sample.vcf": 1,
}


def _check(path: Path, country: str = "US") -> CheckResult:
    with open_source(path) as source:
        preview = read_preview(source)
    mapping = suggest_mapping(preview.headers, preview.rows)
    choices = ImportChoices(
        path, sheet=preview.sheet, header_row=preview.header_row, mapping=mapping, country=country
    )
    return run_check(choices)


def _sample(result: CheckResult) -> list[Row]:
    with open_source(result.path) as source:
        return read_preview(source, result.sheet, result.header_row).rows


def test_the_list_covers_the_whole_folder(corpus_dir: Path) -> None:
    files = {p.name for p in (corpus_dir / "contacts").iterdir() if p.suffix != ".md"}
    assert files == set(ROWS)


@pytest.mark.parametrize(("name", "rows"), sorted(ROWS.items()))
def test_each_export_gives_its_contacts(corpus_dir: Path, name: str, rows: int) -> None:
    assert len(_check(corpus_dir / "contacts" / name)) == rows


@pytest.mark.parametrize(
    ("name", "country", "phone"),
    [
        ("ezvcard_John_Doe_IPHONE.vcf", "US", "+19055551234"),
        ("ezvcard_John_Doe_MAC_ADDRESS_BOOK.vcf", "US", "+19055551234"),
        ("ezvcard_John_Doe_MS_OUTLOOK.vcf", "US", "+19055551234"),
        ("ezvcard_John_Doe_EVOLUTION.vcf", "US", "+19056661234"),
    ],
)
def test_vcards_with_real_looking_numbers_can_be_sent(
    corpus_dir: Path, name: str, country: str, phone: str
) -> None:
    result = _check(corpus_dir / "contacts" / name, country)
    assert result.ready_indices() == [0]
    assert result.record(0)["phone_number"] == phone


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("ezvcard_outlook-2003.vcf", "not_a_number"),
        ("contactsio_Google.csv", "not_a_number"),
        ("roundcube_thebat.vcf", "empty"),
    ],
)
def test_placeholder_words_end_as_rows_that_cannot_be_sent(
    corpus_dir: Path, name: str, code: str
) -> None:
    result = _check(corpus_dir / "contacts" / name)
    assert result.summary()["to_send"] == 0
    assert code in result.issue_codes()


def test_a_vcard_number_that_is_a_run_of_digits_is_not_sent(corpus_dir: Path) -> None:
    result = _check(corpus_dir / "contacts" / "fkvcards_LabelIssue.vcf", "DE")
    assert result.raw_phones == ["0987 /6543"]
    assert result.ready_indices() == []
    assert "placeholder" in result.issue_codes()


def test_the_german_outlook_vcard_yields_its_contact_through_the_suggested_column(
    corpus_dir: Path,
) -> None:
    """Its work number is a run of digits; the diagnosis points to its home number, which
    read as a German number gives the contact."""
    result = _check(corpus_dir / "contacts" / "fkvcards_LabelIssue.vcf", "DE")
    diagnosis = diagnose(result, _sample(result))
    assert diagnosis is not None and diagnosis.column is not None
    assert result.headers[diagnosis.column] == "Other phones"
    overrides = ColumnOverrides(phone=column_letter(diagnosis.column))
    mapping = apply_overrides(result.mapping, result.headers, overrides)
    fixed = run_check(result.choices.with_changes(mapping=mapping))
    assert fixed.ready_indices() == [0]
    assert fixed.record(0)["phone_number"] == "+49987611223344"
    assert fixed.record(0)["name"] == "Rudi Wimmel"
