"""A better default country when national numbers fail under the chosen one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from importer.check.country_hint import _Sample, country_hint_text, suggest_country
from importer.check.issues import Severity
from importer.check.rechecking import edit, revalidate
from importer.check.result import CheckResult
from importer.check.run import run_check
from importer.choices import ImportChoices
from importer.cli.main import main
from importer.mapping.model import ColumnChoice, Mapping, Role
from importer.phones.normalize import PhoneNormalizer
from tests.helpers.intl_files import INDIAN_MOBILES, random_mobiles
from tests.helpers.make_files import write_xlsx

MAPPING = Mapping((ColumnChoice(0, "Phone", Role.PHONE),))
GERMAN = [
    "0171 1234567",
    "030 12345678",
    "+49 171 7654321",
    "0049 30 87654321",
    "0151 23456789",
    "089 1234567",
    "0160 9876543",
    "+49 40 1234567",
]


FRENCH = [f"06 57 64 03 {i:02d}" for i in range(16)]
FRENCH += [f"+33 7 40 40 26 {i:02d}" for i in range(32)]
"""A French export: 16 mobiles written nationally, 32 with the country code."""


def checked(
    tmp_path: Path, phones: list[str], country: str = "US", send_unverified: bool = False
) -> CheckResult:
    path = write_xlsx(tmp_path / "contacts.xlsx", [["Phone"], *([p] for p in phones)])
    return run_check(
        ImportChoices(path, mapping=MAPPING, country=country, send_unverified=send_unverified)
    )


def test_french_numbers_under_a_us_default_are_not_sent_and_point_to_france(
    tmp_path: Path,
) -> None:
    result = checked(tmp_path, FRENCH)
    assert result.counts().invalid == 16
    assert result.counts().to_send == 32
    assert result.suggested_country == "FR"
    for index in range(16):
        (issue,) = result.issues[index]
        assert issue.code == "impossible_number"  # no North American area code starts with 0
        assert "North American (+1)" in issue.message
        assert issue.message.endswith("choose France as the default country.")
    revalidate(result, "FR")
    assert result.counts().to_send == 48
    assert result.suggested_country is None


INDIAN = INDIAN_MOBILES[:16] + [f"+91 98{n:03d} 4{n:04d}" for n in range(16, 48)]
"""An Indian export: 16 mobiles written nationally, 32 with the country code."""


def test_numbers_the_hint_explains_are_not_sent_even_when_unverified_ones_are(
    tmp_path: Path,
) -> None:
    result = checked(tmp_path, INDIAN, send_unverified=True)
    assert result.suggested_country == "IN"
    assert result.counts().to_send == 32  # the 16 Indian mobiles are not sent as +1 numbers
    assert result.unverified_rows() == (0, 16)
    assert not any(phone and phone.startswith("+1") for phone in result.phones)
    (issue,) = result.issues[0]
    assert issue.code == "unverified_number" and issue.severity is Severity.ERROR
    assert issue.message.endswith("choose India as the default country.")


def test_send_unverified_never_sends_an_impossible_number(tmp_path: Path) -> None:
    """French mobiles under a US default: +1 065 … can never be a newer range."""
    result = checked(tmp_path, FRENCH, send_unverified=True)
    assert result.counts().to_send == 32
    assert result.unverified_rows() == (0, 0)
    assert {result.issues[i][0].code for i in range(16)} == {"impossible_number"}


def test_german_national_numbers_suggest_germany(tmp_path: Path) -> None:
    result = checked(tmp_path, GERMAN)
    assert result.summary()["invalid"] >= 4
    assert suggest_country(result) == result.suggested_country == "DE"


def test_no_suggestion_when_the_country_fits(tmp_path: Path) -> None:
    assert suggest_country(checked(tmp_path, GERMAN, "DE")) is None


def test_no_suggestion_for_a_few_typos(tmp_path: Path) -> None:
    phones = [f"617234{1000 + i}" for i in range(40)] + ["12", "0171 1234567"]
    assert suggest_country(checked(tmp_path, phones)) is None


def test_no_suggestion_when_switching_loses_more_than_it_gains(tmp_path: Path) -> None:
    phones = [f"312234{1000 + i}" for i in range(30)] + GERMAN[:2] * 2  # not German numbers
    assert suggest_country(checked(tmp_path, phones)) is None


def test_hint_text_names_country_dial_code_and_option() -> None:
    assert country_hint_text("DE") == (
        "Most numbers look like Germany (+49) numbers: try --country DE."
    )


def test_cli_summary_and_json_carry_the_suggestion(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_xlsx(tmp_path / "de.xlsx", [["Phone"], *([p] for p in GERMAN)])
    assert main(["check", str(path)]) == 1
    assert "try --country DE." in capsys.readouterr().out
    assert main(["check", str(path), "--json"]) == 1
    assert json.loads(capsys.readouterr().out)["suggested_country"] == "DE"
    assert main(["check", str(path), "--json", "--country", "DE"]) == 0
    assert json.loads(capsys.readouterr().out)["suggested_country"] is None


def test_no_suggestion_when_another_country_would_only_read_the_numbers_differently(
    tmp_path: Path,
) -> None:
    """A US file with a fifth unassigned numbers: Germany reads almost any digits as valid,
    but as other (German) numbers, so it is no better."""
    phones = [f"617234{1000 + i}" for i in range(40)] + [f"999234{1000 + i}" for i in range(10)]
    result = checked(tmp_path, phones)
    assert result.counts().invalid == 10
    assert result.suggested_country is None


PLACEHOLDERS = ["212-555-0123", "(212) 555-0199", "415-555-0142", "(555) 555-5555", "123-456-7890"]
"""Placeholders a CRM export holds; the 555-01xx ones are valid German numbers by their digits."""
FRENCH_NATIONAL = [
    "06 57 64 03 84",
    "07 40 40 26 32",
    "06 12 34 56 79",
    "01 42 68 53 00",
    "06 98 76 54 32",
    "07 81 23 45 67",
    "06 11 22 33 44",
    "07 55 66 77 88",
]


def test_placeholders_are_neither_doubtful_nor_told_of_another_country(tmp_path: Path) -> None:
    """A small mixed file: two US numbers, one +33 number, placeholders and French national
    numbers. The placeholders once counted as doubtful rows that Germany "fixes", so Germany
    was suggested and their messages said "It is a valid Germany number"."""
    phones = ["(617) 253-1000", "(617) 253-1001", "+33 6 12 34 56 78", *PLACEHOLDERS]
    result = checked(tmp_path, [*phones, *FRENCH_NATIONAL])
    assert result.suggested_country == "FR"
    for index in range(3, 3 + len(PLACEHOLDERS)):
        (issue,) = result.issues[index]
        assert issue.code == "placeholder"
        assert "France" not in issue.message and "Germany" not in issue.message
    for index in range(3 + len(PLACEHOLDERS), len(result)):
        assert result.issues[index][0].message.endswith("choose France as the default country.")
    revalidate(result, "FR")
    assert result.counts().to_send == 1 + len(FRENCH_NATIONAL)
    assert result.suggested_country is None


def test_placeholders_alone_never_suggest_a_country(tmp_path: Path) -> None:
    phones = ["(617) 253-1000", *PLACEHOLDERS * 2]
    result = checked(tmp_path, phones)
    assert result.counts().invalid == 2 * len(PLACEHOLDERS)
    assert result.suggested_country is None
    assert all(
        "Germany" not in issue.message for found in result.issues.values() for issue in found
    )


def test_a_country_the_file_names_is_preferred_to_one_that_fixes_a_little_more(
    tmp_path: Path,
) -> None:
    """Germany reads almost any run of digits as valid, a French typo (9 digits) too, so it
    would make one more row valid than France; the file's own +33 number says France."""
    typo = "06 57 64 03 8"
    result = checked(tmp_path, ["+33 6 12 34 56 78", *FRENCH_NATIONAL, typo])
    assert result.suggested_country == "FR"
    (issue,) = result.issues[len(result) - 1]
    assert "France" not in issue.message
    # Without the +33 number nothing names France, and Germany makes one more row valid; but
    # there the numbers are landlines, in France mobiles written the French way: France.
    assert suggest_country(checked(tmp_path, [*FRENCH_NATIONAL, typo])) == "FR"


