"""Turning an HTTP response into its payload or the matching typed error."""

from __future__ import annotations

import json
from typing import Any

import requests

from importer.api.errors import (
    ApiError,
    AuthError,
    BatchRejectedError,
    EndpointNotFoundError,
    RateLimitedError,
    RedirectRefusedError,
    ServerError,
    UnexpectedResponseError,
)
from importer.api.models import WriteAnswer
from importer.api.redact import redact
from importer.api.retry_after import parse_retry_after
from importer.i18n import _

_MAX_MESSAGE_CHARS = 500
_MAX_SHOWN_CHARS = 120
"""How much of an answer's body a message quotes."""


def checked_payload(response: requests.Response, secret: str) -> Any:
    """The decoded JSON body of a successful response; a typed error otherwise."""
    status = response.status_code
    payload = _json_or_none(response)
    if status >= 300:
        raise error_for_status(response, payload, secret)
    if payload is None:
        raise UnexpectedResponseError(_("the answer is not JSON"), status=status)
    if isinstance(payload, dict) and payload.get("status") == "error":
        raise BatchRejectedError(error_messages(payload, secret), status=status)
    return payload


def write_answer(
    response: requests.Response, secret: str, *, not_found: bool = False
) -> WriteAnswer:
    """The answer to a request that changes something, not judged: only its HTTP status is
    turned into a typed error (429, 5xx, 401, 400…), as for any request. ``not_found``: a 404
    is an answer too (``DELETE /contacts/{phone}`` of a contact that is not there), left for
    the judge."""
    status = response.status_code
    payload = _json_or_none(response)
    if status >= 300 and not (not_found and status == 404):
        raise error_for_status(response, payload, secret)
    is_json = payload is not None or response.content.strip() == b"null"
    shown = shown_body(response.content, secret)
    return WriteAnswer(status, payload, is_json, shown, tuple(error_messages(payload, secret)))


def shown_body(content: bytes, secret: str) -> str:
    """An answer's body as a message may quote it: decoded, redacted, cut to a short line."""
    text = " ".join(content.decode("utf-8", errors="replace").split())
    text = redact(text, secret)
    if len(text) > _MAX_SHOWN_CHARS:
        text = text[: _MAX_SHOWN_CHARS - 1] + "…"
    return text or "(empty)"


def contact_payload(payload: Any) -> Any:
    """``payload`` when it reads as contacts in a documented or tolerated form (a list, or an
    object whose status, if any, is "success"); an :class:`UnexpectedResponseError` otherwise,
    so an answer such as ``{}`` or ``{"status": "fail"}`` is never read as "no contacts"."""
    if isinstance(payload, list):
        return payload
    if isinstance(payload, dict):
        status = payload.get("status")
        if status == "success" or (status is None and isinstance(payload.get("data"), list | dict)):
            return payload
    shown = json.dumps(payload, ensure_ascii=False)[:_MAX_SHOWN_CHARS]
    raise UnexpectedResponseError(
        _("the answer holds no list of contacts ({shown})").format(shown=shown)
    )


def error_for_status(response: requests.Response, payload: Any, secret: str) -> ApiError:
    """The typed error for a 3xx, 4xx or 5xx answer."""
    status = response.status_code
    if 300 <= status < 400:
        return RedirectRefusedError(status, redact(response.headers.get("Location", ""), secret))
    if status in (401, 403):
        return AuthError(status)
    if status == 404:
        return EndpointNotFoundError(redact(response.url, secret))
    if status == 429:
        return RateLimitedError(parse_retry_after(response.headers.get("Retry-After")))
    if status >= 500:
        return ServerError(status)
    if status in (400, 413, 422):
        return BatchRejectedError(error_messages(payload, secret), status=status)
    return UnexpectedResponseError(_("HTTP status {status}").format(status=status), status=status)


def error_messages(payload: Any, secret: str) -> list[str]:
    """The ``errors[].msg`` texts of an error body, redacted and trimmed."""
    if not isinstance(payload, dict) or not isinstance(payload.get("errors"), list):
        return []
    messages = []
    for entry in payload["errors"]:
        text = entry.get("msg") if isinstance(entry, dict) else entry
        if text is None:
            continue
        text = text if isinstance(text, str) else json.dumps(text, ensure_ascii=False)
        messages.append(redact(text, secret)[:_MAX_MESSAGE_CHARS])
    return messages


def _json_or_none(response: requests.Response) -> Any:
    try:
        return json.loads(response.content)
    except ValueError:
        return None
