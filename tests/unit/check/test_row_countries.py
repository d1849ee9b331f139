"""Each row's own country, and no guessed "+": numbers go out only as their owners gave them."""

from __future__ import annotations

from pathlib import Path

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from importer.check.issues import RowStatus, Severity
from importer.check.rechecking import edit, revalidate
from importer.check.result import CheckResult
from importer.check.row_countries import destinations
from importer.check.run import check_rows, run_check
from importer.choices import ImportChoices
from importer.mapping.model import ColumnChoice, Mapping, Role
from importer.mapping.suggest import suggest_mapping
from importer.report.write import save_report
from importer.sources import open_source
from importer.sources.table import read_preview
from tests.helpers.intl_files import (
    BREVO_SMS,
    GUESSABLE_PLUS,
    INDIAN_MOBILES,
    INTERNATIONAL,
    brevo_export,
    expected_numbers,
    guessable_plus_file,
    international_list,
)
from tests.helpers.make_files import write_xlsx

PHONE_AND_COUNTRY = Mapping(
    (
        ColumnChoice(0, "Name", Role.NAME),
        ColumnChoice(1, "Phone", Role.PHONE),
        ColumnChoice(2, "Country", Role.COUNTRY, "country"),
    )
)


def checked(path: Path, country: str = "US", send_unverified: bool = False) -> CheckResult:
    with open_source(path) as source:
        preview = read_preview(source, None, None)
    mapping = suggest_mapping(preview.headers, preview.rows)
    choices = ImportChoices(path, mapping=mapping, country=country)
    return run_check(choices.with_changes(send_unverified=send_unverified))


def rows(*cells: tuple[object, object]) -> list[tuple[int, list[object]]]:
    return [(n, [f"P{n}", phone, country]) for n, (phone, country) in enumerate(cells, start=2)]


def test_each_row_is_read_in_its_own_country(tmp_path: Path) -> None:
    result = checked(international_list(tmp_path / "customers.xlsx"))
    assert result.mapping.country_index == 3
    expected = expected_numbers()
    assert {result.names[i]: result.phones[i] for i in range(len(result))} == expected
    assert result.phones[0] == "+554136638928"  # not +1 413 663 8928, somebody else's
    assert result.phones[2] == "+919134471779"  # not +1 913 447 1779
    assert result.counts().to_send == len(INTERNATIONAL)
    assert result.suggested_country is None  # eight countries: no one country explains them
    assert result.rows_per_country()["DE"] == 4
    assert result.rows_per_country()["US"] == 2  # an empty Country uses the default
    assert set(result.named_countries()) == {"BR", "IN", "DE", "GB", "ES", "FR", "MX", "JP", "US"}


def test_a_country_code_against_the_rows_country_is_kept_with_a_note(tmp_path: Path) -> None:
    result = checked(international_list(tmp_path / "customers.xlsx"))
    olga = result.names.index("Olga Berg")
    assert result.phones[olga] == "+442079460000"
    [note] = result.issues[olga]
    assert (note.severity, note.code) == (Severity.WARNING, "country_code_differs")
    assert "+44 (United Kingdom)" in note.message and "Germany" in note.message


def test_a_value_naming_no_country_uses_the_default_with_a_note() -> None:
    result = check_rows(
        rows(("(617) 253-1000", "Atlantis"), ("0171 2345678", "DE")),
        PHONE_AND_COUNTRY,
        headers=["Name", "Phone", "Country"],
    )
    assert result.phones == ["+16172531000", "+491712345678"]
    [note] = result.issues[0]
    assert note.code == "unknown_country" and '"Atlantis"' in note.message
    assert "United States" in note.message


def test_a_guessed_plus_is_not_sent_and_the_message_gives_both_readings(tmp_path: Path) -> None:
    result = checked(guessable_plus_file(tmp_path / "national.xlsx"))
    refused = result.issue_indices(code="country_code_unconfirmed")
    assert [result.raw_phones[i] for i in refused] == GUESSABLE_PLUS
    assert not any(p and p.startswith("+64") for p in result.phones)
    issue = result.issues[refused[2]][0]
    assert issue.severity is Severity.ERROR
    assert issue.message == (
        "Not a valid United States number; with a + in front it would be a New Zealand "
        "number, +64 84 4562. Check the number and the row's country."
    )
    assert result.counts().to_send == 16


def test_the_rows_country_confirms_a_reading_with_a_plus() -> None:
    mapping = PHONE_AND_COUNTRY
    result = check_rows(rows(("640844562", "NZ"), ("640844563", "")), mapping)
    assert result.phones[0] == "+64844562"  # read in New Zealand, its own country
    assert result.status[1] == RowStatus.INVALID


