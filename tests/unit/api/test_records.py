"""The contact record the bulk endpoint takes, written in one place for the file's rows, the
comparison's merged records and the undo's before-images."""

from __future__ import annotations

from importer.api.records import contact_record


def test_a_record_holds_the_number_the_name_and_the_fields() -> None:
    fields = {"city": "Boston", "id": 7}
    record = contact_record("+16175551212", "Ann Lee", fields)
    assert record == {
        "phone_number": "+16175551212",
        "name": "Ann Lee",
        "extra_fields": {"city": "Boston", "id": 7},
    }
    assert list(record) == ["phone_number", "name", "extra_fields"], "the documented order"
    assert record["extra_fields"] is fields, "the fields go in as given (no copy per row)"


def test_an_empty_name_and_no_fields_are_left_out_not_sent_as_null() -> None:
    assert contact_record("+16175551212", None, {}) == {"phone_number": "+16175551212"}
    assert contact_record("+16175551212", "", {}) == {"phone_number": "+16175551212"}


def test_empty_values_inside_the_fields_stay_as_they_are() -> None:
    """A before-image restores what Sociocs held, empty values included."""
    record = contact_record("+16175551212", "Ann", {"note": ""})
    assert record["extra_fields"] == {"note": ""}
