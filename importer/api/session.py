"""The requests session of one API client: its trust store, its proxy, nothing from elsewhere.

The session reads no environment of its own (``trust_env`` off: no ``.netrc`` credentials, no
CA bundle variables, no proxy variables read behind our back): the proxy comes from
:func:`importer.api.proxies.system_proxy` and HTTPS is verified against the context of
:func:`importer.api.trust.https_trust`, mounted on this session only.
"""

from __future__ import annotations

import ssl
from typing import Any

import requests
from requests.adapters import HTTPAdapter

from importer.api.proxies import ProxyRoute


class TrustAdapter(HTTPAdapter):
    """Verifies HTTPS against one context, directly and through a proxy's tunnel."""

    def __init__(self, context: ssl.SSLContext) -> None:
        self._context = context
        super().__init__()

    def init_poolmanager(self, *args: Any, **pool_kwargs: Any) -> None:
        """Direct connections use the context."""
        super().init_poolmanager(*args, **pool_kwargs, ssl_context=self._context)

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        """Connections through ``proxy`` use it too, and so does TLS to an https:// proxy."""
        proxy_kwargs.setdefault("ssl_context", self._context)
        proxy_kwargs.setdefault("proxy_ssl_context", self._context)
        return super().proxy_manager_for(proxy, **proxy_kwargs)

    def cert_verify(self, conn: Any, url: str, verify: Any, cert: Any) -> None:
        """Require a verified certificate, trusted by the context alone.

        requests points every verified connection at certifi's bundle, which urllib3 would
        load into the context on top of the system store; the chosen store alone decides.
        """
        super().cert_verify(conn, url, verify, cert)  # type: ignore[no-untyped-call]
        conn.ca_certs = None
        conn.ca_cert_dir = None


def api_session(context: ssl.SSLContext | None, route: ProxyRoute) -> requests.Session:
    """A session verifying HTTPS against ``context`` and going through ``route``'s proxy."""
    session = requests.Session()
    session.trust_env = False
    session.verify = True
    session.proxies = dict(route.proxies)
    if context is not None:
        session.mount("https://", TrustAdapter(context))
    return session