def test_the_files_own_international_numbers_confirm_a_reading_with_a_plus() -> None:
    mapping = Mapping((ColumnChoice(0, "Name", Role.NAME), ColumnChoice(1, "Phone", Role.PHONE)))
    cells = [(n, [f"P{n}", p]) for n, p in enumerate(["+44 7911 123456", "447911123457"], 2)]
    result = check_rows(cells, mapping)
    assert result.phones == ["+447911123456", "+447911123457"]
    assert [i.code for i in result.issues[1]] == ["country_code_read"]


def test_a_column_written_with_country_codes_confirms_its_numbers(tmp_path: Path) -> None:
    result = checked(brevo_export(tmp_path / "brevo.csv"))
    assert result.headers[result.mapping.phone_index or 0] == "SMS"  # the fuller column
    assert result.phones == ["+" + sms for sms in BREVO_SMS]
    assert result.counts().noted == len(BREVO_SMS)


def test_a_lone_number_in_a_column_of_national_numbers_is_not_confirmed() -> None:
    mapping = Mapping((ColumnChoice(0, "Name", Role.NAME), ColumnChoice(1, "Phone", Role.PHONE)))
    phones = [f"(617) 253-{1000 + n}" for n in range(5)] + ["447911123456"]
    result = check_rows([(n, [f"P{n}", p]) for n, p in enumerate(phones, 2)], mapping)
    assert result.phones[-1] is None
    assert "with a + in front it would be a" in result.issues[5][0].message
    assert "+44 7911 123456" in result.issues[5][0].message


SMS_WITH_CODES = [
    ("4915112345678", "Germany"),
    ("4917612345678", "Deutschland"),
    ("33612345678", "France"),
    ("447911123456", "UK"),
    ("34640844562", "Spain"),
    ("393471234567", "Italy"),
    ("4930123456", "DE"),
    ("5541999998888", "Brazil"),
]
"""A Brevo SMS column: digits with their country code and no +; all but 4930123456 are also
valid German numbers as written (4915112345678: +49 491 5112345678, a landline)."""


def test_digits_with_a_country_code_in_a_german_column_are_read_with_their_plus() -> None:
    phone_only = Mapping(PHONE_AND_COUNTRY.columns[:2])
    result = check_rows(rows(*SMS_WITH_CODES), phone_only, country="DE")
    assert result.phones == ["+" + sms for sms, _ in SMS_WITH_CODES]
    assert result.issues[0][0].code == "country_code_chosen"
    assert 6 not in result.issues  # 4930123456 is +49 30 123456 either way
    assert result.counts().to_send == len(SMS_WITH_CODES)


def test_the_rows_country_confirms_digits_that_begin_with_its_code() -> None:
    result = check_rows(rows(*SMS_WITH_CODES), PHONE_AND_COUNTRY)
    assert result.phones == ["+" + sms for sms, _ in SMS_WITH_CODES]
    assert [result.issues[i][0].code for i in (0, 1)] == ["country_code_chosen"] * 2


@pytest.mark.parametrize("send_unverified", [False, True])
def test_digits_valid_both_ways_are_never_sent_unconfirmed(send_unverified: bool) -> None:
    """A German row whose number is a German landline as written and a British mobile with a
    +, and a national German file with one number written with 49 and no +."""
    result = check_rows(
        rows(("030 1234567", "Germany"), ("447911123456", "Germany")),
        PHONE_AND_COUNTRY,
        send_unverified=send_unverified,
    )
    assert result.phones == ["+49301234567", None]
    assert result.issues[1][0].message.startswith(
        "Two numbers are possible: as written, a Germany number, +49 4479 11123456; with a + "
        "in front, a Guernsey number, +44 7911 123456."
    )
    phones = ["030 1234567", "0151 23456789", "0176 12345678", "089 1234567", "4915112345678"]
    phone_only = Mapping(PHONE_AND_COUNTRY.columns[:2])
    cells = [(n, [f"P{n}", p]) for n, p in enumerate(phones, 2)]
    national = check_rows(cells, phone_only, country="DE", send_unverified=send_unverified)
    national_numbers = ["+49301234567", "+4915123456789", "+4917612345678", "+49891234567"]
    assert national.phones[:4] == national_numbers
    assert national.phones[4] is None
    (issue,) = national.issues[4]
    assert (issue.severity, issue.code) == (Severity.ERROR, "country_code_ambiguous")
    assert "+49 491 5112345678" in issue.message and "+49 1511 2345678" in issue.message
    assert national.counts().to_send == 4


def test_editing_a_row_applies_the_same_rule() -> None:
    mapping = Mapping((ColumnChoice(0, "Name", Role.NAME), ColumnChoice(1, "Phone", Role.PHONE)))
    phones = [f"(617) 253-{1000 + n}" for n in range(5)]
    result = check_rows([(n, [f"P{n}", p]) for n, p in enumerate(phones, 2)], mapping)
    edit(result, 0, phone="640 84 45 62")
    assert result.phones[0] is None
    assert result.issues[0][0].code == "country_code_unconfirmed"
    edit(result, 0, phone="+64 84 4562")
    assert result.phones[0] == "+6484 4562".replace(" ", "")


