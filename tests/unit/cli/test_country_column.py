"""`check` and `upload` with each row's country: --country-column, --no-country-column, the
JSON keys, and what reaches the sandbox agreeing row by row with the report."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest

from importer.cli.main import main
from importer.sandbox.server import SandboxServer
from tests.helpers.intl_files import (
    BREVO_SMS,
    FRENCH_MOBILES,
    GUESSABLE_PLUS,
    INDIAN_MOBILES,
    INTERNATIONAL,
    brevo_export,
    expected_numbers,
    guessable_plus_file,
    international_list,
    random_mobiles,
)
from tests.helpers.make_files import write_xlsx
from tests.helpers.sandbox import TEST_API_KEY


def check_json(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, Any]:
    status = main(["check", *map(str, args), "--json"])
    return status, json.loads(capsys.readouterr().out)


def test_check_json_names_the_country_column_and_the_rows_per_country(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, data = check_json(capsys, international_list(tmp_path / "customers.xlsx"))
    assert status == 0
    assert data["country_column"] == {"letter": "D", "title": "Country"}
    assert data["countries"]["BR"] == 2 and data["countries"]["US"] == 2
    assert sum(data["countries"].values()) == data["rows"] == len(INTERNATIONAL)
    assert data["suggested_country"] is None
    assert data["mapping"]["extra_fields"]["country"] == {"letter": "D", "title": "Country"}


def test_check_says_where_numbers_were_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["check", str(international_list(tmp_path / "customers.xlsx"))])
    out = capsys.readouterr().out
    assert 'Country of each row: column D "Country"' in out
    assert (
        "Numbers without a country code were read in each row's country (column D "
        '"Country"); rows without one: United States (+1).'
    ) in out
    assert "Countries found: Germany 4," in out


def test_no_country_column_reads_every_number_in_the_default(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = international_list(tmp_path / "customers.xlsx")
    _, data = check_json(capsys, path, "--no-country-column", "--report", tmp_path / "r.csv")
    assert data["country_column"] is None
    assert data["countries"] == {"US": len(INTERNATIONAL)}
    assert data["mapping"]["extra_fields"]["country"]["letter"] == "D"  # still saved


def test_country_column_by_letter(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = [["Name", "Phone", "Land"], ["Ann", "030 1234567", "x"], ["Bo", "0171 2345678", "DE"]]
    path = write_xlsx(tmp_path / "odd.xlsx", rows)
    _, data = check_json(capsys, path, "--country-column", "C")
    assert data["country_column"] == {"letter": "C", "title": "Land"}
    assert data["countries"] == {"DE": 1, "US": 1}
    assert data["issue_codes"]["unknown_country"] == 1


def test_a_guessed_plus_is_refused_by_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, data = check_json(capsys, guessable_plus_file(tmp_path / "national.xlsx"))
    assert status == 1
    assert data["issue_codes"] == {"country_code_unconfirmed": len(GUESSABLE_PLUS)}
    assert "with a + in front it would be a New Zealand number" in data["issues"][0]["message"]


def test_a_brevo_export_uses_its_fuller_sms_column(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, data = check_json(capsys, brevo_export(tmp_path / "brevo.csv"))
    assert status == 0
    assert data["mapping"]["phone_number"] == {"letter": "D", "title": "SMS"}
    assert data["to_send"] == len(BREVO_SMS)
    assert data["issue_codes"] == {"country_code_read": len(BREVO_SMS)}


def test_a_brevo_number_not_in_use_even_with_its_plus_gives_both_readings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """33691328449 under the US default: too many digits here, and +33 6 91 … is a French
    mobile of a range not in use. Its message once said only "Too many digits"."""
    path = tmp_path / "brevo.csv"
    path.write_text(
        "EMAIL;FIRSTNAME;SMS\n"
        + "".join(f"c{n}@example.com;C{n};{sms}\n" for n, sms in enumerate(BREVO_SMS))
        + "x@example.com;X;33691328449\n",
        encoding="utf-8",
    )
    status, data = check_json(capsys, path)
    assert (status, data["to_send"], data["invalid"]) == (1, len(BREVO_SMS), 1)
    (issue,) = [i for i in data["issues"] if i["severity"] == "error"]
    assert issue["code"] == "plus_reading_unverified"
    assert issue["message"].startswith(
        "Not a valid United States number; with a + in front it would be a France number, "
        "+33 6 91 32 84 49, of the right length but not known to be in use."
    )


BREVO_WITH_COUNTRIES = """EMAIL;FIRSTNAME;LASTNAME;SMS;COUNTRY
a@x.de;Anna;A;4915112345678;Germany
b@x.de;Bert;B;4917612345678;Deutschland
c@x.fr;Chloe;C;33612345678;France
d@x.uk;Dan;D;447911123456;UK
e@x.es;Eva;E;34640844562;Spain
f@x.it;Fabio;F;393471234567;Italy
g@x.de;Gus;G;4930123456;DE
h@x.br;Hugo;H;5541999998888;Brazil
"""
"""Digits with their country code and no +: most are also valid German numbers as written
(4915112345678 as written is a landline in area 0491, someone else's)."""
BREVO_NUMBERS = [
    "+4915112345678",
    "+4917612345678",
    "+33612345678",
    "+447911123456",
    "+34640844562",
    "+393471234567",
    "+4930123456",
    "+5541999998888",
]


def brevo_rows(path: Path, country_column: bool) -> Path:
    lines = BREVO_WITH_COUNTRIES.splitlines()
    if not country_column:
        lines = [line.rsplit(";", 1)[0] for line in lines]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def report_numbers(path: Path) -> list[str]:
    return [line[2].lstrip("'") for line in report_lines(path)[1:]]


@pytest.mark.parametrize(("country_column", "noted"), [(True, 2), (False, 7)])
def test_a_german_brevo_export_sends_each_sms_number_with_its_plus(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], country_column: bool, noted: int
) -> None:
    path = brevo_rows(tmp_path / "brevo.csv", country_column)
    report = tmp_path / "r.csv"
    status, data = check_json(capsys, path, "--country", "DE", "--report", report)
    assert (status, data["to_send"], data["ready_with_note"]) == (0, 8, noted)
    assert data["issue_codes"] == {"country_code_chosen": noted}
    assert report_numbers(report) == BREVO_NUMBERS


