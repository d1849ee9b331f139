"""The items of an API answer whose envelope is undocumented: a bare list, ``{"data": [...]}``,
or an object holding the list under one of a few likely keys."""

from __future__ import annotations

from typing import Any


def payload_items(payload: Any, container_keys: tuple[str, ...]) -> list[Any]:
    """The list of items in ``payload`` (under ``data``, then the first of ``container_keys``
    that holds a list); an empty list when there is none."""
    if isinstance(payload, dict) and "data" in payload:
        payload = payload["data"]
    if isinstance(payload, dict):
        for key in container_keys:
            if isinstance(payload.get(key), list):
                return list(payload[key])
        return []
    return list(payload) if isinstance(payload, list) else []
