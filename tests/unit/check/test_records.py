from __future__ import annotations

import json

from importer.check.records import build_record


def test_full_record() -> None:
    record = build_record("+16175551212", "Ann Lee", {"city": "Boston", "id": 7, "vip": True})
    assert record == {
        "phone_number": "+16175551212",
        "name": "Ann Lee",
        "extra_fields": {"city": "Boston", "id": 7, "vip": True},
    }
    assert json.loads(json.dumps(record, allow_nan=False)) == record


def test_empty_name_and_fields_are_left_out() -> None:
    assert build_record("+16175551212", None, {}) == {"phone_number": "+16175551212"}
    assert build_record("+16175551212", "", {"city": None, "note": ""}) == {
        "phone_number": "+16175551212"
    }


def test_falsy_but_real_values_are_kept() -> None:
    record = build_record("+16175551212", None, {"count": 0, "vip": False, "score": 0.0})
    assert record["extra_fields"] == {"count": 0, "vip": False, "score": 0.0}