@settings(max_examples=60, deadline=None)
@given(
    kept=st.lists(st.booleans(), min_size=1, max_size=40),
    at_least=st.sampled_from([0.0, 0.25, 0.5, 0.75, 1.0]),
)
def test_a_sample_stops_reading_only_when_the_share_cannot_be_reached(
    kept: list[bool], at_least: float
) -> None:
    sample = _Sample()
    for good in kept:
        sample.add("+33612345678" if good else "+33", None)
    exact = sum(kept) / len(kept)
    share = sample.kept_share(PhoneNormalizer("FR"), at_least=at_least)
    if exact >= at_least:
        assert share == exact
    else:
        assert share < at_least


@pytest.mark.parametrize("country", ["FR", "DE", "ES", "BR"])
@pytest.mark.parametrize("seed", [1, 2])
def test_random_national_mobiles_point_to_the_country_where_they_are_mobiles(
    tmp_path: Path, country: str, seed: int
) -> None:
    """Forty random French mobiles are German landlines too (Germany's plan takes almost any
    digits), Spanish ones are French mobiles with France's 0 left out: the hint names the
    country where the numbers are mobiles written that country's way."""
    result = checked(tmp_path, random_mobiles(country, 40, seed))
    assert result.suggested_country == country
    assert result.counts().to_send == 0  # none goes out as another country's number


