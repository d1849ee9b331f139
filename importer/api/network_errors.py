"""Plain-language reasons for transport failures raised by ``requests``."""

from __future__ import annotations

import requests

from importer.api.errors import NetworkError
from importer.i18n import _

_DNS_HINTS = ("NameResolutionError", "getaddrinfo", "Name or service not known", "nodename")


def network_error(exc: requests.RequestException, host: str, read_timeout: float) -> NetworkError:
    """The :class:`NetworkError` describing ``exc`` (never quoting request headers)."""
    return NetworkError(host, _reason(exc, read_timeout))


def _reason(exc: requests.RequestException, read_timeout: float) -> str:
    if isinstance(exc, requests.exceptions.ConnectTimeout):
        return _("connecting took too long (the server or the network is unreachable)")
    if isinstance(exc, requests.exceptions.ReadTimeout):
        return _("the server did not answer within {read_timeout:.0f} seconds").format(
            read_timeout=read_timeout
        )
    if isinstance(exc, requests.exceptions.SSLError):
        return _(
            "the secure (TLS) connection failed; the server's certificate could not be "
            "verified, or something on the network intercepts the connection"
        )
    if isinstance(exc, requests.exceptions.ProxyError):
        return _("the proxy server refused or dropped the connection")
    text = repr(exc)
    if any(hint in text for hint in _DNS_HINTS):
        return _("the server name could not be found (DNS); check the address and the network")
    if "refused" in text.lower():
        return _("the connection was refused (nothing is listening at that address)")
    return _("the connection was closed or reset before a complete answer arrived")
