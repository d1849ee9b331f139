"""Strict validation of request bodies, as the Sociocs documentation describes them."""

from __future__ import annotations

from typing import Any

from importer.sandbox.phones import is_phone_number

MAX_RECORDS = 10_000
_BODY_KEYS = frozenset({"list_id", "phone_number_cc", "records"})
_RECORD_KEYS = frozenset({"phone_number", "name", "extra_fields"})
_SCALARS = (str, int, float, bool, type(None))


def bulk_body_errors(body: Any) -> list[str]:
    """Problems with a ``POST /contacts/bulk`` body (one message per bad record)."""
    if not isinstance(body, dict):
        return ["The request body must be a JSON object."]
    errors = [f"Unknown field '{key}'." for key in sorted(set(body) - _BODY_KEYS)]
    list_id = body.get("list_id", 0)
    if not _is_int(list_id):
        errors.append("list_id must be an integer.")
    cc = body.get("phone_number_cc")
    if "phone_number_cc" in body and not (isinstance(cc, str) and cc.isdigit() and len(cc) <= 4):
        errors.append('phone_number_cc must be a string of digits such as "1".')
    records = body.get("records")
    if not isinstance(records, list):
        errors.append("records is required and must be an array.")
    elif not 1 <= len(records) <= MAX_RECORDS:
        errors.append(f"records must hold 1 to {MAX_RECORDS} items, not {len(records)}.")
    else:
        for index, record in enumerate(records):
            problems = record_errors(record)
            if problems:
                errors.append(f"records[{index}]: {' '.join(problems)}")
    return errors


def record_errors(record: Any) -> list[str]:
    """Problems with one record of a bulk body."""
    if not isinstance(record, dict):
        return ["must be an object."]
    problems = [f"unknown field '{key}'." for key in sorted(set(record) - _RECORD_KEYS)]
    phone = record.get("phone_number")
    if phone is None:
        problems.append("phone_number is required.")
    elif not isinstance(phone, str):
        problems.append("phone_number must be a string.")
    elif not is_phone_number(phone):
        problems.append(f"phone_number '{phone[:40]}' is not a valid phone number.")
    if "name" in record and not isinstance(record["name"], str):
        problems.append("name must be a string.")
    if "extra_fields" in record:
        problems.extend(_extra_field_errors(record["extra_fields"]))
    return problems


def list_name_errors(body: Any, limit: int | None = None) -> list[str]:
    """Problems with a ``POST /lists`` body (a name longer than ``limit``, when one is set)."""
    if not isinstance(body, dict):
        return ["The request body must be a JSON object."]
    name = body.get("name")
    if not isinstance(name, str) or not name.strip():
        return ["name is required and must be a non-empty string."]
    if limit is not None and len(name.strip()) > limit:
        return [f"name must be at most {limit} characters."]
    return []


def _extra_field_errors(extra: Any) -> list[str]:
    if not isinstance(extra, dict):
        return ["extra_fields must be an object."]
    bad = [key for key, value in extra.items() if not isinstance(value, _SCALARS)]
    return [f"extra_fields '{key}' must be a text, number or boolean." for key in bad]


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def contact_update_errors(body: Any) -> list[str]:
    """Problems with a ``PUT /contacts/{phone_number}`` body."""
    if not isinstance(body, dict):
        return ["The request body must be a JSON object."]
    allowed = {"phone_number_cc", "name", "extra_fields"}
    errors = [f"Unknown field '{key}'." for key in sorted(set(body) - allowed)]
    cc = body.get("phone_number_cc")
    if "phone_number_cc" in body and not (isinstance(cc, str) and cc.isdigit() and len(cc) <= 4):
        errors.append('phone_number_cc must be a string of digits such as "1".')
    if "name" in body and not isinstance(body["name"], str):
        errors.append("name must be a string.")
    if "extra_fields" in body:
        errors.extend(_extra_field_errors(body["extra_fields"]))
    return errors


def list_id_errors(body: Any, key: str) -> list[str]:
    """Problems with the integer list id ``key`` that ``body`` must hold."""
    if not isinstance(body, dict) or not _is_int(body.get(key)):
        return [f"{key} is required and must be an integer."]
    return []


def phone_list_errors(body: Any) -> list[str]:
    """Problems with the ``phone_numbers`` array of ``POST /contacts/add-to-list``."""
    phones = body.get("phone_numbers") if isinstance(body, dict) else None
    if not isinstance(phones, list) or not phones:
        return ["phone_numbers is required and must be a non-empty array."]
    bad = [p for p in phones if not (isinstance(p, str) and is_phone_number(p))]
    return [f"phone_numbers: '{str(p)[:40]}' is not a valid phone number." for p in bad]
