"""HTTP client for the documented subset of the Sociocs API."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import quote, urlencode, urlsplit

import requests

from importer import __version__
from importer.api.contacts import ContactPage
from importer.api.errors import (
    BatchRejectedError,
    InvalidApiKeyError,
    ListNotConfirmedError,
)
from importer.api.list_parsing import parse_list_id, parse_lists
from importer.api.models import ContactList, WriteAnswer
from importer.api.network_errors import network_error
from importer.api.proxies import system_proxy
from importer.api.responses import checked_payload, contact_payload, write_answer
from importer.api.session import api_session
from importer.api.trust import https_trust
from importer.api.urls import checked_base_url
from importer.i18n import _

DEFAULT_API_URL = "https://api.sociocs.com"
MAX_BATCH_RECORDS = 10_000
ENCODE_SLICE = 500
"""Records encoded per ``json.dumps`` call in a bulk body (each call holds the GIL)."""
MAX_PAGE = 1000
"""The most contacts ``GET /contacts`` returns per request (its documented maximum)."""
MAX_SEARCH = 20
"""The most contacts ``GET /contacts/search`` returns per request (its documented maximum)."""

log = logging.getLogger(__name__)


def encode_json(body: Any) -> bytes:
    """Compact UTF-8 JSON; values must be JSON-serializable and finite (else ValueError)."""
    try:
        return _dumps(body, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return _dumps(body, ensure_ascii=True).encode("ascii")


def _dumps(body: Any, *, ensure_ascii: bool) -> str:
    return json.dumps(body, separators=(",", ":"), ensure_ascii=ensure_ascii, allow_nan=False)


def bulk_body(
    list_id: int, phone_number_cc: str | None, records: Sequence[Mapping[str, Any]]
) -> bytes:
    """The JSON body of ``POST /contacts/bulk`` for 1..10,000 ``records`` (else ValueError).

    Exactly ``{"list_id", "phone_number_cc" (omitted when None), "records"}``, byte for byte
    what :func:`encode_json` makes of it, but encoded :data:`ENCODE_SLICE` records at a time:
    one ``json.dumps`` of 10,000 records holds the GIL for 40–55 ms (longer on a busy
    machine), which froze the wizard while uploading.
    """
    if not 1 <= len(records) <= MAX_BATCH_RECORDS:
        raise ValueError(f"a batch holds 1..{MAX_BATCH_RECORDS} records, not {len(records)}")
    body: dict[str, Any] = {"list_id": list_id}
    if phone_number_cc is not None:
        body["phone_number_cc"] = phone_number_cc
    body["records"] = []
    try:
        return _sliced_dumps(body, records, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return _sliced_dumps(body, records, ensure_ascii=True).encode("ascii")


def _sliced_dumps(
    body: dict[str, Any], records: Sequence[Mapping[str, Any]], *, ensure_ascii: bool
) -> str:
    """``body`` (its ``records`` empty) as JSON with ``records`` inside, slice by slice."""
    head = _dumps(body, ensure_ascii=ensure_ascii)
    parts = [
        _dumps(list(records[start : start + ENCODE_SLICE]), ensure_ascii=ensure_ascii)[1:-1]
        for start in range(0, len(records), ENCODE_SLICE)
    ]
    return f"{head[:-2]}{','.join(parts)}{head[-2:]}"


def _checked_key(api_key: str) -> str:
    key = api_key.strip()
    if not key or not all("!" <= ch <= "~" for ch in key):
        raise InvalidApiKeyError()
    return key


class SociocsClient:
    """One API key against one base URL; every method raises an ``ApiError`` subclass.

    HTTPS is required except for loopback hosts; certificates are always verified, against
    the system's store where it can be used (:mod:`importer.api.trust`); requests go through
    the system's proxy, never for loopback (:mod:`importer.api.proxies`); redirects are never
    followed (a 3xx raises ``RedirectRefusedError``).
    """

    def __init__(
        self,
        api_key: str,
        base_url: str = DEFAULT_API_URL,
        *,
        timeout: tuple[float, float] = (10.0, 120.0),
    ) -> None:
        self.base_url = checked_base_url(base_url)
        self._key = _checked_key(api_key)
        self._timeout = timeout
        self._host = urlsplit(self.base_url).netloc
        self.proxy = system_proxy(self.base_url)
        secure = self.base_url.startswith("https:")
        self.trust = https_trust() if secure else None
        context = self.trust.context if self.trust else None
        self._session = api_session(context, self.proxy)
        log.info(
            "Sociocs at %s: %s, %s",
            self._host,
            self.trust.describe() if self.trust else "plain http on this computer",
            f"through the proxy {self.proxy.shown}" if self.proxy.shown else "no proxy",
        )
        self._session.headers.update(
            {
                "apikey": self._key,
                "Accept": "application/json",
                "User-Agent": f"sociocs-contact-importer/{__version__}",
            }
        )

    def __repr__(self) -> str:
        return f"SociocsClient(base_url={self.base_url!r})"

    def __enter__(self) -> SociocsClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Release pooled connections."""
        self._session.close()

    def lists(self) -> list[ContactList]:
        """All contact lists (``GET /lists``), parsed tolerantly."""
        return parse_lists(self._call("GET", "/lists"))

    def create_list(self, name: str) -> ContactList:
        """Create a contact list (``POST /lists``) and return it with its new id.

        Only the documented success answer, ``{"status": "success", "data": {"id": N}}``,
        counts; ``{"status": "error"}`` (the name refused) raises ``BatchRejectedError``; any
        other answer (``{"status": "fail"}``, ``{}``, no id, not JSON) raises
        :class:`ListNotConfirmedError`: the list may or may not exist, so callers read the
        lists back (:func:`importer.lists.making.create_list_confirmed`), never take it as made.
        """
        response = self._request(
            "POST",
            "/lists",
            body={"name": name},
            changes=_("The new list may or may not have been created."),
        )
        answer = write_answer(response, self._key)
        payload = answer.payload if isinstance(answer.payload, dict) else {}
        if payload.get("status") == "error":
            raise BatchRejectedError(list(answer.messages), status=answer.status)
        data = payload.get("data")
        list_id = parse_list_id(data.get("id")) if isinstance(data, dict) else None
        if payload.get("status") != "success" or payload.get("errors") or list_id is None:
            raise ListNotConfirmedError(answer.shown, status=answer.status)
        return ContactList(id=list_id, name=name, extra={})

    def bulk_upsert(
        self,
        list_id: int,
        phone_number_cc: str | None,
        records: Sequence[Mapping[str, Any]],
    ) -> WriteAnswer:
        """Upsert 1..10,000 records into ``list_id`` (``POST /contacts/bulk``); the answer, to
        be judged (:mod:`importer.jobs.answers`).

        The body is exactly ``{"list_id", "phone_number_cc" (omitted when None), "records"}``.
        Existing contacts with the same phone number are overwritten entirely.
        """
        return self.post_bulk(bulk_body(list_id, phone_number_cc, records), len(records))

    def post_bulk(self, body: bytes, count: int) -> WriteAnswer:
        """Send a body made by :func:`bulk_body` holding ``count`` records (``POST
        /contacts/bulk``); lets a caller encode the next body while this one is in flight.
        Returns the answer unjudged: only :mod:`importer.jobs.answers` says whether it
        confirms that the records were saved."""
        response = self._request(
            "POST",
            "/contacts/bulk",
            data=body,
            detail=f"{count} records",
            changes=_("Contacts in a request that got no answer may or may not have been saved."),
        )
        return write_answer(response, self._key)

    def contacts_page(self, list_id: int, offset: int, limit: int = MAX_PAGE) -> ContactPage:
        """One page of a list's contacts by id (``GET /contacts``; list 0 = every contact)."""
        query = urlencode({"list_id": list_id, "limit": limit, "offset": offset})
        payload = self._call("GET", "/contacts?" + query, detail=f"offset {offset}")
        return ContactPage(contact_payload(payload))

    def search_contacts(self, query: str, offset: int = 0, limit: int = MAX_SEARCH) -> ContactPage:
        """Contacts whose name or number holds ``query`` (``GET /contacts/search``)."""
        text = urlencode({"query": query, "limit": limit, "offset": offset})
        payload = self._call("GET", "/contacts/search?" + text, detail="search")
        return ContactPage(contact_payload(payload))

    def delete_contact(self, phone: str, list_id: int) -> WriteAnswer:
        """Delete the contact (``list_id`` 0) or take it out of one list (``DELETE
        /contacts/{phone_number}``); the answer unjudged, a 404 ("no such contact") included:
        only a read can tell whether the contact is gone (:mod:`importer.jobs.answers`)."""
        path = "/contacts/" + quote(phone, safe="")
        response = self._request(
            "DELETE",
            path,
            body={"list_id": list_id},
            detail=f"list {list_id}",
            changes=_("The contact being removed may or may not have been removed."),
        )
        return write_answer(response, self._key, not_found=True)

    def add_to_list(self, list_id: int, phones: Sequence[str]) -> WriteAnswer:
        """Add the contacts with ``phones`` to the list ``list_id`` (``POST
        /contacts/add-to-list``; their values stay as they are); the answer unjudged
        (:mod:`importer.jobs.answers`)."""
        response = self._request(
            "POST",
            "/contacts/add-to-list",
            body={"dest_list_id": list_id, "phone_numbers": list(phones)},
            detail=f"{len(phones)} numbers to list {list_id}",
            changes=_("The contacts being added to the list may or may not have been added."),
        )
        return write_answer(response, self._key)

    def _call(
        self,
        method: str,
        path: str,
        *,
        body: Any = None,
        data: bytes | None = None,
        detail: str = "",
        changes: str = "",
    ) -> Any:
        """The payload of a successful answer (``body`` is encoded as JSON; ``data`` is JSON
        already encoded); a typed error otherwise."""
        response = self._request(method, path, body=body, data=data, detail=detail, changes=changes)
        return checked_payload(response, self._key)

    def _request(
        self,
        method: str,
        path: str,
        *,
        body: Any = None,
        data: bytes | None = None,
        detail: str = "",
        changes: str = "",
    ) -> requests.Response:
        """The answer to one request; ``changes`` says what a request that changes something
        may have done when it got no answer (a :class:`NetworkError` then)."""
        if body is not None:
            data = encode_json(body)
        headers = {} if data is None else {"Content-Type": "application/json"}
        started = time.perf_counter()
        try:
            response = self._session.request(
                method,
                self.base_url + path,
                data=data,
                headers=headers,
                timeout=self._timeout,
                allow_redirects=False,
            )
        except requests.RequestException as exc:
            log.debug("%s %s %s: failed (%s)", method, path, detail, type(exc).__name__)
            raise network_error(
                exc, self._host, self._timeout[1], proxy=self.proxy.shown, changes=changes
            ) from exc
        elapsed = time.perf_counter() - started
        log.debug(
            "%s %s %s: HTTP %s in %.3f s", method, path, detail, response.status_code, elapsed
        )
        return response