def test_a_german_number_written_with_49_among_national_ones_is_not_sent(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "kunden.csv"
    phones = ["030 1234567", "0151 23456789", "0176 12345678", "089 1234567", "4915112345678"]
    path.write_text("Name,Telefon\n" + "".join(f"K{n},{p}\n" for n, p in enumerate(phones)))
    status, data = check_json(capsys, path, "--country", "DE", "--send-unverified")
    assert (status, data["to_send"], data["invalid"]) == (1, 4, 1)
    (issue,) = data["issues"]
    assert issue["code"] == "country_code_ambiguous"
    assert issue["message"] == (
        "Two numbers are possible: as written, a Germany number, +49 491 5112345678; with a + "
        "in front, a Germany number, +49 1511 2345678. Nothing in the file tells which, so it "
        "is not sent. Check the number and write it with its + and country code."
    )


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SOCIOCS_API_KEY", TEST_API_KEY)
    monkeypatch.setenv("SOCIOCS_IMPORTER_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


def upload(sandbox: SandboxServer, path: Path, report: Path, *extra: str) -> int:
    command = ["upload", str(path), "--api-url", sandbox.url, "--list-id", "0", "--yes"]
    return main([*command, "--report", str(report), *extra])


def named_phones(path: Path, phones: list[str]) -> Path:
    """An .xlsx file of ``phones``, one a row, with a name (P0, P1 …) beside each."""
    return write_xlsx(path, [["Name", "Phone"], *([f"P{n}", p] for n, p in enumerate(phones))])


def report_lines(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


@pytest.mark.usefixtures("home")
def test_the_sandbox_holds_exactly_the_numbers_their_owners_gave(
    sandbox: SandboxServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = tmp_path / "report.csv"
    assert upload(sandbox, international_list(tmp_path / "customers.xlsx"), report) == 0
    out = capsys.readouterr().out
    assert "The numbers go to: 3 × Germany +49, 3 × United Kingdom +44," in out
    contacts = sandbox.store.contacts()
    assert {c["name"]: phone for phone, c in contacts.items()} == expected_numbers()
    lines = report_lines(report)
    assert lines[0][:6] == ["Row", "Status", "Phone number", "Name", "Read in", "Details"]
    uploaded = {line[2].lstrip("'") for line in lines[1:] if line[1] == "uploaded"}
    assert uploaded == set(contacts)
    assert contacts["+554136638928"]["extra_fields"]["country"] == "Brasil"


@pytest.mark.usefixtures("home")
def test_upload_sends_no_number_valid_both_ways_unconfirmed(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    path = named_phones(tmp_path / "kunden.xlsx", ["030 1234567", "0151 23456789", "447911123456"])
    report = tmp_path / "report.csv"
    assert upload(sandbox, path, report, "--country", "DE", "--send-unverified") == 1
    assert sorted(sandbox.store.contacts()) == ["+4915123456789", "+49301234567"]
    assert [line[1] for line in report_lines(report)[1:]][-1] == "invalid"


@pytest.mark.usefixtures("home")
def test_upload_sends_no_guessed_plus(sandbox: SandboxServer, tmp_path: Path) -> None:
    report = tmp_path / "report.csv"
    assert upload(sandbox, guessable_plus_file(tmp_path / "national.xlsx"), report) == 1
    assert not [phone for phone in sandbox.store.contacts() if not phone.startswith("+1")]
    refused = [line for line in report_lines(report)[1:] if line[1] == "invalid"]
    assert len(refused) == len(GUESSABLE_PLUS)


@pytest.mark.usefixtures("home")
def test_send_unverified_sends_no_french_mobile_as_a_us_number(
    sandbox: SandboxServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    french = FRENCH_MOBILES[:36] + [f"+33 7 40 40 26 {n:02d}" for n in range(4)]
    path = named_phones(tmp_path / "fr.xlsx", french)
    assert upload(sandbox, path, tmp_path / "report.csv", "--send-unverified") == 1
    assert set(sandbox.store.contacts()) == {f"+3374040260{n}" for n in range(4)}
    assert "not known to be in use" not in capsys.readouterr().out  # not new: impossible
    report = (tmp_path / "report.csv").read_text(encoding="utf-8-sig")
    assert report.count("Not a possible North American (+1) number") == 36


@pytest.mark.usefixtures("home")
def test_send_unverified_sends_no_indian_mobile_as_a_us_number(
    sandbox: SandboxServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    indian = INDIAN_MOBILES[:36] + [f"+91 98{n:03d} 4{n:04d}" for n in range(4)]
    path = named_phones(tmp_path / "in.xlsx", indian)
    assert upload(sandbox, path, tmp_path / "report.csv", "--send-unverified") == 1
    assert set(sandbox.store.contacts()) == {f"+9198{n:03d}4{n:04d}" for n in range(4)}
    out = capsys.readouterr().out
    assert "36 rows have numbers that are not known to be in use here but are valid in India" in out


@pytest.mark.usefixtures("home")
def test_a_brevo_number_not_in_use_even_with_its_plus_is_never_sent(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    path = tmp_path / "brevo.csv"
    path.write_text(
        "EMAIL;FIRSTNAME;SMS\n"
        + "".join(f"c{n}@example.com;C{n};{sms}\n" for n, sms in enumerate(BREVO_SMS))
        + "x@example.com;X;33691328449\n",
        encoding="utf-8",
    )
    assert upload(sandbox, path, tmp_path / "r.csv", "--send-unverified") == 1
    assert set(sandbox.store.contacts()) == {"+" + sms for sms in BREVO_SMS}
    refused = [line for line in report_lines(tmp_path / "r.csv")[1:] if line[1] == "invalid"]
    assert len(refused) == 1 and "+33 6 91 32 84 49" in refused[0][4]


@pytest.mark.usefixtures("home")
def test_a_brevo_export_uploads_every_sms_number(sandbox: SandboxServer, tmp_path: Path) -> None:
    assert upload(sandbox, brevo_export(tmp_path / "brevo.csv"), tmp_path / "r.csv") == 0
    assert set(sandbox.store.contacts()) == {"+" + sms for sms in BREVO_SMS}


def test_the_fuller_column_is_the_phone_and_the_others_are_offered_with_their_rows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [["Name", "WhatsApp", "Mobile (SMS)", "Phone"]]
    for n in range(10):
        mobile = f"(617) 253-{1000 + n}" if n < 6 else ""
        whatsapp = f"(617) 253-{2000 + n}" if n in (0, 6, 7, 8) else ""
        phone = f"(212) 736-{5000 + n}" if n >= 6 else ""
        rows.append([f"P{n}", whatsapp, mobile, phone])
    _, data = check_json(capsys, write_xlsx(tmp_path / "three.xlsx", rows))
    assert data["mapping"]["phone_number"] == {"letter": "C", "title": "Mobile (SMS)"}
    assert data["fallback"]["column"] == {"letter": "D", "title": "Phone"}
    assert data["fallbacks"] == [
        {"column": {"letter": "D", "title": "Phone"}, "rows": 4},
        {"column": {"letter": "B", "title": "WhatsApp"}, "rows": 3},
    ]
    main(["check", str(tmp_path / "three.xlsx")])
    out = capsys.readouterr().out
    assert "Try --phone-fallback Phone." in out and "Try --phone-fallback WhatsApp." in out


def indian_rows(national: int, international: int) -> list[list[str]]:
    """Rows of Indian customers (Country "India"): national mobiles that are possible North
    American numbers not in use, then mobiles written with +91."""
    phones = INDIAN_MOBILES[:national] + [f"+91 98{n:03d} 4{n:04d}" for n in range(international)]
    return [["Name", "Phone", "Country"], *([f"P{n}", p, "India"] for n, p in enumerate(phones))]


@pytest.mark.usefixtures("home")
def test_a_few_indian_mobiles_are_never_sent_as_us_numbers_nor_advised_to_be(
    sandbox: SandboxServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Four rows among twenty US numbers are too few for the country hint, but they are valid
    Indian mobiles."""
    phones = [*(f"(617) 253-{1000 + n}" for n in range(20)), *INDIAN_MOBILES[:4]]
    path = named_phones(tmp_path / "few.xlsx", phones)
    assert main(["check", str(path)]) == 1
    out = capsys.readouterr().out
    assert "--send-unverified if" not in out
    assert (
        "4 rows have numbers that are not known to be in use here but are valid in India: they "
        "are not sent, even with --send-unverified. If that is what they are, write them with "
        "+91, or check the file with --country IN."
    ) in out
    assert "Most numbers look like" not in out
    assert upload(sandbox, path, tmp_path / "r.csv", "--send-unverified") == 1
    assert set(sandbox.store.contacts()) == {f"+1617253{1000 + n}" for n in range(20)}


def test_a_file_of_four_indian_mobiles_suggests_india(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Fewer doubtful rows than the hint's sample, but half the file or more: India."""
    path = write_xlsx(tmp_path / "four.xlsx", [["Phone"], *([p] for p in INDIAN_MOBILES[:4])])
    assert main(["check", str(path), "--send-unverified"]) == 1
    out = capsys.readouterr().out
    assert "Most numbers look like India (+91) numbers: try --country IN." in out
    assert (
        "4 rows have numbers that are not known to be in use here but are valid in India, "
        "where the file points"
    ) in out


@pytest.mark.parametrize(("national", "international"), [(36, 4), (4, 1)])
@pytest.mark.usefixtures("home")
def test_without_the_country_column_no_override_sends_an_indian_mobile_as_a_us_number(
    sandbox: SandboxServer, tmp_path: Path, national: int, international: int
) -> None:
    """--no-country-column reads every row in the default country: the rows' India no longer
    says where the numbers belong, and --send-unverified still sends none of them as +1 —
    the file's numbers point to India (the hint for 40 rows, the numbers themselves for 5)."""
    path = write_xlsx(tmp_path / "in.xlsx", indian_rows(national, international))
    report = tmp_path / "r.csv"
    command = ["--no-country-column", "--send-unverified"]
    assert upload(sandbox, path, report, *command) == 1
    assert set(sandbox.store.contacts()) == {f"+9198{n:03d}4{n:04d}" for n in range(international)}
    refused = [line for line in report_lines(report)[1:] if line[1] == "invalid"]
    assert len(refused) == national
    assert all("It is a valid India number" in line[4] for line in refused)


def test_random_french_mobiles_under_the_us_suggest_france(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    phones = random_mobiles("FR", 40)
    path = write_xlsx(tmp_path / "fr.xlsx", [["Phone"], *([p] for p in phones)])
    _, data = check_json(capsys, path)
    assert data["suggested_country"] == "FR"
