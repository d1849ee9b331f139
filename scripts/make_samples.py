"""Write the sample spreadsheets under importer/resources/samples/ (run again after changing them).

contacts-sample.xlsx and contacts-sample.csv hold the same 24 fictional contacts (made-up New
York numbers; the sample is offered only in practice mode, against the local sandbox) and a few
rows with typical problems: a missing phone, a number too short, text instead of a number, a
duplicate, a number Excel turned into scientific notation, a placeholder (000-000-0000), a
number in a range not in use and a number a spreadsheet wrote as "17183740113.0". The workbook
also has a title row above the column titles and a hidden "Archive" sheet.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from openpyxl import Workbook

OUT = Path(__file__).resolve().parent.parent / "importer" / "resources" / "samples"
TITLE = "Customer contacts — exported from our shop system"
HEADERS = ["First name", "Last name", "Mobile", "Email", "City", "Customer since"]
PEOPLE = [
    ("Maria", "Garcia", "(212) 374-0101", "maria.garcia@example.com", "New York"),
    ("James", "Smith", "+1 212 374 0102", "james.smith@example.com", "New York"),
    ("Aisha", "Khan", "212-374-0103", "aisha.khan@example.com", "Brooklyn"),
    ("Chen", "Wei", "2123740104", "chen.wei@example.com", "Queens"),
    ("Olivia", "Brown", "(646) 374-0105", "olivia.brown@example.com", "Jersey City"),
    ("Lucas", "Martin", "646.374.0106", "lucas.martin@example.com", "Hoboken"),
    ("Fatima", "Diallo", "+1 (646) 023-0107", "fatima.diallo@example.com", "Newark"),
    ("Noah", "Johnson", "", "noah.johnson@example.com", "Yonkers"),
    ("Sofia", "Rossi", "917 374 0108", "sofia.rossi@example.com", "Bronx"),
    ("Liam", "O'Connor", "555-01", "liam.oconnor@example.com", "Staten Island"),
    ("Emma", "Müller", "917-374-0109", "emma.mueller@example.com", "Manhattan"),
    ("Mateo", "López", "call the office", "mateo.lopez@example.com", "Queens"),
    ("Yuki", "Tanaka", "(917) 374-0110", "yuki.tanaka@example.com", "Brooklyn"),
    ("Amara", "Okafor", "+1 718 374 0111", "amara.okafor@example.com", "Brooklyn"),
    ("Ethan", "Davis", "718-374-0112", "ethan.davis@example.com", "Bronx"),
    ("Chloé", "Dubois", "17183740113.0", "chloe.dubois@example.com", "Queens"),
    ("Maria", "Garcia", "212 374 0101", "m.garcia@example.com", "New York"),
    ("Hannah", "Cohen", "347-374-0114", "hannah.cohen@example.com", "Brooklyn"),
    ("Ravi", "Patel", "3.47374E+09", "ravi.patel@example.com", "Edison"),
    ("Grace", "Kim", "(347) 374-0115", "grace.kim@example.com", "Fort Lee"),
    ("Diego", "Fernández", "+1 347 374 0116", "diego.fernandez@example.com", "Queens"),
    ("Zoe", "Williams", "000-000-0000", "zoe.williams@example.com", "Manhattan"),
    ("Ahmed", "Hassan", "(332) 374-0118", "ahmed.hassan@example.com", "Paterson"),
    ("Isabella", "Silva", "332.374.0119", "isabella.silva@example.com", "Newark"),
]
ARCHIVE = [("Old", "Contact", "(212) 374-0199", "", "New York")]


def rows(people: list[tuple[str, str, str, str, str]]) -> list[list[object]]:
    """The data rows, each with a "customer since" date."""
    start = dt.date(2019, 3, 1)
    return [
        [first, last, phone, email, city, start + dt.timedelta(days=97 * number)]
        for number, (first, last, phone, email, city) in enumerate(people)
    ]


def write_xlsx(path: Path) -> None:
    """The workbook: title row, blank row, column titles in row 3, a hidden archive sheet."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Contacts"
    sheet.append([TITLE])
    sheet.append([])
    sheet.append(HEADERS)
    for values in rows(PEOPLE):
        sheet.append(values)
    for column, width in zip("ABCDEF", (12, 12, 18, 30, 14, 14), strict=True):
        sheet.column_dimensions[column].width = width
    for row in sheet.iter_rows(min_row=4, min_col=6, max_col=6):
        row[0].number_format = "yyyy-mm-dd"
    archive = workbook.create_sheet("Archive")
    archive.append(HEADERS)
    for values in rows(ARCHIVE):
        archive.append(values)
    archive.sheet_state = "hidden"
    workbook.save(path)


def write_csv(path: Path) -> None:
    """The same contacts as a plain UTF-8 CSV with the column titles in row 1."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS)
        for values in rows(PEOPLE):
            writer.writerow([v.isoformat() if isinstance(v, dt.date) else v for v in values])


def main() -> None:
    """Write both sample files."""
    OUT.mkdir(parents=True, exist_ok=True)
    write_xlsx(OUT / "contacts-sample.xlsx")
    write_csv(OUT / "contacts-sample.csv")
    print(f"Wrote the samples to {OUT}")


if __name__ == "__main__":
    main()