def test_the_french_file_checked_as_us_sends_nothing_even_with_the_box(tmp_path: Path) -> None:
    french = [f"06 57 64 03 {n:02d}" for n in range(36)]
    french += [f"+33 7 40 40 26 {n:02d}" for n in range(4)]
    path = write_xlsx(
        tmp_path / "fr.xlsx", [["Name", "Phone"], *([f"P{n}", p] for n, p in enumerate(french))]
    )
    result = checked(path, send_unverified=True)
    assert result.suggested_country == "FR"
    assert result.counts().to_send == 4
    assert result.unverified_rows() == (0, 0)  # +1 065 … is not even possible
    assert not any(phone and phone.startswith("+1") for phone in result.phones)
    revalidate(result, "FR")
    assert result.counts().to_send == 40
    assert destinations(result, result.ready_indices()) == [("FR", "33", 40)]


def test_the_indian_file_checked_as_us_sends_nothing_even_with_the_box(tmp_path: Path) -> None:
    """Its national mobiles are possible North American numbers, not known to be in use: the
    box would send them, but the file points to India, where they are valid."""
    indian = INDIAN_MOBILES[:36] + [f"+91 98{n:03d} 4{n:04d}" for n in range(4)]
    path = write_xlsx(
        tmp_path / "in.xlsx", [["Name", "Phone"], *([f"P{n}", p] for n, p in enumerate(indian))]
    )
    result = checked(path, send_unverified=True)
    assert result.suggested_country == "IN"
    assert result.counts().to_send == 4
    assert result.unverified_rows() == (0, 36)
    assert not any(phone and phone.startswith("+1") for phone in result.phones)
    revalidate(result, "IN")
    assert result.counts().to_send == 40
    assert destinations(result, result.ready_indices()) == [("IN", "91", 40)]


def test_the_countries_numbers_go_to(tmp_path: Path) -> None:
    result = checked(international_list(tmp_path / "customers.xlsx"))
    going = {region: rows for region, _code, rows in destinations(result, result.ready_indices())}
    assert going == {
        "BR": 2,
        "IN": 2,
        "DE": 3,
        "GB": 3,
        "ES": 2,
        "FR": 2,
        "MX": 2,
        "JP": 2,
        "US": 2,
    }


def test_the_report_says_where_each_number_was_read(tmp_path: Path) -> None:
    import csv

    result = checked(international_list(tmp_path / "customers.xlsx"))
    report = tmp_path / "report.csv"
    save_report(report, result)
    with report.open(encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle))
    assert lines[0][:6] == ["Row", "Status", "Phone number", "Name", "Read in", "Details"]
    by_name = {line[3]: line for line in lines[1:]}
    assert by_name["Ana Souza"][2] == "'+554136638928"  # kept from becoming a formula
    assert by_name["Ana Souza"][4] == "Brazil"
    assert by_name["Mary Jones"][4] == "United States"
    assert [line[2].lstrip("'") for line in lines[1:]] == list(result.phones)


NATIONAL_DIGITS = st.text(alphabet="0123456789", min_size=6, max_size=12)


@settings(max_examples=300, deadline=None)
@given(digits=NATIONAL_DIGITS, separator=st.sampled_from(["", " ", "-", "."]))
def test_digits_written_without_a_plus_never_go_abroad_on_their_own(
    digits: str, separator: str
) -> None:
    """A lone national number in a column of US numbers is read in the United States or
    refused: never sent to another country by a guessed +."""
    mapping = Mapping((ColumnChoice(0, "Name", Role.NAME), ColumnChoice(1, "Phone", Role.PHONE)))
    written = separator.join([digits[:3], digits[3:]])
    phones = [f"(617) 253-{1000 + n}" for n in range(5)] + [written]
    result = check_rows([(n, [f"P{n}", p]) for n, p in enumerate(phones, 2)], mapping)
    sent = result.phones[-1]
    if sent is not None and not digits.startswith(("00", "011")):
        assert phonenumbers.parse(sent).country_code == 1


@settings(max_examples=200, deadline=None)
@given(country=st.text(max_size=20), phone=st.text(max_size=20))
def test_any_country_and_phone_text_gets_a_verdict(country: str, phone: str) -> None:
    result = check_rows(rows((phone, country)), PHONE_AND_COUNTRY)
    assert result.counts().rows == 1
    if result.phones[0] is not None:
        assert result.status[0] == RowStatus.READY
        assert phonenumbers.is_valid_number(phonenumbers.parse(result.phones[0]))


@pytest.mark.parametrize("region", ["BR", "IN", "DE", "GB", "ES", "FR", "MX", "IT"])
def test_an_example_number_of_each_country_is_read_there(region: str) -> None:
    example = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    assert example is not None
    national = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.NATIONAL)
    result = check_rows(rows((national, region)), PHONE_AND_COUNTRY)
    assert result.phones[0] == phonenumbers.format_number(
        example, phonenumbers.PhoneNumberFormat.E164
    )
