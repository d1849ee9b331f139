"""The sandbox's API endpoints as plain functions: request in, status and JSON out.

Exactly the documented endpoints the importer may meet: lists (read and create), the bulk
upsert, the contact listing and search, update and delete of one contact, and add to a list.
No endpoint returns one contact by its number: Sociocs documents none.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qs, unquote

from importer.sandbox import contact_routes
from importer.sandbox.replies import Reply, decode, failure, success
from importer.sandbox.store import SandboxStore
from importer.sandbox.validation import bulk_body_errors, list_name_errors

MAX_PAGE = 1000
NO_OVERRIDE = object()


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
    if parts[:1] == ["contacts"]:
        return _contacts(store, method, parts[1:], query, body)
    return _not_found()


def _contacts(store: SandboxStore, method: str, rest: list[str], query: str, body: bytes) -> Reply:
    if not rest and method == "GET":
        return _page(store, query)
    if rest == ["bulk"] and method == "POST":
        return _bulk(store, body)
    if rest == ["search"] and method == "GET":
        return contact_routes.search(store, query)
    if rest == ["add-to-list"] and method == "POST":
        return contact_routes.add_to_list(store, body)
    if len(rest) == 1 and method == "PUT":
        return contact_routes.update(store, unquote(rest[0]), body)
    if len(rest) == 1 and method == "DELETE":
        return contact_routes.delete(store, unquote(rest[0]), body)
    return _not_found()


def _not_found() -> Reply:
    return failure(404, "Requested API endpoint not found.")


def _create_list(store: SandboxStore, body: bytes) -> Reply:
    data, problem = decode(body)
    if problem:
        return problem
    errors = list_name_errors(data, store.list_name_limit)
    if errors:
        return failure(400, *errors)
    return success({"id": store.create_list(data["name"].strip())})


def _bulk(store: SandboxStore, body: bytes) -> Reply:
    data, problem = decode(body)
    if problem:
        return problem
    errors = bulk_body_errors(data)
    list_id = data.get("list_id", 0) if isinstance(data, dict) else 0
    if not errors and not store.list_exists(list_id):
        errors = [f"list_id {list_id} does not exist."]
    if errors:
        return failure(400, *errors)
    store.upsert_body(list_id, body.decode(json.detect_encoding(body)), data.get("phone_number_cc"))
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


def dropping_bulk(store: SandboxStore, body: bytes, dropped: frozenset[str]) -> Reply:
    """A bulk write that saves every record but those numbered in ``dropped``, and answers
    ``{"status": "success", "errors": [...]}`` naming them (a fault the sandbox can play)."""
    data, problem = decode(body)
    if problem:
        return problem
    records = data.get("records") if isinstance(data, dict) else None
    if not isinstance(records, list):
        return _bulk(store, body)
    kept = [r for r in records if not (isinstance(r, dict) and r.get("phone_number") in dropped)]
    gone = [r["phone_number"] for r in records if r not in kept]
    if kept:
        reply = _bulk(store, json.dumps({**data, "records": kept}).encode())
        if reply.status != 200:
            return reply
    errors = [{"msg": f"{phone}: this number cannot be saved."} for phone in gone]
    return Reply(200, {"status": "success", **({"errors": errors} if errors else {})})