def test_brazilian_mobiles_under_the_us_are_not_sent_as_peruvian_ones(tmp_path: Path) -> None:
    """(51) 9xxxx-xxxx read with a + is a Peruvian mobile (+51 9…): a third of a column valid
    that way does not make it a column written with country codes (seed 11 sent 14 of 40 rows
    to Peru)."""
    result = checked(tmp_path, random_mobiles("BR", 40, seed=11))
    assert result.plus_evidence is not None and not result.plus_evidence.column
    assert not [phone for phone in result.phones if phone is not None]
    assert result.suggested_country == "BR"
    revalidate(result, "BR")
    assert result.counts().to_send == 40


def test_random_indian_mobiles_that_are_no_us_number_point_to_india(tmp_path: Path) -> None:
    """Many random Indian mobiles are valid North American numbers as well (+1 9xx …): those
    are sent as read, and switching to India would lose them, so no country is suggested; the
    others cannot be verified here and point to India, so they are not sent."""
    result = checked(tmp_path, random_mobiles("IN", 40), send_unverified=True)
    assert result.pointed_country == "IN" or result.suggested_country == "IN"
    rows, explained = result.unverified_rows()
    assert rows == 0 and explained > 0
    assert result.explaining_countries() == {"IN": explained}


def test_forty_random_french_mobiles_under_the_us_point_to_france_not_germany(
    tmp_path: Path,
) -> None:
    phones = random_mobiles("FR", 40, seed=7)
    result = checked(tmp_path, phones)
    assert result.suggested_country == "FR"
    messages = [issue.message for issues in result.issues.values() for issue in issues]
    assert sum("It is a valid France number" in message for message in messages) >= 25
    assert not [message for message in messages if "Germany" in message]


def test_a_few_numbers_that_cannot_be_verified_still_point_to_their_country(
    tmp_path: Path,
) -> None:
    """Four Indian mobiles among twenty US numbers are too few for the hint, but they are
    valid in India: never sent, even with the box, and each says where it is valid."""
    us = [f"(617) 253-{1000 + n}" for n in range(20)]
    result = checked(tmp_path, [*INDIAN_MOBILES[:4], *us], send_unverified=True)
    assert result.suggested_country is None
    assert result.pointed_country == "IN"
    assert result.unverified_rows() == (0, 4)
    assert result.explaining_countries() == {"IN": 4}
    assert result.counts().to_send == 20
    for index in range(4):
        (issue,) = result.issues[index]
        assert (issue.severity, issue.code) == (Severity.ERROR, "unverified_number")
        assert issue.message.endswith(
            "It is a valid India number, so it is not sent as read here, even when numbers "
            "that cannot be verified are sent. If that is what it is, write it with +91."
        )


def test_a_few_pointed_numbers_among_good_ones_are_held_back_alone(tmp_path: Path) -> None:
    phones = [f"(617) 253-{1000 + n}" for n in range(30)] + INDIAN_MOBILES[:2] + ["538 234 5678"]
    result = checked(tmp_path, phones, send_unverified=True)
    assert result.suggested_country is None and result.pointed_country == "IN"
    assert result.unverified_rows() == (1, 2)  # +1 538 … may be new; the Indian two are not
    assert result.phones[32] == "+15382345678"
    assert result.phones[30] is None and result.phones[31] is None
    assert result.counts().to_send == 31


def test_fixing_a_row_in_place_keeps_the_pointed_country_rule(tmp_path: Path) -> None:
    us = [f"(617) 253-{1000 + n}" for n in range(20)]
    result = checked(tmp_path, [*us, *INDIAN_MOBILES[:3]], send_unverified=True)
    assert result.pointed_country == "IN" and result.unverified_rows() == (0, 3)
    edit(result, 0, phone=INDIAN_MOBILES[3])
    assert result.unverified_rows() == (0, 4)
    assert result.phones[0] is None
    assert "valid India number" in result.issues[0][0].message
    edit(result, 0, phone="(617) 253-1000")
    assert result.unverified_rows() == (0, 3) and result.phones[0] == "+16172531000"


def test_a_lone_us_number_that_cannot_be_verified_points_nowhere(tmp_path: Path) -> None:
    """3702345678 is a British landline without its 0 and an Indian landline: nothing makes
    it plausibly another country's number, and the box may send it."""
    result = checked(tmp_path, ["(617) 253-1000", "370 234 5678"], send_unverified=True)
    assert result.pointed_country is None
    assert result.unverified_rows() == (1, 0)
    assert result.phones[1] == "+13702345678"


def test_a_small_file_of_foreign_numbers_gets_its_country(tmp_path: Path) -> None:
    """Four rows are fewer than the hint's sample, but all of the file: India is suggested."""
    result = checked(tmp_path, INDIAN_MOBILES[:4], send_unverified=True)
    assert result.suggested_country == "IN"
    assert result.unverified_rows() == (0, 4) and result.counts().to_send == 0
    assert checked(tmp_path, ["(617) 253-1000", INDIAN_MOBILES[0]]).suggested_country is None
