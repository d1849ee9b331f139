"""The sandbox's documented contact endpoints besides the bulk upsert and the listing:
search, update, delete, and add to a list."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs

from importer.sandbox.phones import is_phone_number
from importer.sandbox.replies import Reply, decode, failure, success
from importer.sandbox.store import SandboxStore
from importer.sandbox.validation import (
    contact_update_errors,
    list_id_errors,
    phone_list_errors,
)

MAX_SEARCH = 20
MIN_QUERY = 2
_NOT_FOUND = "Contact not found."


def search(store: SandboxStore, query: str) -> Reply:
    """``GET /contacts/search?query=&limit=&offset=``."""
    params = parse_qs(query)
    text = params.get("query", [""])[0]
    try:
        limit = int(params.get("limit", [str(MAX_SEARCH)])[0])
        offset = int(params.get("offset", ["0"])[0])
    except ValueError:
        return failure(400, "limit and offset must be integers.")
    if len(text.strip()) < MIN_QUERY:
        return failure(400, f"query must hold at least {MIN_QUERY} characters.")
    if not 1 <= limit <= MAX_SEARCH or offset < 0:
        return failure(400, f"limit must be 1 to {MAX_SEARCH} and offset 0 or more.")
    return success(store.search(text.strip(), limit, offset))


def update(store: SandboxStore, phone: str, body: bytes) -> Reply:
    """``PUT /contacts/{phone_number}``: name and extra fields are replaced when given."""
    data, problem = _decoded(phone, body)
    if problem:
        return problem
    errors = contact_update_errors(data)
    if errors:
        return failure(400, *errors)
    if not store.update_contact(phone, data):
        return failure(404, _NOT_FOUND)
    return success()


def delete(store: SandboxStore, phone: str, body: bytes) -> Reply:
    """``DELETE /contacts/{phone_number}`` with ``{"list_id"}``: 0 deletes the contact,
    another list id only takes it out of that list."""
    data, problem = _decoded(phone, body)
    if problem:
        return problem
    errors = list_id_errors(data, "list_id")
    if errors:
        return failure(400, *errors)
    if not store.list_exists(data["list_id"]):
        return failure(400, f"list_id {data['list_id']} does not exist.")
    if not store.delete_contact(phone, data["list_id"]):
        return failure(404, _NOT_FOUND)
    return success()


def add_to_list(store: SandboxStore, body: bytes) -> Reply:
    """``POST /contacts/add-to-list`` with ``{"dest_list_id", "phone_numbers"}``."""
    data, problem = decode(body)
    if problem:
        return problem
    errors = list_id_errors(data, "dest_list_id") + phone_list_errors(data)
    if errors:
        return failure(400, *errors)
    if not store.list_exists(data["dest_list_id"]):
        return failure(400, f"dest_list_id {data['dest_list_id']} does not exist.")
    store.add_to_list(data["dest_list_id"], data["phone_numbers"])
    return success()


def _decoded(phone: str, body: bytes) -> tuple[Any, Reply | None]:
    if not is_phone_number(phone):
        return None, failure(400, "The phone number is not valid.")
    return decode(body)
