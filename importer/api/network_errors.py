"""Plain-language words for what the network did when a request got no answer.

:func:`network_problem` reads a ``requests`` exception (and the chain of errors under it) and
names the failure; :func:`network_error` turns it into a :class:`NetworkError` that says what
happened, what to do about it, and — only for a request that changes something in Sociocs —
whether it may have done so. Request headers are never quoted.
"""

from __future__ import annotations

import re
import ssl
from collections.abc import Iterator
from dataclasses import dataclass

import requests
from urllib3.exceptions import NameResolutionError, NewConnectionError

from importer.api.errors import NetworkError, NetworkProblem
from importer.i18n import N_, _

NOT_SENT = frozenset(NetworkProblem) - {
    NetworkProblem.TLS,
    NetworkProblem.READ_TIMEOUT,
    NetworkProblem.RESET,
}
"""Failures while the connection was being set up: the request itself never left."""

_UNUSABLE_PROXY = (requests.exceptions.InvalidSchema, requests.exceptions.InvalidURL)
"""What requests raises for a proxy setting it cannot use (SOCKS without PySocks, no host)."""
_DNS_HINTS = ("getaddrinfo", "Name or service not known", "nodename")
_TUNNEL_STATUS = re.compile(r"Tunnel connection failed: (\d{3})")
_DATE_CODES = frozenset({9, 10})  # X509_V_ERR_CERT_NOT_YET_VALID, X509_V_ERR_CERT_HAS_EXPIRED
_NAME_CODE = 62  # X509_V_ERR_HOSTNAME_MISMATCH

OFFICE_ADVICE = N_(
    "Your company's network may inspect secure connections. Ask IT whether its certificate is "
    "installed on this computer."
)
_ADDRESS_OR_OFFICE = N_(
    "Check the API address. If it is right, your company's network may inspect secure "
    "connections: ask IT whether its certificate is installed on this computer."
)
_CHECK_NETWORK = N_("Check the internet connection and try again.")
_CHECK_ADDRESS = N_("Check the address and the internet connection, then try again.")
_CHECK_PROXY = N_("Check this computer's proxy settings, or ask IT which proxy to use.")

_REASONS: dict[NetworkProblem, tuple[str, str]] = {
    NetworkProblem.UNTRUSTED_CERTIFICATE: (
        N_("its certificate is not signed by an authority this computer trusts"),
        OFFICE_ADVICE,
    ),
    NetworkProblem.CERTIFICATE_DATES: (
        N_("its certificate has expired or is not valid yet"),
        N_("Check that this computer's date and time are right, then try again."),
    ),
    NetworkProblem.CERTIFICATE_NAME: (
        N_("its certificate is made out to another name"),
        _ADDRESS_OR_OFFICE,
    ),
    NetworkProblem.TLS: (N_("the secure (TLS) connection failed"), _ADDRESS_OR_OFFICE),
    NetworkProblem.CONNECT_TIMEOUT: (
        N_("connecting took too long (the server or the network is unreachable)"),
        _CHECK_NETWORK,
    ),
    NetworkProblem.DNS: (N_("the server name could not be found (DNS)"), _CHECK_ADDRESS),
    NetworkProblem.REFUSED: (
        N_("the connection was refused (nothing is listening at that address)"),
        _CHECK_ADDRESS,
    ),
    NetworkProblem.UNREACHABLE: (
        N_("the server cannot be reached from this network"),
        _CHECK_NETWORK,
    ),
    NetworkProblem.READ_TIMEOUT: (
        N_("the server did not answer within {read_timeout:.0f} seconds"),
        _CHECK_NETWORK,
    ),
    NetworkProblem.RESET: (
        N_("the connection was closed or reset before a complete answer arrived"),
        _CHECK_NETWORK,
    ),
}
"""Problems on the way to Sociocs itself: the reason after "Could not talk to …", the advice."""

_PROXY_SENTENCES: dict[NetworkProblem, tuple[str, str]] = {
    NetworkProblem.PROXY_PASSWORD: (
        N_(
            "The network's proxy ({proxy}) asks for a user name and password (HTTP 407) before "
            "it lets this program reach Sociocs at {host}."
        ),
        N_(
            "Ask IT how this program may pass the proxy; a user name and password can be "
            "written into the proxy setting, as in HTTPS_PROXY=http://name:password@{proxy}."
        ),
    ),
    NetworkProblem.PROXY_REFUSED_TUNNEL: (
        N_(
            "The network's proxy ({proxy}) refused the connection to Sociocs at {host} "
            "(HTTP {status})."
        ),
        N_("Ask IT to let this program reach {host} through the proxy."),
    ),
    NetworkProblem.PROXY_UPSTREAM: (
        N_("The network's proxy ({proxy}) could not reach Sociocs at {host} (HTTP {status})."),
        N_(
            "Check the API address. If it is right, try again later, or ask IT whether the "
            "proxy can reach {host}."
        ),
    ),
    NetworkProblem.PROXY_REFUSED: (
        N_(
            "The network's proxy ({proxy}) refused the connection: nothing answers at that address."
        ),
        _CHECK_PROXY,
    ),
    NetworkProblem.PROXY_NOT_FOUND: (
        N_("The network's proxy ({proxy}) could not be found (DNS)."),
        _CHECK_PROXY,
    ),
    NetworkProblem.PROXY_UNREACHABLE: (
        N_("The network's proxy ({proxy}) could not be reached."),
        _CHECK_PROXY,
    ),
    NetworkProblem.PROXY_UNUSABLE: (
        N_("The network's proxy setting ({proxy}) names a kind of proxy this program cannot use."),
        N_("Set an http:// proxy in this computer's proxy settings, or ask IT which one to use."),
    ),
}
"""Problems with the network's proxy: the whole first sentence, the advice."""


