"""Validation of the API base address: https everywhere, plain http only on loopback."""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from importer.api.errors import InsecureUrlError, InvalidApiUrlError
from importer.i18n import _

_LOCALHOST_NAMES = frozenset({"localhost", "localhost.localdomain"})


def is_loopback_host(host: str) -> bool:
    """True for 127.0.0.0/8, ::1 and localhost: addresses that never leave this computer."""
    name = host.strip("[]").lower().rstrip(".")
    if name in _LOCALHOST_NAMES:
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def checked_base_url(url: str) -> str:
    """``url`` without a trailing slash, or a typed error when it is unusable or insecure."""
    text = url.strip()
    try:
        parts = urlsplit(text)
        host = parts.hostname or ""
        parts.port  # noqa: B018 - raises ValueError for a malformed port
    except ValueError:
        raise InvalidApiUrlError(url, _("it is not a valid web address")) from None
    if parts.scheme not in ("http", "https") or not host:
        raise InvalidApiUrlError(url, _("it must look like https://api.sociocs.com"))
    if parts.username is not None or parts.password is not None:
        raise InvalidApiUrlError(url, _("it must not contain a user name or password"))
    if parts.query or parts.fragment:
        raise InvalidApiUrlError(url, _("it must not contain ? or #"))
    if parts.scheme == "http" and not is_loopback_host(host):
        raise InsecureUrlError(url)
    return text.rstrip("/")
