"""Which certificate authorities HTTPS trusts: the operating system's store, else certifi's.

The system store is what browsers and Outlook trust: Windows' certificate store, the macOS
keychain, and on Linux the bundle OpenSSL reads (``SSL_CERT_FILE``/``SSL_CERT_DIR``, else the
distribution's file). A company that inspects secure connections installs its own authority
there, so trusting it lets the program work in such an office. It is read through
``truststore`` (as pip does). certifi's bundle is the fallback where no system store can be
used: truststore cannot load, or the Linux system holds no certificates at all.

Either way certificates are always verified and the server's name checked; an authority that is
in neither store is refused. The context is handed to each session (never injected into
``ssl`` for the whole process).
"""

from __future__ import annotations

import functools
import logging
import re
import ssl
import sys
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import certifi

log = logging.getLogger(__name__)

_SYSTEM_STORES = {"win32": "the Windows certificate store", "darwin": "the macOS keychain"}
CA_FILE_CANDIDATES = (
    "/etc/ssl/cert.pem",
    "/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem",
    "/etc/pki/tls/cert.pem",
    "/etc/ssl/certs/ca-certificates.crt",
    "/etc/ssl/ca-bundle.pem",
)
"""The distribution bundles truststore looks for, in its order (Alpine/Arch/Fedora/BSD, RHEL,
older Fedora, Debian/Ubuntu, SUSE); ``tests/unit/api/test_trust.py`` keeps the two lists equal."""
_HASHED_NAME = re.compile(r"^[0-9a-fA-F]{8}\.\d+$")
"""How OpenSSL names the certificates of a store folder (``c_rehash``)."""


class TrustSource(StrEnum):
    """Where the trusted authorities come from."""

    SYSTEM = "system"
    CERTIFI = "certifi"


@dataclass(frozen=True)
class Trust:
    """A verifying TLS client context and, in words for the self-test and the log, its store."""

    context: ssl.SSLContext
    source: TrustSource
    detail: str

    def describe(self) -> str:
        """E.g. "system store (truststore: /etc/ssl/certs/ca-certificates.crt, 146 authorities)"."""
        if self.source is TrustSource.SYSTEM:
            return f"system store (truststore: {self.detail})"
        return f"certifi's bundle ({self.detail})"


def https_trust() -> Trust:
    """The system store through truststore when it can be used, else certifi's bundle."""
    trust = system_trust()
    if isinstance(trust, Trust):
        return trust
    log.info("No system certificate store can be used (%s): using certifi's bundle", trust)
    return certifi_trust(trust)


def system_trust() -> Trust | str:
    """A truststore context over the operating system's store, or why there is none."""
    try:
        import truststore
    except ImportError as exc:
        return f"truststore cannot be loaded: {exc}"
    try:
        context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    except (OSError, ssl.SSLError) as exc:
        return f"truststore failed: {exc}"
    if sys.platform in _SYSTEM_STORES:
        return Trust(context, TrustSource.SYSTEM, _SYSTEM_STORES[sys.platform])
    found = openssl_store()
    if not found:
        return "no certificate bundle or folder was found (OpenSSL's default places)"
    return Trust(context, TrustSource.SYSTEM, found)


def certifi_trust(why: str = "") -> Trust:
    """A context trusting exactly certifi's bundle (Mozilla's authorities)."""
    context = ssl.create_default_context(cafile=certifi.where())
    detail = _counted(context.cert_store_stats()["x509_ca"]) + (f"; {why}" if why else "")
    return Trust(context, TrustSource.CERTIFI, detail)


def openssl_store() -> str:
    """Where truststore finds the system's authorities on Linux and the BSDs ("" when nowhere).

    truststore gives OpenSSL's default file and folder (``SSL_CERT_FILE``, ``SSL_CERT_DIR``,
    else those OpenSSL was built with) when they exist, else the first distribution bundle of
    :data:`CA_FILE_CANDIDATES`. A bundled OpenSSL (the frozen app) may have been built for
    another distribution's paths: the candidates find the store there.
    """
    paths = ssl.get_default_verify_paths()
    folder = paths.capath if paths.capath and _holds_certificates(paths.capath) else None
    if paths.cafile or folder:
        count = _authorities(paths.cafile) if paths.cafile else 0
        if count:
            return f"{paths.cafile}, {_counted(count)}"
        return f"{folder}, a folder of certificates" if folder else ""
    for cafile in CA_FILE_CANDIDATES:
        if Path(cafile).is_file():
            count = _authorities(cafile)
            return f"{cafile}, {_counted(count)}" if count else ""
    return ""


def _holds_certificates(folder: str) -> bool:
    """True when ``folder`` holds certificates named as OpenSSL looks them up."""
    try:
        return any(_HASHED_NAME.match(entry.name) for entry in Path(folder).iterdir())
    except OSError:
        return False


def _authorities(cafile: str) -> int:
    """How many authorities the certificate file ``cafile`` holds (0 when none can be read)."""
    try:
        stat = Path(cafile).stat()
    except OSError:
        return 0
    return _count_authorities(cafile, stat.st_size, stat.st_mtime_ns)


@functools.lru_cache(maxsize=8)
def _count_authorities(cafile: str, size: int, mtime_ns: int) -> int:
    """:func:`_authorities`, parsed once per version of the file (~50 ms for a bundle)."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    try:
        context.load_verify_locations(cafile=cafile)
    except (OSError, ssl.SSLError):
        return 0
    return context.cert_store_stats()["x509_ca"]


def _counted(count: int) -> str:
    """ "146 authorities"."""
    return f"{count} authorit{'y' if count == 1 else 'ies'}"
