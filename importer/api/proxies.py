"""Which proxy the requests to an API address go through: the system's, never for loopback.

The system's setting is read the way Python's ``urllib`` reads it: the ``HTTPS_PROXY``,
``ALL_PROXY`` and ``NO_PROXY`` environment variables (lower case first) when any is set, else
the proxy the Windows Internet Options or the macOS network settings name, with their
exceptions. A proxy chosen by a script (PAC) or by automatic detection is not read. A sandbox
on this computer is always reached directly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit

from requests.utils import get_environ_proxies, select_proxy

from importer.api.urls import is_loopback_host


@dataclass(frozen=True)
class ProxyRoute:
    """``proxies`` for a requests session, and the proxy as shown to people (no password)."""

    proxies: dict[str, str] = field(default_factory=dict)
    shown: str = ""


DIRECT = ProxyRoute()


def system_proxy(url: str) -> ProxyRoute:
    """The route the system's proxy settings give for requests to ``url``."""
    parts = urlsplit(url)
    if is_loopback_host(parts.hostname or ""):
        return DIRECT
    proxy = select_proxy(url, get_environ_proxies(url))
    if not proxy:
        return DIRECT
    return ProxyRoute({parts.scheme: proxy}, shown_proxy(proxy))


def shown_proxy(proxy: str) -> str:
    """``host:port`` of a proxy URL, without the user name and password it may hold."""
    parts = urlsplit(proxy if "://" in proxy else "http://" + proxy)
    try:
        port = parts.port
    except ValueError:
        port = None
    host = parts.hostname or "?"
    if ":" in host:
        host = f"[{host}]"
    return f"{host}:{port}" if port else host
