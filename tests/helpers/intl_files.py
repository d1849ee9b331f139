"""Files of international contacts, built in the tests: a customer list whose Country column
names eight countries in the ways people write them, national numbers whose digits happen to
start with a country code, and a Brevo export (SMS written as ``33612345678``).

Each row carries the number its owner gave, so a test can compare what the check, the report
and the sandbox hold, row by row.
"""

from __future__ import annotations

import random
from pathlib import Path

from tests.helpers.make_files import write_csv, write_xlsx

INTERNATIONAL = [
    # (name, phone as written, Country as written, the number its owner gave)
    ("Ana Souza", "(41) 3663-8928", "Brasil", "+554136638928"),
    ("Bruno Lima", "(11) 98765-4321", "BR", "+5511987654321"),
    ("Raj Patel", "91344 71779", "India", "+919134471779"),
    ("Priya Nair", "098200 45371", "IND", "+919820045371"),
    ("Hans Vogel", "030 1234567", "Deutschland", "+49301234567"),
    ("Jana Kurz", "0171 2345678", " de ", "+491712345678"),
    ("Amy Clark", "07911 123456", "UK", "+447911123456"),
    ("Ben Ward", "020 7946 0958", "United Kingdom", "+442079460958"),
    ("Lucía Gómez", "612 34 56 78", "España", "+34612345678"),
    ("Pablo Ruiz", "91 123 45 67", "Spain", "+34911234567"),
    ("Chloé Martin", "06 12 34 56 78", "Frankreich", "+33612345678"),
    ("Louis Petit", "01 42 68 53 00", "+33", "+33142685300"),
    ("Diego Torres", "55 1234 5678", "México", "+525512345678"),
    ("Sofía Ramos", "33 1234 5678", "MEXICO", "+523312345678"),
    ("Yuki Sato", "090-2468-1357", "日本", "+819024681357"),
    ("Ken Ito", "03-1234-5678", "Japan", "+81312345678"),
    ("Mary Jones", "(617) 253-1000", "", "+16172531000"),
    ("Tom Hill", "(212) 736-5000", "United States of America", "+12127365000"),
    ("Eva Klein", "+49 30 901820", "Deutschland", "+4930901820"),
    ("Olga Berg", "+44 20 7946 0000", "Germany", "+442079460000"),
]
"""Eight countries and the United States, national formats; "Olga Berg" writes a British
number in a German row (sent as written, with a note)."""
INTERNATIONAL_HEADERS = ["Name", "Phone", "City", "Country"]

GUESSABLE_PLUS = [f"640 84 45 {n:02d}" for n in range(60, 64)]
"""Spanish mobiles written nationally: under a US default they are not valid, and with a +
they would be New Zealand numbers (+64 84 45 …) — somebody else's."""
US_NUMBERS = [f"(617) 253-{1000 + n}" for n in range(16)]

_UNUSED_AREA_CODES = ("981", "982", "987", "988", "976", "977")
INDIAN_MOBILES = [
    f"{_UNUSED_AREA_CODES[n % 6]}{2 + n % 8}{n * 37 % 10} 4{n * 7919 % 10000:04d}"
    for n in range(60)
]
"""Indian mobiles written nationally whose first three digits are no North American area code
in use, and whose next digit (a North American exchange's first) is not 0 or 1: under a US
default they have the right length but cannot be verified (a + 1 981 … number is possible), and
they are valid Indian numbers."""
FRENCH_MOBILES = [f"06 57 64 03 {n:02d}" for n in range(60)]
"""French mobiles written nationally: under a US default they cannot even be possible (no North
American area code starts with 0)."""

BREVO_HEADERS = ["EMAIL", "FIRSTNAME", "LASTNAME", "SMS", "WHATSAPP", "DOUBLE_OPT-IN"]
BREVO_SMS = [f"336{12345600 + n}" for n in range(12)] + [f"4478703844{n:02d}" for n in range(6)]
"""Brevo writes numbers with their country code and no +: French and British mobiles."""


def international_list(path: Path) -> Path:
    """The customer list as an .xlsx file (City column between phone and country)."""
    rows = [[name, phone, "", country] for name, phone, country, _ in INTERNATIONAL]
    return write_xlsx(path, [INTERNATIONAL_HEADERS, *rows])


def expected_numbers() -> dict[str, str]:
    """Name → the number each contact of :data:`INTERNATIONAL` gave."""
    return {name: number for name, _phone, _country, number in INTERNATIONAL}


def guessable_plus_file(path: Path) -> Path:
    """US numbers and Spanish mobiles that a + would make New Zealand's."""
    phones = US_NUMBERS + GUESSABLE_PLUS
    return write_xlsx(path, [["Name", "Phone"], *([f"P{i}", p] for i, p in enumerate(phones))])


def brevo_export(path: Path) -> Path:
    """A Brevo contacts export: semicolons, ``SMS`` in every row, ``WHATSAPP`` in a third."""
    rows = []
    for n, sms in enumerate(BREVO_SMS):
        whatsapp = sms if n % 3 == 0 else ""
        rows.append([f"c{n}@example.com", f"First{n}", f"Last{n}", sms, whatsapp, "Yes"])
    return write_csv(path, [BREVO_HEADERS, *rows], delimiter=";")


_RANDOM_SHAPES = {
    # country: (first digits to pick from, how many random digits follow, how it is written)
    "FR": (("06", "07"), 8, "{0}{1} {2}{3} {4}{5} {6}{7} {8}{9}"),
    "DE": (
        ("0151", "0160", "0170", "0171", "0176", "0157"),
        7,
        "{0}{1}{2}{3} {4}{5}{6}{7}{8}{9}{10}",
    ),
    "ES": (("6",), 8, "{0}{1}{2} {3}{4} {5}{6} {7}{8}"),
    "BR": (("119", "219", "419", "319", "519"), 8, "({0}{1}) {2}{3}{4}{5}{6}-{7}{8}{9}{10}"),
    "IN": (("6", "7", "8", "9"), 9, "{0}{1}{2}{3}{4} {5}{6}{7}{8}{9}"),
}
"""National mobiles as each country writes them: France's 06/07, German 015x–017x, Spain's 6,
Brazil's (DDD) 9xxxx-xxxx, India's ten digits from 6 to 9."""


def random_mobiles(country: str, count: int, seed: int = 18) -> list[str]:
    """``count`` random national mobiles of ``country`` (FR, DE, ES, BR, IN) written the way
    people there write them; the same ``seed`` gives the same numbers."""
    starts, length, shape = _RANDOM_SHAPES[country]
    pick = random.Random(f"{country}{seed}")
    numbers = []
    for _ in range(count):
        digits = pick.choice(starts) + "".join(pick.choice("0123456789") for _ in range(length))
        numbers.append(shape.format(*digits))
    return numbers
