"""What sending a record changes in an existing contact, and the record keep sends."""

from __future__ import annotations

from importer.api.contacts import Contact
from importer.compare.changes import ContactChange, change_of, existing_record, merged_record

EXISTING = Contact(
    phone="+16175551212",
    name="Ann",
    extra={"city": "Paris", "tier": "gold", "note": "", "email": "a@x.io"},
    extra_raw="{}",
)
FILE_KEYS = {"city", "email"}


def test_keep_merges_the_files_values_over_what_sociocs_holds() -> None:
    record = {"phone_number": "+16175551212", "extra_fields": {"city": "Lyon"}}
    assert merged_record(record, EXISTING) == {
        "phone_number": "+16175551212",
        "name": "Ann",
        "extra_fields": {"city": "Lyon", "tier": "gold", "note": "", "email": "a@x.io"},
    }


def test_keep_takes_the_files_name_when_it_has_one() -> None:
    record = {"phone_number": "+16175551212", "name": "Ann Lee"}
    assert merged_record(record, EXISTING)["name"] == "Ann Lee"


def test_replace_loses_fields_emptied_in_the_row_and_fields_the_file_lacks() -> None:
    record = {"phone_number": "+16175551212", "name": "Ann", "extra_fields": {"city": "Lyon"}}
    change = change_of(EXISTING, record, in_list=True, file_keys=FILE_KEYS)
    assert change == ContactChange(
        fields={"city": ("Paris", "Lyon")}, emptied=("email",), removed=("tier",)
    )
    assert change.lost == ("email", "tier") and change.values_change


def test_a_new_field_and_a_new_name_and_joining_the_list() -> None:
    record = {"phone_number": "+1", "name": "Ann Lee", "extra_fields": {**EXISTING.extra, "vip": 1}}
    change = change_of(EXISTING, record, in_list=False, file_keys=FILE_KEYS)
    assert change.name == ("Ann", "Ann Lee")
    assert change.fields == {"vip": (None, 1)}
    assert change.list_added and not change.lost


def test_nothing_changes() -> None:
    record = existing_record(EXISTING.phone, EXISTING)
    change = change_of(EXISTING, record, in_list=True, file_keys=FILE_KEYS)
    assert not change and not change.values_change
    assert not change_of(EXISTING, record, in_list=False, file_keys=()).values_change