@dataclass(frozen=True)
class Diagnosis:
    """A failure named, with the HTTP status a proxy answered its tunnel request with."""

    problem: NetworkProblem
    status: int = 0


def network_error(
    exc: requests.RequestException,
    host: str,
    read_timeout: float,
    *,
    proxy: str = "",
    changes: str = "",
) -> NetworkError:
    """The :class:`NetworkError` describing ``exc`` for a request to ``host``.

    ``proxy`` is the proxy the request went through (as shown to people, "" when direct);
    ``changes`` is what to say when a request that changes something in Sociocs got no
    answer ("" for a request that only reads).
    """
    diagnosis = network_problem(exc, proxied=bool(proxy))
    problem = diagnosis.problem
    values = {"host": host, "proxy": proxy, "status": diagnosis.status}
    if problem in _PROXY_SENTENCES:
        sentence, advice = _PROXY_SENTENCES[problem]
        message = _(sentence).format(**values)
    else:
        reason, advice = _REASONS[problem]
        message = _("Could not talk to Sociocs at {host}: {reason}.").format(
            host=host, reason=_(reason).format(read_timeout=read_timeout)
        )
    effect = changes
    if changes and problem in NOT_SENT:
        effect = _("This request never reached Sociocs, so it changed nothing.")
    return NetworkError(message, advice=_(advice).format(**values), effect=effect, problem=problem)


def network_problem(exc: requests.RequestException, *, proxied: bool) -> Diagnosis:
    """What ``exc`` says happened (``proxied``: the request went through a proxy)."""
    chain = list(_chain(exc))
    if proxied and isinstance(exc, requests.exceptions.ProxyError):
        return _proxy_problem(chain)
    if proxied and isinstance(exc, _UNUSABLE_PROXY):
        return Diagnosis(NetworkProblem.PROXY_UNUSABLE)
    if isinstance(exc, requests.exceptions.SSLError):
        return Diagnosis(_tls_problem(chain))
    if isinstance(exc, requests.exceptions.ConnectTimeout):
        return Diagnosis(NetworkProblem.CONNECT_TIMEOUT)
    if isinstance(exc, requests.exceptions.ReadTimeout):
        return Diagnosis(NetworkProblem.READ_TIMEOUT)
    if _is_dns(chain):
        return Diagnosis(NetworkProblem.DNS)
    if _is_refused(chain):
        return Diagnosis(NetworkProblem.REFUSED)
    if any(isinstance(error, NewConnectionError) for error in chain):
        return Diagnosis(NetworkProblem.UNREACHABLE)
    return Diagnosis(NetworkProblem.RESET)


def _proxy_problem(chain: list[BaseException]) -> Diagnosis:
    for error in chain:
        found = _TUNNEL_STATUS.search(str(error))
        if found:
            status = int(found.group(1))
            if status == 407:
                return Diagnosis(NetworkProblem.PROXY_PASSWORD, status)
            if status >= 500:
                return Diagnosis(NetworkProblem.PROXY_UPSTREAM, status)
            return Diagnosis(NetworkProblem.PROXY_REFUSED_TUNNEL, status)
    if _is_dns(chain):
        return Diagnosis(NetworkProblem.PROXY_NOT_FOUND)
    if _is_refused(chain):
        return Diagnosis(NetworkProblem.PROXY_REFUSED)
    return Diagnosis(NetworkProblem.PROXY_UNREACHABLE)


def _tls_problem(chain: list[BaseException]) -> NetworkProblem:
    for error in chain:
        if isinstance(error, ssl.SSLCertVerificationError):
            code = getattr(error, "verify_code", None)
            if code in _DATE_CODES or "expired" in str(error):
                return NetworkProblem.CERTIFICATE_DATES
            if code == _NAME_CODE or "hostname" in str(error).lower():
                return NetworkProblem.CERTIFICATE_NAME
            return NetworkProblem.UNTRUSTED_CERTIFICATE
        if type(error).__name__ == "CertificateError":
            return NetworkProblem.CERTIFICATE_NAME
    return NetworkProblem.TLS


def _is_dns(chain: list[BaseException]) -> bool:
    return any(isinstance(error, NameResolutionError) for error in chain) or any(
        hint in repr(error) for error in chain for hint in _DNS_HINTS
    )


def _is_refused(chain: list[BaseException]) -> bool:
    return any(isinstance(error, ConnectionRefusedError) for error in chain) or any(
        "refused" in repr(error).lower() for error in chain
    )


def _chain(exc: BaseException) -> Iterator[BaseException]:
    """``exc`` and every error it wraps: arguments, urllib3's ``reason`` and
    ``original_error``, causes and contexts (each once)."""
    seen: set[int] = set()
    waiting = [exc]
    while waiting:
        error = waiting.pop(0)
        if id(error) in seen:
            continue
        seen.add(id(error))
        yield error
        inner = [*error.args, error.__cause__, error.__context__]
        inner += [getattr(error, name, None) for name in ("reason", "original_error")]
        waiting += [item for item in inner if isinstance(item, BaseException)]
