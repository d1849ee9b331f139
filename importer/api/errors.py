"""Typed outcomes of a call to the Sociocs API, each with a plain-language message.

None of these messages ever contains the API key: the client passes server texts through
:func:`importer.api.redact.redact` before they reach an exception.
"""

from __future__ import annotations

from enum import Enum, auto

from importer.errors import ImporterError
from importer.i18n import _

_MAX_MESSAGES_SHOWN = 3


class ApiError(ImporterError):
    """Sociocs could not be used for this request; ``status`` is the HTTP status when known."""

    def __init__(self, message: str, *, hint: str = "", status: int | None = None) -> None:
        self.status = status
        super().__init__(message, hint=hint)


class InvalidApiUrlError(ApiError):
    """The configured API address is not a usable http(s) URL."""

    def __init__(self, url: str, problem: str) -> None:
        super().__init__(
            _('The API address "{url}" cannot be used: {problem}.').format(
                url=url, problem=problem
            ),
            hint=_("Use the address Sociocs documents, normally https://api.sociocs.com."),
        )


class InsecureUrlError(InvalidApiUrlError):
    """A plain-http address that is not this computer: the key would travel unencrypted."""

    def __init__(self, url: str) -> None:
        super().__init__(
            url,
            _(
                "it does not start with https://, so the API key would travel unencrypted "
                "(plain http is only allowed for a sandbox on this computer)"
            ),
        )


class InvalidApiKeyError(ApiError):
    """The key holds characters no API key has (spaces, line breaks, non-ASCII)."""

    def __init__(self) -> None:
        super().__init__(
            _(
                "The API key is empty or contains spaces, line breaks or other characters "
                "that Sociocs keys never have."
            ),
            hint=_("Copy the key again from Profile & settings → API in the Sociocs web app."),
        )


class AuthError(ApiError):
    """401 (or 403): the key was refused."""

    def __init__(self, status: int = 401) -> None:
        super().__init__(
            _("Sociocs did not accept the API key (HTTP {status}).").format(status=status),
            hint=_(
                "Check or create the key under Profile & settings → API in the Sociocs "
                "web app, then enter it again."
            ),
            status=status,
        )


class EndpointNotFoundError(ApiError):
    """404: the address does not lead to the Sociocs API (or the item does not exist)."""

    def __init__(self, url: str) -> None:
        super().__init__(
            _("Sociocs answered “not found” (HTTP 404) for {url}: check the API address.").format(
                url=url
            ),
            hint=_("It is normally https://api.sociocs.com."),
            status=404,
        )


class BatchRejectedError(ApiError):
    """400 (or a 200 with status "error"): the request was refused; ``messages`` says why."""

    def __init__(self, messages: list[str], *, status: int = 400) -> None:
        self.messages = messages or [_("(Sociocs gave no details)")]
        shown = "; ".join(self.messages[:_MAX_MESSAGES_SHOWN])
        more = len(self.messages) - _MAX_MESSAGES_SHOWN
        if more > 0:
            shown += f"; and {more} more"
        super().__init__(
            _("Sociocs rejected the request: {shown}").format(shown=shown),
            hint=_("Correct the rows concerned and send them again."),
            status=status,
        )


class RateLimitedError(ApiError):
    """429: too many requests; ``retry_after`` is the advised wait in seconds, if given."""

    def __init__(self, retry_after: float | None) -> None:
        self.retry_after = retry_after
        if retry_after is None:
            hint = _("Wait a little, then try again.")
        else:
            hint = _("Wait {retry_after:.0f} seconds, then try again.").format(
                retry_after=retry_after
            )
        super().__init__(
            _(
                "Sociocs is receiving too many requests from this key (HTTP 429); "
                "nothing was saved from this request."
            ),
            hint=hint,
            status=429,
        )


class ServerError(ApiError):
    """5xx: a problem on the Sociocs side."""

    status: int

    def __init__(self, status: int) -> None:
        super().__init__(
            _("The Sociocs server had a problem (HTTP {status}).").format(status=status),
            hint=_("Try again in a few minutes."),
            status=status,
        )


class RedirectRefusedError(ApiError):
    """3xx: the importer never follows redirects, so the key cannot be sent elsewhere."""

    def __init__(self, status: int, location: str) -> None:
        super().__init__(
            _(
                "The API address redirected (HTTP {status}) to {target}; the importer does not "
                "follow redirects so the API key is never sent elsewhere."
            ).format(status=status, target=location or _("another address")),
            hint=_("Check the API address (normally https://api.sociocs.com)."),
            status=status,
        )


class UnexpectedResponseError(ApiError):
    """An answer that does not follow the documented shape."""

    def __init__(self, detail: str, *, status: int | None = None) -> None:
        super().__init__(
            _("Sociocs answered in an unexpected way: {detail}.").format(detail=detail),
            hint=_("Check the API address; if it is right, try again later."),
            status=status,
        )


class ListNotConfirmedError(UnexpectedResponseError):
    """A ``POST /lists`` answered with something other than the documented success
    (``{"status": "success", "data": {"id": N}}``): the list may or may not exist, which only
    reading the lists back tells (:func:`importer.lists.making.create_list_confirmed`)."""

    def __init__(self, shown: str, *, status: int | None = None) -> None:
        self.shown = shown
        super().__init__(
            _("the answer does not say it was done ({shown})").format(shown=shown), status=status
        )


class NetworkProblem(Enum):
    """What went wrong on the way to Sociocs (:mod:`importer.api.network_errors` tells which)."""

    UNTRUSTED_CERTIFICATE = auto()
    CERTIFICATE_DATES = auto()
    CERTIFICATE_NAME = auto()
    TLS = auto()
    PROXY_PASSWORD = auto()
    PROXY_REFUSED_TUNNEL = auto()
    PROXY_UPSTREAM = auto()
    PROXY_REFUSED = auto()
    PROXY_NOT_FOUND = auto()
    PROXY_UNREACHABLE = auto()
    PROXY_UNUSABLE = auto()
    CONNECT_TIMEOUT = auto()
    DNS = auto()
    REFUSED = auto()
    UNREACHABLE = auto()
    READ_TIMEOUT = auto()
    RESET = auto()


LASTING_PROBLEMS = frozenset(
    {
        NetworkProblem.UNTRUSTED_CERTIFICATE,
        NetworkProblem.CERTIFICATE_DATES,
        NetworkProblem.CERTIFICATE_NAME,
        NetworkProblem.PROXY_PASSWORD,
        NetworkProblem.PROXY_REFUSED_TUNNEL,
        NetworkProblem.PROXY_UNUSABLE,
    }
)
"""Failures that waiting does not mend: a certificate this computer refuses, a proxy that
wants a password or refuses Sociocs. Trying again is of no use until someone changes them."""


class NetworkError(ApiError):
    """No usable answer: timeout, reset or dropped connection, DNS, TLS or proxy failure.

    ``message`` says what the network did and what to do about it (both kept when a job quotes
    only the message as its last error); the hint is what the request may have changed in
    Sociocs, said only for requests that change something.
    """

    def __init__(
        self, message: str, *, advice: str, problem: NetworkProblem, effect: str = ""
    ) -> None:
        self.advice = advice
        self.effect = effect
        self.problem = problem
        super().__init__(f"{message} {advice}".strip(), hint=effect)

    @property
    def lasting(self) -> bool:
        """True when trying again cannot help (see :data:`LASTING_PROBLEMS`)."""
        return self.problem in LASTING_PROBLEMS
