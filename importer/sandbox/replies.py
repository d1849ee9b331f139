"""The sandbox's answers: the documented ``{"status", "errors", "data"}`` shape, and strict JSON
reading of request bodies."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any


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


def decode(body: bytes) -> tuple[Any, Reply | None]:
    """Strict JSON (no NaN or Infinity), in any of the encodings JSON allows."""
    try:
        return json.loads(body, parse_constant=_reject_constant), None
    except (ValueError, UnicodeDecodeError):
        return None, failure(400, "The request body is not valid JSON.")


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")
