"""The script a user would write instead of this program: the baseline every stage is compared to.

pandas.read_excel (openpyxl or calamine engine) + phonenumbers parse/validate/format per row +
json.dumps of 10,000-record batches.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pandas as pd
import phonenumbers


def run(path: Path, engine: str) -> int:
    """Read, validate and batch ``path`` the naive way; return how many records were ready."""
    frame = (
        pd.read_excel(path, engine=engine, dtype=str)
        if path.suffix == ".xlsx"
        else (pd.read_csv(path, dtype=str))
    )
    records = []
    for name, phone, email, cid, signed, city, notes in frame.itertuples(index=False):
        try:
            parsed = phonenumbers.parse(str(phone), "US")
        except phonenumbers.NumberParseException:
            continue
        if not phonenumbers.is_valid_number(parsed):
            continue
        e164 = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
        extra = {"email": email, "id": cid, "signed_up": signed, "city": city, "notes": notes}
        records.append({"phone_number": e164, "name": name, "extra_fields": extra})
    for start in range(0, len(records), 10_000):
        json.dumps({"list_id": 0, "records": records[start : start + 10_000]}, default=str)
    return len(records)


if __name__ == "__main__":
    print(run(Path(sys.argv[1]), sys.argv[2]))
