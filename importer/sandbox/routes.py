"""The sandbox's API endpoints as plain functions: request in, status and JSON out."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, unquote

from importer.sandbox.phones import is_phone_number
from importer.sandbox.store import SandboxStore
from importer.sandbox.validation import bulk_body_errors, list_name_errors

MAX_PAGE = 1000
NO_OVERRIDE = object()


@dataclass(frozen=True)
class Reply:
    """Status and JSON payload of an answer."""

    status: int
    payload: Any


def success(data: Any = None) -> Reply:
    """``{"status": "success"}`` with ``data`` when given."""
    payload: dict[str, Any] = {"status": "success"}
    if data is not None:
        payload["data"] = data
    return Reply(200, payload)


def failure(status: int, *messages: str) -> Reply:
    """``{"status": "error", "errors": [{"msg": ...}]}``."""
    return Reply(status, {"status": "error", "errors": [{"msg": m} for m in messages]})


def route(
    store: SandboxStore,
    method: str,
    path: str,
    query: str,
    body: bytes,
    lists_override: Any = NO_OVERRIDE,
) -> Reply:
    """Answer one authenticated request."""
    parts = [p for p in path.split("/") if p]
    if parts == ["lists"] and method == "GET":
        if lists_override is not NO_OVERRIDE:
            return Reply(200, lists_override)
        return success(store.lists())
    if parts == ["lists"] and method == "POST":
        return _create_list(store, body)
    if parts == ["contacts", "bulk"] and method == "POST":
        return _bulk(store, body)
    if parts == ["contacts"] and method == "GET":
        return _page(store, query)
    if len(parts) == 2 and parts[0] == "contacts" and method == "GET":
        return _one_contact(store, unquote(parts[1]))
    return failure(404, "Requested API endpoint not found.")


def _decode(body: bytes) -> tuple[Any, Reply | None]:
    """Strict JSON (no NaN or Infinity), in any of the encodings JSON allows."""
    try:
        return json.loads(body, parse_constant=_reject_constant), None
    except (ValueError, UnicodeDecodeError):
        return None, failure(400, "The request body is not valid JSON.")


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _create_list(store: SandboxStore, body: bytes) -> Reply:
    data, problem = _decode(body)
    if problem:
        return problem
    errors = list_name_errors(data)
    if errors:
        return failure(400, *errors)
    return success({"id": store.create_list(data["name"].strip())})


def _bulk(store: SandboxStore, body: bytes) -> Reply:
    data, problem = _decode(body)
    if problem:
        return problem
    errors = bulk_body_errors(data)
    list_id = data.get("list_id", 0) if isinstance(data, dict) else 0
    if not errors and not store.list_exists(list_id):
        errors = [f"list_id {list_id} does not exist."]
    if errors:
        return failure(400, *errors)
    store.upsert_body(list_id, body.decode(json.detect_encoding(body)))
    return success()


def _page(store: SandboxStore, query: str) -> Reply:
    params = parse_qs(query)
    try:
        list_id = int(params.get("list_id", ["0"])[0])
        limit = int(params.get("limit", [str(MAX_PAGE)])[0])
        offset = int(params.get("offset", ["0"])[0])
    except ValueError:
        return failure(400, "list_id, limit and offset must be integers.")
    if not 1 <= limit <= MAX_PAGE or offset < 0:
        return failure(400, f"limit must be 1 to {MAX_PAGE} and offset 0 or more.")
    if not store.list_exists(list_id):
        return failure(400, f"list_id {list_id} does not exist.")
    return success(store.page(list_id, limit, offset))


def _one_contact(store: SandboxStore, phone: str) -> Reply:
    if not is_phone_number(phone):
        return failure(400, "The phone number is not valid.")
    contact = store.contact(phone)
    if contact is None:
        return failure(404, "Contact not found.")
    return success(contact)
